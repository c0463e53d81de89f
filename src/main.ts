import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { groupArnFromVersionArn } from './aws/arns.js';
import { Clients } from './aws/clients.js';
import type { Deployment } from './deploy/types.js';
import { failureText } from './errors.js';
import { readRunContext, type RunContext } from './github/context.js';
import { envInputReader, isRegister, readConfig, type Config } from './inputs/inputs.js';
import type { Registration } from './register/step.js';
import type { Report } from './report/summary.js';
import * as core from './log.js';
import { systemClock, type Clock } from './aws/poll.js';

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Overrides client creation (unit tests pass a mocked client). */
  sagemaker?: (config: Config, ctx: RunContext) => Promise<SageMakerClient>;
}

/** Everything the run learned, so the outputs, summary and comment can be written whatever happened. */
interface RunState {
  config?: Config;
  ctx?: RunContext;
  registration: Partial<Registration>;
  version?: DescribeModelPackageOutput;
  deployment?: Deployment;
  error?: string;
  /** The runner cancelled the job (SIGTERM/SIGINT). */
  cancelled?: boolean;
  finished?: boolean;
}

const defaultDeps = (): RunDeps => ({ env: process.env, clock: systemClock });

export async function run(deps: RunDeps = defaultDeps()): Promise<void> {
  const s: RunState = { registration: {} };
  const onSignal = (signal: string) => void cancel(s, signal);
  try {
    const config = (s.config = readConfig(envInputReader(deps.env), deps.env, core.setSecret));
    // From here on the run may wait for minutes: a cancelled job still gets its summary and comment.
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    let ctx = (s.ctx = readRunContext(deps.env));
    if (ctx.eventName === 'issue_comment' && ctx.prNumber !== undefined) {
      const { readEvent, requireWriteAccess } = await import('./github/write-access.js');
      await requireWriteAccess(ctx, readEvent(deps.env), config.githubToken);
      const { withPullRequestHead } = await import('./github/pull-request.js');
      ctx = s.ctx = await withPullRequestHead(ctx, config.githubToken, core);
    }
    const opts = { region: config.region ?? config.group?.region, maxAttempts: config.maxAttempts, runId: ctx.runId };
    const clients = new Clients(opts, deps.sagemaker ? () => deps.sagemaker!(config, ctx) : undefined);
    const deadline = deps.clock.now() + config.waitTimeoutSeconds * 1000;
    if (isRegister(config)) {
      const { registerStep } = await import('./register/step.js');
      await registerStep({ config, ctx, clients, clock: deps.clock, deadline, out: s.registration });
    }
    if (config.deploy) await deployStep(s, { config, ctx, clients, clock: deps.clock, deadline });
  } catch (err) {
    s.error = failureText(err);
  } finally {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
  }
  await finish(s);
}

interface DeployStepOptions {
  config: Config;
  ctx: RunContext;
  clients: Clients;
  clock: Clock;
  deadline: number;
}

async function deployStep(s: RunState, { config, ctx, clients, clock, deadline }: DeployStepOptions): Promise<void> {
  const deploy = config.deploy!;
  const versionArn = config.modelPackageArn ?? s.registration.result?.arn;
  if (!versionArn) {
    core.info('Dry run: the deployment is planned once the version exists; nothing to deploy yet.');
    return;
  }
  const { deployVersion } = await import('./deploy/step.js');
  s.deployment = { endpointName: deploy.endpointName, status: 'in-progress' };
  await deployVersion(
    await clients.sagemaker(),
    {
      deploy,
      ctx,
      versionArn,
      region: await clients.region(),
      ...(config.credentialsProviderArn ? { providerArn: config.credentialsProviderArn } : {}),
      dryRun: config.dryRun,
      clock,
      deadline,
      pollMs: config.pollSeconds * 1000,
      log: core,
      clients,
      onVersion: (pkg) => (s.version = pkg),
      onStarted: (d) => {
        core.setOutput('endpoint-arn', d.endpointArn ?? '');
        core.setOutput('endpoint-config-name', d.configName ?? '');
        core.setOutput('model-name', d.modelName ?? '');
        core.info(`Console: ${d.consoleUrl}`);
      },
      onPhase: async () => {
        await comment(s);
      }
    },
    s.deployment
  );
}

