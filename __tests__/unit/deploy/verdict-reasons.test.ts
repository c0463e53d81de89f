/**
 * The verdict a deployment reports, and the reason users read: which endpoint states count as busy, and how
 * SageMaker's own reason is joined with ours (its text kept whole, only trailing periods and blanks dropped).
 */
import { describe, expect, test } from '@jest/globals';
import type { DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { BUSY_STATUSES, describePhase, isBusy, judge } from '../../../src/deploy/verdict.js';

const T = new Date('2025-06-01T12:00:00Z');
const ep = (extra: Partial<DescribeEndpointOutput>) =>
  ({ EndpointName: 'e', EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/e', EndpointConfigName: 'new', CreationTime: T, LastModifiedTime: T, ...extra }) as DescribeEndpointOutput;

describe('busy endpoints', () => {
  test.each(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting'])('%s is busy: the deployment is in progress', (status) => {
    expect(isBusy(ep({ EndpointStatus: status as never }))).toBe(true);
    expect(judge(ep({ EndpointStatus: status as never }), 'new').state).toBe('in-progress');
  });

  test.each(['InService', 'Failed', 'UpdateRollbackFailed', 'OutOfService'])('%s is not busy', (status) => {
    expect(isBusy(ep({ EndpointStatus: status as never }))).toBe(false);
  });

  test('no endpoint, or one without a status, is not busy', () => {
    expect(isBusy(undefined)).toBe(false);
    expect(isBusy(ep({}))).toBe(false);
    expect(BUSY_STATUSES.size).toBe(5);
  });
});

describe('reasons', () => {
  test("SageMaker's reason keeps its inner periods; trailing periods and blanks are dropped before ours", () => {
    const v = judge(ep({ EndpointStatus: 'Failed', FailureReason: '  Image v1.2 was not found...  \n' }), 'new');
    expect(v).toEqual({ state: 'failed', reason: 'Failed: Image v1.2 was not found. Only DeleteEndpoint works on a Failed endpoint: delete it and deploy again.' });
  });

  test('a failed update whose rollback failed too says the fleets may be mixed', () => {
    const v = judge(ep({ EndpointStatus: 'UpdateRollbackFailed', FailureReason: 'Quota exceeded for ml.g5.xlarge.. ' }), 'new');
    expect(v).toEqual({
      state: 'failed',
      reason:
        'UpdateRollbackFailed: Quota exceeded for ml.g5.xlarge. The endpoint may serve a mix of the old and new fleets: fix the cause, then deploy a known-good version or update the endpoint again.'
    });
  });

  test('the traffic shifted so far is the share of the desired weight', () => {
    const shifting = ep({
      EndpointStatus: 'Updating',
      PendingDeploymentSummary: { EndpointConfigName: 'new', ProductionVariants: [{ VariantName: 'AllTraffic', CurrentWeight: 1, DesiredWeight: 4 }] }
    });
    expect(describePhase(shifting)).toBe('Updating; new fleet traffic 25%');
  });

  test('while a deployment is pending, its variants are shown, not the live fleet', () => {
    const both = ep({
      EndpointStatus: 'Updating',
      ProductionVariants: [{ VariantName: 'AllTraffic', VariantStatus: [{ Status: 'Updating' as never, StatusMessage: 'live fleet', StartTime: T }] }],
      PendingDeploymentSummary: { EndpointConfigName: 'new', ProductionVariants: [{ VariantName: 'AllTraffic', VariantStatus: [{ Status: 'Baking' as never, StartTime: T }] }] }
    });
    expect(describePhase(both)).toBe('Updating; AllTraffic: Baking');
  });

  test('the live variant status without a message is shown as it is', () => {
    const live = ep({ EndpointStatus: 'Updating', ProductionVariants: [{ VariantName: 'AllTraffic', VariantStatus: [{ Status: 'Creating' as never, StartTime: T }] }] });
    expect(describePhase(live)).toBe('Updating; Creating');
  });

  test('images without a resolved digest are not judged on the digest; a different resolved one fails', () => {
    const expected = `sha256:${'ab'.repeat(32)}`;
    const live = (resolved?: string) =>
      ep({ EndpointStatus: 'InService', ProductionVariants: [{ VariantName: 'AllTraffic', DeployedImages: [{ SpecifiedImage: 'repo:tag', ...(resolved ? { ResolvedImage: resolved } : {}) }] }] });
    expect(judge(live(), 'new', expected)).toEqual({ state: 'succeeded' });
    expect(judge(live('123456789012.dkr.ecr.us-east-1.amazonaws.com/m:tag'), 'new', expected)).toEqual({ state: 'succeeded' });
    expect(judge(live(`123456789012.dkr.ecr.us-east-1.amazonaws.com/m@${expected}`), 'new', expected)).toEqual({ state: 'succeeded' });
    expect(judge(live(`123456789012.dkr.ecr.us-east-1.amazonaws.com/m@sha256:${'cd'.repeat(32)}`), 'new', expected).state).toBe('failed');
    // Two variants: one without a resolved digest, two with other digests: the reason names the digests there are.
    const other = `sha256:${'cd'.repeat(32)}`;
    const third = `sha256:${'ef'.repeat(32)}`;
    const mixed = ep({
      EndpointStatus: 'InService',
      ProductionVariants: [
        { VariantName: 'a', DeployedImages: [{ SpecifiedImage: 'repo:tag' }] },
        { VariantName: 'b', DeployedImages: [{ ResolvedImage: `r/m@${other}` }, { ResolvedImage: `r/m@${third}` }] }
      ]
    });
    expect(judge(mixed, 'new', expected)).toEqual({ state: 'failed', reason: `the endpoint serves ${other}, ${third}, not the expected ${expected}` });
  });
});
