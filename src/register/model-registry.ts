import type { DescribeModelPackageCommandOutput, ModelPackage, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import { explainAwsError, send } from '../aws/errors.js';
import { clientToken, type ApprovalStatus, type RegistrationPlan } from './plan.js';
import { poll, type Clock } from '../aws/poll.js';
import { groupArnFromVersionArn, versionFromArn } from '../aws/arns.js';
import { confirm, lookUp, mayAdoptSameImage, type Logger, type Lookup } from './lookup.js';
import { applyRunFields } from './run-fields.js';
import { sagemakerSdk } from '../aws/sdk.js';

export type { Logger } from './lookup.js';

export interface RegisteredVersion {
  arn: string;
  version: number;
  groupArn: string;
  approval: ApprovalStatus;
  status: string;
  created: boolean;
  /** When SageMaker created the version. */
  createdAt?: Date;
  /** How an earlier version was found: `Search`, or which listing (see Lookup.foundBy). */
  foundBy?: string;
}

export interface RegisterOptions {
  clock: Clock;
  timeoutMs: number;
  log: Logger;
  /** Called as soon as the version ARN is known, before any wait. */
  onArn?: (arn: string) => void;
}


/** CreateModelPackage's answer when the group does not exist (SageMaker: ValidationException "... does not exist."). */
function isMissingGroup(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  const message = e.message ?? '';
  return e.name === 'ResourceNotFound' || (e.name === 'ValidationException' && /group/i.test(message) && /does not exist|not found|could not find/i.test(message));
}

/**
 * Creates the group CreateModelPackage found missing (create-group); a group given by ARN is never created.
 * Another run may create it at the same moment: "already exists" is success.
 */
async function createGroup(sm: SageMakerClient, plan: RegistrationPlan, log: Logger): Promise<void> {
  const byArn = plan.groupNameOrArn.startsWith('arn:');
  if (byArn || !plan.createGroup) {
    const why = byArn ? 'or is not shared with this account (a group given by ARN is never created)' : 'and create-group is false. Create it first or set create-group: true';
    throw new ActionError(`Model package group '${plan.groupNameOrArn}' does not exist ${why}.`);
  }
  const { CreateModelPackageGroupCommand } = await sagemakerSdk();
  log.info(`Model package group ${plan.groupName} does not exist; creating it`);
  try {
    await sm.send(new CreateModelPackageGroupCommand(plan.createGroup));
  } catch (err) {
    if (!/already exists/i.test((err as Error).message ?? '')) throw explainAwsError(err, 'sagemaker:CreateModelPackageGroup');
  }
}

export async function describeVersion(sm: SageMakerClient, arn: string): Promise<DescribeModelPackageCommandOutput> {
  const { DescribeModelPackageCommand } = await sagemakerSdk();
  return send('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
}

/** Waits until the version is Completed; a Failed version fails with SageMaker's own reasons. */
export async function waitForVersion(sm: SageMakerClient, arn: string, opts: RegisterOptions): Promise<ModelPackage> {
  const state = await poll({
    read: () => describeVersion(sm, arn),
    done: (p) => p.ModelPackageStatus === 'Completed' || p.ModelPackageStatus === 'Failed' || p.ModelPackageStatus === 'Deleting',
    clock: opts.clock,
    timeoutMs: opts.timeoutMs,
    what: `model package ${arn} to complete`,
    onWait: (p, elapsed) => opts.log.info(`Model package status: ${p.ModelPackageStatus} (${Math.round(elapsed / 1000)} s)`)
  });
  if (state.ModelPackageStatus !== 'Completed') {
    throw new ActionError(`Model package ${arn} ended ${state.ModelPackageStatus}: ${failureReasons(state)}`);
  }
  return state;
}

export function failureReasons(p: ModelPackage): string {
  const details = p.ModelPackageStatusDetails;
  const reasons = [...(details?.ValidationStatuses ?? []), ...(details?.ImageScanStatuses ?? [])]
    .filter((s) => s.Status === 'Failed')
    .map((s) => `${s.Name}: ${s.FailureReason ?? 'no reason given'}`);
  return reasons.length ? reasons.join('; ') : 'SageMaker gave no reason';
}

const usable = (p: ModelPackage) => p.ModelPackageStatus !== 'Failed' && p.ModelPackageStatus !== 'Deleting';

/** The earlier version to use: this commit and image, else (approval auto on a release run) the PR's version of the same digest. */
export function reusable(found: Lookup, plan: RegistrationPlan): ModelPackage | undefined {
  return found.exact.find(usable) ?? (mayAdoptSameImage(plan) ? found.sameImage[0] : undefined);
}

/** Waits for an existing version if needed, applies this run's fields, and reports it. */
async function adopt(sm: SageMakerClient, plan: RegistrationPlan, p: ModelPackage, opts: RegisterOptions & { foundBy?: string; created?: boolean }): Promise<RegisteredVersion> {
  const arn = p.ModelPackageArn!;
  opts.onArn?.(arn);
  const current = p.ModelPackageStatus === 'Completed' && p.CustomerMetadataProperties ? p : await waitForVersion(sm, arn, opts);
  const approval = await applyRunFields(sm, plan, current, opts.log);
  return {
    arn,
    version: current.ModelPackageVersion ?? versionFromArn(arn),
    groupArn: groupArnFromVersionArn(arn),
    approval,
    status: 'Completed',
    created: opts.created ?? false,
    ...(current.CreationTime ? { createdAt: current.CreationTime } : {}),
    ...(opts.foundBy ? { foundBy: opts.foundBy } : {})
  };
}

function describeFind(p: ModelPackage, plan: RegistrationPlan, foundBy: string | undefined): string {
  const sameCommit = p.CustomerMetadataProperties?.['idempotency-key'] === plan.idempotencyKey;
  const what = sameCommit ? 'for this commit and image' : `for commit ${p.CustomerMetadataProperties?.['git-commit'] ?? 'unknown'} with the same image digest`;
  return `Version ${p.ModelPackageVersion ?? versionFromArn(p.ModelPackageArn!)} was already registered ${what} (found by ${foundBy ?? 'lookup'}); reusing it`;
}

const isTokenConflict = (err: unknown) =>
  (err as { name?: string }).name === 'ConflictException' || /ClientToken .* already been used with different parameters/i.test((err as Error).message ?? '');

/** CreateModelPackage; when it says the group is missing, the group is created and the same request sent once more. */
async function createVersion(sm: SageMakerClient, plan: RegistrationPlan, request: RegistrationPlan['createPackage'], log: Logger): Promise<string> {
  const { CreateModelPackageCommand } = await sagemakerSdk();
  const attempt = async () => (await sm.send(new CreateModelPackageCommand(request))).ModelPackageArn!;
  try {
    return await attempt();
  } catch (err) {
    if (!isMissingGroup(err)) throw err;
  }
  await createGroup(sm, plan, log);
  return attempt();
}

/** CreateModelPackage with the plan's identical body; a conflict (a concurrent run) is resolved by looking up again. */
async function create(sm: SageMakerClient, plan: RegistrationPlan, failed: number, opts: RegisterOptions): Promise<{ arn: string; found?: ModelPackage; foundBy?: string }> {
  // Earlier failed attempts used up their tokens: a new token lets the re-run converge on a new version.
  const request = failed ? { ...plan.createPackage, ClientToken: clientToken(plan.createPackage, failed) } : plan.createPackage;
  opts.log.info(`Creating a model package version in ${plan.groupName} (SkipModelValidation ${request.SkipModelValidation})`);
  try {
    return { arn: await createVersion(sm, plan, request, opts.log) };
  } catch (err) {
    if (err instanceof ActionError) throw err;
    if (!isTokenConflict(err)) throw explainAwsError(err, 'sagemaker:CreateModelPackage');
    const again = await lookUp(sm, plan, opts.log, opts.clock.now());
    const hint = reusable(again, plan);
    const found = hint && (await confirm(sm, plan, hint));
    if (!found) throw explainAwsError(err, 'sagemaker:CreateModelPackage');
    return { arn: found.ModelPackageArn!, found, ...(again.foundBy ? { foundBy: again.foundBy } : {}) };
  }
}

/**
 * Registers the version, or returns the one an earlier (or concurrent) run registered for the same commit and
 * image; then applies this run's approval and provenance with at most one UpdateModelPackage.
 */
export async function register(sm: SageMakerClient, plan: RegistrationPlan, opts: RegisterOptions): Promise<RegisteredVersion> {
  const startedAt = opts.clock.now();
  const found = await lookUp(sm, plan, opts.log, startedAt);
  if (found.unproven?.length) {
    opts.log.warning(`Not reusing ${found.unproven.slice(0, 5).join(', ')}: it claims this registration but its containers or records do not prove it (changed after registration, or not made by this action); registering this commit's own version.`);
  }
  const hint = reusable(found, plan);
  const earlier = hint && (await confirm(sm, plan, hint));
  if (hint && !earlier) opts.log.warning(`Not reusing ${hint.ModelPackageArn}: described now, it no longer proves this registration; registering this commit's own version.`);
  if (earlier) {
    opts.log.info(describeFind(earlier, plan, found.foundBy));
    return adopt(sm, plan, earlier, { ...opts, ...(found.foundBy ? { foundBy: found.foundBy } : {}) });
  }
  // No DescribeModelPackageGroup on the way: CreateModelPackage itself says when the group is missing.
  const failed = found.exact.filter((p) => p.ModelPackageStatus === 'Failed').length;
  const made = await create(sm, plan, failed, opts);
  if (made.found) {
    opts.log.info(describeFind(made.found, plan, made.foundBy));
    return adopt(sm, plan, made.found, { ...opts, ...(made.foundBy ? { foundBy: made.foundBy } : {}) });
  }
  opts.onArn?.(made.arn);
  const done = await waitForVersion(sm, made.arn, opts);
  // The identical body's token returns the version another run made (concurrently, or earlier when no lookup saw it):
  // that run's id on it, or a CreationTime well before this run, means this run did not create it.
  const otherRun = done.CustomerMetadataProperties?.['github-run-id'];
  const created = (!otherRun || otherRun === plan.runMetadata['github-run-id']) && (!done.CreationTime || done.CreationTime.getTime() >= startedAt - 60_000);
  const result = await adopt(sm, plan, done, { ...opts, onArn: undefined, created });
  return { ...result, status: done.ModelPackageStatus! };
}
