/**
 * resolveDigest against a scripted registry (no network): which digest is reported for which platform, which
 * answers are refused (digests that do not verify, unsupported digests), and what a 404 tells the user (unknown
 * repository, unknown tag with the tags there are, unknown digest). Complements resolve.test.ts (real registry).
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, resolveDigest, type ResolveOptions } from '../../src/oci/client.js';
import { checkManifest, MAX_INDEX_ENTRIES, mediaTypeOf } from '../../src/oci/manifest.js';

const HOST = 'registry.example.com';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const d = (c: string) => `sha256:${c.repeat(64)}`;

type Route = { status: number; body?: string; headers?: Record<string, string> };

/** A registry answering GET/HEAD by path; every request is recorded as "METHOD path". */
function registry(routes: Record<string, Route | ((method: string) => Route)>) {
  const seen: string[] = [];
  const fetchImpl = (async (input: string | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    seen.push(`${method} ${url.pathname}${url.search}`);
    const entry = routes[`${url.pathname}${url.search}`];
    const route = typeof entry === 'function' ? entry(method) : (entry ?? { status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}' });
    return new Response(method === 'HEAD' ? null : (route.body ?? null), { status: route.status, headers: route.headers ?? {} });
  }) as typeof fetch;
  return { seen, opts: { fetchImpl, retries: 0, sleep: async () => undefined, log: { info: () => undefined, warning: () => undefined } } as ResolveOptions };
}

const manifest = (text: string, type = OCI_MANIFEST, digest: string | undefined = sha256(text)): Route => ({
  status: 200,
  body: text,
  headers: { 'content-type': type, ...(digest ? { 'docker-content-digest': digest } : {}) }
});

function index(entries: { digest: string; platform?: Record<string, unknown> }[]): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries.map((e) => ({ mediaType: OCI_MANIFEST, size: 1, ...e })) });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    return (err as Error).message;
  }
  throw new Error('expected a rejection');
}

const ref = (extra: { tag?: string; digest?: string } = { tag: 'v1' }) => ({ registry: HOST, repository: 'org/model', ...extra });
const WHERE = `Registry ${HOST} (repository org/model)`;

afterEach(() => clearTokenCache());