/** SIGINT/SIGTERM from the runner: record where things stand before exiting. */
async function cancel(s: RunState, signal: string): Promise<void> {
  if (s.finished) return;
  s.cancelled = true;
  if (s.deployment && ['in-progress', 'started'].includes(s.deployment.status)) s.deployment.status = 'cancelled';
  s.error = `Cancelled (${signal})${s.deployment ? ` while deploying to ${s.deployment.endpointName}${s.deployment.phase ? ` (${s.deployment.phase})` : ''}; SageMaker continues any update it started` : ''}.`;
  await finish(s);
  process.exit(1);
}

async function finish(s: RunState): Promise<void> {
  if (s.finished) return;
  s.finished = true;
  const report = buildReport(s);
  if (report) {
    setOutputs(s);
    await core.appendSummary((await import('./report/summary.js')).renderReport(report));
    core.setOutput('comment-url', (await comment(s, report)) ?? '');
  }
  if (s.error) core.setFailed(s.error);
}

async function comment(s: RunState, report = buildReport(s)): Promise<string | undefined> {
  if (!report || !s.config || !s.ctx) return undefined;
  const { upsertComment } = await import('./report/pr-comment.js');
  return upsertComment(s.ctx, { ...report, created: undefined }, {
    mode: s.config.comment,
    token: s.config.githubToken,
    commentId: s.config.commentId,
    log: core
  });
}

function buildReport(s: RunState): Report | undefined {
  const { config, ctx } = s;
  if (!config || !ctx) return undefined;
  const { plan, result, consoleUrl } = s.registration;
  const pkg = s.version;
  const container = pkg?.InferenceSpecification?.Containers?.[0];
  if (!plan && !pkg) return undefined;
  const report: Report = {
    group: plan?.groupName ?? pkg?.ModelPackageGroupName ?? '',
    approval: result?.approval ?? plan?.approval ?? pkg?.ModelApprovalStatus ?? '',
    image: plan?.image ?? container?.Image ?? '',
    commit: ctx.sha,
    refName: ctx.refName,
    dryRun: config.dryRun,
    time: (result?.createdAt ?? pkg?.CreationTime ?? new Date()).toISOString()
  };
  if (plan) Object.assign(report, { registry: plan.registry, registryKind: plan.registryKind, skipModelValidation: plan.createPackage.SkipModelValidation });
  if (result) Object.assign(report, { version: result.version, arn: result.arn, created: result.created });
  else if (pkg?.ModelPackageArn) Object.assign(report, { version: pkg.ModelPackageVersion, arn: pkg.ModelPackageArn, created: false });
  if (consoleUrl) report.consoleUrl = consoleUrl;
  const digest = plan?.imageDigest ?? container?.ImageDigest;
  if (digest) report.digest = digest;
  if (ctx.prNumber !== undefined) report.prNumber = ctx.prNumber;
  if (ctx.runId) report.runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
  if (s.error) report.error = s.error;
  if (s.deployment) report.deployment = { ...s.deployment };
  return report;
}

function setOutputs(s: RunState): void {
  const { plan, result } = s.registration;
  const pkg = s.version;
  const arn = result?.arn ?? s.registration.arn ?? pkg?.ModelPackageArn ?? '';
  core.setOutput('model-package-arn', arn);
  core.setOutput('model-package-version', String(result?.version ?? pkg?.ModelPackageVersion ?? ''));
  core.setOutput('model-package-group-arn', result?.groupArn ?? (arn ? groupArnFromVersionArn(arn) : ''));
  core.setOutput('approval-status', result?.approval ?? pkg?.ModelApprovalStatus ?? plan?.approval ?? '');
  core.setOutput('image-digest', plan?.imageDigest ?? pkg?.InferenceSpecification?.Containers?.[0]?.ImageDigest ?? '');
  core.setOutput('created', String(result?.created ?? false));
  const d = s.deployment;
  // A deployment asked for but cancelled before it started (while registering) is cancelled, not skipped.
  core.setOutput('deployment-status', d?.status ?? (s.cancelled && s.config?.deploy ? 'cancelled' : 'skipped'));
  core.setOutput('endpoint-arn', d?.endpointArn ?? '');
  core.setOutput('endpoint-config-name', d?.configName ?? '');
  core.setOutput('model-name', d?.modelName ?? '');
}
