/**
 * resolveDigest against small fake registries (node:http on 127.0.0.1) for what a real registry will not do
 * on demand: 5xx and 429 answers, slowness, missing or lying digest headers, unusual challenges, token expiry.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, parseChallenges, resolveDigest, type ResolveOptions } from '../../src/oci/client.js';
import { closeServer, sha256 } from '../helpers/registry.js';
import { rejection as rejectionOf } from '../helpers/errors.js';

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, ActionError);

const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 2 },
  layers: []
});
const DIGEST = sha256(MANIFEST);
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  accept?: string;
}

interface Fake {
  host: string;
  seen: Seen[];
  close(): Promise<void>;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
  clearTokenCache();
});

async function fake(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<Fake> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({
      method: req.method!,
      url: req.url!,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers.accept ? { accept: req.headers.accept } : {})
    });
    handler(req, res, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return { host, seen, close: () => closeServer(server) };
}

function manifest(res: ServerResponse, req: IncomingMessage, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': OCI_MANIFEST, 'docker-content-digest': DIGEST, 'content-length': String(MANIFEST.length), ...headers });
  res.end(req.method === 'HEAD' ? undefined : MANIFEST);
}

function recorder() {
  const sleeps: number[] = [];
  const warnings: string[] = [];
  const opts: ResolveOptions = {
    sleep: async (ms) => void sleeps.push(ms),
    log: { info: () => {}, warning: (m) => warnings.push(m) }
  };
  return { sleeps, warnings, opts };
}

test('503 twice, then the manifest: retried with growing delays', async () => {
  const server = await fake((req, res, n) => {
    if (n <= 2) return res.writeHead(503).end('busy');
    manifest(res, req);
  });
  const { sleeps, warnings, opts } = recorder();
  const result = await resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, opts);
  expect(result).toEqual({ digest: DIGEST, mediaType: OCI_MANIFEST });
  expect(sleeps).toEqual([1000, 2000]);
  expect(warnings).toEqual([
    `Request to registry ${server.host} for org/model failed (HTTP 503); retrying in 1 s (attempt 2 of 4).`,
    `Request to registry ${server.host} for org/model failed (HTTP 503); retrying in 2 s (attempt 3 of 4).`
  ]);
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(Array(3).fill('HEAD /v2/org/model/manifests/v1'));
  expect(server.seen[0]!.accept).toBe(
    'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
  );
});

test('a registry that keeps failing: the error names the status, the registry and the attempts', async () => {
  const server = await fake((_req, res) => res.writeHead(502).end());
  const { sleeps, opts } = recorder();
  const err = await rejection(resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, { ...opts, retries: 3 }));
  expect(err.message).toBe(`Registry ${server.host} (repository org/model) answered HTTP 502 for ${server.host}/org/model:v1 after 4 attempts.`);
  expect(sleeps).toEqual([1000, 2000, 4000]);
  expect(server.seen).toHaveLength(4);
});

test('429 with Retry-After: the registry says how long to wait', async () => {
  const server = await fake((req, res, n) => {
    if (n === 1) return res.writeHead(429, { 'retry-after': '7' }).end();
    manifest(res, req);
  });
  const { sleeps, opts } = recorder();
  expect((await resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, opts)).digest).toBe(DIGEST);
  expect(sleeps).toEqual([7000]);
});

test('a registry that does not answer times out, and is retried', async () => {
  const server = await fake(() => {
    /* never answers */
  });
  const { sleeps, opts } = recorder();
  const err = await rejection(
    resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, { ...opts, timeoutMs: 200, retries: 1 })
  );
  expect(err.message).toBe(
    `Cannot reach registry ${server.host} for org/model (no answer within 0.2 s) after 2 attempts: check the host, port and network access from the runner.`
  );
  expect(sleeps).toEqual([1000]);
  expect(server.seen).toHaveLength(2);
});

