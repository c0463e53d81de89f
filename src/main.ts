import * as core from './runner.js';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createSageMaker } from './aws.js';
import { modelPackageUrl } from './console-links.js';
import { ActionError } from './errors.js';
import { readRunContext, type RunContext } from './github-context.js';
import { envInputReader, readConfig, type Config } from './inputs.js';
import { register, findExisting, versionFromArn, type RegisteredVersion } from './model-registry.js';
import { planRegistration, type RegistrationPlan } from './plan.js';
import { renderSummary } from './summary.js';
import { systemClock, type Clock } from './wait.js';

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Overrides client creation (unit tests pass a mocked client). */
  sagemaker?: (config: Config, ctx: RunContext) => Promise<SageMakerClient>;
}

const defaultDeps = (): RunDeps => ({ env: process.env, clock: systemClock });

export async function run(deps: RunDeps = defaultDeps()): Promise<void> {
  let plan: RegistrationPlan | undefined;
  let config: Config | undefined;
  let ctx: RunContext | undefined;
  try {
    config = readConfig(envInputReader(deps.env), deps.env);
    ctx = readRunContext(deps.env);
    plan = planRegistration(config, ctx);
    core.info(`Image ${plan.image} (${config.image.kind} registry ${config.image.registry}); digest ${plan.imageDigest ?? 'not pinned'}`);
    core.info(`Model package group ${plan.groupNameOrArn}; approval ${plan.approval}; commit ${ctx.sha || 'unknown'}`);
    const region = config.region ?? config.group.region;
    const sm = await (deps.sagemaker ?? ((c, x) => createSageMaker({ region: c.region, maxAttempts: c.maxAttempts, runId: x.runId })))(config, ctx);
    const clientRegion = region ?? (await sm.config.region());

    if (config.dryRun) {
      await dryRun(sm, plan);
      setOutputs(plan, undefined);
      writeSummary(config, ctx, plan, undefined, undefined);
      return;
    }

    const result = await register(sm, plan, {
      clock: deps.clock,
      timeoutMs: config.waitTimeoutSeconds * 1000,
      log: core,
      approvalDescription: ctx.runUrl ? `Set by ${ctx.runUrl}` : undefined,
      onArn: (arn) => {
        core.setOutput('model-package-arn', arn);
        core.info(`Model package version: ${arn}`);
        core.info(`Console: ${modelPackageUrl(clientRegion, plan!.groupName, versionFromArn(arn))}`);
      }
    });
    const url = modelPackageUrl(clientRegion, plan.groupName, result.version);
    setOutputs(plan, result);
    writeSummary(config, ctx, plan, result, url);
    core.info(result.created ? `Registered version ${result.version}` : `Version ${result.version} already existed; nothing new was created`);
  } catch (err) {
    const message = err instanceof ActionError ? err.message : `Unexpected error: ${(err as Error)?.stack ?? String(err)}`;
    if (plan && config && ctx) writeSummary(config, ctx, plan, undefined, undefined, message);
    core.setFailed(message);
  }
}

function setOutputs(plan: RegistrationPlan, result: RegisteredVersion | undefined): void {
  core.setOutput('model-package-arn', result?.arn ?? '');
  core.setOutput('model-package-version', result ? String(result.version) : '');
  core.setOutput('model-package-group-arn', result?.groupArn ?? '');
  core.setOutput('approval-status', result?.approval ?? plan.approval);
  core.setOutput('image-digest', plan.imageDigest ?? '');
  core.setOutput('created', String(result?.created ?? false));
}

function writeSummary(config: Config, ctx: RunContext, plan: RegistrationPlan, result?: RegisteredVersion, url?: string, error?: string) {
  core.appendSummary(renderSummary({ plan, image: config.image, result, consoleUrl: url, dryRun: config.dryRun, commit: ctx.sha, error }));
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
