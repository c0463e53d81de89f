/**
 * Whether a SageMaker model serves a model package version, decided from what DescribeModel and
 * DescribeModelPackage report. Tags (on the endpoint or on the model) are hints anyone allowed to tag can write:
 * here they can only say "no", never "yes". Pure.
 */
import type { ContainerDefinition, DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { parseImageRef } from '../inputs/image-ref.js';

/** What DescribeModel reports about one model, and the `model-package-arn` tag this action puts on the models it makes. */
export interface LiveModel {
  name: string;
  containers: ContainerDefinition[];
  /** The model's `model-package-arn` tag, when it has one (a hint). */
  tag?: string;
}

/**
 * The same image: the very reference, or the same repository at the same digest (a version registered by tag
 * records the digest it resolved to in ImageDigest).
 */
export function sameImage(served: string, image: string, digest?: string): boolean {
  if (served === image) return true;
  const a = parseImageRef(served);
  const b = parseImageRef(image);
  if (typeof a === 'string' || typeof b === 'string') return false;
  const wanted = b.digest ?? digest;
  return !!a.digest && a.digest === wanted && a.registry === b.registry && a.repository === b.repository;
}

/**
 * A model serves the version when its one container names the version's ARN (ModelPackageName, the association
 * SageMaker keeps), or, for a model built from an image (private registries, pending versions: no
 * ModelPackageName), when its image and model data are the version's own. A model tag naming another version
 * rules the model out; a tag alone never rules it in.
 */
export function modelServes(model: LiveModel, pkg: DescribeModelPackageOutput): boolean {
  const arn = pkg.ModelPackageArn;
  if (!arn || model.containers.length !== 1) return false;
  const served = model.containers[0]!;
  if (served.ModelPackageName) return served.ModelPackageName === arn;
  if (model.tag !== undefined && model.tag !== arn) return false;
  const own = pkg.InferenceSpecification?.Containers?.[0];
  if (!own?.Image || !served.Image) return false;
  return sameImage(served.Image, own.Image, own.ImageDigest) && (served.ModelDataUrl ?? '') === (own.ModelDataUrl ?? '');
}

/** An endpoint config as read from SageMaker: its creation time and the model of each production variant. */
export interface LiveConfig {
  name: string;
  created?: Date;
  /** One per production variant (a variant without a model has no containers, so it serves nothing). */
  models: LiveModel[];
}

/** Every production variant of the config serves the version (and there is at least one). */
export function configServes(config: LiveConfig, pkg: DescribeModelPackageOutput): boolean {
  return config.models.length > 0 && config.models.every((m) => modelServes(m, pkg));
}

/** The version a model names: its ModelPackageName, else its tag (a hint to be checked with modelServes). */
export function namedVersion(model: LiveModel): string | undefined {
  if (model.containers.length !== 1) return undefined;
  return model.containers[0]!.ModelPackageName ?? model.tag;
}
