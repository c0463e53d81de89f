/** resolveDigest against a real, anonymous docker-registry (distribution 2.8) on 127.0.0.1. */
import { ActionError } from '../../src/errors.js';
import { resolveDigest, type ResolveOptions } from '../../src/oci/client.js';
import {
  AMD64, ARM64, buildAndPush, freePort, sha256, skopeoRawManifest, startRegistry, type BuiltImage, type TestRegistry
} from '../helpers/registry.js';
import { rejection as rejectionOf } from '../helpers/errors.js';

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, ActionError);

let registry: TestRegistry;
let single: BuiltImage;
let multi: BuiltImage;
let dockerList: BuiltImage;
let host: string;

beforeAll(async () => {
  registry = await startRegistry();
  host = registry.host;
  [single, multi] = await Promise.all([
    buildAndPush(host, 'org/model', 'single', [AMD64]),
    buildAndPush(host, 'org/model', 'multi', [AMD64, ARM64])
  ]);
  dockerList = await buildAndPush(host, 'org/docker', 'v2', [AMD64, ARM64], { format: 'v2s2' });
});

afterAll(async () => {
  await registry?.stop();
});

beforeEach(async () => {
  await registry.clearRequests();
});

const opts = (extra: Partial<ResolveOptions> = {}): ResolveOptions => ({ sleep: async () => {}, ...extra });

