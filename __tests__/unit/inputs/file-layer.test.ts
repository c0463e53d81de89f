/**
 * The deployment file under the workflow's inputs: precedence, errors placed in the file, where each setting came
 * from; and the one source of truth: the committed schema is the one deploy-settings.ts generates, every example
 * deployment file in the repository follows it, and its limits are the readers' limits.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DeploymentFileError, InputError } from '../../../src/errors.js';
import { readDeployConfig } from '../../../src/inputs/deploy.js';
import { DEPLOY_SETTINGS } from '../../../src/inputs/deploy-settings.js';
import { parseDeploymentFile } from '../../../src/inputs/deployment-file.js';
import { deploymentFileSchema, settingsTable } from '../../../src/inputs/deployment-schema.js';
import { layeredInputs, naming, sourceLines, sources, withDeploymentFile } from '../../../src/inputs/file-layer.js';
import { actionYml, ROOT } from '../../helpers/action-runner.js';
import { docPages, yamlBlocks } from '../../helpers/doc-pages.js';

const FILE = '.sagemaker/production.yml';
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-execution';
const reader = (given: Record<string, string>) => (name: string) => given[name] ?? '';
const layer = (text: string, workflow: Record<string, string>) => withDeploymentFile(reader(workflow), parseDeploymentFile(FILE, text));

describe('precedence', () => {
  test('a workflow input wins, else the file, else empty (the reader’s default)', () => {
    const { read } = layer('instance-type: ml.c5.xlarge\ninstance-count: 3\n', { 'instance-count': '5' });
    expect(read('instance-count')).toBe('5');
    expect(read('instance-type')).toBe('ml.c5.xlarge');
    expect(read('canary-size')).toBe('');
  });

  test('without deployment-file the workflow’s reader is used as it is, and nothing is noted', async () => {
    const workflow = reader({ 'instance-count': '2' });
    const inputs = await layeredInputs(workflow, '/nonexistent', 'promote');
    expect(inputs.read).toBe(workflow);
    expect(inputs.note).toBeUndefined();
  });

  test('the deploy config reads the file’s values through the usual readers', () => {
    const layered = layer('endpoint-name: fraud-prod\ninstance-count: 4\ntraffic-routing: canary\ncanary-size: 1\nrollback-alarms: [a, b]\n', { 'execution-role-arn': ROLE });
    const deploy = readDeployConfig(layered.read, undefined)!;
    expect(deploy).toMatchObject({ endpointName: 'fraud-prod', instanceCount: 4, trafficRouting: 'canary', canarySize: { Type: 'INSTANCE_COUNT', Value: 1 }, rollbackAlarms: ['a', 'b'] });
  });
});

describe('an InputError about a file’s value names the file, the line and the key', () => {
  const text = 'endpoint-name: fraud-prod\n# fleet\ninstance-count: 1\ntraffic-routing: canary\n';
  test('a combination the readers refuse, found in the file', () => {
    const layered = layer(text, { 'execution-role-arn': ROLE });
    expect(() => naming(layered, reader({ 'execution-role-arn': ROLE }), () => readDeployConfig(layered.read, undefined))).toThrow(
      new DeploymentFileError(FILE, 3, 'instance-count', '"1" must be at least 2 for a canary: a canary is at most 50% of the fleet')
    );
  });

  test('a dependent setting equal to its default still needs what it depends on (no action.yml default hides it)', () => {
    const layered = layer('endpoint-name: fraud-prod\nsmoke-requests: 20\n', { 'execution-role-arn': ROLE });
    expect(() => naming(layered, reader({ 'execution-role-arn': ROLE }), () => readDeployConfig(layered.read, undefined))).toThrow(
      new DeploymentFileError(FILE, 2, 'smoke-requests', '"20" needs smoke-payload')
    );
  });

  test('the same error about a value the workflow gave stays an input error', () => {
    const workflow = reader({ 'execution-role-arn': ROLE, 'instance-count': '1' });
    const layered = withDeploymentFile(workflow, parseDeploymentFile(FILE, text));
    const run = () => naming(layered, workflow, () => readDeployConfig(layered.read, undefined));
    expect(run).toThrow(InputError);
    expect(run).toThrow("Input 'instance-count'");
  });

  test('an asynchronous step is covered too (rollback reads its deploy inputs after looking at the endpoint)', async () => {
    const layered = layer(text, {});
    const failing = async () => {
      await Promise.resolve();
      throw new InputError('traffic-routing', 'canary', 'is refused here');
    };
    await expect(naming(layered, reader({}), failing)).rejects.toThrow(`${FILE}:4: traffic-routing: "canary" is refused here`);
  });
});

test('the summary lines say which value came from where, in action.yml order', () => {
  const workflow = reader({ 'instance-count': '3', 'canary-size': '2' });
  const layered = withDeploymentFile(workflow, parseDeploymentFile(FILE, 'endpoint-name: e\ninstance-count: 2\ntraffic-routing: canary\n'));
  const list = sources(layered, workflow);
  expect(list).toEqual([['endpoint-name', 'file'], ['instance-count', 'workflow over file'], ['traffic-routing', 'file'], ['canary-size', 'workflow']]);
  expect(sourceLines(list)).toEqual(['from the file: endpoint-name, traffic-routing', 'workflow inputs over the file: instance-count', 'workflow inputs: canary-size']);
});

describe('one source of truth', () => {
  const committed = JSON.parse(readFileSync(join(ROOT, 'schema/deployment-file.schema.json'), 'utf8')) as object;

  test('the committed schema is the one deploy-settings.ts and action.yml generate (npm run schema)', () => {
    const descriptions = Object.fromEntries(Object.entries(actionYml().inputs).map(([k, v]) => [k, String(v.description ?? '').replace(/\s+/g, ' ').trim()]));
    expect(committed).toEqual(deploymentFileSchema(descriptions));
  });

  test('docs/deployment-file.md holds the keys table deploy-settings.ts generates (npm run schema)', () => {
    expect(readFileSync(join(ROOT, 'docs/deployment-file.md'), 'utf8')).toContain(`(generated from src/inputs/deploy-settings.ts by npm run schema) -->\n${settingsTable()}\n<!-- deployment-file keys:end -->`);
  });

  const examples = [
    ...readdirSync(join(ROOT, '.sagemaker')).map((f) => ({ where: `.sagemaker/${f}`, text: readFileSync(join(ROOT, '.sagemaker', f), 'utf8') })),
    ...docPages(ROOT).flatMap((page) => yamlBlocks(ROOT, page).filter((b) => b.startsWith('# yaml-language-server: $schema=')).map((text, i) => ({ where: `${page} deployment file #${i}`, text })))
  ];

  test('the repository has an example file per stage and deployment files in the docs', () => {
    expect(examples.map((e) => e.where)).toEqual(expect.arrayContaining(['.sagemaker/production.yml', '.sagemaker/staging.yml', expect.stringMatching(/^README\.md/)]));
  });

  test.each(examples)('$where follows the committed schema and names it for editors', ({ where, text }) => {
    const validate = new Ajv2020({ strict: true }).compile(committed);
    expect({ where, valid: validate(parse(text)), errors: validate.errors ?? null }).toEqual({ where, valid: true, errors: null });
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)*schema\/deployment-file\.schema\.json$|^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/.+\/schema\/deployment-file\.schema\.json$/);
    expect(() => parseDeploymentFile(where, text)).not.toThrow();
  });

  const integers = Object.entries(DEPLOY_SETTINGS).flatMap(([key, kind]) => (kind.type === 'integer' ? [{ key, min: kind.min, max: kind.max }] : []));
  test.each(integers)('$key: the readers accept $min and $max and refuse what lies outside, as the schema does', ({ key, min, max }) => {
    // The inputs of a kind are read with that kind (endpoint-kind.ts); the other serverless inputs at their widest.
    const kind: Record<string, string> = key.startsWith('serverless-')
      ? { 'endpoint-type': 'serverless', 'serverless-memory-mb': '2048', 'serverless-max-concurrency': '200' }
      : key.startsWith('async-')
        ? { 'endpoint-type': 'async', 'async-output-s3-uri': 's3://results/out' }
        : {};
    const base = { 'endpoint-name': 'e', 'execution-role-arn': ROLE, 'create-alarms': 'true', 'smoke-payload': '{}', ...kind };
    const read = (value: number) => () => readDeployConfig(reader({ ...base, [key]: String(value) }), undefined);
    for (const ok of [min, max]) expect(read(ok)).not.toThrow();
    for (const bad of [min - 1, max + 1].filter((n) => n >= 0)) {
      try {
        read(bad)();
        throw new Error(`${key}=${bad} was accepted`);
      } catch (err) {
        expect({ key, bad, input: (err as InputError).input }).toEqual({ key, bad, input: key });
      }
    }
  });
});
