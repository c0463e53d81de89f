/**
 * Artifact attestations: GitHub's "List attestations" (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`,
 * Octokit `repos.listAttestations`) over bundles the simulator signs itself (sim/sigstore), and the control routes that
 * create them (`POST /_sim/github/attestations`), serve them by URL (`GET /_sim/blobs/attestations/<id>.json.sn`,
 * snappy-compressed like GitHub's blob storage) and give the trusted root (`GET /_sim/sigstore/trusted-root`).
 *
 * Answer: `{attestations: [{bundle, repository_id, bundle_url, initiator}]}`, newest first, `per_page` (30, at most
 * 100) with opaque `after`/`before` cursors in the `Link` header; 404 Not Found when the digest has none (as GitHub).
 * By default an attestation is delivered as GitHub does since 2026-07: `bundle: null` and a `bundle_url`;
 * `delivery: 'inline'` gives the bundle inline (the earlier answer) and no URL.
 */
import snappy from 'snappyjs';
import { createBundle } from '../sigstore/attest.js';
import { numericId } from '../sigstore/attest.js';
import { GithubError } from './handlers.js';
import { checkKnown, NAME } from './state.js';

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{40}$/;
const BLOB = /^\/_sim\/blobs\/attestations\/(\d+)\.json\.sn$/;

/**
 * @typedef {{id: number, digest: string, repository: string, bundle: object, delivery: 'url'|'inline', createdMs: number}} Attestation
 * @param {import('./state.js').GithubState & {attestations?: Attestation[], nextAttestationId?: number}} gh
 */
const attestationsOf = (gh) => (gh.attestations ??= []);

/** @param {unknown} v */
const isRepository = (v) => typeof v === 'string' && v.split('/').length === 2 && v.split('/').every((p) => NAME.test(p));

/** @param {any} body */
function checkSeed(body) {
  checkKnown(body, ['digest', 'repository', 'workflow', 'commit', 'ref', 'serverUrl', 'subjectDigest', 'predicateType', 'tamper', 'delivery', 'name', 'listIn']);
  if (typeof body.digest !== 'string' || !DIGEST.test(body.digest)) throw new TypeError('digest must be sha256:<64 lower-case hex>');
  if (body.subjectDigest !== undefined && (typeof body.subjectDigest !== 'string' || !DIGEST.test(body.subjectDigest))) throw new TypeError('subjectDigest must be sha256:<64 lower-case hex>');
  if (!isRepository(body.repository)) throw new TypeError('repository must be owner/name');
  if (typeof body.workflow !== 'string' || !/^[^@\s]{1,255}$/.test(body.workflow)) throw new TypeError('workflow must be a workflow file path (no @ or spaces)');
  if (typeof body.commit !== 'string' || !COMMIT.test(body.commit)) throw new TypeError('commit must be 40 lower-case hex');
  if (body.ref !== undefined && (typeof body.ref !== 'string' || !/^refs\/\S{1,200}$/.test(body.ref))) throw new TypeError('ref must be refs/...');
  if (body.serverUrl !== undefined && (typeof body.serverUrl !== 'string' || !/^https?:\/\/[^/\s]+$/.test(body.serverUrl))) throw new TypeError('serverUrl must be an http(s) origin');
  if (body.predicateType !== undefined && typeof body.predicateType !== 'string') throw new TypeError('predicateType must be a string');
  if (body.tamper !== undefined && !['signature', 'untrusted-ca'].includes(body.tamper)) throw new TypeError("tamper must be 'signature' or 'untrusted-ca'");
  if (body.delivery !== undefined && !['url', 'inline'].includes(body.delivery)) throw new TypeError("delivery must be 'url' or 'inline'");
  if (body.name !== undefined && typeof body.name !== 'string') throw new TypeError('name must be a string');
  if (body.listIn !== undefined && !isRepository(body.listIn)) throw new TypeError('listIn must be owner/name');
}

/**
 * "The build workflow attested this image": sign a bundle for the subject and list it under `digest` for the
 * repository. `subjectDigest` makes the statement name another digest than the one it is listed under; `listIn`
 * lists it under another repository than the one its certificate names.
 * Control API `POST /_sim/github/attestations`.
 * @param {any} gh @param {any} body @param {number} now
 */
