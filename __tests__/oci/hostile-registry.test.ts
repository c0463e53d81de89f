/**
 * A hostile registry (node:http on 127.0.0.1) with a mode per attack: injected index digests, cross-host realms
 * after redirects, upload Locations on another host, huge and compressed bodies, http redirects, slow bodies and
 * bodies that break off. Each test asserts the clear error, bounded memory, and that no credential reached a host
 * other than the registry. A second server (the "other host", on 127.0.0.2 or a hostname) records what it received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, resolveDigest } from '../../src/oci/client.js';
import { copyImage } from '../../src/oci/copy.js';
import { isLoopback, RegistryHttp } from '../../src/oci/http.js';
import { closeServer, sha256 } from '../helpers/registry.js';

const CREDS = { username: 'robot', password: 'Hostile-Test-Pass-1' };
const BASIC = `Basic ${Buffer.from('robot:Hostile-Test-Pass-1').toString('base64')}`;
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const quiet = { info: () => undefined, warning: () => undefined };
const noSleep = async () => undefined;

interface Host {
  host: string;
  seen: { method: string; url: string; authorization?: string }[];
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
  clearTokenCache();
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse, self: Host) => void, address = '127.0.0.1'): Promise<Host> {
  const self: Host = { host: '', seen: [] };
  const server = createServer((req, res) => {
    self.seen.push({ method: req.method!, url: req.url!, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    handler(req, res, self);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  self.host = `${address}:${(server.address() as { port: number }).port}`;
  return self;
}

/** Asks for Basic auth, then answers `authorized` for requests that carry the credentials. */
function basic(authorized: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.authorization !== BASIC) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
    authorized(req, res);
  };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).not.toMatch(/\n|\bat .*\.(ts|js):\d+/);
    return (err as Error).message;
  }
  throw new Error('expected a rejection');
}

const opts = { credentials: CREDS, sleep: noSleep, log: quiet, retries: 1 };

test('an index entry digest carrying a newline and a workflow command is refused before any use or log line', async () => {
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [{ mediaType: OCI_MANIFEST, size: 1, digest: `sha256:${'a'.repeat(64)}\n::stop-commands::x`, platform: { os: 'linux', architecture: 'amd64' } }]
  });
  const registry = await serve(basic((_req, res) => res.writeHead(200, { 'content-type': OCI_INDEX }).end(index)));
  const infos: string[] = [];
  const message = await failure(
    resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, { ...opts, platform: 'linux/amd64', log: { ...quiet, info: (m) => void infos.push(m) } })
  );
  expect(message).toBe(
    `Registry ${registry.host} (repository org/model) returned a multi-platform index whose entry 1 has no valid digest (expected sha256:<64 lowercase hex characters>).`
  );
  expect(infos.join('\n')).not.toContain('::');
});

test('a redirect to another host that challenges with a Bearer realm gets no credentials', async () => {
  const other = await serve((_req, res, self) =>
    res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${self.host}/token",service="x"` }).end()
  );
  const registry = await serve(basic((_req, res) => res.writeHead(307, { location: `http://${other.host}/v2/org/model/manifests/v1` }).end()));
  const message = await failure(resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, opts));
  expect(message).toBe(
    `Registry ${registry.host} (repository org/model) redirected to ${other.host}, which asked for credentials (HTTP 401); credentials are only sent to the registry itself.`
  );
  expect(other.seen.length).toBeGreaterThan(0);
  expect(other.seen.filter((s) => s.authorization)).toEqual([]);
  expect(other.seen.some((s) => s.url.startsWith('/token'))).toBe(false);
});

test('a registry that is not loopback is never spoken to over plain http, nor redirected to it', async () => {
  // localhost.evil.example is not loopback, whatever it starts with: https only, no http fallback.
  expect(isLoopback('localhost.evil.example:5000')).toBe(false);
  expect(isLoopback('localhost:5000')).toBe(true);
  const urls: string[] = [];
  const fetchImpl = (async (url: string | URL) => {
    urls.push(String(url));
    throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
  }) as typeof fetch;
  const http = new RegistryHttp({ registry: 'localhost.evil.example:5000', repository: 'org/model' }, { ...opts, fetchImpl, retries: 0 });
  await failure(http.request('GET', http.url('manifests/v1')));
  expect(urls).toEqual(['https://localhost.evil.example:5000/v2/org/model/manifests/v1']);
});

test('redirects are followed https-only: a loopback registry may redirect to http, but credentials stay home', async () => {
  const other = await serve((_req, res) => res.writeHead(200, { 'content-type': OCI_MANIFEST }).end('{}'));
  const registry = await serve(basic((_req, res) => res.writeHead(302, { location: `http://${other.host}/elsewhere` }).end()));
  const http = new RegistryHttp({ registry: registry.host, repository: 'org/model' }, opts);
  await (await http.request('GET', http.url('manifests/v1'))).body?.cancel();
  expect(other.seen).toEqual([{ method: 'GET', url: '/elsewhere' }]);
  // Explicitly https only (insecure: false): a redirect to plain http is refused.
  const strict = new RegistryHttp({ registry: registry.host, repository: 'org/model' }, { ...opts, insecure: false, fetchImpl: rewriteToHttp() });
  const message = await failure(strict.request('GET', `https://${registry.host}/v2/org/model/manifests/v1`));
  expect(message).toBe(`registry ${registry.host} for org/model redirected to plain http (${other.host}); only https redirects are followed.`);
});

