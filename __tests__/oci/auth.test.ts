/** resolveDigest against real registries behind htpasswd (Basic) and token (Bearer) auth. */
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, resolveDigest, type ResolveOptions } from '../../src/oci/client.js';
import { parseRegistryCredentials } from '../../src/oci/credentials.js';
import {
  AMD64, ARM64, buildAndPush, skopeoRawManifest, sha256, startRegistry, startTokenServer,
  type BuiltImage, type TestRegistry, type TokenServer
} from '../helpers/registry.js';

const PASSWORD = 'S3cret:pa55,"word"';
const WRONG = 'not-the-Password-9';
const quiet = (extra: Partial<ResolveOptions> = {}): ResolveOptions => ({ sleep: async () => {}, ...extra });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    const message = (err as Error).message;
    for (const secret of [PASSWORD, WRONG, 'pa55', Buffer.from(`bob:${PASSWORD}`).toString('base64')]) expect(message).not.toContain(secret);
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('Basic auth (htpasswd)', () => {
  let registry: TestRegistry;
  let image: BuiltImage;
  let ref: { registry: string; repository: string; tag: string };

  beforeAll(async () => {
    registry = await startRegistry({ htpasswd: { bob: PASSWORD, other: 'x' } });
    image = await buildAndPush(registry.host, 'team/model', 'v1', [AMD64], { creds: `bob:${PASSWORD}` });
    ref = { registry: registry.host, repository: 'team/model', tag: 'v1' };
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('the right credentials resolve the tag: a 401 challenge, then the request with Basic auth', async () => {
    const raw = await skopeoRawManifest(registry.host, 'team/model', 'v1', `bob:${PASSWORD}`);
    await registry.clearRequests();
    const result = await resolveDigest(ref, quiet({ credentials: { username: 'bob', password: PASSWORD } }));
    expect(result).toEqual({ digest: image.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    expect(result.digest).toBe(sha256(raw));
    expect((await registry.requests()).map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 401', 'HEAD 200']);
  });

  test('credentials from a Docker config.json secret work end to end', async () => {
    const secret = JSON.stringify({ auths: { [`http://${registry.host}/v2/`]: { auth: Buffer.from(`bob:${PASSWORD}`).toString('base64') } } });
    const credentials = parseRegistryCredentials(secret, registry.host);
    expect((await resolveDigest(ref, quiet({ credentials }))).digest).toBe(image.digest);
  });

  test('a wrong password is a clear 401 message without the password', async () => {
    const err = await rejection(resolveDigest(ref, quiet({ credentials: { username: 'bob', password: WRONG } })));
    expect(err.message).toBe(
      `Registry ${registry.host} (repository team/model) rejected the credentials (HTTP 401): check the username and password in the registry secret.`
    );
  });

  test('no credentials on an auth registry says credentials are needed', async () => {
    await registry.clearRequests();
    const err = await rejection(resolveDigest(ref, quiet()));
    expect(err.message).toBe(
      `Registry ${registry.host} (repository team/model) requires credentials (HTTP 401) and none were given: set registry-secret-arn to a secret holding them.`
    );
    expect((await registry.requests()).map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 401']);
  });
});

describe('Bearer token auth', () => {
  let tokens: TokenServer;
  let registry: TestRegistry;
  let image: BuiltImage;
  let ref: { registry: string; repository: string; tag: string };
  const alice = { username: 'alice', password: PASSWORD };

  beforeAll(async () => {
    tokens = await startTokenServer({
      users: { alice: PASSWORD, carol: 'carol-pw' },
      // carol has an account but no access to anything.
      access: (user, _repository, wanted) => (user === 'alice' ? wanted : [])
    });
    registry = await startRegistry({ token: tokens });
    image = await buildAndPush(registry.host, 'org/model', 'multi', [AMD64, ARM64], { creds: `alice:${PASSWORD}` });
    ref = { registry: registry.host, repository: 'org/model', tag: 'multi' };
  });
  afterAll(async () => {
    await registry?.stop();
    await tokens?.stop();
  });
  beforeEach(async () => {
    clearTokenCache();
    tokens.requests.length = 0;
    tokens.field = 'token';
    await registry.clearRequests();
  });

  test('credentials get a pull token for the repository; the platform digest comes through the same token', async () => {
    const result = await resolveDigest(ref, quiet({ credentials: alice, platform: 'linux/arm64' }));
    expect(result).toEqual({
      digest: image.digest,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      platformDigest: image.platforms['linux/arm64/v8'],
      platforms: ['linux/amd64', 'linux/arm64/v8']
    });
    expect(tokens.requests).toEqual([{ user: 'alice', service: 'test-registry', scopes: ['repository:org/model:pull'], status: 200 }]);
    expect((await registry.requests()).map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 401', 'HEAD 200', 'GET 200']);
  });

  test('the token is cached for the run: a second resolution asks the token server nothing', async () => {
    await resolveDigest(ref, quiet({ credentials: alice }));
    await resolveDigest(ref, quiet({ credentials: alice }));
    expect(tokens.requests).toHaveLength(1);
  });

  test('a cached token for other credentials is not reused', async () => {
    await resolveDigest(ref, quiet({ credentials: alice }));
    const err = await rejection(resolveDigest(ref, quiet({ credentials: { username: 'alice', password: WRONG } })));
    expect(err.message).toBe(
      `Registry ${registry.host} (repository org/model): the token server ${new URL(tokens.realm).host} rejected the credentials (HTTP 401): check the username and password in the registry secret.`
    );
    expect(tokens.requests.map((r) => r.status)).toEqual([200, 401]);
  });

  test('a token server answering access_token works too', async () => {
    tokens.field = 'access_token';
    expect((await resolveDigest(ref, quiet({ credentials: alice }))).digest).toBe(image.digest);
  });

  test('credentials without pull access: the registry refuses the token (insufficient_scope)', async () => {
    const err = await rejection(resolveDigest(ref, quiet({ credentials: { username: 'carol', password: 'carol-pw' } })));
    expect(err.message).toBe(
      `Registry ${registry.host} (repository org/model) refused the token (HTTP 401, insufficient_scope): the credentials do not allow pulling this repository.`
    );
  });

  test('anonymous: an anonymous token without access, then a message saying credentials are needed', async () => {
    const err = await rejection(resolveDigest(ref, quiet()));
    expect(err.message).toBe(
      `Registry ${registry.host} (repository org/model) requires credentials (HTTP 401) and none were given: set registry-secret-arn to a secret holding them.`
    );
    expect(tokens.requests).toEqual([{ service: 'test-registry', scopes: ['repository:org/model:pull'], status: 200 }]);
  });
});
