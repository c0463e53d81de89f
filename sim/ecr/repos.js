/**
 * ECR state: repositories and images, keyed by registry (account) and region. There is no push API
 * in the simulator: images are seeded through the control API (`POST /_sim/ecr/images`).
 */
import { createHash } from 'node:crypto';
import { AwsError } from '../errors.js';
import { compilePattern } from '../patterns.js';
import { shapes } from '../schema/ecr.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

/**
 * @typedef {object} EcrScan
 * @property {string} status final status once the delay has passed (COMPLETE, FAILED, ...)
 * @property {Record<string, number>} findingSeverityCounts
 * @property {object[]} findings basic findings returned as they are
 * @property {number} startedMs virtual time the scan started (the seed time)
 * @property {number} delayMs virtual ms it stays IN_PROGRESS
 * @property {string} [description]
 *
 * @typedef {object} EcrImage
 * @property {string} imageDigest
 * @property {string[]} imageTags
 * @property {string} imageManifest
 * @property {string} imageManifestMediaType
 * @property {string} artifactMediaType
 * @property {number} imageSizeInBytes
 * @property {number} pushedMs
 * @property {'ACTIVE'|'ARCHIVED'} imageStatus
 * @property {number} [lastArchivedMs]
 * @property {number} [lastPullMs]
 * @property {EcrScan} [scan]
 * @property {number} seq
 *
 * @typedef {{repositoryName: string, registryId: string, createdMs: number, images: Record<string, EcrImage>}} EcrRepository
 */

export const DIGEST = /^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$/;
export const DIGEST_REGEX_TEXT = '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+';
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
const MANIFEST_V2 = 'application/vnd.docker.distribution.manifest.v2+json';
const CONFIG_V1 = 'application/vnd.docker.container.image.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const MEDIA_TYPES = [
  MANIFEST_V2,
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  OCI_MANIFEST,
  'application/vnd.oci.image.index.v1+json',
];
const SCAN_STATUSES = ['COMPLETE', 'FAILED', 'UNSUPPORTED_IMAGE', 'ACTIVE', 'PENDING', 'SCAN_ELIGIBILITY_EXPIRED', 'FINDINGS_UNAVAILABLE', 'LIMIT_EXCEEDED'];
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNDEFINED'];

/** ECR data of one registry in one region. @param {any} regionData @returns {Record<string, EcrRepository>} */
export const repositoriesOf = (regionData) => (regionData.ecrRepositories ??= {});

