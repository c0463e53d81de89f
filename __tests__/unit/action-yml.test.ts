import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from '../helpers/action-runner.js';
import { readConfig } from '../../src/inputs/inputs.js';

const yml = actionYml();

test('every input the action reads is declared in action.yml, and every declared input is read', () => {
  const asked = new Set<string>();
  readConfig(
    (name) => {
      asked.add(name);
      const given: Record<string, string> = {
        image: 'registry.example.com/ml/model:v1',
        'model-package-group': 'g',
        'endpoint-name': 'fraud',
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution',
        'vpc-subnets': 'subnet-0123456789abcdef0',
        'vpc-security-groups': 'sg-0123456789abcdef0'
      };
      return given[name] ?? '';
    },
    {}
  );
  expect([...asked].sort()).toEqual(Object.keys(yml.inputs).sort());
});

test('inputs and outputs are kebab-case; optional inputs declare a default', () => {
  for (const [name, spec] of Object.entries(yml.inputs)) {
    expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    if (!spec.required) expect(spec.default).toBeDefined();
  }
  for (const name of Object.keys(yml.outputs)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
});

test('the README documents every input and output', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)]) expect(readme).toContain(`\`${name}\``);
});

test('action.yml runs the committed bundle on node24', () => {
  const raw = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  expect(raw).toMatch(/using: node24/);
  expect(raw).toMatch(/main: dist\/index\.js/);
});

test('the README tables are generated from the current action.yml', async () => {
  const { updated } = await import('../../scripts/readme-tables.mjs');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(updated(readme)).toBe(readme);
});
