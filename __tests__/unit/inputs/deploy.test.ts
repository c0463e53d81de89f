import { describe, expect, test } from '@jest/globals';
import { readDeployConfig, totalBakeSeconds, type DeployConfig } from '../../../src/inputs/deploy.js';
import { InputError, quote } from '../../../src/errors.js';
import type { InputReader } from '../../../src/inputs/readers.js';

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerExecution';
const VERSION_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const SUBNET_A = 'subnet-0123456789abcdef0';
const SUBNET_B = 'subnet-0fedcba987654321f';
const SG = 'sg-0a1b2c3d4e5f60718';

function reader(values: Record<string, string>): InputReader {
  const map = new Map(Object.entries(values));
  return (name) => map.get(name) ?? '';
}

const base = { 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE };

function deployConfig(values: Record<string, string>, arn?: string): DeployConfig {
  const config = readDeployConfig(reader({ ...base, ...values }), arn);
  if (!config) throw new Error('expected a deploy configuration');
  return config;
}

function inputError(values: Record<string, string>, arn?: string): InputError {
  try {
    readDeployConfig(reader(values), arn);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(values)}`);
}

/** The exact one-line message: Input '<name>': "<value>" <rule>. */
function expectInputError(values: Record<string, string>, input: string, value: string, rule: string, arn?: string) {
  const err = inputError({ ...base, ...values }, arn);
  expect(err.name).toBe('InputError');
  expect(err.input).toBe(input);
  expect(err.rule).toBe(rule);
  expect(err.message).toBe(`Input '${input}': ${quote(value)} ${rule}`);
}

describe('readDeployConfig: when it applies', () => {
  test('no endpoint-name and no model-package-arn: no deployment', () => {
    expect(readDeployConfig(reader({ 'execution-role-arn': ROLE }), undefined)).toBeUndefined();
  });

  test('model-package-arn without endpoint-name is refused', () => {
    const err = inputError({}, VERSION_ARN);
    expect(err.message).toBe(`Input 'endpoint-name': "" is required with model-package-arn: that input deploys an existing version`);
    expect(err.input).toBe('endpoint-name');
  });

  test('model-package-arn with endpoint-name deploys', () => {
    expect(deployConfig({}, VERSION_ARN).endpointName).toBe('fraud-prod');
  });
});

describe('readDeployConfig: defaults', () => {
  test('all-at-once with only endpoint-name and execution-role-arn', () => {
    expect(deployConfig({})).toEqual({
      endpointName: 'fraud-prod',
      executionRoleArn: ROLE,
      endpointType: 'real-time',
      instanceType: 'ml.m5.large',
      instanceCount: 1,
      trafficRouting: 'all-at-once',
      canarySize: { Type: 'CAPACITY_PERCENT', Value: 10 },
      linearStepSize: { Type: 'CAPACITY_PERCENT', Value: 20 },
      rollingBatchSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
      waitIntervalSeconds: 0,
      terminationWaitSeconds: 0,
      maxExecutionTimeoutSeconds: 3600,
      rollbackAlarms: [],
      vpcSubnets: [],
      vpcSecurityGroups: [],
      networkIsolation: false,
      environment: {},
      deployApproval: ['Approved'],
      wait: true,
      createEndpoint: true,
      onBusy: 'wait'
    });
  });

  test('no optional keys are present when their inputs are unset', () => {
    const c = deployConfig({});
    for (const key of ['variantName', 'kmsKeyId', 'dataCapture', 'stage']) expect(Object.prototype.hasOwnProperty.call(c, key)).toBe(false);
  });

  test('canary defaults to a 300 s bake and a max-execution-timeout of bakes + 3600', () => {
    const c = deployConfig({ 'traffic-routing': 'canary', 'instance-count': '2' });
    expect(c.trafficRouting).toBe('canary');
    expect(c.waitIntervalSeconds).toBe(300);
    expect(c.terminationWaitSeconds).toBe(0);
    expect(c.maxExecutionTimeoutSeconds).toBe(3900);
  });

  test('linear defaults to a 300 s bake per 20% step: 5 steps, max-execution-timeout 1500 + 3600', () => {
    const c = deployConfig({ 'traffic-routing': 'linear' });
    expect(c.waitIntervalSeconds).toBe(300);
    expect(c.maxExecutionTimeoutSeconds).toBe(5100);
  });

  test('the default max-execution-timeout counts termination-wait and never goes below 3600', () => {
    expect(deployConfig({ 'termination-wait': '600' }).maxExecutionTimeoutSeconds).toBe(4200);
    expect(deployConfig({ 'wait-interval': '0', 'traffic-routing': 'canary', 'instance-count': '2' }).maxExecutionTimeoutSeconds).toBe(3600);
  });

  test('the default max-execution-timeout is capped at 28800', () => {
    // linear 20%: 5 steps × 3600 + 3600 = 21600 bake; 21600 + 3600 = 25200 < 28800
    expect(deployConfig({ 'traffic-routing': 'linear', 'wait-interval': '3600', 'termination-wait': '3600' }).maxExecutionTimeoutSeconds).toBe(25_200);
    // linear 50%: 2 steps × 3600 + 3600 = 10800 bake
    expect(deployConfig({ 'traffic-routing': 'linear', 'linear-step-size': '50%', 'wait-interval': '3600', 'termination-wait': '3600' }).maxExecutionTimeoutSeconds).toBe(14_400);
    expect(deployConfig({ 'traffic-routing': 'linear', 'linear-step-size': '10%', 'wait-interval': '2000' }).maxExecutionTimeoutSeconds).toBe(23_600);
    // 10% steps: 10 × 2600 = 26000 bake; 26000 + 3600 = 29600 → 28800
    expect(deployConfig({ 'traffic-routing': 'linear', 'linear-step-size': '10%', 'wait-interval': '2600' }).maxExecutionTimeoutSeconds).toBe(28_800);
  });

  test('an explicit wait-interval of 0 is kept for canary', () => {
    expect(deployConfig({ 'traffic-routing': 'canary', 'instance-count': '2', 'wait-interval': '0' }).waitIntervalSeconds).toBe(0);
  });

  test('every optional input is read', () => {
    const c = deployConfig({
      'instance-type': 'ml.m5.xlarge',
      'instance-count': '4',
      'variant-name': 'blue',
      'traffic-routing': 'Canary',
      'canary-size': '1',
      'wait-interval': '120',
      'termination-wait': '60',
      'max-execution-timeout': '1800',
      'rollback-alarms': 'p99-latency, errors-5xx\nmodel-drift',
      'vpc-subnets': `${SUBNET_A},${SUBNET_B}`,
      'vpc-security-groups': SG,
      'network-isolation': 'true',
      'kms-key-id': 'alias/sagemaker',
      'data-capture': 's3://captures/fraud 20',
      'deploy-environment': 'LOG_LEVEL=debug\n# comment\nEMPTY=',
      'deploy-approval': 'approved, pending',
      wait: 'false',
      'create-endpoint': 'False',
      'on-busy': 'fail',
      stage: 'production'
    });
    expect(c).toEqual({
      endpointName: 'fraud-prod',
      executionRoleArn: ROLE,
      endpointType: 'real-time',
      instanceType: 'ml.m5.xlarge',
      instanceCount: 4,
      variantName: 'blue',
      trafficRouting: 'canary',
      canarySize: { Type: 'INSTANCE_COUNT', Value: 1 },
      linearStepSize: { Type: 'CAPACITY_PERCENT', Value: 20 },
      rollingBatchSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
      waitIntervalSeconds: 120,
      terminationWaitSeconds: 60,
      maxExecutionTimeoutSeconds: 1800,
      rollbackAlarms: ['p99-latency', 'errors-5xx', 'model-drift'],
      vpcSubnets: [SUBNET_A, SUBNET_B],
      vpcSecurityGroups: [SG],
      networkIsolation: true,
      kmsKeyId: 'alias/sagemaker',
      dataCapture: { destination: 's3://captures/fraud', samplingPercent: 20 },
      environment: { LOG_LEVEL: 'debug', EMPTY: '' },
      deployApproval: ['Approved', 'PendingManualApproval'],
      wait: false,
      createEndpoint: false,
      onBusy: 'fail',
      stage: 'production'
    });
  });
});

describe('readDeployConfig: endpoint, role and instances', () => {
  test('endpoint-name must be an entity name', () => {
    const rule = 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit';
    expectInputError({ 'endpoint-name': 'fraud_prod' }, 'endpoint-name', 'fraud_prod', rule);
    expectInputError({ 'endpoint-name': 'fraud-' }, 'endpoint-name', 'fraud-', rule);
    expectInputError({ 'endpoint-name': 'a'.repeat(64) }, 'endpoint-name', 'a'.repeat(64), rule);
    expect(deployConfig({ 'endpoint-name': 'a'.repeat(63) }).endpointName).toBe('a'.repeat(63));
  });

  test('execution-role-arn is required and must be a role ARN', () => {
    expectInputError({ 'execution-role-arn': '' }, 'execution-role-arn', '', 'is required to deploy: SageMaker runs the model with this role');
    expectInputError(
      { 'execution-role-arn': 'arn:aws:iam::123456789012:user/alice' },
      'execution-role-arn',
      'arn:aws:iam::123456789012:user/alice',
      'must be an IAM role ARN: arn:aws:iam::<account>:role/<name>'
    );
  });

  test('instance-type must be a real-time instance type', () => {
    expectInputError({ 'instance-type': 'ml.m5.huge' }, 'instance-type', 'ml.m5.huge', 'is not a SageMaker real-time instance type (for example ml.m5.large)');
  });

  test('instance-count is a whole number from 1 to 1000', () => {
    expectInputError({ 'instance-count': '0' }, 'instance-count', '0', 'must be between 1 and 1000');
    expectInputError({ 'instance-count': '1001' }, 'instance-count', '1001', 'must be between 1 and 1000');
    expectInputError({ 'instance-count': '2.5' }, 'instance-count', '2.5', 'must be a whole number');
    expect(deployConfig({ 'instance-count': '1000' }).instanceCount).toBe(1000);
  });

  test('variant-name must be an entity name', () => {
    expectInputError({ 'variant-name': 'blue green' }, 'variant-name', 'blue green', 'must be 1-63 letters, digits and hyphens');
  });

  test('traffic-routing is one of three policies', () => {
    expectInputError({ 'traffic-routing': 'blue-green' }, 'traffic-routing', 'blue-green', 'must be one of: all-at-once, canary, linear, rolling');
  });
});

describe('readDeployConfig: canary', () => {
  test('a percentage canary up to 50%', () => {
    expect(deployConfig({ 'traffic-routing': 'canary', 'instance-count': '2', 'canary-size': '50%' }).canarySize).toEqual({ Type: 'CAPACITY_PERCENT', Value: 50 });
    expectInputError(
      { 'traffic-routing': 'canary', 'instance-count': '4', 'canary-size': '51%' },
      'canary-size',
      '51%',
      'is 51% of 4 instance(s); SageMaker allows at most 50%'
    );
  });

  test('an instance canary counts against the fleet', () => {
    expect(deployConfig({ 'traffic-routing': 'canary', 'instance-count': '4', 'canary-size': '2' }).canarySize).toEqual({ Type: 'INSTANCE_COUNT', Value: 2 });
    expectInputError({ 'traffic-routing': 'canary', 'instance-count': '4', 'canary-size': '3' }, 'canary-size', '3', 'is 75% of 4 instance(s); SageMaker allows at most 50%');
    expectInputError({ 'traffic-routing': 'canary', 'canary-size': '1' }, 'canary-size', '1', 'is 100% of 1 instance(s); SageMaker allows at most 50%');
    expectInputError({ 'traffic-routing': 'canary', 'instance-count': '3', 'canary-size': '2' }, 'canary-size', '2', 'is 67% of 3 instance(s); SageMaker allows at most 50%');
  });

  test('a percentage canary needs at least two instances, also with the default size', () => {
    expectInputError({ 'traffic-routing': 'canary' }, 'instance-count', '1', 'must be at least 2 for a canary: a canary is at most 50% of the fleet');
    expectInputError({ 'traffic-routing': 'canary', 'canary-size': '50%' }, 'instance-count', '1', 'must be at least 2 for a canary: a canary is at most 50% of the fleet');
  });

  test('a canary-size over 50% is reported even with the default instance count', () => {
    expectInputError({ 'traffic-routing': 'canary', 'canary-size': '60%' }, 'canary-size', '60%', 'is 60% of 1 instance(s); SageMaker allows at most 50%');
  });

  test('capacity values are percentages or instance counts of at least 1', () => {
    const rule = "must be a percentage such as '10%' or a number of instances such as '1'";
    expectInputError({ 'canary-size': '0%' }, 'canary-size', '0%', rule);
    expectInputError({ 'canary-size': '10 %' }, 'canary-size', '10 %', rule);
    expectInputError({ 'canary-size': '0' }, 'canary-size', '0', rule);
    expectInputError({ 'linear-step-size': '1.5' }, 'linear-step-size', '1.5', rule);
  });

  test('canary-size is not checked against the fleet when the policy is not canary', () => {
    expect(deployConfig({ 'canary-size': '90%' }).canarySize).toEqual({ Type: 'CAPACITY_PERCENT', Value: 90 });
  });
});

describe('readDeployConfig: linear', () => {
  test('steps from 10% to 50%', () => {
    expect(deployConfig({ 'traffic-routing': 'linear', 'linear-step-size': '10%' }).linearStepSize).toEqual({ Type: 'CAPACITY_PERCENT', Value: 10 });
    expect(deployConfig({ 'traffic-routing': 'linear', 'linear-step-size': '50%' }).linearStepSize).toEqual({ Type: 'CAPACITY_PERCENT', Value: 50 });
    expectInputError({ 'traffic-routing': 'linear', 'linear-step-size': '5%' }, 'linear-step-size', '5%', 'is 5% of 1 instance(s); SageMaker allows 10% to 50%');
    expectInputError({ 'traffic-routing': 'linear', 'linear-step-size': '60%' }, 'linear-step-size', '60%', 'is 60% of 1 instance(s); SageMaker allows 10% to 50%');
  });

  test('instance steps count against the fleet', () => {
    expect(deployConfig({ 'traffic-routing': 'linear', 'instance-count': '4', 'linear-step-size': '1' }).linearStepSize).toEqual({ Type: 'INSTANCE_COUNT', Value: 1 });
    expectInputError({ 'traffic-routing': 'linear', 'instance-count': '20', 'linear-step-size': '1' }, 'linear-step-size', '1', 'is 5% of 20 instance(s); SageMaker allows 10% to 50%');
    expectInputError({ 'traffic-routing': 'linear', 'instance-count': '3', 'linear-step-size': '2' }, 'linear-step-size', '2', 'is 67% of 3 instance(s); SageMaker allows 10% to 50%');
  });
});

describe('readDeployConfig: waits and the execution timeout', () => {
  test('wait-interval and termination-wait are 0 to 3600 seconds', () => {
    expect(deployConfig({ 'wait-interval': '3600', 'termination-wait': '3600', 'max-execution-timeout': '7201' }).waitIntervalSeconds).toBe(3600);
    expectInputError({ 'wait-interval': '3601' }, 'wait-interval', '3601', 'must be between 0 and 3600');
    expectInputError({ 'termination-wait': '3601' }, 'termination-wait', '3601', 'must be between 0 and 3600');
    expectInputError({ 'wait-interval': '-1' }, 'wait-interval', '-1', 'must be a whole number');
  });

  test('max-execution-timeout is 600 to 28800 seconds', () => {
    expect(deployConfig({ 'max-execution-timeout': '600' }).maxExecutionTimeoutSeconds).toBe(600);
    expect(deployConfig({ 'max-execution-timeout': '28800' }).maxExecutionTimeoutSeconds).toBe(28_800);
    expectInputError({ 'max-execution-timeout': '599' }, 'max-execution-timeout', '599', 'must be between 600 and 28800');
    expectInputError({ 'max-execution-timeout': '28801' }, 'max-execution-timeout', '28801', 'must be between 600 and 28800');
  });

  test('max-execution-timeout must exceed the total bake: every linear step plus termination-wait', () => {
    // 20% steps: 5 × 600 + 300 = 3300
    const values = { 'traffic-routing': 'linear', 'wait-interval': '600', 'termination-wait': '300' };
    expect(deployConfig({ ...values, 'max-execution-timeout': '3301' }).maxExecutionTimeoutSeconds).toBe(3301);
    expectInputError(
      { ...values, 'max-execution-timeout': '3300' },
      'max-execution-timeout',
      '3300',
      "must exceed the policy's total bake time of 3300 seconds (wait-interval steps + termination-wait)"
    );
  });

  test('canary bakes once, plus termination-wait', () => {
    const values = { 'traffic-routing': 'canary', 'instance-count': '2', 'wait-interval': '900', 'termination-wait': '600' };
    expectInputError(
      { ...values, 'max-execution-timeout': '1500' },
      'max-execution-timeout',
      '1500',
      "must exceed the policy's total bake time of 1500 seconds (wait-interval steps + termination-wait)"
    );
    expect(deployConfig({ ...values, 'max-execution-timeout': '1501' }).maxExecutionTimeoutSeconds).toBe(1501);
  });

  test('a policy that cannot fit in 28800 seconds is refused even with the default timeout', () => {
    // 10% steps: 10 × 3600 + 3600 = 39600 > 28800
    expectInputError(
      { 'traffic-routing': 'linear', 'linear-step-size': '10%', 'wait-interval': '3600', 'termination-wait': '3600' },
      'wait-interval',
      '3600',
      'makes the policy bake 39600 seconds in all; SageMaker allows an update at most 28800 seconds: shorten the bakes or take larger steps'
    );
  });

  test('totalBakeSeconds', () => {
    const pct = (Value: number) => ({ Type: 'CAPACITY_PERCENT' as const, Value });
    const count = (Value: number) => ({ Type: 'INSTANCE_COUNT' as const, Value });
    expect(totalBakeSeconds({ trafficRouting: 'all-at-once', linearStepSize: pct(20), instanceCount: 1, waitIntervalSeconds: 100, terminationWaitSeconds: 7 })).toBe(107);
    expect(totalBakeSeconds({ trafficRouting: 'canary', linearStepSize: pct(20), instanceCount: 4, waitIntervalSeconds: 100, terminationWaitSeconds: 0 })).toBe(100);
    expect(totalBakeSeconds({ trafficRouting: 'linear', linearStepSize: pct(30), instanceCount: 4, waitIntervalSeconds: 100, terminationWaitSeconds: 5 })).toBe(405);
    // one instance of three per step: 33.3% → 3 steps
    expect(totalBakeSeconds({ trafficRouting: 'linear', linearStepSize: count(1), instanceCount: 3, waitIntervalSeconds: 10, terminationWaitSeconds: 0 })).toBe(30);
  });
});

describe('readDeployConfig: alarms', () => {
  test('at most 10 alarms', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `alarm-${i}`);
    expect(deployConfig({ 'rollback-alarms': ten.join(',') }).rollbackAlarms).toEqual(ten);
    const eleven = [...ten, 'alarm-10'];
    expectInputError({ 'rollback-alarms': eleven.join('\n') }, 'rollback-alarms', eleven.join(','), 'lists more than 10 alarms; SageMaker accepts at most 10');
  });

  test('alarm names are 1-255 characters', () => {
    const long = 'x'.repeat(256);
    expectInputError({ 'rollback-alarms': `ok,${long}` }, 'rollback-alarms', long, 'is not a CloudWatch alarm name (1-255 characters)');
    expect(deployConfig({ 'rollback-alarms': 'x'.repeat(255) }).rollbackAlarms).toEqual(['x'.repeat(255)]);
  });
});

describe('readDeployConfig: VPC', () => {
  test('subnets need security groups and the other way round', () => {
    const rule = 'is required with the other VPC input: SageMaker needs both subnets and security groups';
    expectInputError({ 'vpc-subnets': SUBNET_A }, 'vpc-security-groups', '', rule);
    expectInputError({ 'vpc-security-groups': SG }, 'vpc-subnets', '', rule);
  });

  test('IDs must match the subnet and security group patterns', () => {
    expectInputError({ 'vpc-subnets': `${SUBNET_A},subnet-xyz`, 'vpc-security-groups': SG }, 'vpc-subnets', 'subnet-xyz', 'is not a subnet ID (subnet-…)');
    expectInputError({ 'vpc-subnets': SUBNET_A, 'vpc-security-groups': 'sg-1234' }, 'vpc-security-groups', 'sg-1234', 'is not a security group ID (sg-…)');
    expectInputError({ 'vpc-subnets': SG, 'vpc-security-groups': SG }, 'vpc-subnets', SG, 'is not a subnet ID (subnet-…)');
  });

  test('at most 16 subnets and 5 security groups', () => {
    const subnets = Array.from({ length: 17 }, (_, i) => `subnet-${String(i).padStart(8, '0')}`);
    expectInputError({ 'vpc-subnets': subnets.join(','), 'vpc-security-groups': SG }, 'vpc-subnets', subnets.join(','), 'lists more than 16 subnets');
    expect(deployConfig({ 'vpc-subnets': subnets.slice(0, 16).join(','), 'vpc-security-groups': SG }).vpcSubnets).toHaveLength(16);
    const groups = Array.from({ length: 6 }, (_, i) => `sg-${String(i).padStart(8, '0')}`);
    expectInputError({ 'vpc-subnets': SUBNET_A, 'vpc-security-groups': groups.join(',') }, 'vpc-security-groups', groups.join(','), 'lists more than 5 security groups');
  });
});

describe('readDeployConfig: deploy-approval', () => {
  test.each([
    ['', ['Approved']],
    ['any', ['Approved', 'PendingManualApproval', 'Rejected']],
    ['pending', ['PendingManualApproval']],
    ['Approved,Rejected', ['Approved', 'Rejected']],
    ['approved\npending', ['Approved', 'PendingManualApproval']]
  ])('%j → %j', (value, expected) => {
    expect(deployConfig({ 'deploy-approval': value }).deployApproval).toEqual(expected);
  });

  test('unknown statuses are refused, and any only on its own', () => {
    const rule = 'must be approved, pending, rejected (comma separated) or any';
    expectInputError({ 'deploy-approval': 'approved,maybe' }, 'deploy-approval', 'maybe', rule);
    expectInputError({ 'deploy-approval': 'approved,any' }, 'deploy-approval', 'any', rule);
    expectInputError({ 'deploy-approval': 'PendingManualApproval' }, 'deploy-approval', 'PendingManualApproval', rule);
  });
});

describe('readDeployConfig: data capture, KMS, stage and environment', () => {
  test('data-capture: destination with an optional sampling percentage', () => {
    expect(deployConfig({ 'data-capture': 's3://bucket/prefix' }).dataCapture).toEqual({ destination: 's3://bucket/prefix', samplingPercent: 100 });
    expect(deployConfig({ 'data-capture': 's3://bucket/prefix 20' }).dataCapture).toEqual({ destination: 's3://bucket/prefix', samplingPercent: 20 });
    expect(deployConfig({ 'data-capture': 's3://bucket 35%' }).dataCapture).toEqual({ destination: 's3://bucket', samplingPercent: 35 });
    expect(deployConfig({ 'data-capture': 's3://bucket/p 0' }).dataCapture).toEqual({ destination: 's3://bucket/p', samplingPercent: 0 });
  });

  test('data-capture: bad destinations and percentages', () => {
    const dest = "must be 's3://bucket/prefix [sampling-percent]' (at most 512 characters)";
    const pct = 'has a sampling percentage that is not a whole number from 0 to 100';
    expectInputError({ 'data-capture': 'https://bucket/prefix' }, 'data-capture', 'https://bucket/prefix', dest);
    expectInputError({ 'data-capture': 's3:///prefix' }, 'data-capture', 's3:///prefix', dest);
    const long = `s3://bucket/${'p'.repeat(501)}`;
    expectInputError({ 'data-capture': long }, 'data-capture', long, dest);
    expectInputError({ 'data-capture': 's3://bucket/p 101' }, 'data-capture', 's3://bucket/p 101', pct);
    expectInputError({ 'data-capture': 's3://bucket/p 2.5' }, 'data-capture', 's3://bucket/p 2.5', dest);
    expectInputError({ 'data-capture': 's3://bucket/p half' }, 'data-capture', 's3://bucket/p half', dest);
    expectInputError({ 'data-capture': 's3://bucket/p 20 30' }, 'data-capture', 's3://bucket/p 20 30', dest);
    expectInputError({ 'data-capture': 's3://bucket/p 1e1' }, 'data-capture', 's3://bucket/p 1e1', dest);
  });

  test('kms-key-id: IDs, ARNs and aliases', () => {
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(deployConfig({ 'kms-key-id': arn }).kmsKeyId).toBe(arn);
    expectInputError({ 'kms-key-id': 'alias/my key' }, 'kms-key-id', 'alias/my key', 'must be a KMS key ID, key ARN, alias name or alias ARN');
  });

  test('stage must be an entity name', () => {
    expect(deployConfig({ stage: 'staging' }).stage).toBe('staging');
    expectInputError(
      { stage: 'prod_eu' },
      'stage',
      'prod_eu',
      'must be 1-63 letters, digits and hyphens (a ModelLifeCycle stage such as staging or production)'
    );
  });

  test('deploy-environment keys and duplicates', () => {
    expectInputError({ 'deploy-environment': '1BAD=x' }, 'deploy-environment', '1BAD', 'is a key that must match [a-zA-Z_][a-zA-Z0-9_]*');
    expectInputError({ 'deploy-environment': 'A=1\nA=2' }, 'deploy-environment', 'A', 'is given twice');
    expectInputError({ 'deploy-environment': 'novalue' }, 'deploy-environment', 'novalue', 'must be KEY=VALUE lines');
  });

  test('booleans and on-busy are validated', () => {
    expectInputError({ wait: 'yes' }, 'wait', 'yes', 'must be true or false');
    expectInputError({ 'network-isolation': '1' }, 'network-isolation', '1', 'must be true or false');
    expectInputError({ 'on-busy': 'queue' }, 'on-busy', 'queue', 'must be one of: wait, fail');
  });
});

