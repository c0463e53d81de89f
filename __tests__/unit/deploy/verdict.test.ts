import { describe, expect, test } from '@jest/globals';
import type { DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { describePhase, judge, phaseKey } from '../../../src/deploy/verdict.js';

const NEW = 'fraud-prod-v4-abc123';
const OLD = 'fraud-prod-v3-def456';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;
const T = new Date('2025-06-01T12:00:00Z');

function endpoint(extra: Partial<DescribeEndpointOutput>): DescribeEndpointOutput {
  return {
    EndpointName: 'fraud-prod',
    EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod',
    EndpointConfigName: NEW,
    EndpointStatus: 'InService',
    CreationTime: T,
    LastModifiedTime: T,
    ...extra
  } as DescribeEndpointOutput;
}

function pending(status: string, message?: string, weights?: { current: number; desired: number }): DescribeEndpointOutput['PendingDeploymentSummary'] {
  return {
    EndpointConfigName: NEW,
    ProductionVariants: [
      {
        VariantName: 'AllTraffic',
        ...(weights ? { CurrentWeight: weights.current, DesiredWeight: weights.desired } : {}),
        VariantStatus: [{ Status: status as never, ...(message ? { StatusMessage: message } : {}), StartTime: T }]
      }
    ]
  };
}

function deployed(...digests: string[]) {
  return [
    {
      VariantName: 'AllTraffic',
      DeployedImages: digests.map((d) => ({ SpecifiedImage: 'repo:tag', ResolvedImage: `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@${d}` }))
    }
  ];
}

describe('judge', () => {
  test('InService on the new config with nothing pending: succeeded', () => {
    expect(judge(endpoint({}), NEW)).toEqual({ state: 'succeeded' });
    expect(judge(endpoint({ ProductionVariants: deployed(DIGEST) }), NEW, DIGEST)).toEqual({ state: 'succeeded' });
  });

  test('InService on the old config: rolled back, with the FailureReason', () => {
    const ep = endpoint({ EndpointConfigName: OLD, FailureReason: 'Alarm p99-latency went into ALARM; the update was rolled back' });
    expect(judge(ep, NEW)).toEqual({ state: 'rolled-back', reason: 'Alarm p99-latency went into ALARM; the update was rolled back' });
  });

  test('InService on the old config without a FailureReason: a fallback reason naming both configs', () => {
    expect(judge(endpoint({ EndpointConfigName: OLD }), NEW)).toEqual({
      state: 'rolled-back',
      reason: `the endpoint is InService on ${OLD}, not on the new ${NEW}`
    });
    expect(judge(endpoint({ EndpointConfigName: OLD, FailureReason: '' }), NEW)).toEqual({
      state: 'rolled-back',
      reason: `the endpoint is InService on ${OLD}, not on the new ${NEW}`
    });
  });

  test('InService with a pending deployment: still in progress (baking)', () => {
    const ep = endpoint({ EndpointConfigName: OLD, PendingDeploymentSummary: pending('Baking', 'Baking for 300 seconds', { current: 1, desired: 1 }) });
    expect(judge(ep, NEW)).toEqual({ state: 'in-progress', phase: 'InService; AllTraffic: Baking (Baking for 300 seconds); new fleet traffic 100%' });
    const onNew = endpoint({ PendingDeploymentSummary: pending('Baking') });
    expect(judge(onNew, NEW)).toEqual({ state: 'in-progress', phase: 'InService; AllTraffic: Baking' });
  });

  test.each(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting'])('%s is in progress with the phase text', (status) => {
    const ep = endpoint({ EndpointStatus: status as never, EndpointConfigName: OLD, PendingDeploymentSummary: pending('Creating', 'Launching 2 instances') });
    expect(judge(ep, NEW)).toEqual({ state: 'in-progress', phase: `${status}; AllTraffic: Creating (Launching 2 instances)` });
  });

  test('Failed', () => {
    expect(judge(endpoint({ EndpointStatus: 'Failed', FailureReason: 'The primary container failed the ping health check' }), NEW)).toEqual({
      state: 'failed',
      reason: 'Failed: The primary container failed the ping health check. Only DeleteEndpoint works on a Failed endpoint: delete it and deploy again.'
    });
    expect(judge(endpoint({ EndpointStatus: 'Failed' }), NEW)).toEqual({
      state: 'failed',
      reason: 'Failed: no reason given. Only DeleteEndpoint works on a Failed endpoint: delete it and deploy again.'
    });
  });

  test('UpdateRollbackFailed', () => {
    expect(judge(endpoint({ EndpointStatus: 'UpdateRollbackFailed', FailureReason: 'Instance capacity' }), NEW)).toEqual({
      state: 'failed',
      reason:
        'UpdateRollbackFailed: Instance capacity. The endpoint may serve a mix of the old and new fleets: fix the cause, then deploy a known-good version or update the endpoint again.'
    });
    expect(judge(endpoint({ EndpointStatus: 'UpdateRollbackFailed' }), NEW)).toEqual({
      state: 'failed',
      reason:
        'UpdateRollbackFailed: the update and its rollback both failed. The endpoint may serve a mix of the old and new fleets: fix the cause, then deploy a known-good version or update the endpoint again.'
    });
  });

  test('other and missing statuses fail', () => {
    expect(judge(endpoint({ EndpointStatus: 'OutOfService', FailureReason: 'capacity' }), NEW)).toEqual({ state: 'failed', reason: 'the endpoint is OutOfService: capacity' });
    const none = endpoint({});
    delete none.EndpointStatus;
    expect(judge(none, NEW)).toEqual({ state: 'failed', reason: 'the endpoint is in an unknown state' });
  });

  test('a different digest on the new config fails, naming both', () => {
    expect(judge(endpoint({ ProductionVariants: deployed(OTHER) }), NEW, DIGEST)).toEqual({
      state: 'failed',
      reason: `the endpoint serves ${OTHER}, not the expected ${DIGEST}`
    });
  });

  test('the digest check passes when any deployed image matches, and is skipped when nothing is resolved', () => {
    expect(judge(endpoint({ ProductionVariants: deployed(OTHER, DIGEST) }), NEW, DIGEST)).toEqual({ state: 'succeeded' });
    const unresolved = endpoint({ ProductionVariants: [{ VariantName: 'AllTraffic', DeployedImages: [{ SpecifiedImage: 'repo:tag', ResolvedImage: 'repo:tag' }] }] });
    expect(judge(unresolved, NEW, DIGEST)).toEqual({ state: 'succeeded' });
    expect(judge(endpoint({ ProductionVariants: deployed(OTHER) }), NEW)).toEqual({ state: 'succeeded' });
  });
});

