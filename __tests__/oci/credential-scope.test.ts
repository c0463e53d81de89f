/**
 * Which host receives which credential, and for how long a Bearer token is used: a scripted fetch stands in
 * for a registry (registry.example.com) and its token server (auth.example.com), so every request the action
 * makes is recorded with the Authorization it carried.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { sameOrigin } from '../../src/oci/auth.js';
import { clearTokenCache, CredentialsRequiredError, parseChallenges, RegistryHttp, type RegistryHttpOptions } from '../../src/oci/http.js';

const REGISTRY = 'registry.example.com';
const CREDS = { username: 'robot', password: 'Scope-Test-Pass-1' };
const BASIC = `Basic ${Buffer.from('robot:Scope-Test-Pass-1').toString('base64')}`;
const CHALLENGE = 'Bearer realm="https://auth.example.com/token",service="registry.example.com"';

interface Sent {
  url: string;
  authorization?: string;
}

type Answer = (url: URL, headers: Record<string, string>) => Response;

/** fetch that records each request and answers from `answer`; the registry accepts only `Bearer <accepted>`. */
function scripted(answer: Answer) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: string | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({ url: String(input), ...(headers.Authorization ? { authorization: headers.Authorization } : {}) });
    return answer(new URL(String(input)), headers);
  }) as typeof fetch;
  return { sent, fetchImpl };
}

function tokenServer(tokens: { body: unknown; status?: number }[]) {
  let issued = 0;
  return (url: URL, headers: Record<string, string>): Response => {
    if (url.host === 'auth.example.com') {
      const next = tokens[Math.min(issued++, tokens.length - 1)]!;
      return new Response(typeof next.body === 'string' ? next.body : JSON.stringify(next.body), { status: next.status ?? 200 });
    }
    const auth = headers.Authorization ?? '';
    if (auth.startsWith('Bearer ') && auth !== 'Bearer revoked') return new Response('{}', { status: 200 });
    // One token server for every registry host (as on a shared auth service), told apart by service.
    return new Response(null, { status: 401, headers: { 'www-authenticate': CHALLENGE.replace(REGISTRY, url.host) } });
  };
}

const quiet: RegistryHttpOptions = { sleep: async () => undefined, retries: 0, log: { info: () => undefined, warning: () => undefined } };

async function get(http: RegistryHttp): Promise<number> {
  const res = await http.request('GET', http.url('manifests/v1'));
  await res.body?.cancel();
  return res.status;
}

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).not.toContain(CREDS.password);
    return err as ActionError;
  }
  throw new Error('expected a rejection');
}

afterEach(() => {
  clearTokenCache();
  jest.restoreAllMocks();
});