test('a single-platform tag resolves with one HEAD to the digest skopeo sees', async () => {
  const raw = await skopeoRawManifest(host, 'org/model', 'single');
  await registry.clearRequests();
  const info: string[] = [];
  const result = await resolveDigest(
    { registry: host, repository: 'org/model', tag: 'single' },
    opts({ log: { info: (m) => info.push(m), warning: (m) => info.push(`warning: ${m}`) } })
  );
  expect(result).toEqual({ digest: single.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  expect(result.digest).toBe(sha256(raw));
  expect(await registry.requests()).toEqual([{ method: 'HEAD', path: '/v2/org/model/manifests/single', status: 200 }]);
  expect(info).toEqual([`Resolved ${host}/org/model:single to ${single.digest}.`]);
});

test('a multi-platform tag resolves to the index digest, without reading the index when no platform is asked', async () => {
  const raw = await skopeoRawManifest(host, 'org/model', 'multi');
  await registry.clearRequests();
  const result = await resolveDigest({ registry: host, repository: 'org/model', tag: 'multi' }, opts());
  expect(result).toEqual({ digest: multi.digest, mediaType: 'application/vnd.oci.image.index.v1+json' });
  expect(result.digest).toBe(sha256(raw));
  expect(await registry.requests()).toEqual([{ method: 'HEAD', path: '/v2/org/model/manifests/multi', status: 200 }]);
});

test('the platform digest for linux/arm64 comes from the index, read by its digest', async () => {
  const result = await resolveDigest({ registry: host, repository: 'org/model', tag: 'multi' }, opts({ platform: 'linux/arm64' }));
  expect(result).toEqual({
    digest: multi.digest,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    platformDigest: multi.platforms['linux/arm64/v8'],
    platforms: ['linux/amd64', 'linux/arm64/v8']
  });
  expect(result.platformDigest).not.toBe(multi.platforms['linux/amd64']);
  expect(await registry.requests()).toEqual([
    { method: 'HEAD', path: '/v2/org/model/manifests/multi', status: 200 },
    { method: 'GET', path: `/v2/org/model/manifests/${multi.digest}`, status: 200 }
  ]);
});

test('linux/amd64 and linux/arm64/v8 pick their own manifests', async () => {
  const ref = { registry: host, repository: 'org/model', tag: 'multi' };
  expect((await resolveDigest(ref, opts({ platform: 'linux/amd64' }))).platformDigest).toBe(multi.platforms['linux/amd64']);
  expect((await resolveDigest(ref, opts({ platform: 'linux/arm64/v8' }))).platformDigest).toBe(multi.platforms['linux/arm64/v8']);
});

test('a platform missing from the index is an error listing the platforms there are', async () => {
  const err = await rejection(
    resolveDigest({ registry: host, repository: 'org/model', tag: 'multi' }, opts({ platform: 'linux/s390x' }))
  );
  expect(err.message).toBe(
    `Registry ${host} (repository org/model) has no linux/s390x image in its multi-platform index ${multi.digest} (platforms: linux/amd64, linux/arm64/v8).`
  );
});

test('a Docker manifest list (skopeo --format v2s2) resolves the same way', async () => {
  const raw = await skopeoRawManifest(host, 'org/docker', 'v2');
  expect(JSON.parse(raw.toString()).mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
  const result = await resolveDigest({ registry: host, repository: 'org/docker', tag: 'v2' }, opts({ platform: 'linux/arm64' }));
  const index = JSON.parse(raw.toString()) as { manifests: { digest: string; platform: { architecture: string } }[] };
  expect(result).toEqual({
    digest: sha256(raw),
    mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
    platformDigest: index.manifests.find((m) => m.platform.architecture === 'arm64')!.digest,
    platforms: ['linux/amd64', 'linux/arm64/v8']
  });
  // The conversion rewrote the manifests, so the digests differ from the OCI originals.
  expect(result.digest).not.toBe(dockerList.digest);
});

test('a digest in the reference is checked with the registry, not trusted', async () => {
  const result = await resolveDigest({ registry: host, repository: 'org/model', digest: single.digest }, opts());
  expect(result).toEqual({ digest: single.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  expect(await registry.requests()).toEqual([{ method: 'HEAD', path: `/v2/org/model/manifests/${single.digest}`, status: 200 }]);
});

test('a digest the registry does not have is an error', async () => {
  const wrong = `sha256:${'0'.repeat(64)}`;
  const err = await rejection(resolveDigest({ registry: host, repository: 'org/model', tag: 'single', digest: wrong }, opts()));
  expect(err.message).toBe(
    `Registry ${host} (repository org/model) has no ${host}/org/model:single@${wrong} (HTTP 404): the repository has no manifest ${wrong}.`
  );
});

test('a malformed digest is refused before any registry request', async () => {
  const err = await rejection(resolveDigest({ registry: host, repository: 'org/model', digest: 'sha256:abc' }, opts()));
  expect(err.message).toBe(`The digest of ${host}/org/model is not sha256:<64 lowercase hex characters>: "sha256:abc".`);
  expect(await registry.requests()).toEqual([]);
});

test('an unknown tag is a 404 naming the repository and tag', async () => {
  const err = await rejection(resolveDigest({ registry: host, repository: 'org/model', tag: 'nope' }, opts()));
  expect(err.message).toBe(`Registry ${host} (repository org/model) has no ${host}/org/model:nope (HTTP 404): the repository has no tag nope (tags: multi, single).`);
  expect((await registry.requests()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    'HEAD /v2/org/model/manifests/nope 404',
    'GET /v2/org/model/manifests/nope 404',
    'GET /v2/org/model/tags/list?n=100 200'
  ]);
});

test('an unknown repository is a 404 saying so', async () => {
  const err = await rejection(resolveDigest({ registry: host, repository: 'org/missing', tag: 'v1' }, opts()));
  expect(err.message).toBe(`Registry ${host} (repository org/missing) has no ${host}/org/missing:v1 (HTTP 404): the repository does not exist.`);
});

test('no tag means latest', async () => {
  const err = await rejection(resolveDigest({ registry: host, repository: 'org/model' }, opts()));
  expect(err.message).toBe(`Registry ${host} (repository org/model) has no ${host}/org/model:latest (HTTP 404): the repository has no tag latest (tags: multi, single).`);
});

test('an unreachable registry (closed port) is retried, then named in the error', async () => {
  const closed = `127.0.0.1:${await freePort()}`;
  const sleeps: number[] = [];
  const warnings: string[] = [];
  const err = await rejection(
    resolveDigest(
      { registry: closed, repository: 'org/model', tag: 'v1' },
      { retries: 2, sleep: async (ms) => void sleeps.push(ms), log: { info: () => {}, warning: (m) => warnings.push(m) } }
    )
  );
  expect(err.message).toBe(
    `Cannot reach registry ${closed} for org/model (ECONNREFUSED) after 3 attempts: check the host, port and network access from the runner.`
  );
  expect(sleeps).toEqual([1000, 2000]);
  expect(warnings).toEqual([
    `Request to registry ${closed} for org/model failed (ECONNREFUSED); retrying in 1 s (attempt 2 of 3).`,
    `Request to registry ${closed} for org/model failed (ECONNREFUSED); retrying in 2 s (attempt 3 of 3).`
  ]);
});

test('insecure: false forces https even on 127.0.0.1 (which this plain-http registry cannot speak); insecure: true uses http', async () => {
  const err = await rejection(
    resolveDigest({ registry: host, repository: 'org/model', tag: 'single' }, opts({ insecure: false }))
  );
  expect(err.message).toBe(
    `Cannot reach registry ${host} for org/model (TLS error ERR_SSL_WRONG_VERSION_NUMBER) after 1 attempt: check its certificate, or whether it only speaks plain http.`
  );
  const ok = await resolveDigest({ registry: host, repository: 'org/model', tag: 'single' }, opts({ insecure: true }));
  expect(ok.digest).toBe(single.digest);
});
