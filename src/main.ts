/**
 * The top-level action: register a version (and deploy it when endpoint-name is set). It is one more command of
 * commands/run.ts, so outputs, job summary, PR comment and cancellation have one path for every action.
 */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { groupArnFromVersionArn } from './aws/arns.js';
import { isRegister, readConfig, type Config } from './inputs/inputs.js';
import { untaggedImage } from './inputs/image.js';
import type { Registration } from './register/step.js';
import type { MetricsOutcome } from './metrics/step.js';
import type { Report } from './report/summary.js';
import * as core from './log.js';
import { DEPLOY_OUTPUTS, deployTo } from './commands/deploy.js';
import { metricsOutputs } from './metrics/outputs.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './commands/run.js';

export const REGISTER_OUTPUTS = ['model-package-arn', 'model-package-version', 'model-package-group-arn', 'approval-status', 'image-digest', 'created', 'gate', 'metrics', ...DEPLOY_OUTPUTS, 'comment-url'] as const;

/** The register action's inputs, and what the run learns as it goes (so a failure can still be reported). */
export interface RegisterRun {
  config: Config;
  registration: Partial<Registration>;
  /** The version deployed, as described at the start of the deployment (the report of a deploy-only run). */
  version?: DescribeModelPackageOutput;
  /** The candidate's metrics and the gate (model-quality-statistics, metrics-gate). */
  metrics?: MetricsOutcome;
}

async function execute(s: CommandState<RegisterRun>, run: RegisterRun, io: Io): Promise<void> {
  const { config } = run;
  if (s.ctx!.eventName === 'issue_comment' && s.ctx!.prNumber !== undefined) {
    const { readEvent, requireWriteAccess } = await import('./github/write-access.js');
    await requireWriteAccess(s.ctx!, readEvent(io.env), config.githubToken);
    const { withPullRequestHead } = await import('./github/pull-request.js');
    s.ctx = await withPullRequestHead(s.ctx!, config.githubToken, core);
  }
  const ctx = s.ctx!;
  if (isRegister(config)) {
    const untagged = untaggedImage(config.imageInput, config.image, config.resolveDigest);
    if (untagged) core.warning(untagged);
    const { registerStep } = await import('./register/step.js');
    const { withMetrics } = await import('./metrics/register.js');
    await registerStep({ config: await withMetrics(config, ctx, io, run), ctx, clients: io.clients, clock: io.clock, deadline: io.deadline, out: run.registration });
  }
  if (!config.deploy) return;
  const versionArn = config.modelPackageArn ?? run.registration.result?.arn;
  if (!versionArn) return core.info('Dry run: the deployment is planned once the version exists; nothing to deploy yet.');
  await deployTo(s, io, config.deploy, versionArn, {
    ...(config.credentialsProviderArn ? { providerArn: config.credentialsProviderArn } : {}),
    onVersion: (pkg) => (run.version = pkg)
  });
}

/** The report of what the run learned so far; undefined until there is a plan or a version to show. */
function report(s: CommandState<RegisterRun>): Report | undefined {
  const { config, registration, version: pkg } = s.config ?? ({} as Partial<RegisterRun>);
  const ctx = s.ctx;
  if (!config || !ctx || !registration) return undefined;
  const { plan, result, consoleUrl } = registration;
  const container = pkg?.InferenceSpecification?.Containers?.[0];
  if (!plan && !pkg) return undefined;
  const r: Report = {
    group: plan?.groupName ?? pkg?.ModelPackageGroupName ?? '',
    approval: result?.approval ?? plan?.approval ?? pkg?.ModelApprovalStatus ?? '',
    image: plan?.image ?? container?.Image ?? '',
    commit: ctx.sha,
    refName: ctx.refName,
    dryRun: config.dryRun,
    time: (result?.createdAt ?? pkg?.CreationTime ?? new Date()).toISOString()
  };
  if (plan) Object.assign(r, { registry: plan.registry, registryKind: plan.registryKind, skipModelValidation: plan.createPackage.SkipModelValidation });
  if (result) Object.assign(r, { version: result.version, arn: result.arn, created: result.created });
  else if (pkg?.ModelPackageArn) Object.assign(r, { version: pkg.ModelPackageVersion, arn: pkg.ModelPackageArn, created: false });
  if (consoleUrl) r.consoleUrl = consoleUrl;
  if (s.config?.metrics?.gate) r.gate = s.config.metrics.gate;
  const digest = plan?.imageDigest ?? container?.ImageDigest;
  if (digest) r.digest = digest;
  if (ctx.prNumber !== undefined) r.prNumber = ctx.prNumber;
  if (ctx.runId) r.runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
  return r;
}

/** The version outputs, from the registration (or the version deployed); the deploy outputs are deployTo's. */
function refresh(s: CommandState<RegisterRun>): void {
  const run = s.config;
  if (!run) return;
  const r = report(s);
  if (r) s.report = r;
  const { plan, result } = run.registration;
  const pkg = run.version;
  const arn = result?.arn ?? run.registration.arn ?? pkg?.ModelPackageArn ?? '';
  Object.assign(s.outputs, {
    'model-package-arn': arn,
    'model-package-version': String(result?.version ?? pkg?.ModelPackageVersion ?? ''),
    'model-package-group-arn': result?.groupArn ?? (arn ? groupArnFromVersionArn(arn) : ''),
    'approval-status': result?.approval ?? pkg?.ModelApprovalStatus ?? plan?.approval ?? '',
    'image-digest': plan?.imageDigest ?? pkg?.InferenceSpecification?.Containers?.[0]?.ImageDigest ?? '',
    created: String(result?.created ?? false),
    ...metricsOutputs(run.metrics)
  });
}

export const registerSpec: CommandSpec<RegisterRun> = {
  name: 'register',
  title: 'SageMaker model registration',
  outputs: REGISTER_OUTPUTS,
  read: (read, common, env) => {
    const config = readConfig(read, env);
    // The register action's own rules for the shared settings: the group's Region, the deploy's time budget.
    if (!common.region && config.group?.region) common.region = config.group.region;
    common.waitTimeoutSeconds = config.waitTimeoutSeconds;
    return { config, registration: {} };
  },
  execute,
  deploys: (run) => !!run.config.deploy,
  refresh
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(registerSpec, deps);
}
