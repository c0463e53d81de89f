/**
 * Registries for copy measurements (the bench's copy row and the memory test): Debian's docker-registry on
 * 127.0.0.1 over TLS (a self-signed certificate for 127.0.0.1, trusted through NODE_EXTRA_CA_CERTS by Node and a
 * cert dir by skopeo) behind htpasswd Basic auth, and images of incompressible layers generated as streams
 * (AES-CTR key streams) and uploaded without holding them in memory.
 */
import { execFile, spawn } from 'node:child_process';
import { createCipheriv, createHash, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CHUNK = 1024 * 1024;

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate for 127.0.0.1: { dir, cert, key, certDir } (certDir holds ca.crt, for skopeo). */
export async function makeCertificate() {
  const dir = tempDir('copy-tls');
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-addext', 'basicConstraints=critical,CA:TRUE']);
  const certDir = join(dir, 'certs');
  mkdirSync(certDir);
  copyFileSync(cert, join(certDir, 'ca.crt'));
  return { dir, cert, key, certDir, pem: (await import('node:fs')).readFileSync(cert) };
}

/** docker-registry over TLS with Basic auth for `users` ({ name: password }); { host, base, stop() }. */
export async function startTlsRegistry(tls, users) {
  const dir = tempDir('copy-registry');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const htpasswd = join(dir, 'htpasswd');
  let first = true;
  for (const [user, password] of Object.entries(users)) {
    await run('htpasswd', [first ? '-Bbc' : '-Bb', htpasswd, user, password]);
    first = false;
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, [
    'version: 0.1', 'log:', '  level: error', '  accesslog:', '    disabled: true',
    'storage:', '  filesystem:', `    rootdirectory: ${join(dir, 'data')}`,
    'http:', `  addr: ${host}`, `  secret: ${randomUUID()}`, '  tls:', `    certificate: ${tls.cert}`, `    key: ${tls.key}`,
    'auth:', '  htpasswd:', '    realm: copy-bench', `    path: ${htpasswd}`, ''
  ].join('\n'));
  const child = spawn('/usr/bin/docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 10_000; ; ) {
    const status = await send(tls, { host, method: 'GET', path: '/v2/' }).then((r) => r.status, () => 0);
    if (status === 401 || status === 200) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`docker-registry did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { host, base: `https://${host}`, stop };
}

/** One https request to a registry; body: a Buffer or an async iterable of chunks. */
function send(tls, { host, method, path, headers = {}, body }) {
  const [hostname, port] = host.split(':');
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port: Number(port), method, path, headers, ca: tls.pem }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === undefined || Buffer.isBuffer(body)) return req.end(body);
    (async () => {
      for await (const chunk of body) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
      req.end();
    })().catch((err) => req.destroy(err));
  });
}

/** `size` incompressible bytes, the same for the same seed, as 1 MiB chunks. */
export async function* randomBytesStream(size, seed) {
  const key = createHash('sha256').update(String(seed)).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(CHUNK);
  for (let left = size; left > 0; left -= CHUNK) yield cipher.update(left >= CHUNK ? zeros : zeros.subarray(0, left));
}

async function digestOf(chunks) {
  const hash = createHash('sha256');
  for await (const chunk of chunks) hash.update(chunk);
  return `sha256:${hash.digest('hex')}`;
}

/** Uploads a blob (POST, then one PUT streaming `chunks()`), returns its descriptor. */
async function uploadBlob(tls, target, size, chunks) {
  const digest = await digestOf(chunks());
  const auth = { Authorization: `Basic ${Buffer.from(target.creds).toString('base64')}` };
  const started = await send(tls, { host: target.host, method: 'POST', path: `/v2/${target.repository}/blobs/uploads/`, headers: auth });
  if (started.status !== 202) throw new Error(`POST blobs/uploads answered ${started.status}`);
  const location = new URL(started.headers.location, `https://${target.host}`);
  location.searchParams.set('digest', digest);
  const headers = { ...auth, 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) };
  const put = await send(tls, { host: target.host, method: 'PUT', path: location.pathname + location.search, headers, body: chunks() });
  if (put.status !== 201) throw new Error(`PUT of blob ${digest} answered ${put.status}: ${put.body}`);
  return { digest, size };
}

/**
 * Pushes an image of incompressible layers (`layers`: sizes in bytes) to target { host, repository, creds
 * ('user:password'), tag }; returns { digest, size } of the manifest and the total size of its blobs.
 */
export async function pushRandomImage(tls, target, layers, seed = 'copy-bench') {
  const descriptors = [];
  for (const [i, size] of layers.entries()) descriptors.push(await uploadBlob(tls, target, size, () => randomBytesStream(size, `${seed}-${i}`)));
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: descriptors.map((d) => d.digest) } }));
  const configDesc = await uploadBlob(tls, target, config.length, async function* () { yield config; });
  const manifest = Buffer.from(JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...configDesc },
    layers: descriptors.map((d) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...d }))
  }));
  const auth = { Authorization: `Basic ${Buffer.from(target.creds).toString('base64')}` };
  const headers = { ...auth, 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' };
  const put = await send(tls, { host: target.host, method: 'PUT', path: `/v2/${target.repository}/manifests/${target.tag}`, headers, body: manifest });
  if (put.status !== 201) throw new Error(`PUT of the manifest answered ${put.status}: ${put.body}`);
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  return { digest, bytes: config.length + layers.reduce((a, b) => a + b, 0) };
}

/**
 * Runs `skopeo copy` from src to dst (docker:// references) under /usr/bin/time; credentials in an auth file
 * (0600) in a temp dir, the certificate in a cert dir. Returns { ms, maxRssKiB }.
 */
export async function timeSkopeo(tls, { from, to, auths }) {
  const dir = tempDir('copy-skopeo');
  try {
    const authfile = join(dir, 'auth.json');
    const entries = Object.fromEntries(Object.entries(auths).map(([host, creds]) => [host, { auth: Buffer.from(creds).toString('base64') }]));
    writeFileSync(authfile, JSON.stringify({ auths: entries }), { mode: 0o600 });
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
    const args = ['-f', '%e %M', 'skopeo', '--policy', join(dir, 'policy.json'), 'copy', '--quiet', '--authfile', authfile,
      '--src-cert-dir', tls.certDir, '--dest-cert-dir', tls.certDir, `docker://${from}`, `docker://${to}`];
    // A fresh HOME and cache: no blob-info cache from an earlier run may turn uploads into mounts.
    const env = { PATH: process.env.PATH, HOME: dir, XDG_DATA_HOME: dir, REGISTRY_AUTH_FILE: authfile };
    const { stderr } = await run('/usr/bin/time', args, { env, maxBuffer: 1 << 20 });
    const [seconds, kib] = stderr.trim().split('\n').at(-1).split(' ').map(Number);
    return { ms: seconds * 1000, maxRssKiB: kib };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
