import { InputError, quote } from '../../../src/errors.js';
import { readFileSync } from 'node:fs';
import { envInputReader, LATER_METADATA_KEYS, readConfig, RESERVED_METADATA_KEYS, USER_METADATA_MAX, type InputReader } from '../../../src/inputs/inputs.js';

const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud:1.2.3';
const PRIVATE_IMAGE = 'registry.example.com/team/model:v1';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/creds-AbCdEf';
const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:registry-creds';
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:210987654321:model-package-group/shared-models';

function reader(values: Record<string, string>): InputReader {
  const map = new Map(Object.entries(values));
  return (name) => map.get(name) ?? '';
}

const base = { image: PRIVATE_IMAGE, 'model-package-group': 'fraud-model' };
const noEnv = {};

function config(values: Record<string, string>, env: NodeJS.ProcessEnv = noEnv) {
  return readConfig(reader({ ...base, ...values }), env);
}

function inputError(values: Record<string, string>, env: NodeJS.ProcessEnv = noEnv): InputError {
  try {
    config(values, env);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(values)}`);
}

/** Checks the one-line message format: Input '<name>': "<value>" <rule> (long values shortened by quote()). */
function expectInputError(values: Record<string, string>, input: string, value: string, rule: string, env: NodeJS.ProcessEnv = noEnv) {
  const err = inputError(values, env);
  expect(err.name).toBe('InputError');
  expect(err.input).toBe(input);
  expect(err.rule).toBe(rule);
  expect(err.message).toBe(`Input '${input}': ${quote(value)} ${rule}`);
  if (value.length <= 120) expect(err.message).toContain(JSON.stringify(value));
  expect(err.message.startsWith(`Input '${input}':`)).toBe(true);
}

describe('readConfig defaults', () => {
  test('a private image with only the required inputs', () => {
    const c = config({});
    expect(c).toEqual({
      imageInput: PRIVATE_IMAGE,
      image: { registry: 'registry.example.com', repository: 'team/model', tag: 'v1', kind: 'private' },
      group: { name: 'fraud-model' },
      approval: 'pending',
      resolveDigest: 'auto',
      platform: 'linux/amd64',
      environment: {},
      contentTypes: [],
      responseTypes: [],
      realtimeInstanceTypes: [],
      metadata: {},
      createGroup: true,
      groupTags: {},
      dryRun: false,
      waitTimeoutSeconds: 30 * 60,
      maxAttempts: 8,
      pollSeconds: 15,
      comment: 'true',
      commentId: '',
      githubToken: ''
    });
  });

  test('SkipModelValidation is left to the registered image unless given', () => {
    expect(config({ image: ECR_IMAGE }).skipModelValidation).toBeUndefined();
    expect(config({ 'skip-model-validation': 'none' }).skipModelValidation).toBe('None');
  });

  test('the Region comes from the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(config({ 'aws-region': 'eu-west-1' }, { AWS_REGION: 'us-east-1' }).region).toBe('eu-west-1');
    expect(config({}, { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' }).region).toBe('us-east-2');
    expect(config({}, { AWS_DEFAULT_REGION: 'us-west-1' }).region).toBe('us-west-1');
    expect('region' in config({})).toBe(false);
  });

  test('choices are case-insensitive and return the canonical spelling', () => {
    const c = config({ approval: 'APPROVED', 'skip-model-validation': 'none' });
    expect(c.approval).toBe('approved');
    expect(c.skipModelValidation).toBe('None');
    expect(config({ approval: 'Auto' }).approval).toBe('auto');
  });

  test('lists split on commas and new lines and drop blanks', () => {
    const c = config({
      'content-types': 'application/json, text/csv\n\n',
      'response-types': 'application/json\napplication/x-npy',
      'realtime-instance-types': 'ml.m5.large,ml.g5.xlarge ,'
    });
    expect(c.contentTypes).toEqual(['application/json', 'text/csv']);
    expect(c.responseTypes).toEqual(['application/json', 'application/x-npy']);
    expect(c.realtimeInstanceTypes).toEqual(['ml.m5.large', 'ml.g5.xlarge']);
  });

  test('KEY=VALUE inputs skip comments and blank lines and keep = inside values', () => {
    const c = config({
      environment: '# comment\nMODEL_NAME=fraud\n\nSAGEMAKER_PROGRAM = serve.py \nEMPTY=\nQUERY=a=b',
      metadata: 'team=risk\nowner = ml-platform@example.com',
      'group-tags': 'cost-center=1234\nnote='
    });
    expect(c.environment).toEqual({ MODEL_NAME: 'fraud', SAGEMAKER_PROGRAM: 'serve.py', EMPTY: '', QUERY: 'a=b' });
    expect(c.metadata).toEqual({ team: 'risk', owner: 'ml-platform@example.com' });
    expect(c.groupTags).toEqual({ 'cost-center': '1234', note: '' });
  });

  test('optional ARNs, URLs and descriptions are kept', () => {
    const c = config({
      'registry-secret-arn': SECRET_ARN,
      'model-data-url': 's3://bucket/models/model.tar.gz',
      description: 'Fraud model — v1 (trained 2024-05-01)',
      'group-description': 'All fraud models',
      'dry-run': 'true',
      'create-group': 'FALSE',
      'wait-timeout': '90',
      'max-attempts': '3'
    });
    expect(c.registrySecretArn).toBe(SECRET_ARN);
    expect(c.modelDataUrl).toBe('s3://bucket/models/model.tar.gz');
    expect(c.description).toBe('Fraud model — v1 (trained 2024-05-01)');
    expect(c.groupDescription).toBe('All fraud models');
    expect(c.dryRun).toBe(true);
    expect(c.createGroup).toBe(false);
    expect(c.waitTimeoutSeconds).toBe(5400);
    expect(c.maxAttempts).toBe(3);
    expect(config({ 'registry-credentials-provider-arn': `${LAMBDA_ARN}:live` }).credentialsProviderArn).toBe(`${LAMBDA_ARN}:live`);
    expect(config({ 'registry-credentials-provider-arn': `${LAMBDA_ARN}:$LATEST` }).credentialsProviderArn).toBe(`${LAMBDA_ARN}:$LATEST`);
  });

  test('a group ARN gives name, Region and account', () => {
    expect(config({ 'model-package-group': GROUP_ARN }, { AWS_REGION: 'us-east-1' }).group).toEqual({
      name: 'shared-models',
      arn: GROUP_ARN,
      region: 'us-east-1',
      accountId: '210987654321'
    });
  });

  test('envInputReader reads INPUT_<NAME> with spaces as underscores, hyphens kept, trimmed', () => {
    const read = envInputReader({ 'INPUT_MODEL-PACKAGE-GROUP': '  fraud  ', INPUT_MY_INPUT: 'x' });
    expect(read('model-package-group')).toBe('fraud');
    expect(read('my input')).toBe('x');
    expect(read('missing')).toBe('');
  });
});

describe('readConfig validation', () => {
  test('required inputs', () => {
    expectInputError({ image: '' }, 'image', '', 'is required');
    expectInputError({ 'model-package-group': '' }, 'model-package-group', '', 'is required');
  });

  test('image grammar errors name the value and the reason', () => {
    expectInputError({ image: 'registry.example.com/Team/model' }, 'image', 'registry.example.com/Team/model',
      'is not a valid image reference: repository names must be lowercase');
    expectInputError({ image: 'ubuntu@sha256:ABC' }, 'image', 'ubuntu@sha256:ABC',
      'is not a valid image reference: expected registry[:port]/repository[:tag][@sha256:digest]');
  });

  test('an image longer than 255 characters as sent, counting the digest', () => {
    const image = `registry.example.com/${'m'.repeat(163)}@sha256:${'a'.repeat(64)}`;
    expect(image.length).toBe(256);
    const err = inputError({ image });
    expect(err.message).toBe(
      `Input 'image': ${quote(image)} is 256 characters as sent to SageMaker (registry.example.com/mmmmmmmmm…); at most 255 are allowed, including any @sha256 digest`
    );
  });

  test('the length that counts is the normalised reference: Docker Hub names gain docker.io/library/', () => {
    const image = `${'u'.repeat(120)}:${'t'.repeat(128)}`; // 249 characters as written, 267 as sent
    const err = inputError({ image });
    expect(err.message).toContain('is 267 characters as sent to SageMaker (docker.io/library/uuuuuuuuuuuu…)');
  });

  test('a tag next to a digest is dropped from what is sent, so only the pinned form counts', () => {
    const image = `registry.example.com/${'m'.repeat(60)}:${'t'.repeat(128)}@sha256:${'a'.repeat(64)}`;
    expect(image.length).toBeGreaterThan(255);
    expect(readConfig(reader({ image, 'model-package-group': 'g' }), {}).image!.digest).toBe(`sha256:${'a'.repeat(64)}`);
  });

  test('aws-region must be a Region code', () => {
    expectInputError({ 'aws-region': 'US East' }, 'aws-region', 'US East', 'is not an AWS Region code such as us-east-1');
    expectInputError({}, 'aws-region', 'useast1', 'is not an AWS Region code such as us-east-1', { AWS_REGION: 'useast1' });
  });

  test('group names and ARNs', () => {
    expectInputError({ 'model-package-group': 'fraud_model' }, 'model-package-group', 'fraud_model',
      'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
    expectInputError({ 'model-package-group': 'fraud-' }, 'model-package-group', 'fraud-',
      'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
    expectInputError({ 'model-package-group': 'a'.repeat(64) }, 'model-package-group', 'a'.repeat(64),
      'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
    expect(config({ 'model-package-group': 'a'.repeat(63) }).group!.name).toHaveLength(63);
    expectInputError({ 'model-package-group': 'a'.repeat(171) }, 'model-package-group', 'a'.repeat(171), 'is longer than 170 characters');
    const bad = 'arn:aws:sagemaker:us-east-1:210987654321:model-package/shared-models/1';
    expectInputError({ 'model-package-group': bad }, 'model-package-group', bad,
      'must be a name or arn:aws:sagemaker:<region>:<account>:model-package-group/<name>');
  });

  test('a group ARN in another Region is rejected', () => {
    expectInputError({ 'model-package-group': GROUP_ARN, 'aws-region': 'eu-west-1' }, 'model-package-group', GROUP_ARN,
      "is in Region us-east-1, but the action runs in eu-west-1: SageMaker requires ARNs scoped to the caller's Region");
    expectInputError({ 'model-package-group': GROUP_ARN }, 'model-package-group', GROUP_ARN,
      "is in Region us-east-1, but the action runs in eu-central-1: SageMaker requires ARNs scoped to the caller's Region",
      { AWS_REGION: 'eu-central-1' });
  });

  test('choices', () => {
    expectInputError({ approval: 'yes' }, 'approval', 'yes', 'must be one of: pending, approved, rejected, auto');
    expectInputError({ 'skip-model-validation': 'Some' }, 'skip-model-validation', 'Some', 'must be one of: All, None');
  });

  test.each(['yes', 'no', '1', '0', 'tRue', 'on'])('booleans are strict: %s', (value) => {
    expectInputError({ 'create-group': value }, 'create-group', value, 'must be true or false');
    expectInputError({ 'dry-run': value }, 'dry-run', value, 'must be true or false');
  });

  test('wait-timeout in minutes or seconds, bounded', () => {
    expect(config({ 'wait-timeout': '1' }).waitTimeoutSeconds).toBe(60);
    expect(config({ 'wait-timeout': '45m' }).waitTimeoutSeconds).toBe(2700);
    expect(config({ 'wait-timeout': '90s' }).waitTimeoutSeconds).toBe(90);
    expect(config({ 'wait-timeout': '1440' }).waitTimeoutSeconds).toBe(86400);
    const rule = "must be minutes ('45' or '45m') or seconds ('90s')";
    expectInputError({ 'wait-timeout': '0' }, 'wait-timeout', '0', 'must be between 5 seconds and 24 hours');
    expectInputError({ 'wait-timeout': '4s' }, 'wait-timeout', '4s', 'must be between 5 seconds and 24 hours');
    expectInputError({ 'wait-timeout': '1441' }, 'wait-timeout', '1441', 'must be between 5 seconds and 24 hours');
    expectInputError({ 'wait-timeout': '1.5' }, 'wait-timeout', '1.5', rule);
    expectInputError({ 'wait-timeout': '-5' }, 'wait-timeout', '-5', rule);
    expectInputError({ 'wait-timeout': '30h' }, 'wait-timeout', '30h', rule);
  });

  test('max-attempts bounds', () => {
    expect(config({ 'max-attempts': '20' }).maxAttempts).toBe(20);
    expectInputError({ 'max-attempts': '21' }, 'max-attempts', '21', 'must be between 1 and 20');
    expectInputError({ 'max-attempts': '0' }, 'max-attempts', '0', 'must be between 1 and 20');
  });

  test('content, response and instance types', () => {
    const long = `application/${'x'.repeat(250)}`;
    expectInputError({ 'content-types': `text/csv,${long}` }, 'content-types', long, 'is longer than 256 characters');
    expectInputError({ 'response-types': 'json' }, 'response-types', 'json', 'must be a MIME type such as application/json');
    expectInputError({ 'realtime-instance-types': 'ml.m5.large\nm5.large' }, 'realtime-instance-types', 'm5.large',
      'is not a SageMaker real-time instance type (for example ml.m5.large)');
    expectInputError({ 'realtime-instance-types': 'ml.m5.huge' }, 'realtime-instance-types', 'ml.m5.huge',
      'is not a SageMaker real-time instance type (for example ml.m5.large)');
  });

  test('registry-secret-arn must be a Secrets Manager ARN', () => {
    const bad = 'arn:aws:ssm:us-east-1:123456789012:parameter/creds';
    expectInputError({ 'registry-secret-arn': bad }, 'registry-secret-arn', bad,
      'must be a Secrets Manager secret ARN: arn:aws:secretsmanager:<region>:<account>:secret:<name>');
    expectInputError({ 'registry-secret-arn': 'my-secret' }, 'registry-secret-arn', 'my-secret',
      'must be a Secrets Manager secret ARN: arn:aws:secretsmanager:<region>:<account>:secret:<name>');
  });

  test('registry-credentials-provider-arn must be a Lambda function ARN', () => {
    const bad = 'arn:aws:lambda:us-east-1:123456789012:layer:creds';
    expectInputError({ 'registry-credentials-provider-arn': bad }, 'registry-credentials-provider-arn', bad,
      'must be a Lambda function ARN: arn:aws:lambda:<region>:<account>:function:<name>');
  });

  test('registry credentials are rejected for ECR images', () => {
    const rule = 'applies to private registries only; 123456789012.dkr.ecr.us-east-1.amazonaws.com is ECR, which SageMaker reads with its execution role';
    expectInputError({ image: ECR_IMAGE, 'registry-secret-arn': SECRET_ARN }, 'registry-secret-arn', SECRET_ARN, rule);
    expectInputError({ image: ECR_IMAGE, 'registry-credentials-provider-arn': LAMBDA_ARN }, 'registry-credentials-provider-arn', LAMBDA_ARN, rule);
  });

  test('model-data-url', () => {
    expectInputError({ 'model-data-url': 'ftp://bucket/model.tar.gz' }, 'model-data-url', 'ftp://bucket/model.tar.gz',
      'must be an s3:// (or https://) URL of a .tar.gz in the same Region, at most 1024 characters');
    const long = `s3://bucket/${'k'.repeat(1013)}`;
    expect(long).toHaveLength(1025);
    expectInputError({ 'model-data-url': long }, 'model-data-url', long,
      'must be an s3:// (or https://) URL of a .tar.gz in the same Region, at most 1024 characters');
  });

  test('descriptions', () => {
    expectInputError({ description: 'line one\nline two' }, 'description', 'line one\nline two',
      'may not contain line breaks, tabs or other control characters');
    expectInputError({ 'group-description': 'a\tb' }, 'group-description', 'a\tb',
      'may not contain line breaks, tabs or other control characters');
    const long = 'd'.repeat(1025);
    expectInputError({ description: long }, 'description', long, 'is 1025 characters; at most 1024 are allowed');
    expect(config({ description: 'd'.repeat(1024) }).description).toHaveLength(1024);
  });

  test('environment keys and values', () => {
    expectInputError({ environment: 'JUST_A_KEY' }, 'environment', 'JUST_A_KEY', 'must be KEY=VALUE lines');
    expectInputError({ environment: '=value' }, 'environment', '=value', 'must be KEY=VALUE lines');
    expectInputError({ environment: '1KEY=x' }, 'environment', '1KEY', 'is a key that must match [a-zA-Z_][a-zA-Z0-9_]*');
    expectInputError({ environment: 'A=1\nA=2' }, 'environment', 'A', 'is given twice');
    const long = 'v'.repeat(1025);
    expectInputError({ environment: `A=${long}` }, 'environment', `A=${long}`, 'has a value longer than 1024 characters');
    const many = Array.from({ length: 101 }, (_, i) => `K${i}=v`).join('\n');
    expectInputError({ environment: many }, 'environment', '101 entries', 'exceeds the limit of 100 entries');
    expect(Object.keys(config({ environment: many.split('\n').slice(0, 100).join('\n') }).environment)).toHaveLength(100);
  });

  test('metadata keys and values', () => {
    const rule = 'may contain only letters, digits, spaces and _ . : / = + - @';
    expectInputError({ metadata: 'team!=risk' }, 'metadata', 'team!', `is a key that ${rule}`);
    expectInputError({ metadata: 'team=risk&fraud' }, 'metadata', 'team=risk&fraud', `has a value that ${rule}`);
    expectInputError({ metadata: 'team=' }, 'metadata', 'team=', 'has an empty value; SageMaker requires at least one character');
    const longKey = 'k'.repeat(129);
    expectInputError({ metadata: `${longKey}=v` }, 'metadata', longKey, 'is a key longer than 128 characters');
    const longValue = 'v'.repeat(257);
    expectInputError({ metadata: `k=${longValue}` }, 'metadata', `k=${longValue}`, 'has a value longer than 256 characters');
    expect(config({ metadata: `${'k'.repeat(128)}=${'v'.repeat(256)}` }).metadata['k'.repeat(128)]).toHaveLength(256);
  });

  test.each([...RESERVED_METADATA_KEYS])('metadata may not replace the reserved key %s', (key) => {
    expectInputError({ metadata: `team=risk\n${key}=mine` }, 'metadata', key, 'is a key the action sets itself; choose another name');
  });

  test('metadata is limited to the room the action leaves, now and for later deployments', () => {
    expect(USER_METADATA_MAX).toBe(50 - RESERVED_METADATA_KEYS.size - LATER_METADATA_KEYS);
    expect(LATER_METADATA_KEYS).toBeGreaterThanOrEqual(1);
    const lines = Array.from({ length: USER_METADATA_MAX + 1 }, (_, i) => `key${i}=value${i}`);
    expectInputError({ metadata: lines.join('\n') }, 'metadata', `${USER_METADATA_MAX + 1} entries`, `exceeds the limit of ${USER_METADATA_MAX} entries`);
    expect(Object.keys(config({ metadata: lines.slice(0, USER_METADATA_MAX).join('\n') }).metadata)).toHaveLength(USER_METADATA_MAX);
  });

  test("the README states the same metadata limit as the code", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const stated = [...readme.matchAll(/`metadata` lines \(up to (\d+)/g)].map((m) => Number(m[1]));
    expect(stated).toEqual([USER_METADATA_MAX]);
  });

  test('keys that Object.prototype has are ordinary keys (toString, constructor, __proto__)', () => {
    const c = config({ metadata: 'toString=1\nconstructor=x\nhasOwnProperty=y', environment: '__proto__=p\nconstructor=c\nvalueOf=v' });
    expect(c.metadata).toEqual({ toString: '1', constructor: 'x', hasOwnProperty: 'y' });
    expect(Object.entries(c.environment)).toEqual([['__proto__', 'p'], ['constructor', 'c'], ['valueOf', 'v']]);
    expect(Object.getPrototypeOf(c.environment)).toBe(Object.prototype);
    expectInputError({ metadata: 'toString=1\ntoString=2' }, 'metadata', 'toString', 'is given twice');
  });

  test('enum inputs do not match what every object inherits', () => {
    expectInputError({ approval: 'constructor' }, 'approval', 'constructor', 'must be one of: pending, approved, rejected, auto');
    expectInputError({ 'scan-gate': 'toString', image: ECR_IMAGE }, 'scan-gate', 'toString', 'must be one of: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED');
  });

  test.each(['registry.example.com:99999/ml/model:v1', '127.0.0.1:65536/ml/model:v1', 'registry.example.com:0/m', '[::1]:70000/m'])('image %s: a port outside 1-65535 is refused', (image) => {
    const err = inputError({ image });
    expect(err.input).toBe('image');
    expect(err.rule).toMatch(/^has port \d+: a registry port is a number from 1 to 65535$/);
  });

  test('group tags', () => {
    const rule = 'may contain only letters, digits, spaces and _ . : / = + - @';
    expectInputError({ 'group-tags': 'cost#center=1' }, 'group-tags', 'cost#center', `is a key that ${rule}`);
    expectInputError({ 'group-tags': 'cost=1;2' }, 'group-tags', 'cost=1;2', `has a value that ${rule}`);
    const many = Array.from({ length: 49 }, (_, i) => `t${i}=v`).join('\n');
    expectInputError({ 'group-tags': many }, 'group-tags', '49 entries', 'exceeds the limit of 48 entries');
    expectInputError({ 'group-tags': 'aws:owner=x' }, 'group-tags', 'aws:owner', 'uses the aws: prefix, which AWS reserves for its own tags');
    expectInputError({ 'group-tags': 'managed-by=x' }, 'group-tags', 'managed-by', 'is a tag the action sets itself; choose another key');
  });

  test('quote() JSON-quotes short values and shortens long ones', () => {
    expect(quote('a"b\n')).toBe('"a\\"b\\n"');
    expect(quote('x'.repeat(120))).toBe(`"${'x'.repeat(120)}"`);
    expect(quote('x'.repeat(121))).toBe(`"${'x'.repeat(120)}… (121 characters)"`);
    expect(quote('abcdef', 3)).toBe('"abc… (6 characters)"');
  });

  test('long offending values are shortened in the message, with their length', () => {
    const value = `x${'y'.repeat(300)}`;
    const err = inputError({ 'model-package-group': value });
    expect(err.message).toBe(`Input 'model-package-group': "${value.slice(0, 120)}… (301 characters)" is longer than 170 characters`);
  });
});
