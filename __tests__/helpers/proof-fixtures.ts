/** Model package versions as this action registers them (register/plan.ts), for the proof tests. */
import type { DescribeModelPackageOutput, InferenceSpecification } from '@aws-sdk/client-sagemaker';
import { containerRecord } from '../../src/register/proof.js';

export const COMMIT = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';
export const OTHER_COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const OTHER_DIGEST = `sha256:${'cd'.repeat(32)}`;
export const REPOSITORY = 'acme/fraud-model';
export const REPOSITORY_URL = 'https://github.com/acme/fraud-model';
export const ECR_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud@${DIGEST}`;
export const TAGGED_IMAGE = 'ghcr.io/acme/fraud:1.4';
export const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud';

export type Spec = Pick<InferenceSpecification, 'Containers' | 'SupportedContentTypes' | 'SupportedResponseMIMETypes' | 'SupportedRealtimeInferenceInstanceTypes'>;

/** The specification a registration sets: one container, pinned (ImageDigest) or by tag. */
export function spec(pinned = true): Spec {
  return {
    Containers: [
      {
        Image: pinned ? ECR_IMAGE : TAGGED_IMAGE,
        ...(pinned ? { ImageDigest: DIGEST } : {}),
        ModelDataUrl: 's3://acme-models/fraud/model.tar.gz',
        Environment: { THRESHOLD: '0.7', MODE: 'fast' }
      }
    ],
    SupportedContentTypes: ['text/csv'],
    SupportedResponseMIMETypes: ['application/json'],
    SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large']
  };
}

export interface VersionOptions {
  pinned?: boolean;
  commit?: string;
  version?: number;
  status?: DescribeModelPackageOutput['ModelPackageStatus'];
}

/** A version exactly as the action registered it: record, metadata and containers agree. */
export function registered(o: VersionOptions = {}): DescribeModelPackageOutput {
  const pinned = o.pinned ?? true;
  const commit = o.commit ?? COMMIT;
  const version = o.version ?? 1;
  const s = spec(pinned);
  const digest = pinned ? DIGEST : undefined;
  return {
    ModelPackageName: 'fraud',
    ModelPackageGroupName: 'fraud',
    ModelPackageVersion: version,
    ModelPackageArn: `${GROUP_ARN}/${version}`,
    ModelPackageStatus: o.status ?? 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [] },
    CreationTime: new Date(0),
    InferenceSpecification: s as InferenceSpecification,
    MetadataProperties: { CommitId: commit, Repository: REPOSITORY_URL, GeneratedBy: containerRecord(s, digest) },
    CustomerMetadataProperties: {
      'git-commit': commit,
      'github-repository': REPOSITORY,
      image: s.Containers![0]!.Image!,
      ...(digest ? { 'image-digest': digest } : {})
    }
  };
}

/** The version's only container, to change it in place. */
export const container = (p: DescribeModelPackageOutput) => p.InferenceSpecification!.Containers![0]!;
