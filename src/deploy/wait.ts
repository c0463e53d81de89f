import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { describeEndpoint } from './endpoint.js';
import { describePhase, judge, phaseKey, type Verdict } from './verdict.js';
import { poll, WaitTimeout, type Clock } from '../aws/poll.js';

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
  /** The endpoint's LastModifiedTime before the update call; unset for a new endpoint. */
  since?: Date;
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

/**
 * Polls DescribeEndpoint (through the one polling primitive) until the deployment of `configName` ends or the
 * deadline passes. The first reads after UpdateEndpoint may still show the old config InService: that is no
 * rollback until the update was seen (in progress, on the new config, or LastModifiedTime after `since`).
 */
export async function waitForDeployment(sm: SageMakerClient, endpointName: string, configName: string, expectedDigest: string | undefined, opts: WaitOptions): Promise<WaitResult> {
  const start = opts.clock.now();
  let lastKey = '';
  let phaseSince = start;
  let polls = 0;
  let seen = !opts.since;
  let last: { ep: DescribeEndpointOutput; verdict: Verdict } | undefined;
  const read = async () => {
    polls++;
    const ep = await describeEndpoint(sm, endpointName);
    let verdict = judge(ep, configName, expectedDigest);
    if (!seen) {
      seen = verdict.state === 'in-progress' || ep.EndpointConfigName === configName || (!!ep.LastModifiedTime && ep.LastModifiedTime > opts.since!);
      if (!seen && verdict.state === 'rolled-back') verdict = { state: 'in-progress', phase: `${describePhase(ep)}; the update is not visible yet` };
    }
    const now = opts.clock.now();
    if (verdict.state === 'in-progress' && phaseKey(ep) !== lastKey) {
      lastKey = phaseKey(ep);
      phaseSince = now;
      opts.log.info(`[${Math.round((now - start) / 1000)} s] ${describePhase(ep)}`);
      await opts.onPhase?.(ep, verdict.phase);
    }
    return (last = { ep, verdict });
  };
  try {
    const end = await poll({
      read,
      done: (s) => s.verdict.state !== 'in-progress',
      clock: opts.clock,
      timeoutMs: Math.max(0, opts.deadline - start),
      delayMs: () => nextDelay(last!.ep, phaseSince, opts.clock.now(), opts),
      what: `endpoint ${endpointName}`
    });
    return { verdict: end.verdict, endpoint: end.ep, polls };
  } catch (err) {
    if (!(err instanceof WaitTimeout) || !last) throw err;
    return { verdict: { state: 'timed-out', phase: describePhase(last.ep) }, endpoint: last.ep, polls };
  }
}
