import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Clients } from '../aws/clients.js';
import { modelPackageUrl } from '../report/console-links.js';
import type { RunContext } from '../github/context.js';
import type { RegisterConfig } from '../inputs/inputs.js';
import { versionFromArn } from '../aws/arns.js';
import { register, reusable, type RegisteredVersion } from './model-registry.js';
import { lookUp } from './lookup.js';
import { planRegistration, type RegistrationPlan } from './plan.js';
import * as core from '../log.js';
import type { Clock } from '../aws/poll.js';

export interface Registration {
  plan: RegistrationPlan;
  result?: RegisteredVersion;
  consoleUrl?: string;
  /** The version ARN as soon as SageMaker returned it (before the wait). */
  arn?: string;
}

/**
 * Resolves the image, plans and registers the version (or, in a dry run, prints the plan). `out.plan`
 * is set as soon as it is known so a failure later can still be reported.
 */
export interface RegisterStepOptions {
  config: RegisterConfig;
  ctx: RunContext;
  clients: Clients;
  clock: Clock;
  /** The run's one time budget (clock ms): what registration waits is not there for the deployment. */
  deadline: number;
  /** Filled in as the step learns things, so a failure later can still be reported. */
  out: Partial<Registration>;
}

export async function registerStep({ config, ctx, clients, clock, deadline, out }: RegisterStepOptions): Promise<Registration> {
  out.plan = planRegistration(config, ctx);
  const resolveConfig = config.dryRun && config.replicateToEcr ? { ...config, replicateToEcr: undefined } : config;
  if (resolveConfig !== config) core.info(`Dry run: would copy the image to ${config.replicateToEcr!.registry}/${config.replicateToEcr!.repository}`);
  const { resolveImage } = await import('./image-resolution.js');
  const resolved = await resolveImage(resolveConfig, {
    ecr: (region) => clients.ecr(region),
    secrets: (region) => clients.secrets(region),
    clock,
    log: core,
    setSecret: core.setSecret,
    deadline
  });
  const plan = planRegistration(config, ctx, resolved);
  out.plan = plan;
  const ref = resolved.image ?? config.image;
  core.info(`Image ${plan.image} (${ref.kind} registry ${ref.registry}); digest ${plan.imageDigest ?? 'not pinned'}`);
  core.info(`Model package group ${plan.groupNameOrArn}; approval ${plan.approval}; commit ${ctx.sha || 'unknown'}`);
  // Before any write: a run that approves registers only an image the build workflow attested at this commit.
  if (config.attestation && plan.approval === 'Approved') {
    const { requireAttested } = await import('./attested.js');
    await requireAttested(config.attestation, { digest: plan.imageDigest, commit: ctx.sha, what: 'the image' }, ctx, config.githubToken);
  }
  const sm = await clients.sagemaker();
  const region = await clients.region();
  if (config.dryRun) {
    await dryRun(sm, plan, clock.now());
    return { plan };
  }
  const result = await register(sm, plan, {
    clock,
    timeoutMs: Math.max(0, deadline - clock.now()),
    log: core,
    onArn: (arn) => {
      out.arn = arn;
      core.setOutput('model-package-arn', arn);
      core.info(`Model package version: ${arn}`);
      core.info(`Console: ${modelPackageUrl(region, plan.groupName, versionFromArn(arn))}`);
    }
  });
  out.result = result;
  out.consoleUrl = modelPackageUrl(region, plan.groupName, result.version);
  core.info(result.created ? `Registered version ${result.version}` : `Version ${result.version} already existed; nothing new was created`);
  return { plan, result, consoleUrl: out.consoleUrl };
}

/** Prints the exact requests and what would happen; makes read calls only. */
async function dryRun(sm: SageMakerClient, plan: RegistrationPlan, now: number): Promise<void> {
  core.info('Dry run: nothing will be written to AWS.');
  const quiet = { info: () => undefined, warning: (m: string) => core.warning(m) };
  try {
    const found = await lookUp(sm, plan, quiet, now);
    const earlier = reusable(found, plan);
    if (earlier) {
      core.info(`Plan: reuse version ${earlier.ModelPackageVersion} (${earlier.ModelPackageArn}), registered earlier (found by ${found.foundBy}).`);
      return;
    }
  } catch (err) {
    core.warning(`Dry run could not read existing versions: ${(err as Error).message}`);
  }
  if (plan.createGroup) core.info(`Plan: create the group if missing: CreateModelPackageGroup ${JSON.stringify(plan.createGroup)}`);
  core.info(`Plan: CreateModelPackage ${JSON.stringify(plan.createPackage, null, 2)}`);
  core.info(`Plan: then UpdateModelPackage where it differs: approval ${plan.approval}, run metadata ${JSON.stringify(plan.runMetadata)}`);
}
