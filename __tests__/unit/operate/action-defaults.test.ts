/**
 * The runner sets every input action.yml declares, with its default when the workflow gives none: the defaults
 * alone must read as "not set" (a deploy without create-alarms or smoke-payload), while a workflow's own value
 * of a dependent input without its switch is still refused.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError } from '../../../src/errors.js';
import { readConfig } from '../../../src/inputs/inputs.js';

const yml = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
const defaults = Object.fromEntries(Object.entries(yml.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
const deploy = { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud:v1', 'model-package-group': 'fraud', 'endpoint-name': 'fraud-prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/sm', 'github-token': '' };
const read = (values: Record<string, string>) => (name: string) => values[name] ?? defaults[name] ?? '';

test('a deploy with every other input at its action.yml default reads without alarms or smoke test', () => {
  const config = readConfig(read(deploy), {});
  expect(config.deploy?.alarms).toBeUndefined();
  expect(config.deploy?.smoke).toBeUndefined();
  expect(config.deploy?.autoscaling).toBeUndefined();
});

test.each([
  ['alarm-latency-p99-ms', '250', 'needs create-alarms: true'],
  ['alarm-5xx-rate', '5', 'needs create-alarms: true'],
  ['smoke-requests', '5', 'needs smoke-payload'],
  ['on-smoke-failure', 'rollback', 'needs smoke-payload'],
  ['smoke-content-type', 'text/csv', 'needs smoke-payload']
])('%s set to %s without its switch is refused', (name, value, rule) => {
  let err: unknown;
  try {
    readConfig(read({ ...deploy, [name]: value }), {});
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InputError);
  expect(err).toMatchObject({ input: name, rule });
});

test('the defaults apply once the switch is on', () => {
  const config = readConfig(read({ ...deploy, 'create-alarms': 'true', 'smoke-payload': '{"x":1}' }), {});
  expect(config.deploy?.alarms).toEqual({ latencyP99Ms: 1000, errorRatePercent: 1 });
  expect(config.deploy?.smoke).toMatchObject({ contentType: 'application/json', requests: 20, onFailure: 'fail' });
});
