/**
 * status/: a group's versions, newest first, with their approval, stage, commit, image and serving endpoints. The
 * stage is the version's ModelLifeCycle record, checked against what the endpoints serve (stage.ts).
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { versionFromArn } from '../aws/arns.js';
import type { GroupRef } from '../inputs/inputs.js';
import { integer, type InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { readGroupInput, type CommonConfig } from './inputs.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { servingView } from './serving.js';
import { stageText } from './stage.js';
import { commitOf, describe, listVersions } from './versions.js';
import { callerAccount } from '../aws/identity.js';

export interface StatusConfig {
  group: GroupRef;
  limit: number;
}

export interface VersionStatus {
  version: number;
  arn: string;
  approval: string;
  stage: string;
  commit: string;
  image: string;
  created: string;
  endpoints: string[];
  /** The kind of each endpoint in `endpoints`: real-time, serverless or async. */
  endpointKinds: Record<string, string>;
}

export const STATUS_OUTPUTS = ['versions', 'comment-url'] as const;

export function readStatus(read: InputReader, common: CommonConfig): StatusConfig {
  return { group: readGroupInput(read, common.region, true)!, limit: integer(read, 'max-versions', 50, 1, 1000) };
}

export async function versionStatuses(sm: SageMakerClient, c: StatusConfig): Promise<VersionStatus[]> {
  const view = await servingView(sm);
  // Every endpoint seen serving a version: a stage record naming one of them is checked against what it serves.
  const seen = new Set([...view.serving.values()].flat());
  const out: VersionStatus[] = [];
  for (const summary of await listVersions(sm, c.group, c.limit)) {
    const arn = summary.ModelPackageArn ?? '';
    // Commit and image are not in the listing's summaries: one DescribeModelPackage per version.
    const pkg = await describe(sm, arn);
    const endpoints = (view.serving.get(arn) ?? []).sort();
    out.push({
      version: pkg.ModelPackageVersion ?? versionFromArn(arn),
      arn,
      approval: pkg.ModelApprovalStatus ?? '',
      stage: stageText(pkg.ModelLifeCycle, endpoints, seen),
      commit: commitOf(pkg),
      image: pkg.InferenceSpecification?.Containers?.[0]?.Image ?? '',
      created: (pkg.CreationTime ?? summary.CreationTime)?.toISOString() ?? '',
      endpoints,
      endpointKinds: Object.fromEntries(endpoints.map((e) => [e, view.kinds.get(e) ?? 'unknown']))
    });
  }
  if (view.unresolved.length) core.warning(`Could not read what these endpoints serve (config or model deleted): ${view.unresolved.join(', ')}`);
  return out;
}

export function statusTable(group: string, versions: VersionStatus[]): string {
  const lines = [`### SageMaker model versions of ${code(group)}`, ''];
  if (!versions.length) return `${lines.join('\n')}\n_No versions._\n`;
  lines.push('| Version | Approval | Stage | Commit | Image | Created (UTC) | Serving on |', '|---|---|---|---|---|---|---|');
  for (const v of versions) {
    const endpoints = v.endpoints.length ? v.endpoints.map((e) => `${code(e)} (${escapeMarkdown(v.endpointKinds[e] ?? 'unknown')})`).join(', ') : '–';
    const created = v.created.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
    lines.push(`| ${v.version} | ${escapeMarkdown(v.approval)} | ${escapeMarkdown(v.stage || '–')} | ${v.commit ? code(v.commit.slice(0, 12)) : '–'} | ${code(v.image, 120)} | ${escapeMarkdown(created)} | ${endpoints} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * What status/ cannot see, for a group given by ARN: its versions may serve in other accounts, whose endpoints are not
 * visible from this one (a Stage record naming such an endpoint is shown as recorded). Empty for a group given by name.
 */
export function blindSpot(group: GroupRef, caller: string | undefined): string {
  if (!group.arn) return '';
  const here = caller ? `account ${caller}` : "this run's account";
  const owner = group.accountId && group.accountId !== caller ? ` The group itself is in account ${group.accountId}.` : '';
  return `Serving on lists the endpoints of ${here} and this Region only: endpoints of other accounts that deploy these versions cannot be seen from here (a Stage record naming one is shown as recorded).${owner}`;
}

async function execute(s: CommandState<StatusConfig>, c: StatusConfig, io: Io): Promise<void> {
  s.group = c.group.name;
  const sm = await io.clients.sagemaker();
  const versions = await versionStatuses(sm, c);
  s.outputs.versions = JSON.stringify(versions);
  const note = blindSpot(c.group, c.group.arn ? await callerAccount(sm) : undefined);
  if (note) core.info(note);
  s.markdown = `${statusTable(c.group.name, versions)}${note ? `\n⚠️ ${note}\n` : ''}`;
  const serving = versions.filter((v) => v.endpoints.length);
  const on = (v: VersionStatus) => v.endpoints.map((e) => `${e} (${v.endpointKinds[e]})`).join(', ');
  core.info(`${versions.length} version(s) of ${c.group.name}; ${serving.map((v) => `v${v.version} on ${on(v)}`).join('; ') || 'none serving'}.`);
}

export const statusSpec: CommandSpec<StatusConfig> = {
  name: 'status',
  title: 'SageMaker model versions',
  outputs: STATUS_OUTPUTS,
  read: (read, common) => readStatus(read, common),
  execute,
  commentChannel: 'status'
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(statusSpec, deps);
}