test('HEAD without Docker-Content-Digest: GET, and the digest is the sha256 of the bytes', async () => {
  const server = await fake((req, res) => {
    if (req.method === 'HEAD') return res.writeHead(200, { 'content-type': OCI_MANIFEST }).end();
    res.writeHead(200, { 'content-type': OCI_MANIFEST }).end(MANIFEST);
  });
  const result = await resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, recorder().opts);
  expect(result).toEqual({ digest: DIGEST, mediaType: OCI_MANIFEST });
  expect(server.seen.map((s) => s.method)).toEqual(['HEAD', 'GET']);
});

test('the media type comes from the manifest when the registry sends application/json', async () => {
  const server = await fake((req, res) => {
    if (req.method === 'HEAD') return res.writeHead(200, { 'content-type': 'application/json', 'docker-content-digest': DIGEST }).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(MANIFEST);
  });
  const result = await resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, recorder().opts);
  expect(result).toEqual({ digest: DIGEST, mediaType: OCI_MANIFEST });
});

test('a GET body that does not match the Docker-Content-Digest header is refused', async () => {
  const other = `sha256:${'b'.repeat(64)}`;
  const server = await fake((req, res) => {
    if (req.method === 'HEAD') return res.writeHead(200).end();
    res.writeHead(200, { 'content-type': OCI_MANIFEST, 'docker-content-digest': other }).end(MANIFEST);
  });
  const err = await rejection(resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, recorder().opts));
  expect(err.message).toBe(
    `Registry ${server.host} (repository org/model) sent a manifest whose sha256 is ${DIGEST} but said its digest is ${other}.`
  );
});

test('a registry answering a digest request with another digest is refused', async () => {
  const asked = `sha256:${'c'.repeat(64)}`;
  const server = await fake((req, res) => manifest(res, req));
  const err = await rejection(resolveDigest({ registry: server.host, repository: 'org/model', digest: asked }, recorder().opts));
  expect(err.message).toBe(`Registry ${server.host} (repository org/model) returned a manifest with digest ${DIGEST}, not the requested ${asked}.`);
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([`HEAD /v2/org/model/manifests/${asked}`]);
});

test('a manifest read by digest whose bytes hash differently is refused (no header to compare)', async () => {
  const asked = `sha256:${'d'.repeat(64)}`;
  const server = await fake((req, res) => {
    if (req.method === 'HEAD') return res.writeHead(200).end();
    res.writeHead(200, { 'content-type': OCI_MANIFEST }).end(MANIFEST);
  });
  const err = await rejection(resolveDigest({ registry: server.host, repository: 'org/model', digest: asked }, recorder().opts));
  expect(err.message).toBe(`Registry ${server.host} (repository org/model) returned a manifest with digest ${DIGEST}, not the requested ${asked}.`);
});

test('an index whose bytes do not hash to the digest the registry announced is refused', async () => {
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: OCI_MANIFEST, digest: DIGEST, size: MANIFEST.length, platform: { os: 'linux', architecture: 'amd64' } }]
  });
  const announced = `sha256:${'e'.repeat(64)}`;
  const server = await fake((req, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json', ...(req.method === 'HEAD' ? { 'docker-content-digest': announced } : {}) });
    res.end(req.method === 'HEAD' ? undefined : index);
  });
  const err = await rejection(
    resolveDigest({ registry: server.host, repository: 'org/model', tag: 'v1' }, { ...recorder().opts, platform: 'linux/amd64' })
  );
  expect(err.message).toBe(`Registry ${server.host} (repository org/model) returned a manifest with digest ${sha256(index)}, not the requested ${announced}.`);
  expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['HEAD /v2/org/model/manifests/v1', `GET /v2/org/model/manifests/${announced}`]);
});

