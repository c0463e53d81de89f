import type { DescribeModelPackageCommandOutput, ModelPackage, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import { explainAwsError, send } from '../aws/errors.js';
import { clientToken, type ApprovalStatus, type RegistrationPlan } from './plan.js';
import { poll, type Clock } from '../aws/poll.js';
import { groupArnFromVersionArn, versionFromArn } from '../aws/arns.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface RegisteredVersion {
  arn: string;
  version: number;
  groupArn: string;
  approval: ApprovalStatus;
  status: string;
  created: boolean;
  /** When SageMaker created the version. */
  createdAt?: Date;
}

export interface RegisterOptions {
  clock: Clock;
  timeoutMs: number;
  log: Logger;
  /** Called as soon as the version ARN is known, before any wait. */
  onArn?: (arn: string) => void;
  approvalDescription?: string;
}

type Sm = typeof import('@aws-sdk/client-sagemaker');
let sdk: Promise<Sm> | undefined;
const commands = (): Promise<Sm> => (sdk ??= import('@aws-sdk/client-sagemaker'));

/** Finds versions this action registered earlier for the same group, commit and image. */
export async function findExisting(sm: SageMakerClient, plan: RegistrationPlan, log: Logger): Promise<ModelPackage[] | undefined> {
  const { SearchCommand } = await commands();
  try {
    const out = await sm.send(
      new SearchCommand({
        Resource: 'ModelPackage',
        SearchExpression: {
          Filters: [
            { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: plan.groupName },
            { Name: 'CustomerMetadataProperties.idempotency-key', Operator: 'Equals', Value: plan.idempotencyKey }
          ]
        },
        SortBy: 'CreationTime',
        SortOrder: 'Ascending',
        MaxResults: 20
      })
    );
    return (out.Results ?? []).map((r) => r.ModelPackage).filter((p): p is ModelPackage => !!p?.ModelPackageArn);
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'ValidationException' || name === 'AccessDeniedException') {
      log.warning(`Could not search for an earlier version (${name}); relying on the ClientToken alone to avoid a duplicate.`);
      return undefined;
    }
    throw explainAwsError(err, 'sagemaker:Search');
  }
}

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return e.name === 'ResourceNotFound' || (e.name === 'ValidationException' && /does not exist|not found|could not find/i.test(e.message ?? ''));
}

/** Makes sure the group exists; returns its ARN. */
export async function ensureGroup(sm: SageMakerClient, plan: RegistrationPlan, log: Logger): Promise<string> {
  const { DescribeModelPackageGroupCommand, CreateModelPackageGroupCommand } = await commands();
  try {
    const group = await sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: plan.groupNameOrArn }));
    return group.ModelPackageGroupArn!;
  } catch (err) {
    if (!isMissing(err)) throw explainAwsError(err, 'sagemaker:DescribeModelPackageGroup');
  }
  if (!plan.createGroup) {
    throw new ActionError(
      `Model package group '${plan.groupNameOrArn}' does not exist and create-group is false. Create it first or set create-group: true.`
    );
  }
  log.info(`Creating model package group ${plan.groupName}`);
  try {
    const created = await sm.send(new CreateModelPackageGroupCommand(plan.createGroup));
    return created.ModelPackageGroupArn!;
  } catch (err) {
    // Another run may have created it between our read and our write.
    if (/already exists/i.test((err as Error).message ?? '')) {
      const group = await send('sagemaker:DescribeModelPackageGroup', () =>
        sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: plan.groupNameOrArn }))
      );
      return group.ModelPackageGroupArn!;
    }
    throw explainAwsError(err, 'sagemaker:CreateModelPackageGroup');
  }
}

export async function describeVersion(sm: SageMakerClient, arn: string): Promise<DescribeModelPackageCommandOutput> {
  const { DescribeModelPackageCommand } = await commands();
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

/** Registers the version, or returns the one an earlier run registered for the same commit and image. */
export async function register(sm: SageMakerClient, plan: RegistrationPlan, opts: RegisterOptions): Promise<RegisteredVersion> {
  const startedAt = opts.clock.now();
  const earlier = await findExisting(sm, plan, opts.log);
  const reusable = earlier?.find((p) => p.ModelPackageStatus !== 'Failed' && p.ModelPackageStatus !== 'Deleting');
  if (reusable) {
    opts.log.info(`Version ${reusable.ModelPackageVersion} was already registered for this commit and image; reusing it`);
    opts.onArn?.(reusable.ModelPackageArn!);
    let current = reusable;
    if (current.ModelPackageStatus !== 'Completed') current = await waitForVersion(sm, current.ModelPackageArn!, opts);
    const approval = await converge(sm, current, plan.approval, opts);
    return {
      arn: current.ModelPackageArn!,
      version: current.ModelPackageVersion ?? versionFromArn(current.ModelPackageArn!),
      groupArn: groupArnFromVersionArn(current.ModelPackageArn!),
      approval,
      status: 'Completed',
      created: false,
      ...(current.CreationTime ? { createdAt: current.CreationTime } : {})
    };
  }

  const groupArn = await ensureGroup(sm, plan, opts.log);
  // Earlier failed attempts used up their tokens: a new token lets the re-run converge on a new version.
  const failed = earlier?.filter((p) => p.ModelPackageStatus === 'Failed').length ?? 0;
  const request = failed ? { ...plan.createPackage, ClientToken: clientToken(`${plan.idempotencyKey}:${failed}`) } : plan.createPackage;
  const { CreateModelPackageCommand } = await commands();
  opts.log.info(`Creating a model package version in ${plan.groupName} (approval ${plan.approval}, SkipModelValidation ${request.SkipModelValidation})`);
  const out = await send('sagemaker:CreateModelPackage', () => sm.send(new CreateModelPackageCommand(request)));
  const arn = out.ModelPackageArn!;
  opts.onArn?.(arn);
  const done = await waitForVersion(sm, arn, opts);
  // Without a search result, a CreationTime before this run means the ClientToken returned an earlier version.
  const created = earlier !== undefined || !done.CreationTime || done.CreationTime.getTime() >= startedAt - 60_000;
  return {
    arn,
    version: done.ModelPackageVersion ?? versionFromArn(arn),
    groupArn,
    approval: (done.ModelApprovalStatus as ApprovalStatus | undefined) ?? plan.approval,
    status: done.ModelPackageStatus!,
    created,
    ...(done.CreationTime ? { createdAt: done.CreationTime } : {})
  };
}

/** Applies an explicit approval to an existing version; a pending request never revokes an approval. */
async function converge(sm: SageMakerClient, p: ModelPackage, wanted: ApprovalStatus, opts: RegisterOptions): Promise<ApprovalStatus> {
  const current = (p.ModelApprovalStatus ?? 'PendingManualApproval') as ApprovalStatus;
  if (wanted === 'PendingManualApproval' || wanted === current) return current;
  const { UpdateModelPackageCommand } = await commands();
  opts.log.info(`Changing approval of version ${p.ModelPackageVersion} from ${current} to ${wanted}`);
  await send('sagemaker:UpdateModelPackage', () =>
    sm.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: p.ModelPackageArn!,
        ModelApprovalStatus: wanted,
        ...(opts.approvalDescription ? { ApprovalDescription: opts.approvalDescription } : {})
      })
    )
  );
  return wanted;
}
