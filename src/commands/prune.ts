/**
 * prune/: retention for a group. Keeps the newest keep-latest versions, those younger than keep-days, approved
 * ones (keep-approved), any version still registering, and, always, every version in use in this account and
 * Region (in-use.ts): served by an endpoint (production or shadow variant, pending config, inference component),
 * named by a deployment ledger as a rollback target, or named by any endpoint configuration. Deletes the rest with
 * DeleteModelPackage. When what uses the versions cannot be read, nothing is deleted. A group given by ARN may be
 * shared with other accounts, whose endpoints cannot be seen: it is pruned only with allow-shared-group.
 */
import type { ModelPackageSummary, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';

import { ActionError, InputError } from '../errors.js';
import type { GroupRef } from '../inputs/inputs.js';
import { bool, integer, type InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { readGroupInput, type CommonConfig } from './inputs.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { inUseView, type InUseView } from './in-use.js';
import { listVersions } from './versions.js';
import { sagemakerSdk } from '../aws/sdk.js';

export interface PruneConfig {
  group: GroupRef;
  keepLatest: number;
  keepDays: number;
  keepApproved: boolean;
  /** Delete versions of a group given by ARN, whose other accounts' endpoints cannot be seen. */
  allowSharedGroup: boolean;
}

export const PRUNE_OUTPUTS = ['deleted', 'kept', 'comment-url'] as const;
/** Versions read at most: a group larger than this is pruned in several runs (the oldest are never seen first). */
const MAX_VERSIONS = 10_000;

export function readPrune(read: InputReader, common: CommonConfig): PruneConfig {
  const config: PruneConfig = {
    group: readGroupInput(read, common.region, true)!,
    keepLatest: integer(read, 'keep-latest', 10, 0, 10_000),
    keepDays: integer(read, 'keep-days', 30, 0, 36_500),
    keepApproved: bool(read, 'keep-approved', true),
    allowSharedGroup: bool(read, 'allow-shared-group', false)
  };
  // A dry run deletes nothing, so it may show what a run with the opt-in would delete.
  if (config.group.arn && !config.allowSharedGroup && !common.dryRun) {
    throw new InputError('model-package-group', config.group.arn, 'is a group ARN: other accounts may deploy its versions, and their endpoints cannot be seen from this account; set allow-shared-group: true to prune it anyway (a dry run shows what would go)');
  }
  return config;
}

/** What this run cannot see, for the summary; empty for a group of this account given by name. */
export function blindSpot(c: PruneConfig): string {
  if (!c.group.arn) return '';
  const account = c.group.accountId ? ` (account ${c.group.accountId})` : '';
  // Without the opt-in only a dry run gets this far (readPrune).
  const optIn = c.allowSharedGroup ? 'allow-shared-group is true' : 'a real run needs allow-shared-group: true';
  return `⚠️ The group is given by ARN${account}: endpoints and endpoint configurations of other accounts that deploy its versions cannot be seen from this account, so a version they use can be deleted (${optIn}).`;
}

export interface Decision {
  arn: string;
  version: number;
  /** Why it stays; undefined: deleted. */
  keep?: string;
}

export type UseView = Pick<InUseView, 'serving' | 'ledger'> & Partial<Pick<InUseView, 'configs'>>;

/** Pure: what stays and why, for versions listed newest first. */
export function decide(versions: ModelPackageSummary[], c: PruneConfig, view: UseView, nowMs: number): Decision[] {
  const cutoff = nowMs - c.keepDays * 86_400_000;
  return versions.map((v, i) => {
    const arn = v.ModelPackageArn ?? '';
    const d: Decision = { arn, version: v.ModelPackageVersion ?? 0 };
    if (view.serving.has(arn)) d.keep = `serving on ${view.serving.get(arn)!.join(', ')}`;
    else if (view.ledger.has(arn)) d.keep = 'rollback target in a deployment ledger';
    else if (view.configs?.has(arn)) d.keep = `named by endpoint configuration ${view.configs.get(arn)!.join(', ')}, which a rollback can deploy again`;
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

export function pruneSummary(group: string, decisions: Decision[], deleted: string[], dryRun: boolean, notes: string[] = []): string {
  const kept = decisions.filter((d) => d.keep);
  const verb = dryRun ? 'Would delete' : 'Deleted';
  const lines = [`### SageMaker model retention for ${code(group)}${dryRun ? ': 📝 dry run, nothing was deleted' : ''}`, ''];
  lines.push(`${verb} ${deleted.length} version(s); kept ${kept.length}.`, '');
  // The notes are the action's own words (an account id from a checked ARN at most).
  for (const n of notes.filter(Boolean)) lines.push(n, '');
  if (deleted.length) lines.push(`<details><summary>${verb} (${deleted.length})</summary>`, '', ...deleted.map((a) => `- ${code(a)}`), '', '</details>', '');
  if (kept.length) {
    lines.push('| Kept version | Why |', '|---|---|');
    for (const d of kept.slice(0, 100)) lines.push(`| ${d.version} | ${escapeMarkdown(d.keep!)} |`);
    if (kept.length > 100) lines.push(`| … | ${kept.length - 100} more |`);
  }
  return `${lines.join('\n')}\n`;
}

/** What uses the versions; a failure to read any of it (other than a resource just deleted) stops the run. */
async function readUse(sm: SageMakerClient): Promise<InUseView> {
  const view = await inUseView(sm).catch((err: unknown) => {
    if (!(err instanceof ActionError)) throw err;
    throw new ActionError(`Not pruning: what uses the versions could not be read, so a version in use could be deleted. Nothing was deleted. ${err.message}`);
  });
  if (view.unresolved.length) {
    throw new ActionError(`Not pruning: what endpoints ${view.unresolved.join(', ')} serve could not be read, so a served version could be deleted. Nothing was deleted.`);
  }
  return view;
}

async function execute(s: CommandState<PruneConfig>, c: PruneConfig, io: Io): Promise<void> {
  s.group = c.group.name;
  const sm = await io.clients.sagemaker();
  const view = await readUse(sm);
  const versions = await listVersions(sm, c.group, MAX_VERSIONS);
  // A runner clock behind the service's must not make the newest versions look old: never earlier than the newest.
  const now = Math.max(Date.now(), ...versions.map((v) => v.CreationTime?.getTime() ?? 0));
  const decisions = decide(versions, c, view, now);
  const doomed = decisions.filter((d) => !d.keep).map((d) => d.arn);
  const seen = `${view.endpoints} endpoint(s), ${view.components} inference component(s) and ${view.configCount} endpoint configuration(s)`;
  core.info(`${versions.length} version(s) of ${c.group.name}; checked ${seen} in the Region; ${doomed.length} to delete.`);
  const dryRun = s.common!.dryRun;
  const deleted = dryRun ? doomed : await remove(sm, doomed);
  if (dryRun) for (const arn of doomed) core.info(`Dry run: would delete ${arn}`);
  s.outputs.deleted = JSON.stringify(deleted);
  s.outputs.kept = JSON.stringify(decisions.filter((d) => d.keep).map((d) => d.arn));
  s.markdown = pruneSummary(c.group.name, decisions, deleted, dryRun, [`Versions in use were looked up in ${seen} of this account in this Region.`, blindSpot(c)]);
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