test('Bearer challenge with commas inside quoted values; the token server answers access_token', async () => {
  let tokenQuery: URLSearchParams | undefined;
  const auth = await fake((req, res) => {
    tokenQuery = new URL(req.url!, 'http://x').searchParams;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok-123', expires_in: 300 }));
  });
  const registry = await fake((req, res) => {
    if (req.headers.authorization !== 'Bearer tok-123') {
      return res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${auth.host}/auth?x=1,2",service="svc, \\"quoted\\" name",scope="repository:org/model:pull,push",error="invalid_token"`
        })
        .end();
    }
    manifest(res, req);
  });
  const result = await resolveDigest(
    { registry: registry.host, repository: 'org/model', tag: 'v1' },
    { ...recorder().opts, credentials: { username: 'u', password: 'p' } }
  );
  expect(result.digest).toBe(DIGEST);
  expect(auth.seen).toHaveLength(1);
  expect(auth.seen[0]!.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  expect(tokenQuery?.get('x')).toBe('1,2');
  expect(tokenQuery?.get('service')).toBe('svc, "quoted" name');
  expect(tokenQuery?.get('scope')).toBe('repository:org/model:pull');
  expect(registry.seen.map((s) => s.authorization ?? '-')).toEqual(['-', 'Bearer tok-123']);
});

test('a cached token the registry stops accepting is replaced once', async () => {
  let issued = 0;
  const auth = await fake((_req, res) => {
    issued++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `t${issued}` }));
  });
  const registry = await fake((req, res) => {
    if (req.headers.authorization !== `Bearer t${issued}` || issued === 0) {
      return res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${auth.host}/token",service="svc"` }).end();
    }
    manifest(res, req);
  });
  const ref = { registry: registry.host, repository: 'org/model', tag: 'v1' };
  expect((await resolveDigest(ref, recorder().opts)).digest).toBe(DIGEST);
  issued++; // the registry now only accepts a token newer than the cached t1
  expect((await resolveDigest(ref, recorder().opts)).digest).toBe(DIGEST);
  expect(registry.seen.map((s) => s.authorization ?? '-')).toEqual(['-', 'Bearer t1', '-', 'Bearer t1', 'Bearer t3']);
});

test('credentials are not sent to a plain-http token realm on another host', async () => {
  const registry = await fake((_req, res) =>
    res.writeHead(401, { 'www-authenticate': 'Bearer realm="http://auth.example.invalid/token",service="svc"' }).end()
  );
  const err = await rejection(
    resolveDigest(
      { registry: registry.host, repository: 'org/model', tag: 'v1' },
      { ...recorder().opts, credentials: { username: 'u', password: 'secret-pw' } }
    )
  );
  expect(err.message).toBe(
    `Registry ${registry.host} (repository org/model) sent a token realm over plain http (http://auth.example.invalid); credentials are only sent to https realms.`
  );
});

test('a 403 with credentials says they do not allow pulling', async () => {
  const registry = await fake((_req, res) => res.writeHead(403).end());
  const err = await rejection(
    resolveDigest(
      { registry: registry.host, repository: 'org/model', tag: 'v1' },
      { ...recorder().opts, credentials: { username: 'u', password: 'secret-pw' } }
    )
  );
  expect(err.message).toBe(`Registry ${registry.host} (repository org/model) denied access (HTTP 403): the credentials do not allow pulling this repository.`);
});

test('a 401 without a usable challenge', async () => {
  const registry = await fake((_req, res) => res.writeHead(401, { 'www-authenticate': 'Negotiate' }).end());
  const err = await rejection(resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, recorder().opts));
  expect(err.message).toBe(
    `Registry ${registry.host} (repository org/model) answered HTTP 401 with no usable authentication challenge (WWW-Authenticate: "Negotiate").`
  );
});

describe('parseChallenges', () => {
  test('Docker Hub style Bearer challenge', () => {
    expect(
      parseChallenges('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"')
    ).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/ubuntu:pull' }
      }
    ]);
  });

  test('several challenges, spaces, unquoted values, escapes and commas in quotes', () => {
    expect(parseChallenges('Basic realm="a, b", charset=UTF-8, Bearer  realm = "https://x/t?a=1,2" , service="s\\"q"')).toEqual([
      { scheme: 'basic', params: { realm: 'a, b', charset: 'UTF-8' } },
      { scheme: 'bearer', params: { realm: 'https://x/t?a=1,2', service: 's"q' } }
    ]);
  });

  test('a scheme without params', () => {
    expect(parseChallenges('Negotiate, Basic realm="r"')).toEqual([
      { scheme: 'negotiate', params: {} },
      { scheme: 'basic', params: { realm: 'r' } }
    ]);
  });
});
