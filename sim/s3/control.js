/**
 * Control routes of the simulator's S3 (JSON in and out, not logged):
 *   POST /_sim/s3/buckets {name, region?, account?}  creates a bucket of the account (default the simulator's; region default us-east-1)
 *   GET  /_sim/s3/objects?bucket=<b>[&prefix=<p>]  the bucket's objects: [{key, contentType, size, lastModified, body}]
 *        (body as UTF-8 text; bodyBase64 too)
 * Answers null for other paths.
 */
import { bucketsOf, createBucket } from './store.js';
import { S3Error } from './xml.js';

/** @param {import('../server.js').SimCore} core @param {any} body */
function seedBucket(core, body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('bucket must be a JSON object');
  const extra = Object.keys(body).filter((k) => !['name', 'region', 'account'].includes(k));
  if (extra.length) throw new TypeError(`unknown member(s): ${extra.join(', ')}`);
  const { name, region = 'us-east-1', account = core.accountId } = body;
  if (typeof account !== 'string' || !/^[0-9]{12}$/.test(account)) throw new TypeError('account must be 12 digits');
  if (typeof name !== 'string' || typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) throw new TypeError('name (string) is required; region must be a region name');
  try {
    createBucket(core.state.data, { name, region, account, now: core.clock.now() });
  } catch (e) {
    if (e instanceof S3Error) throw new TypeError(`${e.code}: ${e.message}`);
    throw e;
  }
  core.state.save(core.clock.now());
  return { name, region };
}

/** @param {import('../server.js').SimCore} core @param {URL} url */
function listObjects(core, url) {
  const name = url.searchParams.get('bucket') ?? '';
  const b = bucketsOf(core.state.data)[name];
  if (!b) throw new TypeError(`bucket ${JSON.stringify(name)} does not exist`);
  const prefix = url.searchParams.get('prefix') ?? '';
  return Object.entries(b.objects)
    .filter(([k]) => k.startsWith(prefix))
    .sort(([a], [c]) => (a < c ? -1 : 1))
    .map(([key, o]) => {
      const body = Buffer.from(o.Body, 'base64');
      return { key, contentType: o.ContentType, size: body.length, lastModified: new Date(o.lastModifiedMs).toISOString(), body: body.toString('utf8'), bodyBase64: o.Body };
    });
}

/**
 * @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {any} input
 * @returns {object|null}
 */
export function s3Control(core, req, input) {
  const url = new URL(req.url ?? '/', 'http://sim');
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  if (route === 'POST /_sim/s3/buckets') return seedBucket(core, input);
  if (route === 'GET /_sim/s3/objects') return { objects: listObjects(core, url) };
  return null;
}
