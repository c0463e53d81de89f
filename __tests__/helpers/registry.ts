/**
 * Real container registries for tests: Debian's docker-registry (distribution 2.8) on 127.0.0.1 with a free
 * port, optionally behind htpasswd (Basic) or token (Bearer) auth with a small JWT token server in this process.
 * Test images are written by hand as OCI layouts and pushed with skopeo. Needs docker-registry, skopeo,
 * apache2-utils (htpasswd) and openssl.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);
export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip'
};

export const sha256 = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A port nobody listens on right now (the kernel's choice, released again). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

export interface RegistryRequest {
  method: string;
  path: string;
  status: number;
}

export interface TestRegistry {
  /** 127.0.0.1:PORT */
  host: string;
  port: number;
  dir: string;
  /** The requests the registry logged (its access log), readiness polls excluded. */
  requests(): Promise<RegistryRequest[]>;
  /** Forgets the requests logged so far. */
  clearRequests(): Promise<void>;
  /** Everything the registry wrote to stdout and stderr. */
  log(): string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** Basic auth with these users (bcrypt htpasswd entries). */
  htpasswd?: Record<string, string>;
  /** Bearer token auth through this token server. */
  token?: TokenServer;
}

const READY_AGENT = 'registry-test-readiness';
const ACCESS_LINE = /"(GET|HEAD|PUT|POST|PATCH|DELETE) (\S+) HTTP\/[\d.]+" (\d{3}) .*"([^"]*)"\s*$/;

/** Starts docker-registry on 127.0.0.1 (and nothing else) and waits until GET /v2/ answers. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = tempDir('registry');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const lines = [
    'version: 0.1',
    'log:',
    '  level: info',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    `  secret: ${randomUUID()}`
  ];
  if (options.htpasswd) {
    const file = join(dir, 'htpasswd');
    let first = true;
    for (const [user, password] of Object.entries(options.htpasswd)) {
      await run('htpasswd', [first ? '-Bbc' : '-Bb', file, user, password]);
      first = false;
    }
    lines.push('auth:', '  htpasswd:', '    realm: test-realm', `    path: ${file}`);
  } else if (options.token) {
    const t = options.token;
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${t.realm}`,
      `    service: ${t.service}`,
      `    issuer: ${t.issuer}`,
      `    rootcertbundle: ${t.certPath}`
    );
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, lines.join('\n') + '\n');

  const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let accessLog = '';
  let exited: number | null | undefined;
  child.stdout!.on('data', (d: Buffer) => ((accessLog += d.toString()), (output += d.toString())));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  // A binary that cannot start emits 'error' and never 'exit': count it as exited, or stop() would wait forever.
  const exitedPromise = new Promise<void>((resolve) => {
    child.on('exit', (code) => ((exited = code), resolve()));
    child.on('error', (err) => ((output += `${err.message}\n`), (exited ??= null), resolve()));
  });
  // Should a test file die before its afterAll, the registry still goes away with the worker.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let skip = 0;

  const parsed = (): RegistryRequest[] =>
    accessLog
      .split('\n')
      .map((line) => ACCESS_LINE.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && m[4] !== READY_AGENT)
      .map((m) => ({ method: m[1]!, path: m[2]!, status: Number(m[3]) }));
  // The access log line is written after the response, so give it a moment to arrive.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

  const registry: TestRegistry = {
    host,
    port,
    dir,
    requests: async () => (await settle(), parsed().slice(skip)),
    clearRequests: async () => {
      await settle();
      skip = parsed().length;
    },
    log: () => output,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (exited === undefined) {
        child.kill('SIGTERM');
        await exitedPromise;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await waitUntilAnswering(`http://${host}/v2/`, () => exited !== undefined);
  } catch (err) {
    await registry.stop();
    throw new Error(`docker-registry did not start: ${(err as Error).message}\n${output}`);
  }
  return registry;
}

async function waitUntilAnswering(url: string, dead: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (dead()) throw new Error('the process exited');
    try {
      const res = await fetch(url, { headers: { 'User-Agent': READY_AGENT }, signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer from ${url} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

// ---------------------------------------------------------------- token server

export interface TokenRequest {
  account?: string;
  /** The Basic user, when credentials came; undefined for anonymous requests. */
  user?: string;
  service?: string;
  scopes: string[];
  status: number;
}

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certPath: string;
  requests: TokenRequest[];
  /** The JSON field the token is sent in; tests may change it. */
  field: 'token' | 'access_token';
  stop(): Promise<void>;
}

