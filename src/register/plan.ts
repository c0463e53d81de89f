import type { ProductionVariantInstanceType } from '@aws-sdk/client-sagemaker';
import { IMAGE_MAX, METADATA_DISALLOWED, METADATA_VALUE_MAX } from '../inputs/constraints.js';
import { formatImage, isOutsideEcr, type ImageRef } from '../inputs/image-ref.js';
import { isReleaseRun, type RunContext } from '../github/context.js';
import type { Config, RegisterConfig } from '../inputs/inputs.js';
import { clientToken, idempotencyKey } from './identity.js';
import { ACTION_NAME, containerRecord } from './proof.js';

export { canonicalJson, clientToken, idempotencyKey } from './identity.js';

export type ApprovalStatus = 'Approved' | 'Rejected' | 'PendingManualApproval';

/**
 * Everything the registration will send, computed without touching AWS.
 *
 * The idempotency contract: `createPackage` depends only on the logical registration (group, image as
 * registered, commit) and the workflow's configuration, never on the run (attempt, URL, actor, event, ref, PR,
 * approval). Re-runs, overlapping runs and the push after a PR therefore send a byte-identical request whose
 * ClientToken is derived from that body. What belongs to the run is in `runMetadata` and `approval`, applied
 * afterwards with UpdateModelPackage when it changes something.
 */
export interface RegistrationPlan {
  groupName: string;
  /** Name or ARN, as SageMaker should receive it. */
  groupNameOrArn: string;
  image: string;
  imageDigest?: string;
  /** Registry host and kind of the image that is registered. */
  registry: string;
  registryKind: string;
  /** The approval this run asks for (applied with UpdateModelPackage; CreateModelPackage always sends pending). */
  approval: ApprovalStatus;
  /** Who and where, for ApprovalDescription when this run changes the approval. */
  approvalDescription: string;
  /** The approval came from `approval: auto` (it never overrides a rejection, and may adopt the PR's version). */
  autoApproval: boolean;
  /** The image as the input gave it (the idempotency key's image), to match versions registered before resolution. */
  imageAsGiven: string;
  idempotencyKey: string;
  clientToken: string;
  /** Per-run customer metadata (git-ref, github-pr, run id and attempt, actor, event). */
  runMetadata: Record<string, string>;
  createGroup?: CreateGroupRequest;
  createPackage: CreatePackageRequest;
}

export interface CreateGroupRequest {
  ModelPackageGroupName: string;
  ModelPackageGroupDescription?: string;
  Tags: { Key: string; Value: string }[];
}

type Spec = CreatePackageRequest['InferenceSpecification'];

export interface CreatePackageRequest {
  ModelPackageGroupName: string;
  ModelPackageDescription?: string;
  ModelApprovalStatus: 'PendingManualApproval';
  SkipModelValidation: 'All' | 'None';
  ClientToken: string;
  InferenceSpecification: {
    Containers: { Image: string; ImageDigest?: string; ModelDataUrl?: string; Environment?: Record<string, string> }[];
    SupportedContentTypes?: string[];
    SupportedResponseMIMETypes?: string[];
    SupportedRealtimeInferenceInstanceTypes?: ProductionVariantInstanceType[];
  };
  MetadataProperties: { CommitId?: string; Repository?: string; GeneratedBy: string };
  CustomerMetadataProperties: Record<string, string>;
  ModelMetrics?: NonNullable<RegisterConfig['modelMetrics']>;
}

export { ACTION_NAME } from './proof.js';

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

function metadataWriter(target: Record<string, string>) {
  return (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== '') target[k] = metadataValue(String(v));
  };
}

interface Identity {
  ref: ImageRef;
  digest: string | undefined;
  image: string;
  key: string;
}

/** Customer metadata that is the same for every run of this logical registration. */
function stableMetadata(config: RegisterConfig, ctx: RunContext, resolved: Resolved, id: Identity): Record<string, string> {
  const metadata: Record<string, string> = {};
  const put = metadataWriter(metadata);
  put('git-commit', ctx.sha);
  put('github-repository', ctx.repository);
  put('image', id.image);
  put('image-tag', id.ref.tag);
  put('image-digest', id.digest);
  put('image-platform', resolved.platformDigest ? resolved.platform : undefined);
  put('image-platform-digest', resolved.platformDigest);
  put('replicated-from', resolved.replicatedFrom);
  put('registry', id.ref.registry);
  put('registry-kind', id.ref.kind);
  put('registry-secret-arn', config.registrySecretArn);
  put('registry-credentials-provider-arn', config.credentialsProviderArn);
  if (isOutsideEcr(id.ref)) put('repository-access-mode', 'Vpc');
  put('idempotency-key', id.key);
  put('generated-by', ACTION_NAME);
  return Object.assign(metadata, config.metadata);
}

/** Customer metadata of this run, written with UpdateModelPackage; the last run to touch the version wins. */
export function runMetadata(ctx: RunContext): Record<string, string> {
  const metadata: Record<string, string> = {};
  const put = metadataWriter(metadata);
  put('git-ref', ctx.ref);
  put('github-pr', ctx.prNumber);
  put('github-run-id', ctx.runId);
  put('github-run-attempt', ctx.runAttempt);
  put('github-actor', ctx.actor);
  put('github-event', ctx.eventName);
  return metadata;
}