/** fetch that sends https://loopback URLs over http (a stand-in for a TLS registry that redirects to http). */
function rewriteToHttp(): typeof fetch {
  return ((url: string, init: RequestInit) => fetch(url.replace(/^https:/, 'http:'), init)) as typeof fetch;
}

test('an upload Location on another host receives the blob but never the credentials', async () => {
  const layer = Buffer.from('layer-bytes');
  const config = Buffer.from('{}');
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length }]
  });
  const blobs: Record<string, Buffer> = { [sha256(config)]: config, [sha256(layer)]: layer };
  const source = await serve((req, res) => {
    const blob = /\/blobs\/(sha256:\w+)$/.exec(req.url!)?.[1];
    if (blob) return void res.writeHead(200, { 'content-length': String(blobs[blob]!.length) }).end(blobs[blob]);
    res.writeHead(200, { 'content-type': OCI_MANIFEST, 'docker-content-digest': sha256(manifest) }).end(req.method === 'HEAD' ? undefined : manifest);
  });
  const other = await serve((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(500).end());
  });
  const dest = await serve(
    basic((req, res) => {
      if (req.method === 'POST') return void res.writeHead(202, { location: `http://${other.host}/upload/1` }).end();
      res.writeHead(404).end();
    })
  );
  await failure(copyImage({ registry: source.host, repository: 'org/model', reference: 'v1' }, { registry: dest.host, repository: 'mirror/model' }, { destCredentials: CREDS, sleep: noSleep, log: quiet, retries: 0 }));
  expect(other.seen.length).toBeGreaterThan(0);
  expect(other.seen.filter((s) => s.authorization)).toEqual([]);
  expect(dest.seen.some((s) => s.authorization === BASIC)).toBe(true);
});

describe('bounded bodies', () => {
  test('a 64 MiB "manifest" is cut off at 4 MiB while streaming, with bounded memory', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const registry = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': OCI_MANIFEST });
      let sent = 0;
      const more = () => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent < 64) res.once('drain', more);
        else res.end();
      };
      more();
    });
    const before = process.memoryUsage().rss;
    const message = await failure(resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, opts));
    expect(message).toBe(`Registry ${registry.host} (repository org/model) answered with more than 4 MiB where a small document was expected; refusing to read it.`);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  test('a gzip bomb (Content-Encoding: gzip) is cut off after 4 MiB of decoded bytes; identity was asked for', async () => {
    const bomb = gzipSync(Buffer.alloc(256 * 1024 * 1024));
    const registry = await serve((req, res) => {
      expect(req.headers['accept-encoding']).toBe('identity');
      res.writeHead(200, { 'content-type': OCI_MANIFEST, 'content-encoding': 'gzip' }).end(bomb);
    });
    const before = process.memoryUsage().rss;
    const message = await failure(resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, opts));
    expect(message).toContain('answered with more than 4 MiB where a small document was expected');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  test('a huge token answer is refused', async () => {
    const tokens = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) }).end());
    const registry = await serve((_req, res) => res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${tokens.host}/token"` }).end());
    const message = await failure(resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, opts));
    expect(message).toContain(`the token server ${tokens.host} answered with more than 4 MiB`);
  });

  test('a body that breaks off is retried, then fails with a short message and no stack', async () => {
    const registry = await serve((req, res) => {
      if (req.method === 'HEAD') return void res.writeHead(200, { 'content-type': OCI_MANIFEST }).end();
      res.writeHead(200, { 'content-type': OCI_MANIFEST, 'content-length': '1000' });
      res.write('{"schemaVersion":');
      setTimeout(() => res.destroy(), 20);
    });
    const warnings: string[] = [];
    const message = await failure(
      resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, { ...opts, log: { ...quiet, warning: (m) => void warnings.push(m) } })
    );
    expect(message).toMatch(new RegExp(`^Reading the answer of Registry ${registry.host.replace(/\./g, '\\.')} \\(repository org/model\\) failed \\(.{1,100}\\)\\.$`));
    expect(warnings).toHaveLength(1);
  });
});

test('a slow registry cannot outlast the run deadline', async () => {
  const registry = await serve(() => undefined); // never answers
  const started = Date.now();
  const message = await failure(
    resolveDigest({ registry: registry.host, repository: 'org/model', tag: 'v1' }, { ...opts, retries: 5, timeoutMs: 60_000, deadline: Date.now() + 1500 })
  );
  expect(Date.now() - started).toBeLessThan(5000);
  expect(message).toMatch(/time budget ran out|no answer within/);
});
