/**
 * copyImage between two real registries: a source behind Bearer token auth and a destination behind htpasswd
 * with user AWS, standing in for ECR (Basic auth with the password from GetAuthorizationToken).
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, resolveDigest } from '../../src/oci/client.js';
import { copyImage, type CopyOptions } from '../../src/oci/copy.js';
import {
  AMD64, ARM64, buildAndPush, pushBlob, sha256, skopeoRawManifest, startRegistry, startTokenServer,
  type BuiltImage, type TestRegistry, type TokenServer
} from '../helpers/registry.js';

const SOURCE_PASSWORD = 'alice-Source-pw:1';
const ECR_PASSWORD = 'eyJwYXlsb2FkIjoiRUNSLXRva2VuIn0=Secret';
const WRONG = 'eyJ-wrong-ECR-token';
const alice = { username: 'alice', password: SOURCE_PASSWORD };
const aws = { username: 'AWS', password: ECR_PASSWORD };
// gzip data, as the media type says (skopeo would compress anything else while pushing).
const SMALL = gzipSync(randomBytes(100 * 1024));
const BIG = gzipSync(randomBytes(5 * 1024 * 1024));
const SMALL_DIGEST = sha256(SMALL);
const BIG_DIGEST = sha256(BIG);

let tokens: TokenServer;
let source: TestRegistry;
let dest: TestRegistry;
let multi: BuiltImage;
let single: BuiltImage;

beforeAll(async () => {
  tokens = await startTokenServer({ users: { alice: SOURCE_PASSWORD } });
  [source, dest] = await Promise.all([startRegistry({ token: tokens }), startRegistry({ htpasswd: { AWS: ECR_PASSWORD } })]);
  const creds = `alice:${SOURCE_PASSWORD}`;
  multi = await buildAndPush(source.host, 'org/model', 'multi', [AMD64, ARM64], { creds, extraLayers: [SMALL, BIG] });
  single = await buildAndPush(source.host, 'org/model', 'single', [AMD64], { creds, extraLayers: [SMALL, BIG] });
  await buildAndPush(source.host, 'org/docker', 'v2', [AMD64, ARM64], { creds, format: 'v2s2' });
});

afterAll(async () => {
  await Promise.all([source?.stop(), dest?.stop()]);
  await tokens?.stop();
});

beforeEach(async () => {
  clearTokenCache();
  tokens.requests.length = 0;
  await Promise.all([source.clearRequests(), dest.clearRequests()]);
});

interface Call {
  method: string;
  url: URL;
  streamed: boolean;
  duplex?: string;
  contentLength?: string;
  /** For blob upload PUTs: how many bytes of that blob had been read from the source when the PUT started. */
  sourceBytesRead?: number;
}

/** A fetchImpl that records calls and counts (and may replace) the bytes of source blob GET bodies. */
function spyFetch(replaceBody?: (digest: string, body: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>) {
  const calls: Call[] = [];
  const read = new Map<string, number>();
  const impl: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const digestParam = url.searchParams.get('digest');
    calls.push({
      method,
      url,
      streamed: init.body instanceof ReadableStream,
      duplex: (init as { duplex?: string }).duplex,
      contentLength: new Headers(init.headers).get('content-length') ?? undefined,
      ...(digestParam ? { sourceBytesRead: read.get(digestParam) ?? -1 } : {})
    });
    const res = await fetch(input, init);
    const blob = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname)?.[1];
    if (method !== 'GET' || !blob || !res.body || res.status !== 200) return res;
    read.set(blob, 0);
    const counted = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read.set(blob, read.get(blob)! + chunk.byteLength);
          controller.enqueue(chunk);
        }
      })
    );
    return new Response(replaceBody ? replaceBody(blob, counted) : counted, { status: res.status, headers: res.headers });
  };
  return { impl, calls, read };
}

