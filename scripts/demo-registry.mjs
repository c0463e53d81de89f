/**
 * The demo's private registry: a small read-only OCI distribution server on 127.0.0.1 behind Basic auth, with one
 * single-platform image manifest per tag. Enough for the action to resolve a tag to its digest as it does against
 * a real private registry (challenge, credentials from Secrets Manager, HEAD of the manifest); it holds no blobs,
 * so it is no place to pull from. The end-to-end tests use a real registry (docker-registry) instead.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const sha256 = (data) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A manifest as a registry stores it: its bytes fix its digest. */
function manifestFor(repository, tag) {
  const config = JSON.stringify({ architecture: 'amd64', os: 'linux', config: { Labels: { source: `${repository}:${tag}` } } });
  const layer = `${repository}:${tag} layer`;
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256(layer), size: layer.length }]
    })
  );
}

/**
 * Starts the registry with `tags` of `repository`, readable with `username`/`password`.
 * Returns its host (127.0.0.1:port), each tag's digest, the requests it answered and stop().
 */
export async function startDemoRegistry({ repository, tags, username, password }) {
  const manifests = new Map(tags.map((t) => [t, manifestFor(repository, t)]));
  const digests = Object.fromEntries([...manifests].map(([t, body]) => [t, sha256(body)]));
  const byDigest = new Map([...manifests].map(([t, body]) => [digests[t], body]));
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const authorised = req.headers.authorization === expected;
    requests.push({ method: req.method, path, authorised });
    const json = (status, body, headers = {}) => {
      const bytes = Buffer.from(JSON.stringify(body));
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length, 'docker-distribution-api-version': 'registry/2.0', ...headers });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    if (!authorised) return json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, { 'www-authenticate': 'Basic realm="demo-registry"' });
    if (path === '/v2/') return json(200, {});
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    const body = m && m[1] === repository ? (manifests.get(m[2]) ?? byDigest.get(m[2])) : undefined;
    if (!body || !['GET', 'HEAD'].includes(req.method ?? '')) return json(404, { errors: [{ code: m?.[1] === repository ? 'MANIFEST_UNKNOWN' : 'NAME_UNKNOWN', message: 'unknown' }] });
    res.writeHead(200, { 'content-type': MANIFEST, 'content-length': body.length, 'docker-content-digest': sha256(body), 'docker-distribution-api-version': 'registry/2.0' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { host: `127.0.0.1:${port}`, digests, requests, stop: () => new Promise((resolve) => server.close(resolve)) };
}