export function seedAttestation(gh, body, now) {
  checkSeed(body);
  const { listIn, subjectDigest, delivery, ...subject } = body;
  const bundle = createBundle({ ...subject, digest: subjectDigest ?? body.digest }, now);
  gh.nextAttestationId ??= 1;
  const a = { id: gh.nextAttestationId++, digest: body.digest, repository: listIn ?? body.repository, bundle, delivery: delivery ?? 'url', createdMs: now };
  attestationsOf(gh).push(a);
  return { id: a.id, digest: a.digest, repository: a.repository, repository_id: numericId(a.repository), bundle };
}

/** @param {number} i */
const cursor = (i) => Buffer.from(`sim:${i}`).toString('base64url');

/** @param {import('./handlers.js').GhContext} ctx @param {string} name */
function fromCursor(ctx, name) {
  const raw = ctx.query.get(name);
  if (raw === null) return undefined;
  const m = /^sim:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!m) throw new GithubError(400, `Invalid cursor in '${name}'`, { documentation_url: ctx.docs });
  return Number(m[1]);
}

/** @param {import('./handlers.js').GhContext} ctx @param {Record<string, string>} set */
function pageUrl(ctx, set) {
  const q = new URLSearchParams(ctx.query);
  q.delete('after');
  q.delete('before');
  for (const [k, v] of Object.entries(set)) q.set(k, v);
  return `<${ctx.base}${ctx.pathname}?${q.toString()}>`;
}

/** `GET /repos/{owner}/{repo}/attestations/{subject_digest}`. @param {import('./handlers.js').GhContext} ctx */
export function listAttestations(ctx) {
  const { owner, repo } = ctx.params;
  const digest = decodeURIComponent(ctx.params.subject_digest);
  const key = `${owner}/${repo}`.toLowerCase();
  const all = attestationsOf(ctx.gh).filter((a) => a.digest === digest && a.repository.toLowerCase() === key).reverse();
  if (all.length === 0) throw new GithubError(404, 'Not Found', { documentation_url: ctx.docs });
  const perPage = Math.min(Math.max(Number.parseInt(ctx.query.get('per_page') ?? '', 10) || 30, 1), 100);
  const after = fromCursor(ctx, 'after');
  const before = fromCursor(ctx, 'before');
  const start = after !== undefined ? after + 1 : before !== undefined ? Math.max(0, before - perPage) : 0;
  const end = before !== undefined && after === undefined ? before : start + perPage;
  const items = all.slice(start, Math.min(end, all.length));
  const links = [];
  if (start > 0) links.push(`${pageUrl(ctx, { before: cursor(start) })}; rel="prev"`);
  if (end < all.length) links.push(`${pageUrl(ctx, { after: cursor(end - 1) })}; rel="next"`);
  const attestations = items.map((a) => ({
    bundle: a.delivery === 'inline' ? a.bundle : null,
    repository_id: numericId(a.repository),
    ...(a.delivery === 'url' ? { bundle_url: `${ctx.base}/_sim/blobs/attestations/${a.id}.json.sn` } : {}),
    initiator: 'user',
  }));
  return { status: 200, body: { attestations }, headers: links.length ? { link: links.join(', ') } : {} };
}

/**
 * `GET /_sim/blobs/attestations/<id>.json.sn`: the bundle as GitHub's blob storage serves it (snappy block format,
 * `application/x-snappy`), without authentication; null for another path.
 * @param {any} gh @param {string} pathname
 */
export function attestationBlob(gh, pathname) {
  const m = BLOB.exec(pathname);
  if (!m) return null;
  const a = attestationsOf(gh).find((x) => x.id === Number(m[1]));
  if (!a) return { status: 404, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>BlobNotFound</Code></Error>' };
  return { status: 200, headers: { 'content-type': 'application/x-snappy' }, body: Buffer.from(snappy.compress(Buffer.from(JSON.stringify(a.bundle)))) };
}