describe('the token server', () => {
  test('receives the credentials and the scope; the registry receives only the token', async () => {
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1', expires_in: 300 } }]));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'mirror/model', push: true, mountFrom: 'team/model' }, { ...quiet, credentials: CREDS, fetchImpl });
    expect(await get(http)).toBe(200);
    const token = new URL(sent[1]!.url);
    expect(token.host).toBe('auth.example.com');
    expect(token.searchParams.get('service')).toBe(REGISTRY);
    expect(token.searchParams.getAll('scope')).toEqual(['repository:mirror/model:pull,push', 'repository:team/model:pull']);
    expect(sent.map((s) => `${new URL(s.url).host} ${s.authorization ?? '-'}`)).toEqual([
      `${REGISTRY} -`,
      `auth.example.com ${BASIC}`,
      `${REGISTRY} Bearer tok-1`
    ]);
  });

  test('a mount from the same repository asks for one scope only', async () => {
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1' } }]));
    await get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model', mountFrom: 'team/model' }, { ...quiet, fetchImpl }));
    expect(new URL(sent[1]!.url).searchParams.getAll('scope')).toEqual(['repository:team/model:pull']);
    expect(sent[1]!.authorization).toBeUndefined();
  });

  test('an empty or non-string token falls back to access_token', async () => {
    for (const body of [{ token: '', access_token: 'tok-a' }, { token: 5, access_token: 'tok-a' }]) {
      clearTokenCache();
      const { sent, fetchImpl } = scripted(tokenServer([{ body }]));
      expect(await get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, fetchImpl }))).toBe(200);
      expect(sent.at(-1)!.authorization).toBe('Bearer tok-a');
    }
  });

  test('the token is masked the moment it exists', async () => {
    const secrets: string[] = [];
    const { fetchImpl } = scripted(tokenServer([{ body: { access_token: 'tok-access' } }]));
    await get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, fetchImpl, setSecret: (v) => void secrets.push(v) }));
    expect(secrets).toEqual(['tok-access']);
  });

  test.each([
    ['something that is not JSON', 'not json', 'answered with something that is not JSON'],
    ['JSON without a token', { expires_in: 300 }, 'answered without a token or access_token'],
    ['an empty token and no access_token', { token: '' }, 'answered without a token or access_token']
  ])('an answer with %s is a clear error', async (_what, body, words) => {
    const { fetchImpl } = scripted(tokenServer([{ body }]));
    const err = await failure(get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, credentials: CREDS, fetchImpl })));
    expect(err.message).toBe(`Registry ${REGISTRY} (repository team/model): the token server auth.example.com ${words}.`);
  });

  test('refusing anonymous access asks for credentials; refusing the credentials says to check them', async () => {
    const anonymous = scripted(tokenServer([{ body: {}, status: 401 }]));
    const err = await failure(get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, fetchImpl: anonymous.fetchImpl })));
    expect(err).toBeInstanceOf(CredentialsRequiredError);
    const refused = scripted(tokenServer([{ body: {}, status: 403 }]));
    const wrong = await failure(get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model', push: true }, { ...quiet, credentials: CREDS, fetchImpl: refused.fetchImpl })));
    expect(wrong).not.toBeInstanceOf(CredentialsRequiredError);
    expect(wrong.message).toBe(`Registry ${REGISTRY} (repository team/model): the token server auth.example.com rejected the credentials (HTTP 403): check the credentials for pushing.`);
  });
});

describe('the token cache of a run', () => {
  test('a token is reused for the same scope and credentials, and forgotten by clearTokenCache', async () => {
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1', expires_in: 300 } }, { body: { token: 'tok-2', expires_in: 300 } }]));
    const access = { registry: REGISTRY, repository: 'team/model' };
    await get(new RegistryHttp(access, { ...quiet, credentials: CREDS, fetchImpl }));
    await get(new RegistryHttp(access, { ...quiet, credentials: CREDS, fetchImpl }));
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(1);
    clearTokenCache();
    await get(new RegistryHttp(access, { ...quiet, credentials: CREDS, fetchImpl }));
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(2);
    expect(sent.at(-1)!.authorization).toBe('Bearer tok-2');
  });

  test('other credentials never reuse a token obtained with the first ones', async () => {
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1', expires_in: 300 } }, { body: { token: 'tok-2', expires_in: 300 } }]));
    const access = { registry: REGISTRY, repository: 'team/model' };
    await get(new RegistryHttp(access, { ...quiet, credentials: CREDS, fetchImpl }));
    await get(new RegistryHttp(access, { ...quiet, credentials: { username: 'other', password: 'x' }, fetchImpl }));
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(2);
    expect(sent.at(-1)!.authorization).toBe('Bearer tok-2');
  });

  test('a token for one repository, or for another registry on the same token server, is never reused', async () => {
    const { sent, fetchImpl } = scripted(
      tokenServer([{ body: { token: 'tok-1', expires_in: 300 } }, { body: { token: 'tok-2', expires_in: 300 } }, { body: { token: 'tok-3', expires_in: 300 } }])
    );
    await get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, credentials: CREDS, fetchImpl }));
    await get(new RegistryHttp({ registry: REGISTRY, repository: 'team/other' }, { ...quiet, credentials: CREDS, fetchImpl }));
    await get(new RegistryHttp({ registry: 'mirror.example.com', repository: 'team/model' }, { ...quiet, credentials: CREDS, fetchImpl }));
    const asked = sent.filter((s) => s.url.includes('auth.example.com')).map((s) => new URL(s.url).searchParams);
    expect(asked.map((q) => `${q.get('service')} ${q.get('scope')}`)).toEqual([
      `${REGISTRY} repository:team/model:pull`,
      `${REGISTRY} repository:team/other:pull`,
      'mirror.example.com repository:team/model:pull'
    ]);
    expect(sent.filter((s) => !s.url.includes('auth.example.com') && s.authorization).map((s) => s.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2', 'Bearer tok-3']);
  });

  test('a token is not used once its lifetime (less a 10 s margin) has passed', async () => {
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1', expires_in: 70 } }, { body: { token: 'tok-2', expires_in: 70 } }]));
    const access = { registry: REGISTRY, repository: 'team/model' };
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    now += 59_999; // 70 s less the margin: still valid
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(1);
    now += 1; // exactly at expiry: a new token
    const http = new RegistryHttp(access, { ...quiet, fetchImpl });
    await get(http);
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(2);
    expect(sent.at(-1)!.authorization).toBe('Bearer tok-2');
    // The same client renews its own token when it expires, before sending the next request.
    now += 60_000;
    await get(http);
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(3);
  });

  test('expires_in 0 means no lifetime was given: 60 s less the margin', async () => {
    let now = 7_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1', expires_in: 0 } }, { body: { token: 'tok-2' } }]));
    const access = { registry: REGISTRY, repository: 'team/model' };
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    now += 49_999;
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    expect(sent.filter((s) => s.url.includes('auth.example.com'))).toHaveLength(1);
  });

  test('without expires_in (or a nonsensical one) a token lives 60 s less the margin', async () => {
    let now = 5_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const { sent, fetchImpl } = scripted(tokenServer([{ body: { token: 'tok-1', expires_in: -5 } }, { body: { token: 'tok-2', expires_in: 'soon' } }, { body: { token: 'tok-3' } }]));
    const access = { registry: REGISTRY, repository: 'team/model' };
    const tokens = () => sent.filter((s) => s.url.includes('auth.example.com')).length;
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    now += 49_999;
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    expect(tokens()).toBe(1);
    now += 1;
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    expect(tokens()).toBe(2);
    now += 50_000;
    await get(new RegistryHttp(access, { ...quiet, fetchImpl }));
    expect(tokens()).toBe(3);
  });
});

