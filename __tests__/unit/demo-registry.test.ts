/** The demo's private registry answers the action's own OCI client as a real one would: Basic auth, tag → digest. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startDemoRegistry, type DemoRegistry } from '../../scripts/demo-registry.mjs';
import { resolveDigest } from '../../src/oci/client.js';

let registry: DemoRegistry;
beforeAll(async () => {
  registry = await startDemoRegistry({ repository: 'ml/fraud-model', tags: ['v1', 'v2'], username: 'ci-reader', password: 'pw' });
});
afterAll(async () => {
  await registry.stop();
});

const ref = (tag: string) => ({ registry: registry.host, repository: 'ml/fraud-model', tag });

test('a tag resolves to the digest of its manifest bytes, with the credentials; each tag is its own image', async () => {
  const got = await resolveDigest(ref('v1'), { credentials: { username: 'ci-reader', password: 'pw' }, platform: 'linux/amd64' });
  expect(got).toMatchObject({ digest: registry.digests.v1, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  expect(registry.digests.v1).not.toBe(registry.digests.v2);
  const body = await fetch(`http://${registry.host}/v2/ml/fraud-model/manifests/v1`, { headers: { authorization: `Basic ${Buffer.from('ci-reader:pw').toString('base64')}` } });
  expect(`sha256:${createHash('sha256').update(Buffer.from(await body.arrayBuffer())).digest('hex')}`).toBe(registry.digests.v1);
  expect(registry.requests.some((q) => q.method === 'HEAD' && q.authorised)).toBe(true);
});

test('without the right credentials, or for an unknown tag, nothing resolves', async () => {
  await expect(resolveDigest(ref('v1'), { credentials: { username: 'ci-reader', password: 'wrong' }, retries: 0 })).rejects.toThrow(/401|denied|credentials|auth/i);
  await expect(resolveDigest(ref('v9'), { credentials: { username: 'ci-reader', password: 'pw' }, retries: 0 })).rejects.toThrow(/has no .*v9/);
});
