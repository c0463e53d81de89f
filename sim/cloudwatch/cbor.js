/**
 * Smithy RPC v2 CBOR protocol for CloudWatch: `POST /service/GraniteServiceVersion20100801/operation/<Op>`
 * with `smithy-protocol: rpc-v2-cbor`, a CBOR map body and a SigV4 `authorization` header (not verified).
 * Success: 200, CBOR map of the output shape, timestamps (members ending in `Timestamp`, and the list
 * `Timestamps` of GetMetricData) as tag 1 epoch seconds. Errors: CBOR `{__type, message}` with the HTTP status of the error, `x-amzn-query-error`
 * (`<Code>;Sender`) as the AWS-Query-compatible service sends. Every response carries
 * `smithy-protocol: rpc-v2-cbor` (the SDK rejects a response without it).
 */
import { randomUUID } from 'node:crypto';
import { decode, encode, Tagged } from 'cborg';
import { errorHeaders, invokeAws, signedRegion } from '../aws-json.js';
import { AwsError } from '../errors.js';
import { cloudwatch } from './index.js';

const PATH = /^\/service\/([A-Za-z0-9_]+)\/operation\/([A-Za-z0-9_]+)$/;
/** Tag 1 (epoch seconds) in a request decodes to its number, as the JSON protocols carry timestamps. */
const DECODE_OPTIONS = { tags: { 1: (/** @type {() => number} */ decode) => decode() } };

/** Whether a request is an RPC v2 CBOR call. @param {import('node:http').IncomingMessage} req */
export const isCborRequest = (req) => (req.url ?? '').startsWith('/service/');

/** Output value with undefined dropped and *Timestamp members as tag 1. @param {any} v @param {string} [key] @returns {any} */
function toCbor(v, key = '') {
  if (Array.isArray(v)) return key === 'Timestamps' ? v.map((x) => new Tagged(1, x)) : v.map((x) => toCbor(x));
  if (v !== null && typeof v === 'object') {
    /** @type {Record<string, any>} */
    const out = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toCbor(x, k);
    return out;
  }
  if (typeof v === 'number' && key.endsWith('Timestamp')) return new Tagged(1, v);
  return v;
}

/** @param {Buffer} body @returns {any} */
function decodeBody(body) {
  if (body.length === 0) return {};
  let value;
  try {
    value = decode(body, DECODE_OPTIONS);
  } catch (e) {
    throw new AwsError('SerializationException', `Malformed CBOR request body: ${/** @type {Error} */ (e).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Map) {
    throw new AwsError('SerializationException', 'The request body must be a CBOR map with string keys');
  }
  return value;
}

/**
 * @param {import('../server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {Buffer} body
 * @returns {{status: number, headers: Record<string, string>, body: Buffer, drop?: boolean}}
 */
export function handleCborRequest(core, req, body) {
  const m = PATH.exec((req.url ?? '').split('?')[0] ?? '');
  const svc = m?.[1] === 'GraniteServiceVersion20100801' ? { service: 'cloudwatch', impl: cloudwatch } : undefined;
  const operation = m?.[2] ?? '';
  const { status, error, payload, drop } = invokeAws(core, {
    svc,
    operation,
    label: req.url ?? '',
    req,
    prepare: () => {
      if (req.method !== 'POST') throw new AwsError('UnknownOperationException', `RPC v2 CBOR requests are POST (got ${req.method})`);
      if (String(req.headers['smithy-protocol'] ?? '').toLowerCase() !== 'rpc-v2-cbor') {
        throw new AwsError('UnknownOperationException', 'Missing header smithy-protocol: rpc-v2-cbor');
      }
      const region = signedRegion(req);
      return { region, request: decodeBody(body) };
    },
  });
  const headers = {
    'content-type': 'application/cbor',
    'smithy-protocol': 'rpc-v2-cbor',
    'x-amzn-requestid': randomUUID(),
    ...errorHeaders(svc, error, status),
  };
  return { status, headers, body: Buffer.from(encode(toCbor(payload ?? {}))), ...(drop ? { drop } : {}) };
}
