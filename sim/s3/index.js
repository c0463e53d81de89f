/**
 * A minimal Amazon S3 (REST-XML, path-style: `/<bucket>` and `/<bucket>/<key>`, as the SDK addresses an IP
 * endpoint): CreateBucket, PutObject, GetObject, HeadObject, DeleteObject, ListObjectsV2. A request is S3 when
 * its SigV4 credential scope names the service `s3` (server.js). Errors are S3's XML documents (HEAD: the status
 * only, as S3 answers). Anything else answers 501 NotImplemented naming what. PutObject accepts a plain body or
 * `aws-chunked` content encoding, and checks an `x-amz-checksum-crc32` / `content-md5` it is sent (BadDigest).
 */
import { createHash, randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { callerOf } from '../accounts.js';
import { errorDocument, document, S3Error } from './xml.js';
import { bucketFor, createBucket, getObject, putObject } from './store.js';

const CREDENTIAL = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

/** Whether a request is signed for S3. @param {import('node:http').IncomingMessage} req */
export const isS3Request = (req) => CREDENTIAL.exec(String(req.headers.authorization ?? ''))?.[2] === 's3';

/** @param {string} auth */
const regionOf = (auth) => /** @type {string} */ (CREDENTIAL.exec(auth)?.[1]);

/** Decodes an `aws-chunked` body: `<hex size>[;chunk-signature=…]\r\n<data>\r\n` … `0\r\n<trailers>\r\n\r\n`. @param {Buffer} raw */
export function decodeChunked(raw) {
  const parts = [];
  /** @type {Record<string, string>} */
  const trailers = {};
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    if (eol < 0) throw new S3Error('IncompleteBody', 'The request body terminated unexpectedly', 400);
    const size = parseInt(raw.subarray(at, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size < 0) throw new S3Error('InvalidChunkSizeError', 'Only the last chunk is allowed to have a size less than 8192 bytes', 400);
    at = eol + 2;
    if (size === 0) break;
    parts.push(raw.subarray(at, at + size));
    at += size + 2;
  }
  for (const line of raw.subarray(at).toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}

/** @param {Buffer} body @param {Record<string, string|undefined>} h request headers and trailers */
function checkDigests(body, h) {
  const md5 = h['content-md5'];
  if (md5 !== undefined && md5 !== createHash('md5').update(body).digest('base64')) {
    throw new S3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400);
  }
  const c = h['x-amz-checksum-crc32'];
  if (c !== undefined) {
    const mine = Buffer.alloc(4);
    mine.writeUInt32BE(crc32(body));
    if (c !== mine.toString('base64')) throw new S3Error('BadDigest', 'The CRC32 you specified did not match the calculated checksum.', 400);
  }
  for (const other of ['x-amz-checksum-crc32c', 'x-amz-checksum-crc64nvme', 'x-amz-checksum-sha1', 'x-amz-checksum-sha256']) {
    if (h[other] !== undefined) throw new S3Error('NotImplemented', `The simulator does not implement the ${other} checksum (it checks CRC32 and Content-MD5)`, 501);
  }
}

/** @param {Record<string, string|string[]|undefined>} headers */
function metadataOf(headers) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of Object.entries(headers)) if (k.startsWith('x-amz-meta-')) out[k.slice(11)] = String(v);
  return out;
}

/** @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} raw */
function putObjectOp(core, req, raw, b, key) {
  const h = /** @type {Record<string, string|undefined>} */ ({ ...req.headers });
  const chunked = String(req.headers['content-encoding'] ?? '').split(',').map((s) => s.trim()).includes('aws-chunked');
  const { body, trailers } = chunked ? decodeChunked(raw) : { body: raw, trailers: {} };
  checkDigests(body, { ...h, ...trailers });
  const contentType = h['content-type'];
  const obj = putObject(b, key, body, { ...(contentType ? { contentType } : {}), metadata: metadataOf(req.headers), now: core.clock.now() });
  return { status: 200, headers: { etag: obj.ETag }, body: '' };
}

/** @param {any} obj @param {boolean} head */
function objectAnswer(obj, head) {
  const body = Buffer.from(obj.Body, 'base64');
  /** @type {Record<string, string>} */
  const headers = {
    'content-type': obj.ContentType,
    'content-length': String(body.length),
    etag: obj.ETag,
    'last-modified': new Date(obj.lastModifiedMs).toUTCString(),
    'accept-ranges': 'bytes',
  };
  for (const [k, v] of Object.entries(obj.Metadata ?? {})) headers[`x-amz-meta-${k}`] = String(v);
  return { status: 200, headers, body: head ? '' : body };
}

