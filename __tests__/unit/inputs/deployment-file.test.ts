/**
 * The deployment file (deployment-file): parsed and validated before anything runs, each refusal one line naming
 * the file, the line, the key and the rule; values rendered to the text the input readers parse.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeploymentFileError, InputError } from '../../../src/errors.js';
import { DEPLOYMENT_FILE_MAX_BYTES, parseDeploymentFile, readDeploymentFile } from '../../../src/inputs/deployment-file.js';
import { DEPLOY_SETTINGS, WORKFLOW_ONLY } from '../../../src/inputs/deploy-settings.js';

const FILE = '.sagemaker/production.yml';

function refusal(text: string): string {
  try {
    parseDeploymentFile(FILE, text);
  } catch (err) {
    expect(err).toBeInstanceOf(DeploymentFileError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`expected a refusal of ${JSON.stringify(text)}`);
}

const values = (text: string) => Object.fromEntries([...parseDeploymentFile(FILE, text).settings].map(([k, v]) => [k, v.text]));

describe('values become the text the input readers parse', () => {
  test('scalars, lists, maps, autoscaling parts and a JSON payload', () => {
    const text = [
      'endpoint-name: fraud-prod',
      'instance-count: 2',
      'create-alarms: true',
      'alarm-5xx-rate: 0.5',
      'canary-size: 10%',
      'rollback-alarms: [a-5xx, a-latency]',
      'vpc-subnets: subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719',
      'deploy-environment:',
      '  LOG_LEVEL: debug',
      '  WORKERS: 4',
      'autoscaling: {min: 2, max: 8, target: 200}',
      'smoke-payload: {"inputs": [1, 2]}'
    ].join('\n');
    expect(values(text)).toEqual({
      'endpoint-name': 'fraud-prod',
      'instance-count': '2',
      'create-alarms': 'true',
      'alarm-5xx-rate': '0.5',
      'canary-size': '10%',
      'rollback-alarms': 'a-5xx\na-latency',
      'vpc-subnets': 'subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719',
      'deploy-environment': 'LOG_LEVEL=debug\nWORKERS=4',
      autoscaling: 'min=2,max=8,target=200',
      'smoke-payload': '{"inputs":[1,2]}'
    });
  });

  test('each value knows its line, blank and comment lines counted', () => {
    const file = parseDeploymentFile(FILE, '# yaml-language-server: $schema=../schema/deployment-file.schema.json\n\nendpoint-name: e\n\n# fleet\ninstance-count: 3\nrollback-alarms:\n  - a\n');
    expect(file.settings.get('endpoint-name')?.line).toBe(3);
    expect(file.settings.get('instance-count')?.line).toBe(6);
    expect(file.settings.get('rollback-alarms')?.line).toBe(8);
  });

  test('JSON is accepted, with its $schema key', () => {
    expect(values('{"$schema": "../schema/deployment-file.schema.json", "endpoint-name": "e", "instance-count": 4}')).toEqual({ 'endpoint-name': 'e', 'instance-count': '4' });
  });
});

describe('each kind of mistake names the file, the line, the key and the rule', () => {
  test.each([
    ['unknown key', 'endpoint-name: e\ninstace-type: ml.m5.large\n', `${FILE}:2: instace-type: is not a deploy setting a deployment file may hold (see docs/deployment-file.md)`],
    ['a credential', 'github-token: ghp_x\n', `${FILE}:1: github-token: must be given in the workflow, not in a deployment file: it is a credential`],
    ['an identity', '\nexecution-role-arn: arn:aws:iam::123456789012:role/x\n', `${FILE}:2: execution-role-arn: must be given in the workflow, not in a deployment file: it is an identity (the permissions the model runs with)`],
    ['wrong type', 'endpoint-name: e\ninstance-count: two\n', `${FILE}:2: instance-count: "two" must be a whole number`],
    ['a quoted number', 'instance-count: "2"\n', `${FILE}:1: instance-count: "2" must be a whole number, written without quotes`],
    ['out of range', 'endpoint-name: e\n\ninstance-count: 0\n', `${FILE}:3: instance-count: "0" must be between 1 and 1000`],
    ['above range', 'wait-interval: 3601\n', `${FILE}:1: wait-interval: "3601" must be between 0 and 3600`],
    ['not in the enum', 'traffic-routing: sideways\n', `${FILE}:1: traffic-routing: "sideways" must be one of: all-at-once, canary, linear, rolling`],
    ['a boolean word YAML 1.1 knew', 'create-alarms: yes\n', `${FILE}:1: create-alarms: "yes" must be true or false`],
    ['a list item', 'vpc-subnets:\n  - subnet-0a1b2c3d4e5f60718\n  - nope\n', `${FILE}:3: vpc-subnets[1]: "nope" does not match ^subnet-[0-9a-f]{8,17}$`],
    ['too many list items', `rollback-alarms: [${Array.from({ length: 11 }, (_, i) => `a${i}`).join(', ')}]\n`, `${FILE}:1: rollback-alarms: lists more than 10 items`],
    // min may be 0 in the file (async endpoints scale to zero); the reader refuses it for the other kinds.
    ['an autoscaling part', 'autoscaling:\n  min: 1\n  max: 2\n  target: 0\n', `${FILE}:4: autoscaling.target: "0" must be >= 1`],
    ['a missing autoscaling part', 'autoscaling: {max: 2, target: 3}\n', `${FILE}:1: autoscaling: needs min`],
    ['an environment name', 'deploy-environment:\n  1BAD: x\n', `${FILE}:2: deploy-environment.1BAD: is not a name SageMaker accepts (letters, digits and _, not starting with a digit)`],
    ['an empty value', 'endpoint-name:\n', `${FILE}:1: endpoint-name: has no value`],
    ['a percentage of 0', 'alarm-5xx-rate: 0\n', `${FILE}:1: alarm-5xx-rate: "0" must be > 0`]
  ])('%s', (_, text, message) => {
    expect(refusal(text)).toBe(message);
  });

  test('duplicate keys, several documents and broken YAML are refused with their line', () => {
    expect(refusal('endpoint-name: a\ninstance-count: 1\nendpoint-name: b\n')).toBe(`${FILE}:3: is not valid YAML or JSON: Map keys must be unique`);
    expect(refusal('endpoint-name: a\n---\nendpoint-name: b\n')).toMatch(new RegExp(`^${FILE}:2: is not valid YAML or JSON: Source contains multiple documents`));
    expect(refusal('instance-count: 1\nendpoint-name: "unterminated\n')).toBe(`${FILE}:3: is not valid YAML or JSON: Missing closing "quote`);
  });

  test('anchors, aliases (alias bombs) and tags are refused before any expansion', () => {
    expect(refusal('endpoint-name: &e fraud\nstage: *e\n')).toBe(`${FILE}:1: sets the anchor &e: anchors and aliases are not accepted in a deployment file`);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(refusal(bomb)).toMatch(/anchors and aliases are not accepted/);
    expect(refusal('endpoint-name: !!str fraud\n')).toBe(`${FILE}:1: uses the tag tag:yaml.org,2002:str: tags are not accepted in a deployment file`);
  });

  test('a file that is not a map is refused', () => {
    expect(refusal('- endpoint-name: e\n')).toBe(`${FILE}:1: must be a map of deploy settings (key: value lines, or a JSON object)`);
    expect(refusal('')).toBe(`${FILE}:1: must be a map of deploy settings (key: value lines, or a JSON object)`);
  });

  test('a long unknown key or value is shortened in the message', () => {
    expect(refusal(`${'k'.repeat(500)}: 1\n`).length).toBeLessThan(200);
    expect(refusal(`endpoint-name: ${'e'.repeat(5000)}\n`).length).toBeLessThan(300);
  });
});

test('the keys a file may not hold are no deploy settings, and every deploy setting is an input of action.yml', async () => {
  const { actionYml } = await import('../../helpers/action-runner.js');
  const inputs = Object.keys(actionYml().inputs);
  for (const key of Object.keys(WORKFLOW_ONLY)) expect(Object.hasOwn(DEPLOY_SETTINGS, key)).toBe(false);
  for (const key of Object.keys(DEPLOY_SETTINGS)) expect(inputs).toContain(key);
});

describe('the file is read from the workspace only', () => {
  let root: string;
  let ws: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'deployment-file-'));
    ws = join(root, 'ws');
    mkdirSync(join(ws, '.sagemaker'), { recursive: true });
    writeFileSync(join(ws, '.sagemaker', 'production.yml'), 'endpoint-name: fraud-prod\n');
    writeFileSync(join(root, 'outside.yml'), 'endpoint-name: elsewhere\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const inputRefusal = (path: string): string => {
    try {
      readDeploymentFile(path, ws);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as Error).message;
    }
    throw new Error('expected an InputError');
  };

  test('a file in the workspace is read', () => {
    expect(readDeploymentFile('.sagemaker/production.yml', ws).settings.get('endpoint-name')).toEqual({ text: 'fraud-prod', line: 1 });
  });

  test('.., absolute paths, symbolic links out, missing and oversized files are refused naming deployment-file', () => {
    expect(inputRefusal('../outside.yml')).toMatch(/^Input 'deployment-file': "..\/outside.yml" must not contain a '..' segment/);
    expect(inputRefusal(join(root, 'outside.yml'))).toMatch(/must be a path relative to the workspace/);
    symlinkSync(join(root, 'outside.yml'), join(ws, '.sagemaker', 'link.yml'));
    expect(inputRefusal('.sagemaker/link.yml')).toMatch(/must not go through a symbolic link/);
    expect(inputRefusal('.sagemaker/staging.yml')).toMatch(/does not exist in the workspace/);
    writeFileSync(join(ws, 'big.yml'), `# ${'x'.repeat(DEPLOYMENT_FILE_MAX_BYTES)}\n`);
    expect(inputRefusal('big.yml')).toMatch(/is a file over 65536 bytes, the bound on a deployment file/);
  });
});
