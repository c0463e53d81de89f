/**
 * Proving that a version is what its registration recorded. Pure.
 *
 * `CustomerMetadataProperties`, the approval and even the `InferenceSpecification` of a version can be changed after
 * creation by anyone allowed `sagemaker:UpdateModelPackage`, so none of them proves anything alone. What cannot change
 * after `CreateModelPackage` is `MetadataProperties`: this action writes into its `GeneratedBy` a record of the
 * containers it registered (a SHA-256 of the fields it sets, and the digest it pinned). A version is the registration
 * it claims to be only when the containers SageMaker reports now hash to that record and agree with the metadata.
 */
import type { DescribeModelPackageOutput, InferenceSpecification, ModelPackage } from '@aws-sdk/client-sagemaker';
import { canonicalJson } from './identity.js';

export const ACTION_NAME = 'sagemaker-private-registry-action';
const MARK = new RegExp(`^${ACTION_NAME} spec-sha256=([0-9a-f]{64}) digest=(sha256:[0-9a-f]{64}|none)$`);

type Spec = Pick<InferenceSpecification, 'Containers' | 'SupportedContentTypes' | 'SupportedResponseMIMETypes' | 'SupportedRealtimeInferenceInstanceTypes'>;
type Version = ModelPackage | DescribeModelPackageOutput;

function sha256(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

/**
 * The fields of a specification this action sets, and only those (SageMaker may add others to what it reports).
 * ImageDigest counts only when the action pinned one: SageMaker may fill it in for ECR images it validated.
 */
function projection(spec: Spec | undefined, pinned: boolean): unknown {
  return {
    containers: (spec?.Containers ?? []).map((c) => ({
      image: c.Image ?? '',
      digest: pinned ? (c.ImageDigest ?? '') : '',
      data: c.ModelDataUrl ?? '',
      env: c.Environment ?? {}
    })),
    content: spec?.SupportedContentTypes ?? [],
    response: spec?.SupportedResponseMIMETypes ?? [],
    realtime: spec?.SupportedRealtimeInferenceInstanceTypes ?? []
  };
}

/** The immutable record written at registration: `GeneratedBy` of MetadataProperties. */
export function containerRecord(spec: Spec, digest: string | undefined): string {
  return `${ACTION_NAME} spec-sha256=${sha256(canonicalJson(projection(spec, !!digest)))} digest=${digest ?? 'none'}`;
}

/** The digest a version's single container is pinned to (ImageDigest, or `@sha256:` in Image), if any. */
export function pinnedDigest(p: Version): string | undefined {
  const c = p.InferenceSpecification?.Containers?.[0];
  const inImage = /@(sha256:[0-9a-f]{64})$/.exec(c?.Image ?? '')?.[1];
  return c?.ImageDigest?.toLowerCase() ?? inImage;
}

/**
 * Container fields this action sets, or that only describe it. Anything else (ModelDataSource,
 * AdditionalModelDataSources, ...) changes what runs and was never registered here: it disproves the version.
 */
const OWN_FIELDS = new Set(['Image', 'ImageDigest', 'ModelDataUrl', 'Environment', 'ModelDataETag', 'ProductId', 'Framework', 'FrameworkVersion', 'NearestModelName']);

export interface Claim {
  /** The commit the version must have been registered for. */
  commit?: string;
  /** owner/name of the repository it must have been registered from. */
  repository?: string;
  /** serverUrl/owner/name, as MetadataProperties.Repository records it. */
  repositoryUrl?: string;
}

/** Why a version is not provably the registration it claims; empty when it is. */
export function disagreements(p: Version, claim: Claim = {}): string[] {
  const meta = p.CustomerMetadataProperties ?? {};
  const props = p.MetadataProperties ?? {};
  const out: string[] = [];
  const mark = MARK.exec(props.GeneratedBy ?? '');
  if (!mark) {
    out.push(props.GeneratedBy?.startsWith(ACTION_NAME) ? 'registered without a container record (an earlier release of this action)' : 'not registered by this action');
    return out;
  }
  const digest = mark[2] === 'none' ? undefined : mark[2];
  if (containerRecord(p.InferenceSpecification ?? { Containers: [] }, digest) !== props.GeneratedBy) out.push('its containers were changed after registration');
  if (p.AdditionalInferenceSpecifications?.length) out.push('it has additional inference specifications, which this action never registers');
  const foreign = [...new Set((p.InferenceSpecification?.Containers ?? []).flatMap((c) => Object.keys(c).filter((k) => !OWN_FIELDS.has(k))))];
  if (foreign.length) out.push(`its container has fields this action never sets (${foreign.slice(0, 5).join(', ')})`);
  const containers = p.InferenceSpecification?.Containers ?? [];
  if (containers.length !== 1) out.push(`it has ${containers.length} containers, not 1`);
  if (digest && pinnedDigest(p) !== digest) out.push(`its container is not pinned to the recorded digest ${digest}`);
  if (meta['image-digest'] !== digest) out.push(`its image-digest metadata (${short(meta['image-digest'])}) disagrees with the recorded digest (${short(digest)})`);
  if (containers.length === 1 && meta['image'] !== containers[0]!.Image) out.push('its image metadata disagrees with its container image');
  if ((meta['git-commit'] ?? '') !== (props.CommitId ?? '')) out.push(`its git-commit metadata (${short(meta['git-commit'])}) disagrees with the recorded commit (${short(props.CommitId)})`);
  if (claim.commit && props.CommitId !== claim.commit) out.push(`it was registered for commit ${short(props.CommitId)}, not ${short(claim.commit)}`);
  if (claim.repository && meta['github-repository'] !== claim.repository) out.push(`its github-repository metadata is ${short(meta['github-repository'])}, not ${claim.repository}`);
  if (claim.repositoryUrl && props.Repository !== claim.repositoryUrl) out.push(`it was registered from ${short(props.Repository)}, not ${claim.repositoryUrl}`);
  return out;
}

/** A recorded value for a message: bounded, and only characters metadata may hold anyway. */
function short(v: string | undefined): string {
  if (!v) return 'none';
  const clean = v.replace(/[^\w.:/@=+-]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}
