import type { DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';

export type Verdict =
  | { state: 'in-progress'; phase: string }
  | { state: 'succeeded' }
  | { state: 'rolled-back'; reason: string }
  | { state: 'failed'; reason: string };

/** SageMaker's reasons usually end with a period; ours follow them with a sentence of our own. */
const sentence = (text: string) => text.trim().replace(/\.+$/, '');

/** The endpoint statuses in which an operation is under way: the one vocabulary for "busy" in the deploy path. */
export const BUSY_STATUSES: ReadonlySet<string> = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);
export const isBusy = (ep: DescribeEndpointOutput | undefined): boolean => BUSY_STATUSES.has(ep?.EndpointStatus ?? '');

/** One line saying where a deployment is: status, variant phase, traffic shifted so far. */
export function describePhase(ep: DescribeEndpointOutput): string {
  const pending = ep.PendingDeploymentSummary?.ProductionVariants ?? [];
  const parts: string[] = [ep.EndpointStatus ?? 'unknown'];
  for (const v of pending) {
    const status = v.VariantStatus?.[0];
    if (status) parts.push(`${v.VariantName}: ${status.Status}${status.StatusMessage ? ` (${status.StatusMessage})` : ''}`);
    if (v.DesiredWeight && v.CurrentWeight !== undefined) {
      parts.push(`new fleet traffic ${Math.round((100 * v.CurrentWeight) / v.DesiredWeight)}%`);
    }
  }
  if (!pending.length) {
    const status = ep.ProductionVariants?.[0]?.VariantStatus?.[0];
    if (status) parts.push(`${status.Status}${status.StatusMessage ? ` (${status.StatusMessage})` : ''}`);
  }
  return parts.join('; ');
}

/** The key of a phase, for noticing phase changes (messages carry counters; statuses do not). */
export function phaseKey(ep: DescribeEndpointOutput): string {
  const v = ep.PendingDeploymentSummary?.ProductionVariants?.[0];
  return `${ep.EndpointStatus}/${v?.VariantStatus?.[0]?.Status ?? ''}/${v?.CurrentWeight ?? ''}`;
}

function deployedDigests(ep: DescribeEndpointOutput): string[] {
  return (ep.ProductionVariants ?? []).flatMap((v) => (v.DeployedImages ?? []).map((i) => /@(sha256:[0-9a-f]{64})$/.exec(i.ResolvedImage ?? '')?.[1] ?? ''));
}

/**
 * Whether a deployment of `configName` is done. Success only when the endpoint is InService on the new
 * config with nothing pending and (when known) the expected digest deployed: InService on any other config
 * is a rollback, which SageMaker reports as a healthy endpoint.
 */
export function judge(ep: DescribeEndpointOutput, configName: string, expectedDigest?: string): Verdict {
  const status = ep.EndpointStatus ?? '';
  if (BUSY_STATUSES.has(status)) return { state: 'in-progress', phase: describePhase(ep) };
  if (status === 'InService') {
    if (ep.EndpointConfigName === configName && !ep.PendingDeploymentSummary) {
      const digests = deployedDigests(ep);
      if (expectedDigest && digests.some(Boolean) && !digests.includes(expectedDigest)) {
        return { state: 'failed', reason: `the endpoint serves ${digests.filter(Boolean).join(', ')}, not the expected ${expectedDigest}` };
      }
      return { state: 'succeeded' };
    }
    if (ep.PendingDeploymentSummary) return { state: 'in-progress', phase: describePhase(ep) };
    return {
      state: 'rolled-back',
      reason: ep.FailureReason || `the endpoint is InService on ${ep.EndpointConfigName}, not on the new ${configName}`
    };
  }
  if (status === 'UpdateRollbackFailed') {
    return {
      state: 'failed',
      reason: `UpdateRollbackFailed: ${sentence(ep.FailureReason ?? 'the update and its rollback both failed')}. The endpoint may serve a mix of the old and new fleets: fix the cause, then deploy a known-good version or update the endpoint again.`
    };
  }
  if (status === 'Failed') {
    return { state: 'failed', reason: `Failed: ${sentence(ep.FailureReason ?? 'no reason given')}. Only DeleteEndpoint works on a Failed endpoint: delete it and deploy again.` };
  }
  return { state: 'failed', reason: `the endpoint is ${status || 'in an unknown state'}${ep.FailureReason ? `: ${ep.FailureReason}` : ''}` };
}
