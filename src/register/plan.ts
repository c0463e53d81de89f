import type { ProductionVariantInstanceType } from '@aws-sdk/client-sagemaker';
import { IMAGE_MAX, METADATA_DISALLOWED, METADATA_VALUE_MAX } from '../inputs/constraints.js';
import { formatImage, isOutsideEcr, type ImageRef } from '../inputs/image-ref.js';
import { isReleaseRun, type RunContext } from '../github/context.js';
import type { Config, RegisterConfig } from '../inputs/inputs.js';

export type ApprovalStatus = 'Approved' | 'Rejected' | 'PendingManualApproval';

/** Everything the registration will send, computed without touching AWS. */
export interface RegistrationPlan {
  groupName: string;
  /** Name or ARN, as SageMaker should receive it. */
  groupNameOrArn: string;
  image: string;
  imageDigest?: string;
  /** Registry host and kind of the image that is registered. */
  registry: string;
  registryKind: string;
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
  const cleaned = [...value.replace(METADATA_DISALLOWED(), '_')].slice(0, METADATA_VALUE_MAX).join('');
  return cleaned || '_';
}

/** What the registry told us about the image (registry.ts / ecr.ts), or nothing when it was not asked. */
export interface Resolved {
  digest?: string;
  platform?: string;
  platformDigest?: string;
  /** The image that is registered when it differs from the input (the ECR copy after replication). */
  image?: ImageRef;
  replicatedFrom?: string;
}

export function planRegistration(config: RegisterConfig, ctx: RunContext, resolved: Resolved = {}): RegistrationPlan {
  const ref = resolved.image ?? config.image;
  const digest = resolved.digest ?? ref.digest;
  const image = containerImage(ref, digest);
  const approval = approvalStatus(config, ctx);
  // Keyed on the image as given (not as resolved), so a re-run that cannot reach the registry still finds its version.
  const key = idempotencyKey(config.group.arn ?? config.group.name, ctx.sha, formatImage(config.image));
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
  put('image-tag', ref.tag);
  put('image-digest', digest);
  put('image-platform', resolved.platformDigest ? resolved.platform : undefined);
  put('image-platform-digest', resolved.platformDigest);
  put('replicated-from', resolved.replicatedFrom);
  put('registry', ref.registry);
  put('registry-kind', ref.kind);
  put('registry-secret-arn', config.registrySecretArn);
  put('registry-credentials-provider-arn', config.credentialsProviderArn);
  if (isOutsideEcr(ref)) put('repository-access-mode', 'Vpc');
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
    // SageMaker cannot read images outside ECR, so validation is skipped for them unless asked otherwise.
    SkipModelValidation: config.skipModelValidation ?? (ref.kind === 'ecr' ? 'None' : 'All'),
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
    registry: ref.registry,
    registryKind: ref.kind,
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
export function containerImage(ref: ImageRef, digest: string | undefined): string {
  if (!digest) return formatImage(ref);
  const pinned = formatImage(ref, { digest });
  return pinned.length <= IMAGE_MAX ? pinned : formatImage(ref, { digest: '', tag: true });
}

function trimmed<T extends Record<string, string | undefined>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v)) as T;
}
