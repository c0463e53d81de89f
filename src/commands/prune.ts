/**
 * prune/: retention for a group. Keeps the newest keep-latest versions, those younger than keep-days, approved
 * ones (keep-approved), any version still registering, and, always, every version an endpoint of the Region serves
 * or a deployment ledger names as a rollback target. Deletes the rest with DeleteModelPackage.
 */
import type { ModelPackageSummary, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';

import { ActionError } from '../errors.js';
import type { GroupRef } from '../inputs/inputs.js';
import { bool, integer, type InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { readGroupInput, type CommonConfig } from './inputs.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { servingView, type ServingView } from './serving.js';
import { listVersions } from './versions.js';
import { sagemakerSdk } from '../aws/sdk.js';

export interface PruneConfig {
  group: GroupRef;
  keepLatest: number;
  keepDays: number;
  keepApproved: boolean;
}

export const PRUNE_OUTPUTS = ['deleted', 'kept', 'comment-url'] as const;
/** Versions read at most: a group larger than this is pruned in several runs (the oldest are never seen first). */
const MAX_VERSIONS = 10_000;

export function readPrune(read: InputReader, common: CommonConfig): PruneConfig {
  return {
    group: readGroupInput(read, common.region, true)!,
    keepLatest: integer(read, 'keep-latest', 10, 0, 10_000),
    keepDays: integer(read, 'keep-days', 30, 0, 36_500),
    keepApproved: bool(read, 'keep-approved', true)
  };
}

export interface Decision {
  arn: string;
  version: number;
  /** Why it stays; undefined: deleted. */
  keep?: string;
}

/** Pure: what stays and why, for versions listed newest first. */
export function decide(versions: ModelPackageSummary[], c: PruneConfig, view: Pick<ServingView, 'serving' | 'ledger'>, nowMs: number): Decision[] {
  const cutoff = nowMs - c.keepDays * 86_400_000;
  return versions.map((v, i) => {
    const arn = v.ModelPackageArn ?? '';
    const d: Decision = { arn, version: v.ModelPackageVersion ?? 0 };
    if (view.serving.has(arn)) d.keep = `serving on ${view.serving.get(arn)!.join(', ')}`;
    else if (view.ledger.has(arn)) d.keep = 'rollback target in a deployment ledger';
    else if (v.ModelPackageStatus !== 'Completed' && v.ModelPackageStatus !== 'Failed') d.keep = `still ${v.ModelPackageStatus ?? 'unknown'}`;
    else if (i < c.keepLatest) d.keep = `among the newest ${c.keepLatest}`;
    else if ((v.CreationTime?.getTime() ?? nowMs) > cutoff) d.keep = `younger than ${c.keepDays} days`;
    else if (c.keepApproved && v.ModelApprovalStatus === 'Approved') d.keep = 'approved';
    return d;
  });
}

async function remove(sm: SageMakerClient, arns: string[]): Promise<string[]> {
  const c = await sagemakerSdk();
  const deleted: string[] = [];
  for (const arn of arns) {
    try {
      await send('sagemaker:DeleteModelPackage', () => sm.send(new c.DeleteModelPackageCommand({ ModelPackageName: arn })));
      deleted.push(arn);
    } catch (err) {
      core.warning(`Could not delete ${arn}: ${(err as Error).message}`);
    }
  }
  return deleted;
}

export function pruneSummary(group: string, decisions: Decision[], deleted: string[], dryRun: boolean): string {
  const kept = decisions.filter((d) => d.keep);
  const verb = dryRun ? 'Would delete' : 'Deleted';
  const lines = [`### SageMaker model retention for ${code(group)}${dryRun ? ': 📝 dry run, nothing was deleted' : ''}`, ''];
  lines.push(`${verb} ${deleted.length} version(s); kept ${kept.length}.`, '');
  if (deleted.length) lines.push(`<details><summary>${verb} (${deleted.length})</summary>`, '', ...deleted.map((a) => `- ${code(a)}`), '', '</details>', '');
  if (kept.length) {
    lines.push('| Kept version | Why |', '|---|---|');
    for (const d of kept.slice(0, 100)) lines.push(`| ${d.version} | ${escapeMarkdown(d.keep!)} |`);
    if (kept.length > 100) lines.push(`| … | ${kept.length - 100} more |`);
  }
  return `${lines.join('\n')}\n`;
}

async function execute(s: CommandState<PruneConfig>, c: PruneConfig, io: Io): Promise<void> {
  s.group = c.group.name;
  const sm = await io.clients.sagemaker();
  const view = await servingView(sm);
  if (view.unresolved.length) {
    throw new ActionError(`Not pruning: what endpoints ${view.unresolved.join(', ')} serve could not be read, so a served version could be deleted. Nothing was deleted.`);
  }
  const versions = await listVersions(sm, c.group, MAX_VERSIONS);
  // A runner clock behind the service's must not make the newest versions look old: never earlier than the newest.
  const now = Math.max(Date.now(), ...versions.map((v) => v.CreationTime?.getTime() ?? 0));
  const decisions = decide(versions, c, view, now);
  const doomed = decisions.filter((d) => !d.keep).map((d) => d.arn);
  core.info(`${versions.length} version(s) of ${c.group.name}, ${view.endpoints} endpoint(s) in the Region; ${doomed.length} to delete.`);
  const deleted = s.common!.dryRun ? doomed : await remove(sm, doomed);
  if (s.common!.dryRun) for (const arn of doomed) core.info(`Dry run: would delete ${arn}`);
  s.outputs.deleted = JSON.stringify(deleted);
  s.outputs.kept = JSON.stringify(decisions.filter((d) => d.keep).map((d) => d.arn));
  s.markdown = pruneSummary(c.group.name, decisions, deleted, s.common!.dryRun);
  if (deleted.length < doomed.length) throw new ActionError(`Deleted ${deleted.length} of ${doomed.length} versions; see the warnings for the others.`);
}

export const pruneSpec: CommandSpec<PruneConfig> = {
  name: 'prune',
  title: 'SageMaker model retention',
  outputs: PRUNE_OUTPUTS,
  read: (read, common) => readPrune(read, common),
  execute,
  commentChannel: 'prune'
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(pruneSpec, deps);
}
