import type { ProductionVariantInstanceType } from '@aws-sdk/client-sagemaker';
import { IMAGE_MAX, METADATA_DISALLOWED, METADATA_VALUE_MAX } from './constraints.js';
import { formatImage, isPrivateRegistry } from './image-ref.js';
import { isReleaseRun, type RunContext } from './github-context.js';
import type { Config } from './inputs.js';

export type ApprovalStatus = 'Approved' | 'Rejected' | 'PendingManualApproval';

/** Everything the registration will send, computed without touching AWS. */
export interface RegistrationPlan {
  groupName: string;
  /** Name or ARN, as SageMaker should receive it. */
  groupNameOrArn: string;
  image: string;
  imageDigest?: string;
  approval: ApprovalStatus;
  idempotencyKey: string;
  clientToken: string;
  createGroup?: CreateGroupRequest;
  createPackage: CreatePackageRequest;
}

export interface CreateGroupRequest {
  ModelPackageGroupName: string;
  ModelPackageGroupDescription?: string;
  Tags: { Key: string; Value: string }[];
}

export interface CreatePackageRequest {
  ModelPackageGroupName: string;
  ModelPackageDescription?: string;
  ModelApprovalStatus: ApprovalStatus;
  SkipModelValidation: 'All' | 'None';
  ClientToken: string;
  InferenceSpecification: {
    Containers: { Image: string; ImageDigest?: string; ModelDataUrl?: string; Environment?: Record<string, string> }[];
    SupportedContentTypes?: string[];
    SupportedResponseMIMETypes?: string[];
    SupportedRealtimeInferenceInstanceTypes?: ProductionVariantInstanceType[];
  };
  MetadataProperties: { CommitId?: string; Repository?: string; GeneratedBy?: string };
  CustomerMetadataProperties: Record<string, string>;
}

export const ACTION_NAME = 'sagemaker-private-registry-action';

export function approvalStatus(config: Config, ctx: RunContext): ApprovalStatus {
  switch (config.approval) {
    case 'approved':
      return 'Approved';
    case 'rejected':
      return 'Rejected';
    case 'auto':
      return isReleaseRun(ctx) ? 'Approved' : 'PendingManualApproval';
    default:
      return 'PendingManualApproval';
  }
}

/**
 * The same group, commit and image always give the same key, so a re-run finds the version it made
 * instead of making another. Different commits give different keys.
 */
/** node:crypto is loaded on first use, not at start-up (it pulls in streams and costs ~6 ms). */
function sha256(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

export function idempotencyKey(group: string, commit: string, image: string): string {
  return sha256(`${group}\n${commit}\n${image}`).slice(0, 32);
}

/** A ClientToken in UUID layout (36 characters of [a-f0-9-]) derived from the idempotency key. */
export function clientToken(key: string): string {
  const hex = sha256(`client-token:${key}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Makes free text (branch names, actors) fit the customer-metadata character set and length. */
export function metadataValue(value: string): string {
  // Cut by code points so a character outside the BMP is never split into a lone surrogate.
  const cleaned = [...value.replace(METADATA_DISALLOWED, '_')].slice(0, METADATA_VALUE_MAX).join('');
  return cleaned || '_';
}

export function planRegistration(config: Config, ctx: RunContext, resolvedDigest?: string): RegistrationPlan {
  const digest = resolvedDigest ?? config.image.digest;
  const image = containerImage(config, digest);
  const approval = approvalStatus(config, ctx);
  const key = idempotencyKey(config.group.arn ?? config.group.name, ctx.sha, image);
  const token = clientToken(key);

  const metadata: Record<string, string> = {};
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== '') metadata[k] = metadataValue(String(v));
  };
  put('git-commit', ctx.sha);
  put('git-ref', ctx.ref);
  put('github-repository', ctx.repository);
  put('github-pr', ctx.prNumber);
  put('github-run-id', ctx.runId);
  put('github-run-attempt', ctx.runAttempt);
  put('github-actor', ctx.actor);
  put('github-event', ctx.eventName);
  put('image', image);
  put('image-tag', config.image.tag);
  put('image-digest', digest);
  put('registry', config.image.registry);
  put('registry-kind', config.image.kind);
  put('registry-secret-arn', config.registrySecretArn);
  put('registry-credentials-provider-arn', config.credentialsProviderArn);
  if (isPrivateRegistry(config.image)) put('repository-access-mode', 'Vpc');
  put('idempotency-key', key);
  put('generated-by', ACTION_NAME);
  Object.assign(metadata, config.metadata);

  const container: CreatePackageRequest['InferenceSpecification']['Containers'][number] = { Image: image };
  if (digest) container.ImageDigest = digest;
  if (config.modelDataUrl) container.ModelDataUrl = config.modelDataUrl;
  if (Object.keys(config.environment).length) container.Environment = config.environment;
  const spec: CreatePackageRequest['InferenceSpecification'] = { Containers: [container] };
  if (config.contentTypes.length) spec.SupportedContentTypes = config.contentTypes;
  if (config.responseTypes.length) spec.SupportedResponseMIMETypes = config.responseTypes;
  if (config.realtimeInstanceTypes.length) spec.SupportedRealtimeInferenceInstanceTypes = config.realtimeInstanceTypes as ProductionVariantInstanceType[];

  const groupNameOrArn = config.group.arn ?? config.group.name;
  const createPackage: CreatePackageRequest = {
    ModelPackageGroupName: groupNameOrArn,
    ModelApprovalStatus: approval,
    SkipModelValidation: config.skipModelValidation,
    ClientToken: token,
    InferenceSpecification: spec,
    MetadataProperties: trimmed({ CommitId: ctx.sha, Repository: ctx.repositoryUrl, GeneratedBy: ctx.runUrl }),
    CustomerMetadataProperties: metadata
  };
  if (config.description) createPackage.ModelPackageDescription = config.description;

  const plan: RegistrationPlan = {
    groupName: config.group.name,
    groupNameOrArn,
    image,
    approval,
    idempotencyKey: key,
    clientToken: token,
    createPackage
  };
  if (digest) plan.imageDigest = digest;
  // A group shared from another account (given by ARN) is never created here.
  if (config.createGroup && !config.group.arn) {
    const tags: Record<string, string> = { 'managed-by': ACTION_NAME, ...config.groupTags };
    if (ctx.repository) tags['github-repository'] = metadataValue(ctx.repository);
    plan.createGroup = {
      ModelPackageGroupName: config.group.name,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    };
    if (config.groupDescription) plan.createGroup.ModelPackageGroupDescription = config.groupDescription;
  }
  return plan;
}

/**
 * The Image SageMaker receives: pinned as repo@sha256:… when the digest is known, unless that would pass the
 * 255-character limit; then the tag stays in Image and the digest goes in ImageDigest only.
 */
export function containerImage(config: Config, digest: string | undefined): string {
  if (!digest) return formatImage(config.image);
  const pinned = formatImage(config.image, { digest });
  return pinned.length <= IMAGE_MAX ? pinned : formatImage(config.image, { digest: '', tag: true });
}

function trimmed<T extends Record<string, string | undefined>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v)) as T;
}