describe('describePhase', () => {
  test('status only', () => {
    expect(describePhase(endpoint({ EndpointStatus: 'Creating' }))).toBe('Creating');
    const none = endpoint({});
    delete none.EndpointStatus;
    expect(describePhase(none)).toBe('unknown');
  });

  test('pending variants with status, message and shifted traffic', () => {
    const ep = endpoint({
      EndpointStatus: 'Updating',
      PendingDeploymentSummary: {
        EndpointConfigName: NEW,
        ProductionVariants: [
          { VariantName: 'blue', CurrentWeight: 0.25, DesiredWeight: 1, VariantStatus: [{ Status: 'Baking', StatusMessage: 'Baking for 600 seconds', StartTime: T }] },
          { VariantName: 'green', VariantStatus: [{ Status: 'Creating', StartTime: T }] }
        ]
      }
    });
    expect(describePhase(ep)).toBe('Updating; blue: Baking (Baking for 600 seconds); new fleet traffic 25%; green: Creating');
  });

  test('no traffic line without a desired weight', () => {
    const ep = endpoint({ EndpointStatus: 'Updating', PendingDeploymentSummary: pending('Creating', undefined, { current: 0, desired: 0 }) });
    expect(describePhase(ep)).toBe('Updating; AllTraffic: Creating');
    expect(describePhase(endpoint({ EndpointStatus: 'Updating', PendingDeploymentSummary: pending('Creating', undefined, { current: 0, desired: 2 }) }))).toBe(
      'Updating; AllTraffic: Creating; new fleet traffic 0%'
    );
  });

  test('without a pending deployment, the live variant status', () => {
    const ep = endpoint({
      EndpointStatus: 'Updating',
      ProductionVariants: [{ VariantName: 'AllTraffic', VariantStatus: [{ Status: 'Updating', StatusMessage: 'Scaling', StartTime: T }] }]
    });
    expect(describePhase(ep)).toBe('Updating; Updating (Scaling)');
  });
});

describe('phaseKey', () => {
  test('status, variant status and current weight; messages do not count', () => {
    expect(phaseKey(endpoint({ EndpointStatus: 'Creating' }))).toBe('Creating//');
    const a = endpoint({ EndpointStatus: 'Updating', PendingDeploymentSummary: pending('Baking', 'Baking for 300 seconds', { current: 0.1, desired: 1 }) });
    const b = endpoint({ EndpointStatus: 'Updating', PendingDeploymentSummary: pending('Baking', 'Baking for 120 seconds', { current: 0.1, desired: 1 }) });
    const c = endpoint({ EndpointStatus: 'Updating', PendingDeploymentSummary: pending('Baking', 'Baking for 120 seconds', { current: 1, desired: 1 }) });
    expect(phaseKey(a)).toBe('Updating/Baking/0.1');
    expect(phaseKey(b)).toBe(phaseKey(a));
    expect(phaseKey(c)).toBe('Updating/Baking/1');
    expect(phaseKey(endpoint({ EndpointStatus: 'Updating', PendingDeploymentSummary: pending('Creating') }))).toBe('Updating/Creating/');
  });
});

test('a reason that ends with a period is not followed by a second one', async () => {
  const { judge: j } = await import('../../../src/deploy/verdict.js');
  const v = j({ EndpointName: 'e', EndpointArn: 'a', CreationTime: new Date(), LastModifiedTime: new Date(), EndpointStatus: 'Failed', FailureReason: 'The container did not pass the ping health check.' }, 'new');
  expect(v).toEqual({ state: 'failed', reason: 'Failed: The container did not pass the ping health check. Only DeleteEndpoint works on a Failed endpoint: delete it and deploy again.' });
});