describe('platforms in a multi-platform index', () => {
  const amd = d('a');
  const arm = d('b');
  const armv7 = d('c');
  const attestation = d('e');
  const idx = index([
    { digest: amd, platform: { os: 'linux', architecture: 'amd64' } },
    { digest: attestation, platform: { os: 'unknown', architecture: 'unknown' } },
    { digest: armv7, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
    { digest: arm, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    { digest: d('f'), platform: { os: 'linux; rm -rf', architecture: 'amd64' } },
    { digest: d('9') }
  ]);
  const routes = { '/v2/org/model/manifests/v1': manifest(idx, OCI_INDEX), [`/v2/org/model/manifests/${sha256(idx)}`]: manifest(idx, OCI_INDEX) };

  test.each([
    ['linux/amd64', amd],
    ['linux/arm64', arm],
    ['linux/arm64/v8', arm],
    [' Linux/ARM64 ', arm],
    ['linux/arm/v7', armv7],
    ['linux/arm', armv7]
  ])('%s resolves to its own manifest; the index digest stays the digest', async (platform, expected) => {
    const { opts } = registry(routes);
    const result = await resolveDigest(ref(), { ...opts, platform });
    expect(result).toEqual({ digest: sha256(idx), mediaType: OCI_INDEX, platformDigest: expected, platforms: ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8'] });
  });

  test('a platform that is not there lists the image platforms (attestations and odd names left out)', async () => {
    const { opts } = registry(routes);
    expect(await failure(resolveDigest(ref(), { ...opts, platform: 'linux/arm64/v9' }))).toBe(
      `${WHERE} has no linux/arm64/v9 image in its multi-platform index ${sha256(idx)} (platforms: linux/amd64, linux/arm/v7, linux/arm64/v8).`
    );
  });

  test('an arm64 entry without a variant is arm64/v8; an index without image platforms says none', async () => {
    const plain = index([{ digest: arm, platform: { os: 'linux', architecture: 'arm64' } }]);
    const r = { '/v2/org/model/manifests/v1': manifest(plain, OCI_INDEX), [`/v2/org/model/manifests/${sha256(plain)}`]: manifest(plain, OCI_INDEX) };
    expect((await resolveDigest(ref(), { ...registry(r).opts, platform: 'linux/arm64/v8' })).platformDigest).toBe(arm);
    expect(await failure(resolveDigest(ref(), { ...registry(r).opts, platform: 'linux/arm64/v7' }))).toContain('(platforms: linux/arm64).');
    const amdOnly = index([{ digest: amd, platform: { os: 'linux', architecture: 'amd64' } }]);
    const a = { '/v2/org/model/manifests/v1': manifest(amdOnly, OCI_INDEX), [`/v2/org/model/manifests/${sha256(amdOnly)}`]: manifest(amdOnly, OCI_INDEX) };
    expect(await failure(resolveDigest(ref(), { ...registry(a).opts, platform: 'linux/amd64/v8' }))).toContain('has no linux/amd64/v8 image');
    const none = index([{ digest: attestation, platform: { os: 'unknown', architecture: 'unknown' } }]);
    const n = { '/v2/org/model/manifests/v1': manifest(none, OCI_INDEX), [`/v2/org/model/manifests/${sha256(none)}`]: manifest(none, OCI_INDEX) };
    expect(await failure(resolveDigest(ref(), { ...registry(n).opts, platform: 'linux/amd64' }))).toBe(
      `${WHERE} has no linux/amd64 image in its multi-platform index ${sha256(none)} (platforms: none).`
    );
  });

  test('without a platform the index is not read at all', async () => {
    const { opts, seen } = registry(routes);
    expect(await resolveDigest(ref(), opts)).toEqual({ digest: sha256(idx), mediaType: OCI_INDEX });
    expect(seen).toEqual(['HEAD /v2/org/model/manifests/v1']);
  });

  test('a single-platform image needs no index: the platform is not checked', async () => {
    const one = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] });
    const { opts } = registry({ '/v2/org/model/manifests/v1': manifest(one) });
    expect(await resolveDigest(ref(), { ...opts, platform: 'linux/arm64' })).toEqual({ digest: sha256(one), mediaType: OCI_MANIFEST });
  });

  test('an index that is not JSON, has no manifests list, or too many entries is refused', async () => {
    const bad = async (text: string) => {
      const { opts } = registry({ '/v2/org/model/manifests/v1': manifest(text, OCI_INDEX), [`/v2/org/model/manifests/${sha256(text)}`]: manifest(text, OCI_INDEX) });
      return failure(resolveDigest(ref(), { ...opts, platform: 'linux/amd64' }));
    };
    expect(await bad('{not json')).toBe(`${WHERE} returned a multi-platform index that is not JSON.`);
    expect(await bad('{"manifests":{}}')).toBe(`${WHERE} returned a multi-platform index without a manifests list.`);
    const many = index(Array.from({ length: MAX_INDEX_ENTRIES + 1 }, () => ({ digest: amd, platform: { os: 'linux', architecture: 'amd64' } })));
    expect(await bad(many)).toBe(`${WHERE} returned a multi-platform index with ${MAX_INDEX_ENTRIES + 1} entries (at most ${MAX_INDEX_ENTRIES} are read).`);
    const most = index(Array.from({ length: MAX_INDEX_ENTRIES }, () => ({ digest: amd, platform: { os: 'linux', architecture: 'amd64' } })));
    const { opts } = registry({ '/v2/org/model/manifests/v1': manifest(most, OCI_INDEX), [`/v2/org/model/manifests/${sha256(most)}`]: manifest(most, OCI_INDEX) });
    expect((await resolveDigest(ref(), { ...opts, platform: 'linux/amd64' })).platformDigest).toBe(amd);
  });

  test('an index the registry announces but cannot serve by its digest is an error', async () => {
    const { opts } = registry({ '/v2/org/model/manifests/v1': manifest(idx, OCI_INDEX) });
    expect(await failure(resolveDigest(ref(), { ...opts, platform: 'linux/amd64' }))).toBe(
      `${WHERE} announced the index ${sha256(idx)} but has no manifest with that digest (HTTP 404).`
    );
  });
});

describe('digests are verified, not trusted', () => {
  const text = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] });

  test('a malformed digest in the reference is refused before any request', async () => {
    const { opts, seen } = registry({});
    expect(await failure(resolveDigest(ref({ digest: 'sha256:ABC' }), opts))).toBe(
      `The digest of ${HOST}/org/model is not sha256:<64 lowercase hex characters>: "sha256:ABC".`
    );
    expect(seen).toEqual([]);
  });

  test('a digest reference is checked against what the registry answers', async () => {
    const { opts } = registry({ [`/v2/org/model/manifests/${d('a')}`]: manifest(text) });
    expect(await failure(resolveDigest(ref({ digest: d('a') }), opts))).toBe(`${WHERE} returned a manifest with digest ${sha256(text)}, not the requested ${d('a')}.`);
    const good = registry({ [`/v2/org/model/manifests/${sha256(text)}`]: manifest(text) });
    expect(await resolveDigest(ref({ digest: sha256(text) }), good.opts)).toEqual({ digest: sha256(text), mediaType: OCI_MANIFEST });
  });

  test('a digest header that is not sha256 is refused', async () => {
    const { opts } = registry({ '/v2/org/model/manifests/v1': manifest(text, OCI_MANIFEST, `sha512:${'a'.repeat(128)}`) });
    expect(await failure(resolveDigest(ref(), opts))).toBe(`${WHERE} answered with an unsupported digest "sha512:${'a'.repeat(80 - 7)}": expected sha256:<64 hex>.`);
  });

  test('without a digest header, the digest is the sha256 of the bytes and the media type comes from them', async () => {
    const { opts, seen } = registry({ '/v2/org/model/manifests/v1': { status: 200, body: text, headers: { 'content-type': 'application/json; charset=utf-8' } } });
    expect(await resolveDigest(ref(), opts)).toEqual({ digest: sha256(text), mediaType: OCI_MANIFEST });
    expect(seen).toEqual(['HEAD /v2/org/model/manifests/v1', 'GET /v2/org/model/manifests/v1']);
  });

  test('bytes without a media type anywhere are "unknown"', async () => {
    const { opts } = registry({ '/v2/org/model/manifests/v1': { status: 200, body: '{"schemaVersion":2}', headers: {} } });
    expect((await resolveDigest(ref(), opts)).mediaType).toBe('unknown');
  });

  test('checkManifest: the header must match the bytes, and so must a digest reference', () => {
    expect(checkManifest(Buffer.from(text), undefined, 'v1', 'R')).toBe(sha256(text));
    expect(checkManifest(Buffer.from(text), 'not-a-digest', 'v1', 'R')).toBe(sha256(text));
    expect(() => checkManifest(Buffer.from(text), d('a'), 'v1', 'R')).toThrow(`R sent a manifest whose sha256 is ${sha256(text)} but said its digest is ${d('a')}.`);
    expect(() => checkManifest(Buffer.from(text), undefined, d('a'), 'R')).toThrow(`R returned a manifest with digest ${sha256(text)}, not the requested ${d('a')}.`);
  });

  test('mediaTypeOf ignores generic content types and parameters', () => {
    expect(mediaTypeOf(`${OCI_INDEX}; charset=utf-8`)).toBe(OCI_INDEX);
    for (const generic of ['application/json', 'text/plain', 'application/octet-stream', '', null, undefined]) expect(mediaTypeOf(generic)).toBeUndefined();
  });
});

