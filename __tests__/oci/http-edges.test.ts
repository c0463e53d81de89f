/**
 * Edges of registry requests (src/oci/http.ts) with a scripted fetch standing in for a registry
 * (registry.example.com) and its token server (auth.example.com): the manifest types asked for, a cached Bearer
 * token the registry no longer accepts, and a small document the registry does not have.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { clearTokenCache, MEDIA_TYPES, RegistryHttp, type RegistryHttpOptions } from '../../src/oci/http.js';

const REGISTRY = 'registry.example.com';
const CHALLENGE = 'Bearer realm="https://auth.example.com/token",service="registry.example.com"';
const quiet: RegistryHttpOptions = { sleep: async () => undefined, retries: 0, log: { info: () => undefined, warning: () => undefined } };

interface Sent {
  url: string;
  headers: Record<string, string>;
}

/** fetch that records each request (URL and headers) and answers from `answer`. */
function scripted(answer: (url: URL, headers: Record<string, string>) => Response) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: string | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({ url: String(input), headers });
    return answer(new URL(String(input)), headers);
  }) as typeof fetch;
  return { sent, fetchImpl };
}

afterEach(() => clearTokenCache());

describe('the manifest types asked for', () => {
  test('every OCI and Docker manifest and index type is offered as its own entry of Accept', async () => {
    const { sent, fetchImpl } = scripted(() => new Response('{}', { status: 200 }));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, fetchImpl });
    const res = await http.request('GET', http.url('manifests/v1'));
    await res.body?.cancel();
    const offered = sent[0]!.headers.Accept!.split(',').map((t) => t.trim());
    expect(offered.sort()).toEqual(Object.values(MEDIA_TYPES).sort());
  });
});

describe('a cached Bearer token the registry no longer accepts', () => {
  /** The token server hands out tok-1, tok-2, ...; the registry accepts only `Bearer <accepted.value>`. */
  function rotatingRegistry(accepted: { value: string }) {
    let issued = 0;
    return scripted((url, headers) => {
      if (url.host === 'auth.example.com') return Response.json({ token: `tok-${++issued}`, expires_in: 300 });
      if (headers.Authorization === `Bearer ${accepted.value}`) return new Response('{}', { status: 200 });
      return new Response(null, { status: 401, headers: { 'www-authenticate': CHALLENGE } });
    });
  }

  test('is renewed once from the token server and the request then succeeds', async () => {
    const accepted = { value: 'tok-1' };
    const { sent, fetchImpl } = rotatingRegistry(accepted);
    const access = { registry: REGISTRY, repository: 'team/model' };
    const first = new RegistryHttp(access, { ...quiet, fetchImpl });
    expect((await first.request('GET', first.url('manifests/v1'))).status).toBe(200);

    accepted.value = 'tok-2'; // the registry revoked tok-1, which the run still has cached
    const second = new RegistryHttp(access, { ...quiet, fetchImpl });
    const res = await second.request('GET', second.url('manifests/v1'));
    expect(res.status).toBe(200);
    const tokenRequests = sent.filter((s) => s.url.startsWith('https://auth.example.com/'));
    expect(tokenRequests).toHaveLength(2);
    expect(sent.at(-1)!.headers.Authorization).toBe('Bearer tok-2');
  });
});

describe('a small document the registry does not have', () => {
  test('a 404 is returned as such, its body unread however large', async () => {
    const huge = Buffer.alloc(5 * 1024 * 1024, 0x20);
    const { fetchImpl } = scripted(() => new Response(huge, { status: 404 }));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...quiet, fetchImpl });
    const { res, bytes } = await http.document(http.url('manifests/missing'));
    expect(res.status).toBe(404);
    expect(bytes).toBeUndefined();
  });
});