function recorder(extra: Partial<CopyOptions> = {}) {
  const info: string[] = [];
  const warnings: string[] = [];
  const sleeps: number[] = [];
  const opts: CopyOptions = {
    sourceCredentials: alice,
    destCredentials: aws,
    sleep: async (ms) => void sleeps.push(ms),
    log: { info: (m) => info.push(m), warning: (m) => warnings.push(m) },
    ...extra
  };
  return { info, warnings, sleeps, opts };
}

const uploads = async (registry: TestRegistry) =>
  (await registry.requests()).filter((r) => /\/blobs\/uploads\//.test(r.path) || ['POST', 'PATCH'].includes(r.method));

function expectNoSecrets(texts: string[]): void {
  for (const text of texts) {
    for (const secret of [ECR_PASSWORD, WRONG, SOURCE_PASSWORD, Buffer.from(`AWS:${ECR_PASSWORD}`).toString('base64')]) {
      expect(text).not.toContain(secret);
    }
  }
}

const sizeOf = (image: BuiltImage) => image.blobs.reduce((sum, b) => sum + b.size, 0);

test('a multi-platform image: every platform, config and layer, the same digest and bytes, blobs streamed', async () => {
  const spy = spyFetch();
  const { info, warnings, opts } = recorder({ fetchImpl: spy.impl });
  const result = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'multi' },
    { registry: dest.host, repository: 'mirror/multi', tag: 'v1' },
    opts
  );
  // One token for the source (skopeo below asks for more); the destination is Basic auth.
  expect(tokens.requests.map((r) => r.scopes)).toEqual([['repository:org/model:pull']]);
  expect(multi.blobs).toHaveLength(6); // 2 configs, 2 own layers, the shared small and big layers
  expect(result).toEqual({
    digest: multi.digest,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    copiedBlobs: 6,
    skippedBlobs: 0,
    copiedBytes: sizeOf(multi),
    manifests: 3
  });
  const raw = await skopeoRawManifest(dest.host, 'mirror/multi', 'v1', `AWS:${ECR_PASSWORD}`);
  expect(raw.equals(await skopeoRawManifest(source.host, 'org/model', 'multi', `alice:${SOURCE_PASSWORD}`))).toBe(true);
  expect(sha256(raw)).toBe(multi.digest);
  const resolved = await resolveDigest({ registry: dest.host, repository: 'mirror/multi', tag: 'v1' }, { credentials: aws, platform: 'linux/arm64' });
  expect(resolved.digest).toBe(multi.digest);
  expect(resolved.platformDigest).toBe(multi.platforms['linux/arm64/v8']);

  // Children by digest, then the index by digest, then by tag.
  const puts = (await dest.requests()).filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
  expect(puts.map((r) => `${r.path.replace('/v2/mirror/multi/manifests/', '')} ${r.status}`)).toEqual([
    `${multi.platforms['linux/amd64']} 201`,
    `${multi.platforms['linux/arm64/v8']} 201`,
    `${multi.digest} 201`,
    'v1 201'
  ]);

  // Each blob once (the shared layers too): GET from the source streamed into the PUT.
  const blobPuts = spy.calls.filter((c) => c.method === 'PUT' && c.url.searchParams.has('digest'));
  expect(blobPuts.map((c) => c.url.searchParams.get('digest')).sort()).toEqual(multi.blobs.map((b) => b.digest).sort());
  for (const put of blobPuts) {
    const blob = multi.blobs.find((b) => b.digest === put.url.searchParams.get('digest'))!;
    expect(put).toMatchObject({ streamed: true, duplex: 'half', contentLength: String(blob.size) });
  }
  const big = blobPuts.find((c) => c.url.searchParams.get('digest') === BIG_DIGEST)!;
  // The upload started before the source had sent the layer: it was not read into memory first.
  expect(big.sourceBytesRead).toBeGreaterThanOrEqual(0);
  expect(big.sourceBytesRead).toBeLessThan(BIG.length / 4);
  expect(spy.read.get(BIG_DIGEST)).toBe(BIG.length);

  expect(info).toContain(`Copied blob ${BIG_DIGEST} (5.0 MB).`);
  expect(info).toContain(`Copied blob ${SMALL_DIGEST} (${(SMALL.length / 1024).toFixed(1)} KB).`);
  expect(info.at(-1)).toBe(
    `Copied ${source.host}/org/model:multi to ${dest.host}/mirror/multi:v1 (${multi.digest}): 3 manifests, 6 blobs (${(sizeOf(multi) / 1024 ** 2).toFixed(1)} MB) uploaded, 0 skipped.`
  );
  expect(warnings).toEqual([]);
  expectNoSecrets([...info, ...warnings]);
});