describe('what a 404 tells the user', () => {
  const notFound = (code: string): Route => ({ status: 404, body: JSON.stringify({ errors: [{ code }, { code: 7 }] }) });

  test('an unknown repository (NAME_UNKNOWN) is said so, without asking for tags', async () => {
    const { opts, seen } = registry({ '/v2/org/model/manifests/v1': notFound('NAME_UNKNOWN') });
    expect(await failure(resolveDigest(ref(), opts))).toBe(`${WHERE} has no ${HOST}/org/model:v1 (HTTP 404): the repository does not exist.`);
    expect(seen).toEqual(['HEAD /v2/org/model/manifests/v1', 'GET /v2/org/model/manifests/v1']);
  });

  test('an unknown tag lists the tags there are (valid names only, at most 10)', async () => {
    const tags = ['bad tag', ...Array.from({ length: 11 }, (_, i) => `v${i}`), 7];
    const { opts } = registry({ '/v2/org/model/tags/list?n=100': { status: 200, body: JSON.stringify({ tags }) } });
    expect(await failure(resolveDigest(ref({ tag: 'v99' }), opts))).toBe(
      `${WHERE} has no ${HOST}/org/model:v99 (HTTP 404): the repository has no tag v99 (tags: v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, …).`
    );
  });

  test('a repository without tags says none; no tag asked means latest', async () => {
    const { opts, seen } = registry({ '/v2/org/model/tags/list?n=100': { status: 200, body: '{"tags":null}' } });
    expect(await failure(resolveDigest(ref({}), opts))).toBe(`${WHERE} has no ${HOST}/org/model:latest (HTTP 404): the repository has no tag latest (tags: none).`);
    expect(seen[0]).toBe('HEAD /v2/org/model/manifests/latest');
  });

  test('no tag asked and no tag list: the repository has no tag latest', async () => {
    const { opts } = registry({ '/v2/org/model/tags/list?n=100': { status: 403 } });
    expect(await failure(resolveDigest(ref({}), opts))).toBe(`${WHERE} has no ${HOST}/org/model:latest (HTTP 404): the repository has no tag latest.`);
  });

  test('a tag list that says NAME_UNKNOWN means the repository does not exist', async () => {
    const { opts } = registry({ '/v2/org/model/tags/list?n=100': notFound('NAME_UNKNOWN') });
    expect(await failure(resolveDigest(ref(), opts))).toBe(`${WHERE} has no ${HOST}/org/model:v1 (HTTP 404): the repository does not exist.`);
  });

  test('a tag list the registry does not give leaves the manifest answer', async () => {
    for (const tagList of [{ status: 403 }, { status: 200, body: 'not json' }, notFound('UNSUPPORTED')]) {
      const { opts } = registry({ '/v2/org/model/tags/list?n=100': tagList });
      expect(await failure(resolveDigest(ref(), opts))).toBe(`${WHERE} has no ${HOST}/org/model:v1 (HTTP 404): the repository has no tag v1.`);
    }
    const { opts } = registry({ '/v2/org/model/manifests/v1': { status: 404, body: '' }, '/v2/org/model/tags/list?n=100': { status: 500 } });
    expect(await failure(resolveDigest(ref(), opts))).toBe(`${WHERE} has no ${HOST}/org/model:v1 (HTTP 404): unknown repository, tag or digest.`);
  });

  test('an unknown digest names the manifest, and no tags are asked for', async () => {
    const { opts, seen } = registry({});
    expect(await failure(resolveDigest(ref({ digest: d('a') }), opts))).toBe(
      `${WHERE} has no ${HOST}/org/model@${d('a')} (HTTP 404): the repository has no manifest ${d('a')}.`
    );
    expect(seen.some((s) => s.includes('tags/list'))).toBe(false);
  });

  test('other statuses name the status and the registry error codes', async () => {
    const { opts } = registry({ '/v2/org/model/manifests/v1': (method) => (method === 'HEAD' ? { status: 404 } : { status: 400, body: '{"errors":[{"code":"TAG_INVALID"},{"code":"DENIED"}]}' }) });
    expect(await failure(resolveDigest(ref(), opts))).toBe(`${WHERE} answered HTTP 400 (TAG_INVALID, DENIED) for ${HOST}/org/model:v1.`);
    const get = registry({ '/v2/org/model/manifests/v1': (method) => (method === 'HEAD' ? { status: 404 } : { status: 500, body: 'oops' }) });
    expect(await failure(resolveDigest(ref(), get.opts))).toBe(`${WHERE} answered HTTP 500 for ${HOST}/org/model:v1 after 1 attempt.`);
  });
});
