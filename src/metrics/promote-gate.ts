/**
 * The gate at promotion: recomputed from the registry with the same rules and baseline inputs, never from what the
 * registration claimed. The candidate's statistics are read from the S3 object its ModelMetrics names and checked
 * against the digest recorded at creation. A failed gate refuses the approval unless override-gate gives a reason,
 * which goes into the approval description and the report.
 */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { ActionError, InputError } from '../errors.js';
import type { GroupRef } from '../inputs/version.js';
import type { InputReader } from '../inputs/readers.js';
import type { Io } from '../commands/run.js';
import { readGateConfig, type GateConfig } from './inputs.js';
import { checkRuleMetrics } from './rules.js';
import type { GateReport } from './report.js';
import { logGate, runGate } from './step.js';
import { versionMetrics } from './store.js';

export type PromoteGate = GateConfig & { override?: string };

/** metrics-gate, gate-baseline, on-no-baseline and override-gate of promote/. */
export function readPromoteGate(read: InputReader): PromoteGate | undefined {
  const override = read('override-gate');
  if (override && (override.length > 300 || /[\r\n]/.test(override))) throw new InputError('override-gate', override, 'must be one line of at most 300 characters (the reason)');
  const gate = readGateConfig(read);
  if (!gate) {
    if (override) throw new InputError('override-gate', override, 'needs metrics-gate: there is no gate to override');
    return undefined;
  }
  return override ? { ...gate, override } : gate;
}

/** Judges `pkg` before it is approved; returns the report and the sentence the approval description gets. */
export async function promoteGate(pkg: DescribeModelPackageOutput, gate: PromoteGate, o: { io: Io; group?: GroupRef; actor: string; report: { gate?: GateReport } }): Promise<{ note?: string }> {
  const s3 = () => o.io.clients.s3();
  const sm = await o.io.clients.sagemaker();
  const name = `Version ${pkg.ModelPackageVersion ?? '?'}`;
  const read = await versionMetrics(await s3(), pkg);
  if (!read.metrics) throw new ActionError(`${name} cannot be judged by metrics-gate: ${read.note}. Nothing was changed.`);
  checkRuleMetrics('metrics-gate', gate.rules, Object.keys(read.metrics));
  const group = o.group ?? { name: pkg.ModelPackageGroupName ?? '' };
  const { result, failed, reason } = await runGate(gate, read.metrics, { sm, s3, group, candidateArn: pkg.ModelPackageArn! });
  const report: GateReport = result;
  o.report.gate = report; // shown on the summary and the comment even when the approval is refused
  logGate(result, reason);
  if (!failed) return {};
  if (!gate.override) throw new ActionError(`${name} is not promoted: ${reason}. To approve it anyway, set override-gate to the reason. Nothing was changed.`);
  report.consequence = `Gate overridden by @${o.actor}: ${gate.override}`;
  return { note: `Metrics gate overridden (${reason.slice(0, 300)}): ${gate.override}` };
}
