/**
 * What a network failure does to a run: which failures are retried (and how long the action waits), which stop
 * at once (an unknown host, a certificate problem), and the few words the error gives. A scripted fetch throws
 * the errors Node's fetch throws.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, RegistryHttp } from '../../src/oci/http.js';

const REGISTRY = 'registry.example.com';

function failing(make: () => unknown) {
  const urls: string[] = [];
  const fetchImpl = (async (input: string | URL) => {
    urls.push(String(input));
    throw make();
  }) as typeof fetch;
  return { urls, fetchImpl };
}

const fetchError = (cause: Record<string, unknown>) => Object.assign(new TypeError('fetch failed'), { cause });

async function attempt(fetchImpl: typeof fetch, retries = 2, timeoutMs?: number): Promise<{ message: string; sleeps: number[] }> {
  const sleeps: number[] = [];
  const http = new RegistryHttp(
    { registry: REGISTRY, repository: 'team/model' },
    { fetchImpl, retries, ...(timeoutMs ? { timeoutMs } : {}), sleep: async (ms) => void sleeps.push(ms), log: { info: () => undefined, warning: () => undefined } }
  );
  try {
    await http.request('GET', http.url('manifests/v1'));
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    return { message: (err as Error).message, sleeps };
  }
  throw new Error('expected a rejection');
}

const cannotReach = (reason: string, tries: string) =>
  `Cannot reach registry ${REGISTRY} for team/model (${reason}) after ${tries}: check the host, port and network access from the runner.`;

afterEach(() => {
  clearTokenCache();
  jest.restoreAllMocks();
});

describe('failures that stop at once', () => {
  test('an unknown host is not retried: a typo stays a typo', async () => {
    const { urls, fetchImpl } = failing(() => fetchError({ code: 'ENOTFOUND' }));
    const { message, sleeps } = await attempt(fetchImpl);
    expect(message).toBe(cannotReach('DNS lookup failed: ENOTFOUND, no such host', '1 attempt'));
    expect(urls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  test.each(['ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_SSL_WRONG_VERSION_NUMBER', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED'])(
    'a TLS failure (%s) is not retried and points at the certificate',
    async (code) => {
      const { urls, fetchImpl } = failing(() => fetchError({ code }));
      const { message } = await attempt(fetchImpl);
      expect(message).toBe(`Cannot reach registry ${REGISTRY} for team/model (TLS error ${code}) after 1 attempt: check its certificate, or whether it only speaks plain http.`);
      expect(urls).toHaveLength(1);
    }
  );
});

describe('failures worth another try', () => {
  test('a resolver hiccup (EAI_AGAIN) is retried with growing waits', async () => {
    const { urls, fetchImpl } = failing(() => fetchError({ code: 'EAI_AGAIN' }));
    const { message, sleeps } = await attempt(fetchImpl);
    expect(message).toBe(cannotReach('DNS lookup failed: EAI_AGAIN', '3 attempts'));
    expect(urls).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  test('a refused connection names its code', async () => {
    const { fetchImpl } = failing(() => fetchError({ code: 'ECONNREFUSED' }));
    expect((await attempt(fetchImpl, 0)).message).toBe(cannotReach('ECONNREFUSED', '1 attempt'));
  });

  test('a time-out says how long the action waited', async () => {
    const { fetchImpl } = failing(() => Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }));
    expect((await attempt(fetchImpl, 1, 1500)).message).toBe(cannotReach('no answer within 1.5 s', '2 attempts'));
    const wrapped = failing(() => fetchError({ name: 'TimeoutError' }));
    expect((await attempt(wrapped.fetchImpl, 0, 20_000)).message).toBe(cannotReach('no answer within 20 s', '1 attempt'));
  });

  test('without a code, the cause or the error itself is named', async () => {
    expect((await attempt(failing(() => fetchError({ message: 'socket hang up' })).fetchImpl, 0)).message).toBe(cannotReach('socket hang up', '1 attempt'));
    expect((await attempt(failing(() => new Error('other failure')).fetchImpl, 0)).message).toBe(cannotReach('other failure', '1 attempt'));
    expect((await attempt(failing(() => 'a string').fetchImpl, 0)).message).toBe(cannotReach('a string', '1 attempt'));
  });
});

test('HTTP 500 is retried like any 5xx; 499 is not', async () => {
  const statuses = [500, 200];
  const sleeps: number[] = [];
  const fetchImpl = (async () => new Response('{}', { status: statuses.shift()! })) as typeof fetch;
  const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { fetchImpl, retries: 2, sleep: async (ms) => void sleeps.push(ms), log: { info: () => undefined, warning: () => undefined } });
  expect((await http.request('GET', http.url('manifests/v1'))).status).toBe(200);
  expect(sleeps).toEqual([1000]);
  const once = (async () => new Response('{}', { status: 499 })) as typeof fetch;
  const other = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { fetchImpl: once, retries: 2, sleep: async (ms) => void sleeps.push(ms) });
  expect((await other.request('GET', other.url('manifests/v1'))).status).toBe(499);
  expect(sleeps).toEqual([1000]);
});

describe('Retry-After', () => {
  function busy(retryAfter: string) {
    let calls = 0;
    const fetchImpl = (async () => {
      calls++;
      return calls === 1 ? new Response(null, { status: 429, headers: { 'retry-after': retryAfter } }) : new Response('{}', { status: 200 });
    }) as typeof fetch;
    return fetchImpl;
  }

  async function waited(retryAfter: string): Promise<number[]> {
    const sleeps: number[] = [];
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { fetchImpl: busy(retryAfter), retries: 1, sleep: async (ms) => void sleeps.push(ms), log: { info: () => undefined, warning: () => undefined } });
    await (await http.request('GET', http.url('manifests/v1'))).body?.cancel();
    return sleeps;
  }

  test('seconds or an HTTP date: the registry says how long to wait (never less than the backoff)', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('Tue, 01 Jul 2025 12:00:00 GMT'));
    expect(await waited('5')).toEqual([5000]);
    expect(await waited(' 7 ')).toEqual([7000]);
    expect(await waited('Tue, 01 Jul 2025 12:00:04 GMT')).toEqual([4000]);
    expect(await waited('Tue, 01 Jul 2025 11:59:00 GMT')).toEqual([1000]);
    expect(await waited('soon')).toEqual([1000]);
    expect(await waited('-3')).toEqual([1000]);
  });
});
