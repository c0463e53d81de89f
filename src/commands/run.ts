/**
 * The one run path of every action (register and deploy in main.ts; promote, rollback, status, prune): inputs
 * read and checked before any call, one time budget, the same outputs
 * conventions (every declared output is written, empty when unknown), the same job summary and the same sticky
 * PR comment as registration, a one-line error, and a recorded state when the runner cancels the job.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { Clients } from '../aws/clients.js';
import { systemClock, type Clock } from '../aws/poll.js';
import type { Deployment } from '../deploy/types.js';
import { failureText } from '../errors.js';
import { readRunContext, type RunContext } from '../github/context.js';
import { envInputReader, type InputReader } from '../inputs/inputs.js';
import { layeredInputs, type SettingsNote } from '../inputs/file-layer.js';
import { settingsLog, settingsMarkdown } from '../report/settings.js';
import type { Report } from '../report/summary.js';
import * as core from '../log.js';
import { readCommon, type CommonConfig } from './inputs.js';

export interface CommandDeps {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Overrides client creation (unit tests pass a mocked client). */
  sagemaker?: () => Promise<SageMakerClient>;
}

export const defaultDeps = (): CommandDeps => ({ env: process.env, clock: systemClock });

/** Everything a command learned, so outputs, summary and comment can be written whatever happened. */
export interface CommandState<C> {
  common?: CommonConfig;
  config?: C;
  ctx?: RunContext;
  outputs: Record<string, string>;
  report?: Report;
  deployment?: Deployment;
  /** Summary and comment body of commands without a version report (status, prune). */
  markdown?: string;
  /** The group the sticky comment belongs to, for commands without a version report. */
  group?: string;
  error?: string;
  /** The runner cancelled the job (SIGTERM/SIGINT). */
  cancelled?: boolean;
  finished?: boolean;
  /** The deployment file and where each deploy setting came from (deployment-file). */
  settings?: SettingsNote;
}

export interface Io {
  clients: Clients;
  clock: Clock;
  deadline: number;
  env: NodeJS.ProcessEnv;
  /** Re-writes the PR comment (deployment progress). */
  progress: () => Promise<void>;
}

export interface CommandSpec<C> {
  name: string;
  /** Heading of the summary when the run failed before it had anything else to show. */
  title: string;
  /** Every output of the sub-action's action.yml, written on every run. */
  outputs: readonly string[];
  /** Reads and checks the command's own inputs; throws InputError before anything is called. */
  read: (read: InputReader, common: CommonConfig, env: NodeJS.ProcessEnv) => C;
  execute: (s: CommandState<C>, config: C, io: Io) => Promise<void>;
  /** A separate sticky comment for reports of another kind (status, prune); undefined: the version's own comment. */
  commentChannel?: string;
  /** Whether the run was asked to deploy: a deployment cancelled before it started is then cancelled, not skipped. */
  deploys?: (config: C) => boolean;
  /** Commands whose report and outputs grow while they run (register): brings s.report and s.outputs up to date. */
  refresh?: (s: CommandState<C>) => void;
  /** Undoes what must not outlive a cancelled run (shadow/ stops its experiment); awaited before the state is recorded. */
  onCancel?: (s: CommandState<C>) => Promise<void>;
}

export async function runCommand<C>(spec: CommandSpec<C>, deps: CommandDeps = defaultDeps()): Promise<void> {
  const s: CommandState<C> = { outputs: Object.fromEntries(spec.outputs.map((o) => [o, ''])) };
  const onSignal = (signal: string) => void cancel(spec, s, signal);
  try {
    const { read, guard, note } = await layeredInputs(envInputReader(deps.env), deps.env.GITHUB_WORKSPACE, spec.name);
    if (note) core.info(settingsLog((s.settings = note)));
    const common = (s.common = guard(() => readCommon(read, deps.env, core.setSecret)));
    const config = (s.config = guard(() => spec.read(read, common, deps.env)));
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    s.ctx = readRunContext(deps.env);
    const opts = { region: common.region, maxAttempts: common.maxAttempts, runId: s.ctx.runId };
    const clients = new Clients(opts, deps.sagemaker);
    const deadline = deps.clock.now() + common.waitTimeoutSeconds * 1000;
    await guard(() => spec.execute(s, config, { clients, clock: deps.clock, deadline, env: deps.env, progress: async () => void (await comment(spec, s)) }));
  } catch (err) {
    s.error = failureText(err);
  } finally {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
  }
  await finish(spec, s);
}

/** SIGINT/SIGTERM from the runner: record where things stand before exiting. */
async function cancel<C>(spec: CommandSpec<C>, s: CommandState<C>, signal: string): Promise<void> {
  if (s.finished) return;
  s.cancelled = true;
  const d = s.deployment;
  if (d && ['in-progress', 'started'].includes(d.status)) d.status = 'cancelled';
  s.error = `Cancelled (${signal})${d ? ` while deploying to ${d.endpointName}${d.phase ? ` (${d.phase})` : ''}; SageMaker continues any update it started` : ''}.`;
  await spec.onCancel?.(s).catch((err: unknown) => core.warning(`While cancelling: ${failureText(err)}`));
  await finish(spec, s);
  process.exit(1);
}

function withState<C>(spec: CommandSpec<C>, s: CommandState<C>): Report | undefined {
  spec.refresh?.(s);
  if (!s.report) return undefined;
  const report: Report = { ...s.report };
  if (s.error) report.error = s.error;
  if (s.deployment) report.deployment = { ...s.deployment };
  return report;
}

async function finish<C>(spec: CommandSpec<C>, s: CommandState<C>): Promise<void> {
  if (s.finished) return;
  s.finished = true;
  const report = withState(spec, s);
  if (s.deployment) s.outputs['deployment-status'] = s.deployment.status;
  else if ('deployment-status' in s.outputs && !s.outputs['deployment-status']) s.outputs['deployment-status'] = s.cancelled && s.config && spec.deploys?.(s.config) ? 'cancelled' : 'skipped';
  for (const [name, value] of Object.entries(s.outputs)) if (name !== 'comment-url') core.setOutput(name, value);
  const { failedLine, renderReport } = await import('../report/summary.js');
  const failed = s.error ? `\n${failedLine(s.error)}\n` : '';
  const markdown = report ? renderReport(report) : `${s.markdown ?? `### ${spec.title}: ❌ failed\n`}${failed}`;
  await core.appendSummary(s.settings ? `${markdown}\n${settingsMarkdown(s.settings)}` : markdown);
  if (spec.outputs.includes('comment-url')) core.setOutput('comment-url', (await comment(spec, s)) ?? '');
  if (s.error) core.setFailed(s.error);
}

async function comment<C>(spec: CommandSpec<C>, s: CommandState<C>): Promise<string | undefined> {
  const report = withState(spec, s);
  if (!s.common || !s.ctx || !s.config || (!report && !s.markdown)) return undefined;
  const { upsertComment } = await import('../report/pr-comment.js');
  const fallback: Report = { group: s.group ?? '', approval: '', image: '', commit: s.ctx.sha, refName: s.ctx.refName, dryRun: s.common.dryRun, time: new Date().toISOString() };
  const markdown = s.markdown;
  return upsertComment(s.ctx, report ? { ...report, created: undefined } : { ...fallback, ...(s.error ? { error: s.error } : {}) }, {
    mode: s.common.comment,
    token: s.common.githubToken,
    commentId: s.common.commentId,
    ...(spec.commentChannel ? { channel: spec.commentChannel } : {}),
    ...(!report && markdown ? { render: () => markdown } : {}),
    log: core
  });
}