/** ListObjectsV2: keys in UTF-8 binary order after the continuation token or StartAfter, at most max-keys (1000). */
function listObjectsV2(b, q) {
  const prefix = q.get('prefix') ?? '';
  const max = Math.min(1000, Math.max(0, Number(q.get('max-keys') ?? '1000')));
  const after = q.get('continuation-token') ? Buffer.from(/** @type {string} */ (q.get('continuation-token')), 'base64url').toString('utf8') : q.get('start-after') ?? '';
  const keys = Object.keys(b.objects).filter((k) => k.startsWith(prefix) && k > after).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  const page = keys.slice(0, max);
  const truncated = keys.length > page.length;
  const fields = {
    Name: b.Name,
    Prefix: prefix,
    KeyCount: page.length,
    MaxKeys: max,
    IsTruncated: truncated,
    ContinuationToken: q.get('continuation-token') ?? undefined,
    NextContinuationToken: truncated ? Buffer.from(/** @type {string} */ (page.at(-1))).toString('base64url') : undefined,
    StartAfter: q.get('start-after') ?? undefined,
    Contents: page.map((k) => {
      const o = b.objects[k];
      return { Key: k, LastModified: new Date(o.lastModifiedMs).toISOString(), ETag: o.ETag, Size: Buffer.from(o.Body, 'base64').length, StorageClass: 'STANDARD' };
    }),
  };
  return { status: 200, headers: { 'content-type': 'application/xml' }, body: document('ListBucketResult', fields) };
}

/** Which operation a request is, by method, path and query (the SDK's `x-id` query names it too). */
function operationOf(method, key, q) {
  const sub = [...q.keys()].filter((k) => k !== 'x-id');
  if (key === '') {
    if (method === 'PUT' && !sub.length) return 'CreateBucket';
    if (method === 'GET' && q.get('list-type') === '2' && sub.every((k) => ['list-type', 'prefix', 'max-keys', 'continuation-token', 'start-after', 'encoding-type'].includes(k))) return 'ListObjectsV2';
    return '';
  }
  if (sub.length) return '';
  return { PUT: 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' }[method] ?? '';
}

/** Faults (faults.js) in S3's words. @param {any} e */
function s3Fault(e) {
  if (e instanceof S3Error) return e;
  const map = { AccessDeniedException: ['AccessDenied', 403], ThrottlingException: ['SlowDown', 503], InternalFailure: ['InternalError', 500] };
  const m = map[/** @type {keyof typeof map} */ (e?.code)];
  if (!m) throw e;
  return new S3Error(m[0], e.message, m[1]);
}

/**
 * @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} raw
 * @returns {{status: number, headers: Record<string, string>, body: string|Buffer}}
 */
export function handleS3Request(core, req, raw) {
  const requestId = randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase();
  const url = new URL(req.url ?? '/', 'http://sim');
  const [, bucketName = '', ...rest] = url.pathname.split('/');
  const bucket = decodeURIComponent(bucketName);
  const key = decodeURIComponent(rest.join('/'));
  const method = req.method ?? 'GET';
  const operation = operationOf(method, key, url.searchParams);
  const region = regionOf(String(req.headers.authorization ?? ''));
  const caller = callerOf(core, req);
  const account = caller.account;
  let out;
  try {
    if (!bucket) throw new S3Error('NotImplemented', `The simulator does not implement S3 ${method} / (ListBuckets and virtual-hosted addressing)`, 501);
    if (!operation) throw new S3Error('NotImplemented', `The simulator does not implement S3 ${method} ${url.pathname}${url.search}`, 501);
    try {
      core.faults.beforeOperation(operation, () => ({ principal: caller.principal, service: 's3', resource: `arn:aws:s3:::${bucket}${key ? `/${key}` : ''}` }));
    } catch (e) {
      throw s3Fault(e);
    }
    out = run(core, { operation, method, bucket, key, region, account, q: url.searchParams, req, raw });
    if (operation === 'CreateBucket' || operation === 'PutObject' || operation === 'DeleteObject') core.state.save(core.clock.now());
  } catch (e) {
    if (!(e instanceof S3Error)) throw e;
    out = { status: e.status, headers: { 'content-type': 'application/xml' }, body: method === 'HEAD' ? '' : errorDocument(e, requestId), error: e.code };
  }
  core.log.add({
    time: new Date(core.clock.now()).toISOString(),
    service: 's3',
    operation: operation || `${method} ${url.pathname}`,
    account,
    status: out.status,
    error: out.error ?? null,
    request: { bucket, key, bytes: raw.length },
  });
  return { status: out.status, headers: { 'x-amz-request-id': requestId, ...out.headers }, body: out.body };
}

/** @param {import('../server.js').SimCore} core @param {any} r */
function run(core, r) {
  const data = core.state.data;
  if (r.operation === 'CreateBucket') {
    createBucket(data, { name: r.bucket, region: r.region, account: r.account, now: core.clock.now() });
    return { status: 200, headers: { location: `/${r.bucket}` }, body: '' };
  }
  const b = bucketFor(data, r.bucket, r);
  if (r.operation === 'ListObjectsV2') return listObjectsV2(b, r.q);
  if (r.operation === 'PutObject') return putObjectOp(core, r.req, r.raw, b, r.key);
  if (r.operation === 'DeleteObject') {
    delete b.objects[r.key];
    return { status: 204, headers: {}, body: '' };
  }
  return objectAnswer(getObject(b, r.key), r.operation === 'HeadObject');
}