/** `{imageDigest:'…', imageTag:'…'}` as ECR prints an image id in messages. @param {{imageDigest?: string, imageTag?: string}} id */
export const renderImageId = (id) => `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;

/**
 * The repository addressed by a request, or RepositoryNotFoundException.
 * @param {OpContext} ctx
 * @returns {EcrRepository}
 */
export function findRepository(ctx) {
  const registryId = ctx.input.registryId ?? ctx.account;
  const repo = repositoriesOf(ctx.store(registryId))[ctx.input.repositoryName];
  if (!repo) {
    throw new AwsError('RepositoryNotFoundException', `The repository with name '${ctx.input.repositoryName}' does not exist in the registry with id '${registryId}'`);
  }
  return repo;
}

/**
 * Resolve one image id in a repository.
 * @param {EcrRepository} repo
 * @param {{imageDigest?: string, imageTag?: string}} id
 * @returns {{image: EcrImage|null, mismatch: boolean}} mismatch: the digest exists but does not carry the tag
 */
export function resolveImage(repo, id) {
  const byTag = id.imageTag !== undefined ? Object.values(repo.images).find((i) => i.imageTags.includes(id.imageTag)) ?? null : null;
  if (id.imageDigest !== undefined) {
    const image = repo.images[id.imageDigest] ?? null;
    if (id.imageTag === undefined) return { image, mismatch: false };
    if (image && byTag !== image) return { image: null, mismatch: true };
    return { image, mismatch: false };
  }
  return { image: byTag, mismatch: false };
}

/** A minimal Docker image manifest (schema 2) for a seeded image. @param {string} seed */
function syntheticManifest(seed) {
  const h = (s) => `sha256:${createHash('sha256').update(s).digest('hex')}`;
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST_V2,
    config: { mediaType: CONFIG_V1, size: 1469, digest: h(`config:${seed}`) },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 3623807, digest: h(`layer:${seed}`) }],
  });
}

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Seed an image (control API). Creates the repository if needed; re-seeding the same digest adds
 * its tags; a tag already on another image moves to this one (as a push does).
 * @param {{store: (account: string) => any, account: string, now: number, nextSeq: () => number, config: any}} core
 * @param {any} body
 */
export function seedImage(core, body) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const known = ['repositoryName', 'registryId', 'region', 'imageTag', 'imageTags', 'imageDigest', 'imageManifest', 'imageManifestMediaType',
    'imageStatus', 'imageSizeInBytes', 'scan'];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length) throw new TypeError(`unknown member(s): ${unknown.join(', ')}`);
  const { repo } = seedRepository(core, body);
  const tags = [...(body.imageTags ?? []), ...(body.imageTag !== undefined ? [body.imageTag] : [])];
  if (body.imageTags !== undefined && !Array.isArray(body.imageTags)) throw new TypeError('imageTags must be an array');
  for (const t of tags) {
    if (typeof t !== 'string' || t.length < 1 || t.length > 300) throw new TypeError('an image tag must be a string of 1 to 300 characters');
  }
  if (body.imageManifest !== undefined && (typeof body.imageManifest !== 'string' || body.imageManifest === '')) throw new TypeError('imageManifest must be a non-empty string');
  let digest = body.imageDigest;
  if (digest === undefined && body.imageManifest === undefined) throw new TypeError('imageDigest (or imageManifest) is required');
  const manifestDigest = body.imageManifest !== undefined ? `sha256:${createHash('sha256').update(body.imageManifest).digest('hex')}` : undefined;
  if (digest === undefined) digest = manifestDigest;
  if (typeof digest !== 'string' || !SHA256_DIGEST.test(digest)) throw new TypeError('imageDigest must be sha256:<64 lower-case hex digits>');
  if (manifestDigest !== undefined && manifestDigest !== digest) throw new TypeError(`imageDigest ${digest} is not the sha256 of imageManifest (${manifestDigest})`);
  const mediaType = body.imageManifestMediaType ?? (body.imageManifest ? mediaTypeOf(body.imageManifest) : MANIFEST_V2);
  if (!MEDIA_TYPES.includes(mediaType)) throw new TypeError(`imageManifestMediaType must be one of ${MEDIA_TYPES.join(', ')}`);
  const status = body.imageStatus ?? 'ACTIVE';
  if (!['ACTIVE', 'ARCHIVED'].includes(status)) throw new TypeError("imageStatus must be 'ACTIVE' or 'ARCHIVED'");
  if (body.imageSizeInBytes !== undefined && !(Number.isInteger(body.imageSizeInBytes) && body.imageSizeInBytes >= 0)) throw new TypeError('imageSizeInBytes must be an integer >= 0');
  const scan = body.scan === undefined ? undefined : parseScan(body.scan, core);

  for (const other of Object.values(repo.images)) {
    if (other.imageDigest !== digest) other.imageTags = other.imageTags.filter((t) => !tags.includes(t));
  }
  const existing = repo.images[digest];
  /** @type {EcrImage} */
  const image = existing ?? {
    imageDigest: digest,
    imageTags: [],
    imageManifest: body.imageManifest ?? syntheticManifest(digest),
    imageManifestMediaType: mediaType,
    artifactMediaType: CONFIG_V1,
    imageSizeInBytes: body.imageSizeInBytes ?? 27_890_123,
    pushedMs: core.now,
    imageStatus: 'ACTIVE',
    seq: core.nextSeq(),
  };
  for (const t of tags) if (!image.imageTags.includes(t)) image.imageTags.push(t);
  if (image.imageStatus !== status) {
    image.imageStatus = status;
    if (status === 'ARCHIVED') image.lastArchivedMs = core.now;
  }
  if (body.imageSizeInBytes !== undefined) image.imageSizeInBytes = body.imageSizeInBytes;
  if (scan) image.scan = scan;
  repo.images[digest] = image;
  return { registryId: repo.registryId, repositoryName: repo.repositoryName, imageDigest: digest, imageTags: image.imageTags };
}

/** @param {string} manifest */
function mediaTypeOf(manifest) {
  try {
    const m = JSON.parse(manifest);
    if (typeof m.mediaType === 'string') return m.mediaType;
  } catch {
    // not JSON: fall through
  }
  throw new TypeError('imageManifestMediaType is required when imageManifest has no mediaType');
}

/** @param {any} scan @param {{now: number, config: any}} core @returns {EcrScan} */
function parseScan(scan, core) {
  if (!isRecord(scan)) throw new TypeError('scan must be an object');
  const status = scan.status ?? 'COMPLETE';
  if (!SCAN_STATUSES.includes(status)) throw new TypeError(`scan.status must be one of ${SCAN_STATUSES.join(', ')}`);
  const counts = scan.findingSeverityCounts ?? {};
  if (!isRecord(counts) || Object.entries(counts).some(([k, v]) => !SEVERITIES.includes(k) || !(Number.isInteger(v) && v >= 0))) {
    throw new TypeError(`scan.findingSeverityCounts must map ${SEVERITIES.join('|')} to integers >= 0`);
  }
  if (scan.findings !== undefined && !Array.isArray(scan.findings)) throw new TypeError('scan.findings must be an array');
  const delayMs = scan.delayMs ?? core.config.ecrScanDelayMs;
  if (!(typeof delayMs === 'number' && delayMs >= 0)) throw new TypeError('scan.delayMs must be a number >= 0');
  if (scan.description !== undefined && typeof scan.description !== 'string') throw new TypeError('scan.description must be a string');
  return { status, findingSeverityCounts: counts, findings: scan.findings ?? [], startedMs: core.now, delayMs, description: scan.description };
}

/**
 * Create a repository (control API; also done by seedImage).
 * @param {{store: (account: string) => any, account: string, now: number}} core
 * @param {any} body
 */
export function seedRepository(core, body) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const name = body.repositoryName;
  const nameShape = shapes.RepositoryName;
  if (typeof name !== 'string' || name.length < 2 || name.length > 256 || !compilePattern(/** @type {string} */ (nameShape.pattern)).test(name)) {
    throw new TypeError(`repositoryName must match the ECR repository name pattern (2 to 256 characters): ${nameShape.pattern}`);
  }
  const registryId = body.registryId ?? core.account;
  if (typeof registryId !== 'string' || !/^[0-9]{12}$/.test(registryId)) throw new TypeError('registryId must be 12 digits');
  if (body.region !== undefined && (typeof body.region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(body.region))) throw new TypeError('region must look like us-east-1');
  const repos = repositoriesOf(core.store(registryId, body.region ?? 'us-east-1'));
  const repo = (repos[name] ??= { repositoryName: name, registryId, createdMs: core.now, images: {} });
  return { repo, registryId, repositoryName: name };
}