describe('challenges', () => {
  test('stray characters between challenges are skipped, and a parameter without a value is empty', () => {
    expect(parseChallenges('Basic realm="r" ; Bearer realm=, service="s"')).toEqual([
      { scheme: 'basic', params: { realm: 'r' } },
      { scheme: 'bearer', params: { realm: '', service: 's' } }
    ]);
  });

  test('parameters before any scheme are ignored; an unterminated quoted value runs to the end', () => {
    expect(parseChallenges('realm="x", Basic')).toEqual([{ scheme: 'basic', params: {} }]);
    expect(parseChallenges('Bearer realm="https://auth.example.com/token')).toEqual([{ scheme: 'bearer', params: { realm: 'https://auth.example.com/token' } }]);
  });

  test('a 401 without any challenge says so', async () => {
    const { fetchImpl } = scripted(() => new Response(null, { status: 401 }));
    const err = await failure(get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, credentials: CREDS, fetchImpl })));
    expect(err.message).toBe(`Registry ${REGISTRY} (repository team/model) answered HTTP 401 with no usable authentication challenge (WWW-Authenticate: "").`);
  });

  test('a Bearer challenge with an empty realm is not usable: nothing is sent anywhere', async () => {
    const { sent, fetchImpl } = scripted(() => new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm=""' } }));
    const err = await failure(get(new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, credentials: CREDS, fetchImpl })));
    expect(err.message).toBe(`Registry ${REGISTRY} (repository team/model) answered HTTP 401 with no usable authentication challenge (WWW-Authenticate: "Bearer realm=\\"\\"").`);
    expect(sent.map((s) => s.authorization ?? '-')).toEqual(['-']);
  });
});

test('sameOrigin, the guard in front of every Authorization header: scheme, host and port must all match', () => {
  expect(sameOrigin('https://registry.example.com/v2/x', 'https://registry.example.com')).toBe(true);
  expect(sameOrigin('https://registry.example.com:443/v2/x', 'https://registry.example.com')).toBe(true);
  expect(sameOrigin('http://registry.example.com/v2/x', 'https://registry.example.com')).toBe(false);
  expect(sameOrigin('https://registry.example.com:5000/v2/x', 'https://registry.example.com')).toBe(false);
  expect(sameOrigin('https://registry.example.com.evil.example/v2/x', 'https://registry.example.com')).toBe(false);
  expect(sameOrigin('/v2/relative', 'https://registry.example.com')).toBe(false);
  expect(sameOrigin('not a url', 'not a url')).toBe(false);
});