describe('readDeployConfig: operate inputs', () => {
  test('kms-key-id with an NVMe-only instance type is refused before any AWS call', () => {
    expect(() => deployConfig({ 'instance-type': 'ml.g5.xlarge', 'kms-key-id': 'alias/k' })).toThrow("Input 'kms-key-id': \"alias/k\" cannot be used with ml.g5.xlarge");
  });

  test('rolling: batch of 5-50% of at least 2 instances; rolling-only inputs need rolling', () => {
    expect(deployConfig({ 'traffic-routing': 'rolling', 'instance-count': '8', 'rolling-batch-size': '2', 'rollback-batch-size': '50%' })).toMatchObject({
      trafficRouting: 'rolling',
      rollingBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 },
      rollbackBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 }
    });
    expect(() => deployConfig({ 'traffic-routing': 'rolling', 'instance-count': '8', 'rolling-batch-size': '5' })).toThrow('SageMaker allows a rolling batch of 5% to 50%');
    expect(() => deployConfig({ 'traffic-routing': 'rolling', 'instance-type': 'ml.inf1.xlarge', 'instance-count': '4' })).toThrow('exclude Inf1');
    expect(() => deployConfig({ 'rolling-batch-size': '2' })).toThrow('applies only to traffic-routing: rolling');
    expect(() => deployConfig({ 'traffic-routing': 'rolling', 'instance-count': '4', 'termination-wait': '60' })).toThrow('a rolling update has no final bake');
  });

  test('autoscaling, alarms and smoke inputs', () => {
    const c = deployConfig({ autoscaling: 'min=1,max=8,target=200,scale-in-cooldown=120', 'create-alarms': 'true', 'alarm-5xx-rate': '0.5%', 'smoke-payload': '{"x":1}', 'smoke-max-p99-ms': '250' });
    expect(c.autoscaling).toEqual({ min: 1, max: 8, target: 200, scaleInCooldown: 120, scaleOutCooldown: 60 });
    expect(c.alarms).toEqual({ latencyP99Ms: 1000, errorRatePercent: 0.5 });
    expect(c.smoke).toMatchObject({ contentType: 'application/json', requests: 20, concurrency: 4, maxP99Ms: 250, onFailure: 'fail' });
    expect(c.smoke?.payload.toString()).toBe('{"x":1}');
    expect(() => deployConfig({ autoscaling: 'min=0,max=2,target=1' })).toThrow('only async endpoints (endpoint-type: async) scale to zero instances');
    expect(() => deployConfig({ autoscaling: 'min=2,max=8' })).toThrow('needs target=<n>');
    expect(() => deployConfig({ 'alarm-5xx-rate': '2' })).toThrow('needs create-alarms: true');
    expect(() => deployConfig({ 'on-smoke-failure': 'rollback' })).toThrow('needs smoke-payload');
  });
});
