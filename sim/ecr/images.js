/** ECR image reads: DescribeImages, BatchGetImage, DescribeImageScanFindings. */
import { AwsError } from '../errors.js';
import { paginate, queryOf, seconds } from '../sagemaker/paging.js';
import { DIGEST, DIGEST_REGEX_TEXT, findRepository, renderImageId, resolveImage } from './repos.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */
/** @typedef {import('./repos.js').EcrImage} EcrImage */

export const invalidParameter = (path, constraint) =>
  new AwsError('InvalidParameterException', `Invalid parameter at '${path}' failed to satisfy constraint: '${constraint}'`);

/** NextToken/maxResults paging with ECR's member names and error. */
function page(items, input, defaultMax) {
  try {
    const { page: p, nextToken } = paginate(items, { MaxResults: input.maxResults, NextToken: input.nextToken }, queryOf({ ...input, maxResults: undefined, nextToken: undefined }), defaultMax);
    return { page: p, nextToken };
  } catch (e) {
    if (e instanceof AwsError) throw invalidParameter('nextToken', 'Invalid pagination token');
    throw e;
  }
}

/** Scan status at `now`: IN_PROGRESS until the scan's delay has passed. @param {EcrImage} image @param {number} now */
function scanState(image, now) {
  const scan = image.scan;
  if (!scan) return null;
  if (image.imageStatus === 'ARCHIVED') return { status: 'IMAGE_ARCHIVED', description: 'The image is archived.', done: false, completedMs: 0 };
  const completedMs = scan.startedMs + scan.delayMs;
  if (now < completedMs) return { status: 'IN_PROGRESS', description: undefined, done: false, completedMs };
  const description = scan.description ?? (scan.status === 'COMPLETE' ? 'The scan was completed successfully.' : undefined);
  return { status: scan.status, description, done: true, completedMs };
}

/** @param {import('./repos.js').EcrRepository} repo @param {EcrImage} image @param {number} now */
function detail(repo, image, now) {
  const scan = scanState(image, now);
  return {
    registryId: repo.registryId,
    repositoryName: repo.repositoryName,
    imageDigest: image.imageDigest,
    imageTags: image.imageTags.length ? [...image.imageTags] : undefined,
    imageSizeInBytes: image.imageSizeInBytes,
    imagePushedAt: seconds(image.pushedMs),
    imageScanStatus: scan ? { status: scan.status, description: scan.description } : undefined,
    imageScanFindingsSummary: scan?.done && scan.status === 'COMPLETE'
      ? { imageScanCompletedAt: seconds(scan.completedMs), vulnerabilitySourceUpdatedAt: seconds(scan.completedMs), findingSeverityCounts: { ...image.scan?.findingSeverityCounts } }
      : undefined,
    imageManifestMediaType: image.imageManifestMediaType,
    artifactMediaType: image.artifactMediaType,
    lastRecordedPullTime: image.lastPullMs !== undefined ? seconds(image.lastPullMs) : undefined,
    imageStatus: image.imageStatus,
    lastArchivedAt: image.lastArchivedMs !== undefined ? seconds(image.lastArchivedMs) : undefined,
  };
}

/** @param {string|undefined} filter @param {EcrImage} image */
const statusMatches = (filter, image) => (filter ?? 'ACTIVE') === 'ANY' || image.imageStatus === (filter ?? 'ACTIVE');

/** @param {string|undefined} filter @param {EcrImage} image */
const tagMatches = (filter, image) =>
  !filter || filter === 'ANY' || (filter === 'TAGGED' ? image.imageTags.length > 0 : image.imageTags.length === 0);

/** @param {{imageDigest?: string, imageTag?: string}} id */
function checkImageId(id) {
  if (id.imageDigest === undefined && id.imageTag === undefined) {
    throw invalidParameter('imageIds', 'Member must contain either an imageDigest or an imageTag');
  }
  if (id.imageDigest !== undefined && !DIGEST.test(id.imageDigest)) {
    throw invalidParameter('imageDigest', `Member must satisfy regular expression pattern: ${DIGEST_REGEX_TEXT}`);
  }
}

