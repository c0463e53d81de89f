/**
 * What a registry's refusal tells the user (a token without the scope, wrong Basic credentials, a 403 with and
 * without credentials), and how often credentials are tried: a valid token is reused, an expired one renewed,
 * refused credentials are not tried again.
 */
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, RegistryHttp } from '../../src/oci/http.js';

const quiet = { info: () => undefined, warning: () => undefined };
const noSleep = async () => undefined;

afterEach(() => clearTokenCache());

describe('what a refusal tells the user', () => {
  const CREDS = { username: 'robot', password: 'Origin-Test-Pass-1' };
  const REALM = 'Bearer realm="https://auth.example/token",service="reg"';

  /** A registry behind a token server that accepts the token but answers every request with `final` (status, challenge). */
  function refusing(final: { status: number; challenge?: string }, scheme: 'bearer' | 'basic' = 'bearer'): typeof fetch {
    return (async (url: string | URL, init?: RequestInit) => {
      const s = String(url);
      if (s.startsWith('https://auth.example/token')) return new Response(JSON.stringify({ token: 'tok-1' }), { status: 200 });
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      const headers: Record<string, string> = {};
      if (!auth) headers['www-authenticate'] = scheme === 'bearer' ? REALM : 'Basic realm="r"';
      else if (final.challenge) headers['www-authenticate'] = final.challenge;
      return new Response(null, { status: auth ? final.status : 401, headers });
    }) as typeof fetch;
  }

  async function refusal(fetchImpl: typeof fetch, extra: { push?: boolean; credentials?: typeof CREDS | undefined } = {}): Promise<Error> {
    const credentials = 'credentials' in extra ? extra.credentials : CREDS;
    const http = new RegistryHttp({ registry: 'registry.example.com', repository: 'org/model', push: extra.push }, { credentials, fetchImpl, retries: 0, sleep: noSleep, log: quiet });
    const err = await http.request('GET', http.url('manifests/v1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    return err as Error;
  }
  const WHERE = 'Registry registry.example.com (repository org/model)';

  test('a token without the needed scope is reported as a scope refusal, for pulls and for pushes', async () => {
    const scoped = refusing({ status: 401, challenge: `${REALM},error="insufficient_scope"` });
    expect((await refusal(scoped)).message).toBe(`${WHERE} refused the token (HTTP 401, insufficient_scope): the credentials do not allow pulling this repository.`);
    expect((await refusal(scoped, { push: true })).message).toBe(`${WHERE} refused the token (HTTP 401, insufficient_scope): the credentials do not allow pushing to this repository.`);
  });

  test('a Basic refusal that names a scope error still says the username or password is wrong', async () => {
    const basic = refusing({ status: 401, challenge: 'Basic realm="r",error="insufficient_scope"' }, 'basic');
    expect((await refusal(basic)).message).toBe(`${WHERE} rejected the credentials (HTTP 401): check the username and password in the registry secret.`);
  });

  test('a token refused without a scope error, or with another error, is a credentials problem', async () => {
    const plain = refusing({ status: 401, challenge: `Basic realm="r", ${REALM},error="invalid_token"` });
    expect((await refusal(plain, { push: true })).message).toBe(`${WHERE} rejected the credentials (HTTP 401): check the username and password for pushing.`);
  });

  test('a 403 with credentials says what they do not allow; without credentials it asks for them', async () => {
    const denied = refusing({ status: 403 });
    expect((await refusal(denied, { push: true })).message).toBe(`${WHERE} denied access (HTTP 403): the credentials do not allow pushing to this repository.`);
    const anonymous = (async () => new Response(null, { status: 403 })) as unknown as typeof fetch;
    expect((await refusal(anonymous, { credentials: undefined })).message).toBe(`${WHERE} denied access (HTTP 403): anonymous pulls are not allowed; set registry-secret-arn.`);
    expect((await refusal(anonymous, { credentials: undefined, push: true })).message).toBe(`${WHERE} denied access (HTTP 403): anonymous pushes are not allowed.`);
  });
});

test('a valid token is asked for once and reused; an expired one is renewed before the next request', async () => {
  const asked: string[] = [];
  const sent: string[] = [];
  const tokenServer = (expiresIn: number): typeof fetch =>
    (async (url: string | URL, init?: RequestInit) => {
      const s = String(url);
      if (s.startsWith('https://auth.example/token')) {
        asked.push(s);
        return new Response(JSON.stringify({ token: `tok-${asked.length}`, expires_in: expiresIn }), { status: 200 });
      }
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      sent.push(auth ?? '-');
      return auth ? new Response('{}', { status: 200 }) : new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg"' } });
    }) as typeof fetch;
  const run = async (expiresIn: number) => {
    const http = new RegistryHttp({ registry: 'registry.example.com', repository: 'org/model' }, { fetchImpl: tokenServer(expiresIn), sleep: noSleep, log: quiet });
    for (const tag of ['v1', 'v2', 'v3']) await http.request('GET', http.url(`manifests/${tag}`));
    clearTokenCache();
  };
  await run(300);
  expect([asked.length, sent]).toEqual([1, ['-', 'Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1']]);
  asked.length = 0;
  sent.length = 0;
  await run(5); // 5 s is inside the 10 s safety margin: expired as soon as it is issued
  expect([asked.length, sent]).toEqual([3, ['-', 'Bearer tok-1', 'Bearer tok-2', 'Bearer tok-3']]);
});

test('refused credentials are tried once: no second token, no second Basic attempt', async () => {
  const seen: string[] = [];
  const refuseAll = (challenge: string): typeof fetch =>
    (async (url: string | URL, init?: RequestInit) => {
      const s = String(url);
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      seen.push(s.startsWith('https://auth.example/') ? 'token' : (auth?.split(' ')[0] ?? 'anonymous'));
      if (s.startsWith('https://auth.example/')) return new Response(JSON.stringify({ token: 'tok' }), { status: 200 });
      return new Response(null, { status: 401, headers: { 'www-authenticate': challenge } });
    }) as typeof fetch;
  const attempt = async (fetchImpl: typeof fetch) => {
    const http = new RegistryHttp(
      { registry: 'registry.example.com', repository: 'org/model' },
      { credentials: { username: 'robot', password: 'Origin-Test-Pass-1' }, fetchImpl, retries: 0, sleep: noSleep, log: quiet }
    );
    const err = await http.request('GET', http.url('manifests/v1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    clearTokenCache();
  };
  await attempt(refuseAll('Bearer realm="https://auth.example/token",service="reg"'));
  expect(seen.splice(0)).toEqual(['anonymous', 'token', 'Bearer']);
  await attempt(refuseAll('Basic realm="r"'));
  expect(seen).toEqual(['anonymous', 'Basic']);
});