test('a second copy uploads nothing; a new tag for the same image is one manifest PUT', async () => {
  const src = { registry: source.host, repository: 'org/model', reference: 'multi' };
  await copyImage(src, { registry: dest.host, repository: 'mirror/again', tag: 'v1' }, recorder().opts);
  await dest.clearRequests();
  const { info, opts } = recorder();
  const again = await copyImage(src, { registry: dest.host, repository: 'mirror/again', tag: 'v1' }, opts);
  expect(again).toEqual({ digest: multi.digest, mediaType: 'application/vnd.oci.image.index.v1+json', copiedBlobs: 0, skippedBlobs: 0, copiedBytes: 0, manifests: 0 });
  expect((await dest.requests()).filter((r) => r.status !== 401).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    `HEAD /v2/mirror/again/manifests/${multi.digest} 200`,
    'HEAD /v2/mirror/again/manifests/v1 200',
    'HEAD /v2/mirror/again/manifests/v1 200'
  ]);
  expect(info[0]).toBe(`${dest.host}/mirror/again@${multi.digest} is already there: nothing to copy.`);

  await dest.clearRequests();
  const retag = await copyImage(src, { registry: dest.host, repository: 'mirror/again', tag: 'v2' }, recorder().opts);
  expect(retag).toMatchObject({ digest: multi.digest, copiedBlobs: 0, manifests: 0 });
  expect(await uploads(dest)).toEqual([]);
  expect((await dest.requests()).filter((r) => r.method === 'PUT').map((r) => `${r.path} ${r.status}`)).toEqual(['/v2/mirror/again/manifests/v2 201']);
  expect((await resolveDigest({ registry: dest.host, repository: 'mirror/again', tag: 'v2' }, { credentials: aws })).digest).toBe(multi.digest);
});

test('a single-platform image by tag', async () => {
  const result = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'single' },
    { registry: dest.host, repository: 'mirror/single', tag: 'prod' },
    recorder().opts
  );
  expect(result).toEqual({
    digest: single.digest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    copiedBlobs: 4,
    skippedBlobs: 0,
    copiedBytes: sizeOf(single),
    manifests: 1
  });
  const raw = await skopeoRawManifest(dest.host, 'mirror/single', 'prod', `AWS:${ECR_PASSWORD}`);
  expect(sha256(raw)).toBe(single.digest);
  expect((await resolveDigest({ registry: dest.host, repository: 'mirror/single', tag: 'prod' }, { credentials: aws })).digest).toBe(single.digest);
});

test('a partially present destination: the pre-pushed layer is skipped, the rest copied (source named by digest)', async () => {
  await pushBlob(dest.host, 'mirror/partial', BIG, `AWS:${ECR_PASSWORD}`);
  await dest.clearRequests();
  const { info, opts } = recorder();
  const result = await copyImage(
    { registry: source.host, repository: 'org/model', reference: single.digest },
    { registry: dest.host, repository: 'mirror/partial', tag: 'v1' },
    opts
  );
  expect(result).toEqual({
    digest: single.digest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    copiedBlobs: 3,
    skippedBlobs: 1,
    copiedBytes: sizeOf(single) - BIG.length,
    manifests: 1
  });
  const requests = await dest.requests();
  expect(requests).toContainEqual({ method: 'HEAD', path: `/v2/mirror/partial/blobs/${BIG_DIGEST}`, status: 200 });
  expect(requests.filter((r) => r.method === 'PUT' && r.path.includes(`digest=${encodeURIComponent(BIG_DIGEST)}`))).toEqual([]);
  expect((await uploads(dest)).filter((r) => r.method === 'PUT')).toHaveLength(3);
  expect(info).toContain(`Skipped blob ${BIG_DIGEST} (5.0 MB): already at the destination.`);
  expect((await resolveDigest({ registry: dest.host, repository: 'mirror/partial', tag: 'v1' }, { credentials: aws })).digest).toBe(single.digest);
});

