/**
 * Model package status, computed lazily from the virtual clock:
 *   Pending (first half of packageDelayMs) -> InProgress -> Completed | Failed (at readyAtMs).
 * The outcome (and failure reason) is decided at creation; only its visibility waits for the clock.
 */

const ECR_IMAGE = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

/** @param {string|undefined} image */
export const isEcrImage = (image) => typeof image === 'string' && ECR_IMAGE.test(image);

/**
 * The failure a new package will end with, or null. With SkipModelValidation `All` no image is
 * checked; otherwise (`None` or omitted) every container image must be an ECR image.
 * @param {any} input CreateModelPackage input
 */
export function imageValidationFailure(input) {
  if (input.SkipModelValidation === 'All') return null;
  const containers = [
    ...(input.InferenceSpecification?.Containers ?? []),
    ...(input.AdditionalInferenceSpecifications ?? []).flatMap((s) => s.Containers ?? []),
  ];
  const bad = containers.find((c) => c.Image !== undefined && !isEcrImage(c.Image));
  if (!bad) return null;
  return `Image ${bad.Image} is not accessible: SageMaker can only validate images stored in Amazon ECR. Use SkipModelValidation=All to register images from other registries.`;
}

/**
 * @param {any} p stored package
 * @param {number} now virtual epoch ms
 * @returns {{ModelPackageStatus: string, ModelPackageStatusDetails: any}}
 */
export function currentStatus(p, now) {
  const name = p.ModelPackageGroupName ?? p.ModelPackageName;
  const validated = p.SkipModelValidation !== 'All';
  let status;
  if (now >= p.readyAtMs) status = p.failureReason ? 'Failed' : 'Completed';
  else if (now < p.createdMs + (p.readyAtMs - p.createdMs) / 2) status = 'Pending';
  else status = 'InProgress';
  /** @type {any} */
  const item = { Name: name, Status: status === 'Pending' ? 'NotStarted' : status };
  if (status === 'Failed') item.FailureReason = p.failureReason;
  return {
    ModelPackageStatus: status,
    ModelPackageStatusDetails: { ValidationStatuses: validated || status === 'Failed' ? [item] : [] },
  };
}
