import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { deployConfig } from '../../helpers/deploy-config.js';
import { checkEnvironment, deploymentConfig, isOurName, planDeploy, resourceName, trafficPolicy } from '../../../src/deploy/plan.js';
import { ActionError } from '../../../src/errors.js';
import { pushContext } from '../../helpers/run-context.js';

const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const ECR_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@${DIGEST}`;

const ctx = pushContext({ workflow: 'deploy' });

function pkg(environment: Record<string, string>): DescribeModelPackageOutput {
  return {
    ModelPackageName: 'fraud-model',
    ModelPackageArn: V3,
    ModelPackageVersion: 3,
    ModelApprovalStatus: 'Approved',
    InferenceSpecification: { Containers: [{ Image: ECR_IMAGE, ImageDigest: DIGEST, Environment: environment }] }
  } as DescribeModelPackageOutput;
}

/** `count` entries named K000, K001, … with the value `v`. */
function entries(count: number, v = 'v'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`K${String(i).padStart(3, '0')}`, v]));
}

function refusal(fn: () => unknown): ActionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('expected an ActionError, but nothing was thrown');
}

describe('model environment limits (100 entries, 32 KiB of keys and values)', () => {
  test('exactly 100 entries deploy; 101 are refused before anything is created, naming the count and the version', () => {
    const ok = planDeploy({ deploy: deployConfig(), ctx, pkg: pkg(entries(100)) });
    expect(Object.keys(ok.createModel.Containers![0]!.Environment!)).toHaveLength(100);
    const err = refusal(() => planDeploy({ deploy: deployConfig(), ctx, pkg: pkg(entries(101)) }));
    expect(err.message).toContain('has 101 entries');
    expect(err.message).toContain('at most 100');
    expect(err.message).toContain(V3);
  });

  test("the version's environment and deploy-environment count together toward the entry limit", () => {
    const deploy = deployConfig({ 'deploy-environment': 'EXTRA_ONE=1\nEXTRA_TWO=2' });
    expect(() => planDeploy({ deploy, ctx, pkg: pkg(entries(98)) })).not.toThrow();
    expect(refusal(() => planDeploy({ deploy, ctx, pkg: pkg(entries(99)) })).message).toContain('has 101 entries');
  });

  test('exactly 32768 bytes deploy; one byte more is refused with the byte count', () => {
    const key = 'BIG';
    const fits = { [key]: 'x'.repeat(32768 - key.length) };
    expect(() => checkEnvironment(fits, V3)).not.toThrow();
    const over = { [key]: 'x'.repeat(32769 - key.length) };
    const err = refusal(() => checkEnvironment(over, V3));
    expect(err.message).toContain('is 32769 bytes');
    expect(err.message).toContain('at most 32768');
    expect(err.message).toContain(V3);
  });

  test('keys and values both count toward the byte limit, measured in UTF-8 bytes', () => {
    // Neither the key nor the value alone passes the limit; together they do.
    expect(refusal(() => checkEnvironment({ ['K'.repeat(16384)]: 'v'.repeat(16385) }, V3)).message).toContain('is 32769 bytes');
    // 16385 two-byte characters are 32770 bytes though only 16385 characters long.
    expect(refusal(() => checkEnvironment({ K: 'é'.repeat(16385) }, V3)).message).toContain('is 32771 bytes');
  });

  test('the refusal never shows environment values (they can be secrets)', () => {
    const secret = `s3cr3t-${'x'.repeat(40000)}`;
    const err = refusal(() => planDeploy({ deploy: deployConfig(), ctx, pkg: pkg({ API_TOKEN: secret }) }));
    expect(err.message).not.toContain('s3cr3t');
  });
});

describe('rolling updates', () => {
  const rolling = { 'traffic-routing': 'rolling', 'instance-count': '4', 'wait-interval': '60' };

  test('send a RollingUpdatePolicy (not blue/green) with the batch sizes and bake asked for', () => {
    const d = deployConfig({ ...rolling, 'rolling-batch-size': '1', 'rollback-batch-size': '50%' });
    const config = deploymentConfig(d, []);
    expect(config.BlueGreenUpdatePolicy).toBeUndefined();
    expect(config.RollingUpdatePolicy).toEqual({
      MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 },
      WaitIntervalInSeconds: 60,
      MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds,
      RollbackMaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 }
    });
  });

  test('without rollback-batch-size, SageMaker keeps its default rollback batch', () => {
    const config = deploymentConfig(deployConfig(rolling), []);
    expect(config.RollingUpdatePolicy?.MaximumBatchSize).toEqual({ Type: 'CAPACITY_PERCENT', Value: 25 });
    expect(config.RollingUpdatePolicy).not.toHaveProperty('RollbackMaximumBatchSize');
  });

  test('the summary describes batches, rollback batches and the bake', () => {
    expect(trafficPolicy(deployConfig({ ...rolling, 'rolling-batch-size': '1', 'rollback-batch-size': '50%' }))).toBe(
      'rolling, batches of 1 instance(s), rollback batches of 50%, bake 60 s'
    );
    expect(trafficPolicy(deployConfig(rolling))).toBe('rolling, batches of 25%, bake 60 s');
  });

  test('the planned deploy carries the rolling policy and its summary', () => {
    const plan = planDeploy({ deploy: deployConfig(rolling), ctx, pkg: pkg({}) });
    expect(plan.deploymentConfig.RollingUpdatePolicy?.WaitIntervalInSeconds).toBe(60);
    expect(plan.policy).toBe('rolling, batches of 25%, bake 60 s');
  });
});

describe('cleanup recognises its own names', () => {
  test('for an endpoint whose 63-character cut ends in several hyphens', () => {
    // The suffix "-v3-xxxxxx" is 10 characters, so the cut keeps 53: 51 letters and two hyphens, both dropped.
    const endpoint = `${'a'.repeat(51)}--${'b'.repeat(10)}`;
    const name = resourceName(endpoint, 3, '77', '1', V3);
    expect(isOurName(endpoint, name)).toBe(true);
    // An endpoint with a different prefix does not own it.
    expect(isOurName(`${'a'.repeat(50)}--${'b'.repeat(10)}`, name)).toBe(false);
  });
});
