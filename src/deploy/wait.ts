import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { describeEndpoint } from './endpoint.js';
import { describePhase, judge, phaseKey, type Verdict } from './verdict.js';
import type { Clock } from '../aws/poll.js';

export interface WaitOptions {
  clock: Clock;
  /** Absolute deadline on the clock. */
  deadline: number;
  /** Base poll interval in ms. */
  pollMs: number;
  log: { info(m: string): void };
  /** Called when the phase changes (the PR comment is updated there). */
  onPhase?: (ep: DescribeEndpointOutput, phase: string) => Promise<void> | void;
  /** Seconds the current policy bakes per step, to sleep through bakes instead of polling them. */
  bakeSeconds?: number;
}

export interface WaitResult {
  verdict: Verdict | { state: 'timed-out'; phase: string };
  endpoint: DescribeEndpointOutput;
  polls: number;
}

/**
 * How long to sleep: the base interval normally; during a bake, the rest of the bake as measured on our
 * own clock (the service's timestamps and ours need not agree), at most 4 intervals, so the wait is quick
 * near the expected transitions and light on the API while nothing can change.
 */
export function nextDelay(ep: DescribeEndpointOutput, phaseSince: number, now: number, opts: Pick<WaitOptions, 'pollMs' | 'bakeSeconds'>): number {
  const status = ep.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status;
  if (status === 'Baking') {
    const message = ep.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.StatusMessage ?? '';
    const seconds = Number(/Baking for (\d+) seconds/.exec(message)?.[1] ?? opts.bakeSeconds ?? 0);
    const remaining = seconds * 1000 - (now - phaseSince);
    return Math.max(opts.pollMs, Math.min(remaining, 4 * opts.pollMs));
  }
  return opts.pollMs;
}

/** Polls DescribeEndpoint until the deployment of `configName` ends or the deadline passes. */
export async function waitForDeployment(sm: SageMakerClient, endpointName: string, configName: string, expectedDigest: string | undefined, opts: WaitOptions): Promise<WaitResult> {
  const start = opts.clock.now();
  let lastKey = '';
  let phaseSince = start;
  for (let polls = 1; ; polls++) {
    const ep = await describeEndpoint(sm, endpointName);
    const verdict = judge(ep, configName, expectedDigest);
    const now = opts.clock.now();
    if (verdict.state !== 'in-progress') return { verdict, endpoint: ep, polls };
    const key = phaseKey(ep);
    const elapsed = Math.round((now - start) / 1000);
    if (key !== lastKey) {
      lastKey = key;
      phaseSince = now;
      opts.log.info(`[${elapsed} s] ${describePhase(ep)}`);
      await opts.onPhase?.(ep, verdict.phase);
    }
    if (now >= opts.deadline) return { verdict: { state: 'timed-out', phase: describePhase(ep) }, endpoint: ep, polls };
    await opts.clock.sleep(Math.min(nextDelay(ep, phaseSince, now, opts), Math.max(0, opts.deadline - now)));
  }
}
