/** The image inputs: the reference as SageMaker will receive it, the platform, the ECR copy target. Pure. */
import { InputError, quote } from '../errors.js';
import * as C from './constraints.js';
import { formatImage, parseImageRef, type ImageRef } from './image-ref.js';
import type { InputReader } from './readers.js';

export function readImage(imageInput: string): ImageRef {
  const image = parseImageRef(imageInput);
  if (typeof image === 'string') throw new InputError('image', imageInput, image);
  // What SageMaker receives is the normalised reference (docker.io/library/…, :latest), so check that.
  const sent = formatImage(image);
  if (sent.length > C.IMAGE_MAX) {
    throw new InputError('image', imageInput, `is ${sent.length} characters as sent to SageMaker (${sent.slice(0, 30)}…); at most ${C.IMAGE_MAX} are allowed, including any @sha256 digest`);
  }
  return image;
}

/**
 * An image named without a tag or digest is registered as :latest, whatever was pushed last: a warning (the run
 * goes on), or with resolve-digest: required a refusal (the run asked for an exact image). undefined: tagged or pinned.
 */
export function untaggedImage(imageInput: string, image: ImageRef, resolveDigest: 'auto' | 'required' | 'off'): string | undefined {
  if (image.tag || image.digest) return undefined;
  const pinned = resolveDigest === 'off' ? '' : ', pinned to the digest it has now';
  return `Image ${quote(imageInput)} has no tag: it is registered as ${formatImage(image)} (whatever was pushed last${pinned}). Name the tag or the digest to register.`;
}

export function readPlatform(read: InputReader): string {
  const value = read('platform') || 'linux/amd64';
  if (value === 'any' || /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(value)) return value;
  throw new InputError('platform', value, "must be os/architecture[/variant] such as linux/amd64, or 'any'");
}

export function readReplicationTarget(value: string, source: ImageRef | undefined): ImageRef {
  if (!source) throw new InputError('replicate-to-ecr', value, 'needs the image input');
  const ref = parseImageRef(value);
  if (typeof ref === 'string') throw new InputError('replicate-to-ecr', value, ref);
  if (ref.kind !== 'ecr') throw new InputError('replicate-to-ecr', value, 'must be an ECR repository URI: <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag]');
  if (ref.digest) throw new InputError('replicate-to-ecr', value, 'must not contain a digest: the copy keeps the source digest');
  if (source.kind === 'ecr') throw new InputError('replicate-to-ecr', value, 'applies to private-registry images only; the image is already in ECR');
  if (!ref.tag && source.tag) ref.tag = source.tag;
  return ref;
}
