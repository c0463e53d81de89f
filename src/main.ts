import * as core from './runner.js';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createEcr, createSageMaker, createSecretsManager, type ClientOptions } from './aws.js';
import { modelPackageUrl } from './console-links.js';
import { ActionError } from './errors.js';
import { readRunContext, type RunContext } from './github-context.js';
import { envInputReader, readConfig, type Config } from './inputs.js';
import { register, findExisting, versionFromArn, type RegisteredVersion } from './model-registry.js';
import { planRegistration, type RegistrationPlan } from './plan.js';
import { renderReport, type Report } from './report.js';
import { systemClock, type Clock } from './wait.js';

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Overrides client creation (unit tests pass a mocked client). */
  sagemaker?: (config: Config, ctx: RunContext) => Promise<SageMakerClient>;
}

const defaultDeps = (): RunDeps => ({ env: process.env, clock: systemClock });

export async function run(deps: RunDeps = defaultDeps()): Promise<void> {
  let config: Config | undefined;
  let ctx: RunContext | undefined;
  let plan: RegistrationPlan | undefined;
  let result: RegisteredVersion | undefined;
  let consoleUrl: string | undefined;
  let error: string | undefined;
  let arnSeen = '';
  try {
    config = readConfig(envInputReader(deps.env), deps.env, core.setSecret);
    ctx = readRunContext(deps.env);
    plan = planRegistration(config, ctx);
    const opts: ClientOptions = { region: config.region, maxAttempts: config.maxAttempts, runId: ctx.runId };
    const resolveConfig = config.dryRun && config.replicateToEcr ? { ...config, replicateToEcr: undefined } : config;
    if (resolveConfig !== config) core.info(`Dry run: would copy the image to ${config.replicateToEcr!.registry}/${config.replicateToEcr!.repository}`);
    const { resolveImage } = await import('./image-resolution.js');
    const resolved = await resolveImage(resolveConfig, {
      ecr: (region) => createEcr({ ...opts, region }),
      secrets: () => createSecretsManager(opts),
      clock: deps.clock,
      log: core,
      setSecret: core.setSecret
    });
    plan = planRegistration(config, ctx, resolved);
    core.info(`Image ${plan.image} (${(resolved.image ?? config.image).kind} registry ${(resolved.image ?? config.image).registry}); digest ${plan.imageDigest ?? 'not pinned'}`);
    core.info(`Model package group ${plan.groupNameOrArn}; approval ${plan.approval}; commit ${ctx.sha || 'unknown'}`);
    const sm = await (deps.sagemaker ? deps.sagemaker(config, ctx) : createSageMaker(opts));
    const region = config.region ?? config.group.region ?? (await sm.config.region());

    if (config.dryRun) {
      await dryRun(sm, plan);
    } else {
      const groupName = plan.groupName;
      result = await register(sm, plan, {
        clock: deps.clock,
        timeoutMs: config.waitTimeoutSeconds * 1000,
        log: core,
        approvalDescription: ctx.runUrl ? `Set by ${ctx.runUrl}` : undefined,
        onArn: (arn) => {
          arnSeen = arn;
          core.setOutput('model-package-arn', arn);
          core.info(`Model package version: ${arn}`);
          core.info(`Console: ${modelPackageUrl(region, groupName, versionFromArn(arn))}`);
        }
      });
      consoleUrl = modelPackageUrl(region, plan.groupName, result.version);
      core.info(result.created ? `Registered version ${result.version}` : `Version ${result.version} already existed; nothing new was created`);
    }
  } catch (err) {
    error = err instanceof ActionError ? err.message : `Unexpected error: ${(err as Error)?.stack ?? String(err)}`;
  }
  if (plan && config && ctx) {
    setOutputs(plan, result, arnSeen);
    const report = buildReport(config, ctx, plan, result, consoleUrl, error);
    core.appendSummary(renderReport(report));
    const { upsertComment } = await import('./pr-comment.js');
    const url = await upsertComment(ctx, { ...report, created: undefined }, {
      mode: config.comment,
      token: config.githubToken,
      commentId: config.commentId,
      log: core
    });
    core.setOutput('comment-url', url ?? '');
  }
  if (error) core.setFailed(error);
}

function buildReport(config: Config, ctx: RunContext, plan: RegistrationPlan, result?: RegisteredVersion, consoleUrl?: string, error?: string): Report {
  const report: Report = {
    group: plan.groupName,
    approval: result?.approval ?? plan.approval,
    image: plan.image,
    registry: plan.registry,
    registryKind: plan.registryKind,
    skipModelValidation: plan.createPackage.SkipModelValidation,
    commit: ctx.sha,
    refName: ctx.refName,
    dryRun: config.dryRun,
    time: (result?.createdAt ?? new Date()).toISOString()
  };
  if (result) Object.assign(report, { version: result.version, arn: result.arn, created: result.created });
  if (consoleUrl) report.consoleUrl = consoleUrl;
  if (plan.imageDigest) report.digest = plan.imageDigest;
  if (ctx.prNumber !== undefined) report.prNumber = ctx.prNumber;
  if (ctx.runId) report.runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
  if (error) report.error = error;
  return report;
}

function setOutputs(plan: RegistrationPlan, result: RegisteredVersion | undefined, arnSeen: string): void {
  core.setOutput('model-package-arn', result?.arn ?? arnSeen);
  core.setOutput('model-package-version', result ? String(result.version) : '');
  core.setOutput('model-package-group-arn', result?.groupArn ?? '');
  core.setOutput('approval-status', result?.approval ?? plan.approval);
  core.setOutput('image-digest', plan.imageDigest ?? '');
  core.setOutput('created', String(result?.created ?? false));
}

/** Prints the exact requests and what would happen; makes read calls only. */
async function dryRun(sm: SageMakerClient, plan: RegistrationPlan): Promise<void> {
  core.info('Dry run: nothing will be written to AWS.');
  const quiet = { info: () => undefined, warning: (m: string) => core.warning(m) };
  try {
    const earlier = await findExisting(sm, plan, quiet);
    const reusable = earlier?.find((p) => p.ModelPackageStatus !== 'Failed');
    if (reusable) {
      core.info(`Plan: reuse version ${reusable.ModelPackageVersion} (${reusable.ModelPackageArn}), registered earlier for this commit and image.`);
      return;
    }
  } catch (err) {
    core.warning(`Dry run could not read existing versions: ${(err as Error).message}`);
  }
  if (plan.createGroup) core.info(`Plan: create the group if missing: CreateModelPackageGroup ${JSON.stringify(plan.createGroup)}`);
  core.info(`Plan: CreateModelPackage ${JSON.stringify(plan.createPackage, null, 2)}`);
}
