import { describe, expect, test } from '@jest/globals';
import { readDeployConfig, type DeployConfig } from '../../../src/inputs/deploy.js';
import { InputError } from '../../../src/errors.js';

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerExecution';
const base = { 'endpoint-name': 'fraud-staging', 'execution-role-arn': ROLE };
const SERVERLESS = { 'endpoint-type': 'serverless', 'serverless-memory-mb': '2048', 'serverless-max-concurrency': '5' };
const ASYNC = { 'endpoint-type': 'async', 'async-output-s3-uri': 's3://acme-results/fraud/out' };
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:fraud-results';

function read(values: Record<string, string>): DeployConfig {
  const all: Record<string, string> = { ...base, ...values };
  const d = readDeployConfig((n) => all[n] ?? '', undefined);
  if (!d) throw new Error('expected a deploy configuration');
  return d;
}

function refusal(values: Record<string, string>): InputError {
  try {
    read(values);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('endpoint-type', () => {
  test('is real-time by default, with no serverless or async settings', () => {
    expect(read({})).toMatchObject({ endpointType: 'real-time' });
    expect(read({}).serverless).toBeUndefined();
    expect(read({}).async).toBeUndefined();
  });

  test('refuses another kind', () => {
    expect(refusal({ 'endpoint-type': 'batch' }).input).toBe('endpoint-type');
  });

  test.each([
    ['serverless-memory-mb', '2048', 'serverless'],
    ['serverless-max-concurrency', '5', 'serverless'],
    ['async-output-s3-uri', 's3://b/k', 'async'],
    ['async-success-topic', TOPIC, 'async']
  ])('%s applies only to its kind', (name, value, kind) => {
    const e = refusal({ [name]: value });
    expect(e.input).toBe(name);
    expect(e.rule).toBe(`applies only to endpoint-type: ${kind} (endpoint-type is real-time)`);
  });
});

describe('serverless', () => {
  test('reads memory, concurrency and provisioned concurrency', () => {
    expect(read({ ...SERVERLESS, 'serverless-provisioned-concurrency': '2' }).serverless).toEqual({ memorySizeMb: 2048, maxConcurrency: 5, provisionedConcurrency: 2 });
  });

  test.each([
    ['serverless-memory-mb', '', 'is required with endpoint-type: serverless'],
    ['serverless-memory-mb', '1000', 'must be between 1024 and 6144'],
    ['serverless-memory-mb', '1536', 'steps of 1024 MB'],
    ['serverless-memory-mb', '7168', 'must be between 1024 and 6144'],
    ['serverless-max-concurrency', '', 'is required with endpoint-type: serverless'],
    ['serverless-max-concurrency', '201', 'must be between 1 and 200'],
    ['serverless-provisioned-concurrency', '6', 'must be at most serverless-max-concurrency (5)']
  ])('%s %j is refused', (name, value, rule) => {
    const e = refusal({ ...SERVERLESS, [name]: value });
    expect(e.input).toBe(name);
    expect(e.message).toContain(rule);
  });

  test.each([
    [{ 'vpc-subnets': 'subnet-0123456789abcdef0', 'vpc-security-groups': 'sg-0a1b2c3d4e5f60718' }, 'vpc-subnets', 'do not support VPC configuration'],
    [{ 'network-isolation': 'true' }, 'network-isolation', 'do not support network isolation'],
    [{ 'data-capture': 's3://acme-capture/fraud' }, 'data-capture', 'do not support data capture'],
    [{ autoscaling: 'min=1,max=2,target=10' }, 'autoscaling', 'there are no instances to scale'],
    [{ 'kms-key-id': 'alias/fraud' }, 'kms-key-id', 'instance storage volume'],
    [{ 'instance-type': 'ml.g5.xlarge' }, 'instance-type', 'has no instances'],
    [{ 'instance-count': '2' }, 'instance-count', 'has no instances'],
    [{ 'traffic-routing': 'rolling' }, 'traffic-routing', 'excludes serverless endpoints from rolling deployments'],
    [{ 'traffic-routing': 'canary', 'canary-size': '1' }, 'canary-size', 'give a percentage'],
    [{ 'traffic-routing': 'linear', 'linear-step-size': '2' }, 'linear-step-size', 'give a percentage']
  ])('the exclusion %j is refused with the reason', (values, name, why) => {
    const e = refusal({ ...SERVERLESS, ...values });
    expect(e.input).toBe(name);
    expect(e.rule).toContain('cannot be used with endpoint-type: serverless');
    expect(e.rule).toContain(why);
  });

  test('any instance setting is refused, even the value the real-time default would be (the fleet inputs have no action.yml default)', () => {
    expect(refusal({ ...SERVERLESS, 'instance-type': 'ml.m5.large' }).input).toBe('instance-type');
    expect(refusal({ ...SERVERLESS, 'instance-count': '1' }).input).toBe('instance-count');
  });

  test('a percentage canary needs no instance count', () => {
    expect(read({ ...SERVERLESS, 'traffic-routing': 'canary', 'canary-size': '20%' })).toMatchObject({ trafficRouting: 'canary', canarySize: { Type: 'CAPACITY_PERCENT', Value: 20 } });
  });
});

describe('async', () => {
  test('reads the output, failure path, concurrency and topics', () => {
    const d = read({ ...ASYNC, 'async-failure-s3-uri': 's3://acme-results/fraud/failed', 'async-max-concurrent-invocations': '4', 'async-success-topic': TOPIC, 'async-error-topic': TOPIC });
    expect(d.async).toEqual({ outputS3Uri: 's3://acme-results/fraud/out', failureS3Uri: 's3://acme-results/fraud/failed', maxConcurrentInvocations: 4, successTopic: TOPIC, errorTopic: TOPIC });
  });

  test.each([
    ['async-output-s3-uri', '', 'is required with endpoint-type: async'],
    ['async-output-s3-uri', 's3://Acme/out', "breaks S3's naming rules"],
    ['async-output-s3-uri', `s3://acme/${'k'.repeat(520)}`, 'longer than 512'],
    ['async-failure-s3-uri', 'https://acme/out', 'must be an S3 URI'],
    ['async-max-concurrent-invocations', '1001', 'must be between 1 and 1000'],
    ['async-success-topic', 'arn:aws:sqs:us-east-1:123456789012:q', 'must be an SNS topic ARN'],
    ['async-error-topic', 'fraud-errors', 'must be an SNS topic ARN']
  ])('%s %j is refused', (name, value, rule) => {
    const e = refusal({ ...ASYNC, [name]: value });
    expect(e.input).toBe(name);
    expect(e.message).toContain(rule);
  });

  test('autoscaling may go down to zero instances for async only', () => {
    expect(read({ ...ASYNC, autoscaling: 'min=0,max=4,target=5' }).autoscaling).toMatchObject({ min: 0, max: 4, target: 5 });
    expect(refusal({ autoscaling: 'min=0,max=4,target=5' }).rule).toContain('only async endpoints');
  });
});