export interface TokenServerOptions {
  users: Record<string, string>;
  /** Actions a user gets on a repository (default: everything asked for). Anonymous users get `anonymous`. */
  access?: (user: string | undefined, repository: string, wanted: string[]) => string[];
  service?: string;
  issuer?: string;
}

/**
 * A Docker token server (docs.docker.com/registry/spec/auth/token): GET /token?service=&scope= with optional
 * Basic auth returns {"token": JWT}. JWTs are ES256, signed with a key whose self-signed certificate is the
 * registry's rootcertbundle and travels in the JWT header as x5c, which is how registry 2.8 finds the key.
 */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const dir = tempDir('token-server');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=test-token-issuer'
  ]);
  const key = createPrivateKey(readFileSync(keyPath));
  const x5c = new X509Certificate(readFileSync(certPath)).raw.toString('base64');
  const service = options.service ?? 'test-registry';
  const issuer = options.issuer ?? 'test-issuer';
  const requests: TokenRequest[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const scopes = url.searchParams.getAll('scope');
    const user = basicUser(req);
    const record: TokenRequest = { scopes, status: 200, user: user?.name };
    const account = url.searchParams.get('account');
    if (account) record.account = account;
    const svc = url.searchParams.get('service');
    if (svc) record.service = svc;
    requests.push(record);
    if (url.pathname !== '/token') return reply(res, (record.status = 404), { errors: [{ code: 'NOT_FOUND' }] });
    if (user && options.users[user.name] !== user.password) {
      return reply(res, (record.status = 401), { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] });
    }
    const access = scopes.flatMap((scope) => {
      const first = scope.indexOf(':');
      const last = scope.lastIndexOf(':');
      if (first < 0 || last <= first) return [];
      const type = scope.slice(0, first);
      const name = scope.slice(first + 1, last);
      const wanted = scope.slice(last + 1).split(',');
      const actions = options.access ? options.access(user?.name, name, wanted) : user ? wanted : [];
      return [{ type, name, actions }];
    });
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: issuer, sub: user?.name ?? '', aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
    const token = jwt({ alg: 'ES256', typ: 'JWT', x5c: [x5c] }, claims, key);
    reply(res, 200, { [tokenServer.field]: token, expires_in: 300, issued_at: new Date().toISOString() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const tokenServer: TokenServer = {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    field: 'token',
    stop: async () => {
      await closeServer(server);
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return tokenServer;
}

function jwt(header: object, claims: object, key: KeyObject): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${b64(header)}.${b64(claims)}`;
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

function basicUser(req: IncomingMessage): { name: string; password: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

function reply(res: import('node:http').ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------- images

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface BuiltImage {
  /** Digest of the top-level manifest (the index for multi-platform images). */
  digest: string;
  mediaType: string;
  /** Platform manifest digests by os/architecture[/variant], for multi-platform images. */
  platforms: Record<string, string>;
  /** The distinct blobs (configs and layers) of all its manifests. */
  blobs: { digest: string; size: number }[];
}

/**
 * Writes an OCI image layout by hand (oci-layout, blobs/sha256, index.json) holding one image: a single-platform
 * manifest when one platform is given, otherwise an image index over all of them. `seed` makes the layers unique;
 * `extraLayers` (gzip data: skopeo would compress anything else while pushing, changing the digests) are added
 * to every platform's manifest after its own layer, as blobs the platforms share.
 */
export function writeOciLayout(dir: string, tag: string, platforms: Platform[], seed: string, extraLayers: Buffer[] = []): BuiltImage {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const blobs = new Map<string, number>();
  const blob = (data: Buffer | string, record = false) => {
    const digest = sha256(data);
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), data);
    if (record) blobs.set(digest, Buffer.byteLength(data));
    return { digest, size: Buffer.byteLength(data) };
  };
  const manifests = platforms.map((p) => {
    const name = [p.os, p.architecture, p.variant].filter(Boolean).join('/');
    const layerTar = tar('model/README', `${seed} ${name}\n`);
    const layer = blob(gzipSync(layerTar), true);
    const extras = extraLayers.map((data) => blob(data, true));
    const config = blob(
      JSON.stringify({ ...p, rootfs: { type: 'layers', diff_ids: [sha256(layerTar), ...extras.map((e) => e.digest)] }, config: { Cmd: ['serve'] } }),
      true
    );
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      config: { mediaType: MEDIA.ociConfig, ...config },
      layers: [layer, ...extras].map((l) => ({ mediaType: MEDIA.ociLayer, ...l }))
    });
    return { name, platform: p, ...blob(manifest) };
  });
  let top: { digest: string; size: number; mediaType: string };
  if (manifests.length === 1) {
    top = { mediaType: MEDIA.ociManifest, digest: manifests[0]!.digest, size: manifests[0]!.size };
  } else {
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests: manifests.map((m) => ({ mediaType: MEDIA.ociManifest, digest: m.digest, size: m.size, platform: m.platform }))
    });
    top = { mediaType: MEDIA.ociIndex, ...blob(index) };
  }
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ ...top, annotations: { 'org.opencontainers.image.ref.name': tag } }]
    })
  );
  return {
    digest: top.digest,
    mediaType: top.mediaType,
    platforms: manifests.length > 1 ? Object.fromEntries(manifests.map((m) => [m.name, m.digest])) : {},
    blobs: [...blobs].map(([digest, size]) => ({ digest, size }))
  };
}

/** A one-file ustar archive. */
function tar(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(512);
  const field = (value: string, offset: number, length: number) => header.write(value, offset, length, 'ascii');
  field(name, 0, 100);
  field('0000644\0', 100, 8);
  field('0000000\0', 108, 8);
  field('0000000\0', 116, 8);
  field(data.length.toString(8).padStart(11, '0') + '\0', 124, 12);
  field('00000000000\0', 136, 12);
  field('        ', 148, 8);
  field('0', 156, 1);
  field('ustar\0', 257, 6);
  field('00', 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}

function skopeoEnv(dir: string): NodeJS.ProcessEnv {
  // No auth.json from the machine may change what the tests see.
  return { ...process.env, REGISTRY_AUTH_FILE: join(dir, 'auth.json') };
}

function policyFile(dir: string): string {
  const path = join(dir, 'policy.json');
  writeFileSync(path, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  return path;
}

export interface PushOptions {
  creds?: string;
  /** Convert to Docker schema 2 (manifest list + v2s2 manifests) while copying. */
  format?: 'v2s2';
  /** gzip layers added to every platform's manifest; see writeOciLayout. */
  extraLayers?: Buffer[];
}

/** Pushes an OCI layout's tag to registry/repository:tag with skopeo copy --all. */
export async function pushImage(layout: string, tag: string, registry: string, repository: string, options: PushOptions = {}): Promise<void> {
  const args = ['--policy', policyFile(layout), 'copy', '--all', '--quiet', '--dest-tls-verify=false'];
  if (options.creds) args.push('--dest-creds', options.creds);
  if (options.format) args.push('--format', options.format);
  args.push(`oci:${layout}:${tag}`, `docker://${registry}/${repository}:${tag}`);
  await run('skopeo', args, { env: skopeoEnv(layout), timeout: 30_000 });
}

/** The top-level manifest bytes as skopeo reads them from the registry. */
export async function skopeoRawManifest(registry: string, repository: string, tag: string, creds?: string): Promise<Buffer> {
  const dir = tempDir('skopeo');
  try {
    const args = ['--policy', policyFile(dir), 'inspect', '--raw', '--tls-verify=false'];
    if (creds) args.push('--creds', creds);
    args.push(`docker://${registry}/${repository}:${tag}`);
    const { stdout } = await run('skopeo', args, { env: skopeoEnv(dir), encoding: 'buffer', timeout: 30_000 });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds and pushes one image; returns what was built. */
export async function buildAndPush(
  registry: string,
  repository: string,
  tag: string,
  platforms: Platform[],
  options: PushOptions = {}
): Promise<BuiltImage> {
  const layout = tempDir('oci-layout');
  try {
    const built = writeOciLayout(layout, tag, platforms, `${repository}:${tag}`, options.extraLayers);
    await pushImage(layout, tag, registry, repository, options);
    return built;
  } finally {
    rmSync(layout, { recursive: true, force: true });
  }
}

/** Uploads one blob (POST, then a monolithic PUT) to registry/repository, with Basic credentials user:password if given. */
export async function pushBlob(registry: string, repository: string, data: Buffer, creds?: string): Promise<string> {
  const digest = sha256(data);
  const headers: Record<string, string> = creds ? { Authorization: `Basic ${Buffer.from(creds).toString('base64')}` } : {};
  const started = await fetch(`http://${registry}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
  await started.body?.cancel();
  if (started.status !== 202) throw new Error(`POST blobs/uploads/ answered ${started.status}`);
  const location = new URL(started.headers.get('location')!, `http://${registry}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, { method: 'PUT', headers: { ...headers, 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(data) });
  await put.body?.cancel();
  if (put.status !== 201) throw new Error(`PUT of blob ${digest} answered ${put.status}`);
  return digest;
}

export const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
export const ARM64: Platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };
