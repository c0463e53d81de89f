/**
 * The simulator's S3 objects: buckets (global names, each in the Region and account that created it) and their
 * objects, kept in the state file (`s3` at the top level; bodies base64). Used by the S3 API (index.js), the
 * control routes (control.js) and by whatever else in the simulator reads or writes objects (async inference).
 */
import { createHash } from 'node:crypto';
import { S3Error } from './xml.js';

/** @typedef {{Body: string, ContentType: string, ETag: string, lastModifiedMs: number, Metadata: Record<string, string>}} StoredObject */
/** @typedef {{Name: string, region: string, account: string, createdMs: number, objects: Record<string, StoredObject>}} Bucket */

/** Buckets by name. @param {any} stateData SimState.data @returns {Record<string, Bucket>} */
export const bucketsOf = (stateData) => ((stateData.s3 ??= { buckets: {} }).buckets);

/** S3's bucket naming rules (general purpose buckets). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
export const KEY_MAX_BYTES = 1024;

/** @param {string} name */
export function checkBucketName(name) {
  if (!BUCKET.test(name) || name.includes('..') || /^\d{1,3}(\.\d{1,3}){3}$/.test(name)) {
    throw new S3Error('InvalidBucketName', 'The specified bucket is not valid.', 400, { BucketName: name });
  }
}

/**
 * @param {any} stateData @param {{name: string, region: string, account: string, now: number}} b
 * @returns {Bucket}
 */
export function createBucket(stateData, b) {
  checkBucketName(b.name);
  const buckets = bucketsOf(stateData);
  const old = buckets[b.name];
  if (old) {
    if (old.account === b.account) throw new S3Error('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { BucketName: b.name });
    throw new S3Error('BucketAlreadyExists', 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.', 409, { BucketName: b.name });
  }
  return (buckets[b.name] = { Name: b.name, region: b.region, account: b.account, createdMs: b.now, objects: {} });
}

/**
 * The bucket of a request: it must exist, belong to the caller's account, and be addressed in its own Region.
 * @param {any} stateData @param {string} name @param {{region: string, account: string}} caller
 * @returns {Bucket}
 */
export function bucketFor(stateData, name, caller) {
  const b = bucketsOf(stateData)[name];
  if (!b) throw new S3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: name });
  if (b.region !== caller.region) {
    throw new S3Error('AuthorizationHeaderMalformed', `The authorization header is malformed; the region '${caller.region}' is wrong; expecting '${b.region}'`, 400, { Region: b.region });
  }
  if (b.account !== caller.account) throw new S3Error('AccessDenied', 'Access Denied', 403);
  return b;
}

/** @param {string} key */
export function checkKey(key) {
  if (key === '' || Buffer.byteLength(key, 'utf8') > KEY_MAX_BYTES) throw new S3Error('KeyTooLongError', 'Your key is too long', 400);
}

/**
 * @param {Bucket} b @param {string} key @param {Buffer} body @param {{contentType?: string, metadata?: Record<string, string>, now: number}} o
 * @returns {StoredObject}
 */
export function putObject(b, key, body, o) {
  checkKey(key);
  const obj = {
    Body: body.toString('base64'),
    ContentType: o.contentType ?? 'binary/octet-stream',
    ETag: `"${createHash('md5').update(body).digest('hex')}"`,
    lastModifiedMs: o.now,
    Metadata: o.metadata ?? {},
  };
  b.objects[key] = obj;
  return obj;
}

/** @param {Bucket} b @param {string} key @returns {StoredObject} */
export function getObject(b, key) {
  const obj = b.objects[key];
  if (!obj) throw new S3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });
  return obj;
}

/** `s3://bucket/key` → its parts, or null. @param {string} uri */
export function parseS3Uri(uri) {
  const m = /^s3:\/\/([^/]+)\/(.+)$/s.exec(uri);
  return m ? { bucket: /** @type {string} */ (m[1]), key: /** @type {string} */ (m[2]) } : null;
}

/**
 * Reads an object as another AWS service does for the account (no Region check: services read cross-Region).
 * @param {any} stateData @param {string} uri @param {string} account @returns {Buffer|null}
 */
export function readUri(stateData, uri, account) {
  const at = parseS3Uri(uri);
  const b = at ? bucketsOf(stateData)[at.bucket] : undefined;
  const obj = at && b && b.account === account ? b.objects[at.key] : undefined;
  return obj ? Buffer.from(obj.Body, 'base64') : null;
}

/**
 * Writes an object as another AWS service does for the account; false when the bucket is missing or not the account's.
 * @param {any} stateData @param {string} uri @param {Buffer} body @param {{account: string, contentType: string, now: number}} o
 */
export function writeUri(stateData, uri, body, o) {
  const at = parseS3Uri(uri);
  const b = at ? bucketsOf(stateData)[at.bucket] : undefined;
  if (!at || !b || b.account !== o.account) return false;
  putObject(b, at.key, body, { contentType: o.contentType, now: o.now });
  return true;
}