/** "Approved by octocat on push of refs/heads/main at 4f2a9c1e0b7d (PR #42): <run URL>", at most 1,024 characters. */
export function approvalDescription(approval: ApprovalStatus, ctx: RunContext): string {
  const verb = approval === 'PendingManualApproval' ? 'Set to pending' : approval;
  const pr = ctx.prNumber !== undefined ? ` (PR #${ctx.prNumber})` : '';
  const text = `${verb} by ${ctx.actor || 'unknown'} on ${ctx.eventName || 'unknown event'} of ${ctx.ref || 'unknown ref'} at ${ctx.sha.slice(0, 12) || 'unknown commit'}${pr}${ctx.runUrl ? `: ${ctx.runUrl}` : ''}`;
  return text.replace(/[\r\n]+/g, ' ').slice(0, 1024);
}

function inferenceSpec(config: RegisterConfig, id: Identity): Spec {
  const container: Spec['Containers'][number] = { Image: id.image };
  if (id.digest) container.ImageDigest = id.digest;
  if (config.modelDataUrl) container.ModelDataUrl = config.modelDataUrl;
  if (Object.keys(config.environment).length) container.Environment = config.environment;
  const spec: Spec = { Containers: [container] };
  if (config.contentTypes.length) spec.SupportedContentTypes = config.contentTypes;
  if (config.responseTypes.length) spec.SupportedResponseMIMETypes = config.responseTypes;
  if (config.realtimeInstanceTypes.length) spec.SupportedRealtimeInferenceInstanceTypes = config.realtimeInstanceTypes as ProductionVariantInstanceType[];
  return spec;
}

function createPackageRequest(config: RegisterConfig, ctx: RunContext, resolved: Resolved, id: Identity): CreatePackageRequest {
  const spec = inferenceSpec(config, id);
  const body: Omit<CreatePackageRequest, 'ClientToken'> & { ClientToken?: string } = {
    ModelPackageGroupName: config.group.arn ?? config.group.name,
    ...(config.description ? { ModelPackageDescription: config.description } : {}),
    // Always pending at creation: the approval depends on the run, so UpdateModelPackage applies it.
    ModelApprovalStatus: 'PendingManualApproval',
    // SageMaker cannot read images outside ECR, so validation is skipped for them unless asked otherwise.
    SkipModelValidation: config.skipModelValidation ?? (id.ref.kind === 'ecr' ? 'None' : 'All'),
    InferenceSpecification: spec,
    // MetadataProperties cannot be updated afterwards: GeneratedBy names the action and records the containers it
    // registered (proof.ts), so a later change to them is seen. It names nothing of the run.
    MetadataProperties: trimmed({ CommitId: ctx.sha, Repository: ctx.repositoryUrl, GeneratedBy: containerRecord(spec, id.digest) }),
    CustomerMetadataProperties: stableMetadata(config, ctx, resolved, id),
    // Fixed at creation (UpdateModelPackage has no ModelMetrics): what the metrics gate later verifies.
    ...(config.modelMetrics ? { ModelMetrics: config.modelMetrics } : {}),
    // kms-key-id encrypts the version's own information too (set only at creation).
    ...(config.deploy?.kmsKeyId ? { SecurityConfig: { KmsKeyId: config.deploy.kmsKeyId } } : {})
  };
  return { ...body, ClientToken: clientToken(body) } as CreatePackageRequest;
}

function createGroupRequest(config: RegisterConfig, ctx: RunContext): CreateGroupRequest | undefined {
  // A group shared from another account (given by ARN) is never created here.
  if (!config.createGroup || config.group.arn) return undefined;
  const tags: Record<string, string> = { 'managed-by': ACTION_NAME, ...config.groupTags };
  if (ctx.repository) tags['github-repository'] = metadataValue(ctx.repository);
  return {
    ModelPackageGroupName: config.group.name,
    ...(config.groupDescription ? { ModelPackageGroupDescription: config.groupDescription } : {}),
    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  };
}

export function planRegistration(config: RegisterConfig, ctx: RunContext, resolved: Resolved = {}): RegistrationPlan {
  const ref = resolved.image ?? config.image;
  const digest = resolved.digest ?? ref.digest;
  const groupNameOrArn = config.group.arn ?? config.group.name;
  // Keyed on the image as given (not as resolved), so a re-run that cannot reach the registry still finds its version.
  const id: Identity = { ref, digest, image: containerImage(ref, digest), key: idempotencyKey(groupNameOrArn, ctx.sha, formatImage(config.image)) };
  const approval = config.gateApproval?.approval ?? approvalStatus(config, ctx);
  const createPackage = createPackageRequest(config, ctx, resolved, id);
  const createGroup = createGroupRequest(config, ctx);
  return {
    groupName: config.group.name,
    groupNameOrArn,
    image: id.image,
    ...(digest ? { imageDigest: digest } : {}),
    registry: ref.registry,
    registryKind: ref.kind,
    approval,
    approvalDescription: config.gateApproval?.description ?? approvalDescription(approval, ctx),
    autoApproval: config.approval === 'auto',
    imageAsGiven: formatImage(config.image),
    idempotencyKey: id.key,
    clientToken: createPackage.ClientToken,
    runMetadata: runMetadata(ctx),
    ...(createGroup ? { createGroup } : {}),
    createPackage
  };
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