test('a Docker manifest list with v2s2 manifests keeps its media types and bytes', async () => {
  const sourceRaw = await skopeoRawManifest(source.host, 'org/docker', 'v2', `alice:${SOURCE_PASSWORD}`);
  const result = await copyImage(
    { registry: source.host, repository: 'org/docker', reference: 'v2' },
    { registry: dest.host, repository: 'mirror/docker', tag: 'v2' },
    recorder().opts
  );
  expect(result).toMatchObject({ digest: sha256(sourceRaw), mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json', manifests: 3, copiedBlobs: 4 });
  const raw = await skopeoRawManifest(dest.host, 'mirror/docker', 'v2', `AWS:${ECR_PASSWORD}`);
  expect(raw.equals(sourceRaw)).toBe(true);
  const child = (JSON.parse(raw.toString()) as { manifests: { digest: string }[] }).manifests[0]!.digest;
  const res = await fetch(`http://${dest.host}/v2/mirror/docker/manifests/${child}`, {
    headers: { Authorization: `Basic ${Buffer.from(`AWS:${ECR_PASSWORD}`).toString('base64')}`, Accept: 'application/vnd.docker.distribution.manifest.v2+json' }
  });
  expect(res.headers.get('content-type')).toBe('application/vnd.docker.distribution.manifest.v2+json');
  expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(child);
});

test('a wrong destination password is a clear error without the password, and nothing is uploaded', async () => {
  const { info, warnings, opts } = recorder({ destCredentials: { username: 'AWS', password: WRONG } });
  const err = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'single' },
    { registry: dest.host, repository: 'mirror/denied', tag: 'v1' },
    opts
  ).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toBe(
    `Registry ${dest.host} (repository mirror/denied) rejected the credentials (HTTP 401): check the username and password for pushing.`
  );
  expectNoSecrets([(err as Error).message, (err as Error).stack ?? '', ...info, ...warnings]);
  expect((await dest.requests()).map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 401', 'HEAD 401']);
});

test('a blob whose bytes do not match its digest is refused and not stored', async () => {
  const spy = spyFetch((digest, body) =>
    digest !== SMALL_DIGEST
      ? body
      : body.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              const copy = new Uint8Array(chunk);
              copy[0] = copy[0]! ^ 0xff;
              controller.enqueue(copy);
            }
          })
        )
  );
  const err = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'single' },
    { registry: dest.host, repository: 'mirror/corrupt', tag: 'v1' },
    recorder({ fetchImpl: spy.impl, concurrency: 1 }).opts
  ).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toMatch(
    new RegExp(`^Registry ${source.host} \\(repository org/model\\) sent blob ${SMALL_DIGEST} whose sha256 is sha256:[0-9a-f]{64}; nothing was stored\\.$`)
  );
  expect((err as Error).message).not.toContain(`whose sha256 is ${SMALL_DIGEST}`);
  const head = await fetch(`http://${dest.host}/v2/mirror/corrupt/blobs/${SMALL_DIGEST}`, {
    method: 'HEAD',
    headers: { Authorization: `Basic ${Buffer.from(`AWS:${ECR_PASSWORD}`).toString('base64')}` }
  });
  expect(head.status).toBe(404);
});