/** @param {OpContext} ctx */
export function describeImages(ctx) {
  const { input } = ctx;
  const repo = findRepository(ctx);
  const filter = input.filter ?? {};
  if (input.imageIds) {
    if (input.maxResults !== undefined || input.nextToken !== undefined) {
      throw new AwsError('InvalidParameterException', 'Invalid parameter: maxResults and nextToken cannot be used together with imageIds');
    }
    /** @type {EcrImage[]} */
    const found = [];
    for (const id of input.imageIds) {
      checkImageId(id);
      const { image } = resolveImage(repo, id);
      if (!image || !statusMatches(filter.imageStatus, image)) {
        throw new AwsError('ImageNotFoundException', `The image with imageId ${renderImageId(id)} does not exist within the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`);
      }
      if (!found.includes(image)) found.push(image);
    }
    return { imageDetails: found.filter((i) => tagMatches(filter.tagStatus, i)).map((i) => detail(repo, i, ctx.now)) };
  }
  const all = Object.values(repo.images)
    .filter((i) => statusMatches(filter.imageStatus, i) && tagMatches(filter.tagStatus, i))
    .sort((a, b) => a.pushedMs - b.pushedMs || a.seq - b.seq);
  const { page: p, nextToken } = page(all, input, 100);
  return { imageDetails: p.map((i) => detail(repo, i, ctx.now)), nextToken };
}

/** @param {OpContext} ctx */
export function batchGetImage(ctx) {
  const { input } = ctx;
  const repo = findRepository(ctx);
  const images = [];
  const failures = [];
  const fail = (imageId, failureCode, failureReason) => failures.push({ imageId, failureCode, failureReason });
  let pulled = false;
  for (const id of input.imageIds) {
    const imageId = { imageDigest: id.imageDigest, imageTag: id.imageTag };
    if (id.imageDigest === undefined && id.imageTag === undefined) {
      fail(imageId, 'MissingDigestAndTag', 'Invalid request parameters: both tag and digest cannot be null');
      continue;
    }
    if (id.imageDigest !== undefined && !DIGEST.test(id.imageDigest)) {
      fail(imageId, 'InvalidImageDigest', `Invalid request parameters: image digest should satisfy the regex '${DIGEST_REGEX_TEXT}'`);
      continue;
    }
    const { image, mismatch } = resolveImage(repo, id);
    if (mismatch) {
      fail(imageId, 'ImageTagDoesNotMatchDigest', 'Invalid request parameters: given tag and digest do not match');
      continue;
    }
    if (!image) {
      fail(imageId, 'ImageNotFound', 'Requested image not found');
      continue;
    }
    if (image.imageStatus !== 'ACTIVE') {
      fail(imageId, 'ImageInaccessible', 'The image is archived; restore it before pulling');
      continue;
    }
    if (input.acceptedMediaTypes && !input.acceptedMediaTypes.includes(image.imageManifestMediaType)) {
      fail(imageId, 'ImageNotFound', `Requested image not found: no manifest in the accepted media types (the image is ${image.imageManifestMediaType})`);
      continue;
    }
    image.lastPullMs = ctx.now;
    pulled = true;
    images.push({
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      imageId: { imageDigest: image.imageDigest, imageTag: id.imageTag },
      imageManifest: image.imageManifest,
      imageManifestMediaType: image.imageManifestMediaType,
    });
  }
  if (pulled) ctx.changed();
  return { images, failures };
}

/** @param {OpContext} ctx */
export function describeImageScanFindings(ctx) {
  const { input } = ctx;
  const repo = findRepository(ctx);
  const id = input.imageId;
  checkImageId(id);
  const { image } = resolveImage(repo, id);
  const where = `in the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`;
  if (!image) throw new AwsError('ImageNotFoundException', `The image with imageId ${renderImageId(id)} does not exist within the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`);
  const scan = scanState(image, ctx.now);
  if (!scan || !image.scan) throw new AwsError('ScanNotFoundException', `Image scan does not exist for the image with '${renderImageId(id)}' ${where}`);
  const out = {
    registryId: repo.registryId,
    repositoryName: repo.repositoryName,
    imageId: { imageDigest: image.imageDigest, imageTag: id.imageTag },
    imageScanStatus: { status: scan.status, description: scan.description },
    imageScanFindings: undefined,
    nextToken: undefined,
  };
  if (scan.done) {
    const { page: p, nextToken } = page(image.scan.findings, input, 100);
    out.imageScanFindings = {
      imageScanCompletedAt: seconds(scan.completedMs),
      vulnerabilitySourceUpdatedAt: seconds(scan.completedMs),
      findingSeverityCounts: { ...image.scan.findingSeverityCounts },
      findings: structuredClone(p),
    };
    out.nextToken = nextToken;
  }
  return out;
}
