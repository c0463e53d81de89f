/**
 * The metrics part of a registration, before anything is written: the candidate's statistics (read from the
 * workspace at input time, or from S3 here), the gate against the baseline, and what on-gate-failure makes of a
 * failure: `fail` stops here, `reject` registers the version Rejected with the reason, `comment` registers it pending
 * and says so. Then the files are uploaded under their digest and become the version's ModelMetrics.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import type { GroupRef } from '../inputs/version.js';
import * as core from '../log.js';
import { findBaseline } from './baseline.js';
import { evaluateGate, failureReason, type GateResult } from './gate.js';
import { checkConstraints, checkedStatistics, type GateConfig, type MetricsConfig, type ModelMetricsRequest } from './inputs.js';
import type { GateReport } from './report.js';
import { readObject, sourceOf } from './store.js';
import type { Metrics } from './statistics.js';

export interface MetricsOutcome {
  candidate: Metrics;
  gate?: GateReport;
  modelMetrics: ModelMetricsRequest;
  /** Set when the gate failed: the approval the version is registered with instead of the asked one. */
  approval?: { status: 'Rejected' | 'PendingManualApproval'; reason: string };
}

export interface MetricsStepOptions {
  sm: SageMakerClient;
  s3: () => Promise<S3Client>;
  group: GroupRef;
  dryRun: boolean;
  /** The approval the run asks for (the comment mode keeps an approval from happening). */
  asked: string;
  /** Filled in as the step learns things, so a refusal still reports the gate. */
  out: Partial<MetricsOutcome>;
}

/** Evaluates the gate against its baseline; a missing baseline counts as a failure only with on-no-baseline: fail. */
export async function runGate(gate: GateConfig, candidate: Metrics, o: { sm: SageMakerClient; s3: () => Promise<S3Client>; group: GroupRef; candidateArn?: string }): Promise<{ result: GateResult; failed: boolean; reason: string }> {
  const found = await findBaseline(o.sm, o.s3, { spec: gate.baseline, group: o.group, ...(o.candidateArn ? { candidateArn: o.candidateArn } : {}) });
  const result = evaluateGate(gate.rules, candidate, found.baseline);
  if (found.note) result.note = `No baseline: ${found.note}${result.verdict === 'no-baseline' ? (gate.onNoBaseline === 'fail' ? ' (on-no-baseline: fail).' : '; the rules that need it are not judged (on-no-baseline: pass-with-note).') : '.'}`;
  const noBaseline = result.verdict === 'no-baseline' && gate.onNoBaseline === 'fail';
  const reason = result.verdict === 'fail' ? failureReason(result) : noBaseline ? `metrics gate has no baseline: ${found.note ?? 'none'}` : '';
  return { result, failed: result.verdict === 'fail' || noBaseline, reason };
}

/** The gate's one log line. */
export function logGate(result: GateResult, reason: string): void {
  core.info(`Metrics gate: ${result.verdict}${result.baseline ? ` against version ${result.baseline.version}` : ''}${reason ? ` (${reason})` : ''}`);
}

function consequence(mode: MetricsConfig['onGateFailure'], asked: string): string {
  if (mode === 'reject') return 'Registered as Rejected (on-gate-failure: reject).';
  return `Registered pending manual approval (on-gate-failure: comment)${asked === 'Approved' ? ' instead of Approved' : ''}; promote/ refuses it unless override-gate gives a reason.`;
}

export async function metricsStep(config: MetricsConfig, o: MetricsStepOptions): Promise<MetricsOutcome> {
  const s3 = o.s3;
  const body = config.statistics.body ?? (await readObject(await s3(), config.statistics.given));
  const candidate = config.metrics ?? checkedStatistics(config, body.toString('utf8'));
  const constraintsBody = config.constraints && (config.constraints.body ?? (await readObject(await s3(), config.constraints.given)));
  if (config.constraints && constraintsBody) checkConstraints(config.constraints, constraintsBody.toString('utf8'));
  const { out } = o;
  out.candidate = candidate;
  if (config.gate) {
    const { result, failed, reason } = await runGate(config.gate, candidate, o);
    const gate: GateReport = result;
    out.gate = gate;
    logGate(result, reason);
    if (failed) {
      // Before any write: the gate needs only the candidate's metrics and the baseline's.
      if (config.onGateFailure === 'fail') throw new ActionError(`Not registered: ${reason} (on-gate-failure: fail).`);
      gate.consequence = consequence(config.onGateFailure, o.asked);
      out.approval = { status: config.onGateFailure === 'reject' ? 'Rejected' : 'PendingManualApproval', reason };
    }
  }
  const opts = { ...(config.prefix ? { prefix: config.prefix } : {}), dryRun: o.dryRun };
  const Statistics = await sourceOf(await s3(), config.statistics, body, { ...opts, kind: 'statistics' });
  const Constraints = config.constraints && constraintsBody ? await sourceOf(await s3(), config.constraints, constraintsBody, { ...opts, kind: 'constraints' }) : undefined;
  core.info(`Model quality statistics: ${Statistics.S3Uri} (${Statistics.ContentDigest})${o.dryRun && config.statistics.body ? ' (dry run: not uploaded)' : ''}`);
  out.modelMetrics = { ModelQuality: { Statistics, ...(Constraints ? { Constraints } : {}) } };
  return out as MetricsOutcome;
}
