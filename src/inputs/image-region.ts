import { InputError } from '../errors.js';
import type { ImageRef } from './image-ref.js';

/** What the Region rule reads of the configuration. */
export interface ImageRegionInput {
  region?: string;
  imageInput?: string;
  image?: ImageRef;
  replicateToEcr?: ImageRef;
}

/**
 * SageMaker pulls a model's ECR image only from the model's own Region: an ECR image (or replicate-to-ecr
 * target) in another Region registers, then fails at CreateModel or in the endpoint's health check. Refused
 * here, naming the input. Unknown Region (from a profile, resolved later): nothing to compare with.
 */
export function checkImageRegion(config: ImageRegionInput, replicateInput = ''): void {
  const region = config.region;
  if (!region) return;
  const image = config.image;
  if (image?.kind === 'ecr' && image.ecr && image.ecr.region !== region) {
    throw new InputError(
      'image',
      config.imageInput ?? '',
      `is an ECR image in Region ${image.ecr.region}, but SageMaker pulls a model's ECR image only from the model's own Region (${region}): push or replicate the image to ECR in ${region} (ECR replication, or docker pull/tag/push) and register that URI`
    );
  }
  const target = config.replicateToEcr;
  if (target?.ecr && target.ecr.region !== region) {
    throw new InputError(
      'replicate-to-ecr',
      replicateInput,
      `is in Region ${target.ecr.region}, but SageMaker pulls a model's ECR image only from the model's own Region (${region}): replicate into a repository in ${region}`
    );
  }
}