test('a source connection dropped in the middle of a layer: the blob is copied again from the start', async () => {
  let dropped = 0;
  const spy = spyFetch((digest, body) => {
    if (digest !== BIG_DIGEST || dropped++ > 0) return body;
    const reader = body.getReader();
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent > 0) return void (await reader.cancel(), controller.error(new Error('connection reset by the test')));
        const { value } = await reader.read();
        sent += value!.byteLength;
        controller.enqueue(value!);
      }
    });
  });
  const { warnings, sleeps, opts } = recorder({ fetchImpl: spy.impl });
  const result = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'single' },
    { registry: dest.host, repository: 'mirror/retry', tag: 'v1' },
    opts
  );
  expect(result).toMatchObject({ digest: single.digest, copiedBlobs: 4, copiedBytes: sizeOf(single) });
  expect(dropped).toBe(2);
  expect(sleeps).toEqual([1000]);
  expect(warnings).toEqual([
    `Copying blob ${BIG_DIGEST} failed (Sending data to registry ${dest.host} for mirror/retry failed (connection reset by the test).); retrying in 1 s (attempt 2 of 4).`
  ]);
  expect((await resolveDigest({ registry: dest.host, repository: 'mirror/retry', tag: 'v1' }, { credentials: aws })).digest).toBe(single.digest);
});

test('within one registry, blobs are mounted from the source repository with a pull,push token', async () => {
  const result = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'single' },
    { registry: source.host, repository: 'mirror/model', tag: 'v1' },
    recorder({ destCredentials: alice }).opts
  );
  expect(result).toEqual({
    digest: single.digest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    copiedBlobs: 0,
    skippedBlobs: 4,
    copiedBytes: 0,
    manifests: 1
  });
  expect(tokens.requests.map((r) => r.scopes)).toEqual([
    ['repository:org/model:pull'],
    ['repository:mirror/model:pull,push', 'repository:org/model:pull']
  ]);
  const mounts = (await source.requests()).filter((r) => r.method === 'POST');
  expect(mounts.map((r) => r.status)).toEqual([201, 201, 201, 201]);
  expect(mounts.every((r) => r.path.includes('?mount=sha256') && r.path.endsWith('&from=org%2Fmodel'))).toBe(true);
  expect((await resolveDigest({ registry: source.host, repository: 'mirror/model', tag: 'v1' }, { credentials: alice })).digest).toBe(single.digest);
});

test('a source tag that does not exist is named in the error', async () => {
  const err = await copyImage(
    { registry: source.host, repository: 'org/model', reference: 'nope' },
    { registry: dest.host, repository: 'mirror/none', tag: 'v1' },
    recorder().opts
  ).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toBe(`Registry ${source.host} (repository org/model) has no manifest nope (HTTP 404, MANIFEST_UNKNOWN).`);
  expect(await uploads(dest)).toEqual([]);
});

test('the tag is checked at the end: a destination answering another digest for it is an error', async () => {
  const other = `sha256:${'0'.repeat(64)}`;
  const lying: typeof fetch = async (input, init = {}) => {
    const res = await fetch(input, init);
    if (init.method !== 'HEAD' || !String(input).endsWith('/mirror/lying/manifests/v1') || res.status !== 200) return res;
    const headers = new Headers(res.headers);
    headers.set('docker-content-digest', other);
    return new Response(null, { status: 200, headers });
  };
  const sourceDigest = (await resolveDigest({ registry: source.host, repository: 'org/docker', tag: 'v2' }, { credentials: alice })).digest;
  const err = await copyImage(
    { registry: source.host, repository: 'org/docker', reference: 'v2' },
    { registry: dest.host, repository: 'mirror/lying', tag: 'v1' },
    recorder({ fetchImpl: lying }).opts
  ).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toBe(
    `Registry ${dest.host} (repository mirror/lying) has ${other} at v1 after the copy, not the source digest ${sourceDigest}.`
  );
});
