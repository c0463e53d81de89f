/**
 * The registry transport's decisions, with a scripted fetch: which redirects are followed (how many, with which
 * method, to which schemes), when a loopback or insecure registry is spoken to over plain http, and how a document
 * whose body breaks off is retried within the run's time budget.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { clearTokenCache, RegistryHttp, TransientError, type RegistryHttpOptions } from '../../src/oci/http.js';

const REGISTRY = 'registry.example.com';
const CREDS = { username: 'robot', password: 'Transport-Pass-1' };
const BASIC = `Basic ${Buffer.from('robot:Transport-Pass-1').toString('base64')}`;

interface Sent {
  method: string;
  url: string;
  authorization?: string;
  body?: boolean;
}

function scripted(answer: (url: URL, method: string, n: number) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: string | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const method = init?.method ?? 'GET';
    sent.push({ method, url: String(input), ...(headers.Authorization ? { authorization: headers.Authorization } : {}), ...(init?.body ? { body: true } : {}) });
    return answer(new URL(String(input)), method, sent.length);
  }) as typeof fetch;
  return { sent, fetchImpl };
}

const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } });
const quiet = { info: () => undefined, warning: () => undefined };
const base: RegistryHttpOptions = { sleep: async () => undefined, retries: 0, log: quiet };

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    return (err as Error).message;
  }
  throw new Error('expected a rejection');
}

afterEach(() => {
  clearTokenCache();
  jest.restoreAllMocks();
});

describe('redirects', () => {
  test('up to 5 redirects are followed; a sixth is refused', async () => {
    const chain = (hops: number) =>
      scripted((url) => {
        const n = Number(url.searchParams.get('hop') ?? 0);
        return n < hops ? redirect(307, `https://${REGISTRY}/v2/team/model/manifests/v1?hop=${n + 1}`) : new Response('{}', { status: 200 });
      });
    const five = chain(5);
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl: five.fetchImpl });
    expect((await http.request('GET', http.url('manifests/v1'))).status).toBe(200);
    expect(five.sent).toHaveLength(6);
    const six = chain(6);
    const again = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl: six.fetchImpl });
    expect(await failure(again.request('GET', again.url('manifests/v1')))).toBe(`registry ${REGISTRY} for team/model redirected more than 5 times.`);
  });

  test.each([
    [303, 'GET', 'GET'],
    [303, 'HEAD', 'HEAD'],
    [303, 'PUT', 'GET'],
    [302, 'POST', 'GET'],
    [301, 'POST', 'GET'],
    [302, 'PUT', 'PUT'],
    [307, 'POST', 'POST'],
    [308, 'PUT', 'PUT']
  ])('HTTP %i after %s continues with %s', async (status, method, expected) => {
    const { sent, fetchImpl } = scripted((url) => (url.pathname === '/first' ? redirect(status, '/second') : new Response(null, { status: 201 })));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl });
    await http.request(method, `https://${REGISTRY}/first`, { body: 'x' });
    expect(sent.map((s) => `${s.method} ${new URL(s.url).pathname} ${s.body ? 'body' : '-'}`)).toEqual([
      `${method} /first body`,
      `${expected} /second ${expected === 'GET' || expected === 'HEAD' ? '-' : 'body'}`
    ]);
  });

  test('a streamed upload that is redirected is not sent twice', async () => {
    const { sent, fetchImpl } = scripted(() => redirect(307, `https://${REGISTRY}/elsewhere`));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl });
    const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([1])), c.close()) });
    expect(await failure(http.request('PUT', http.url('blobs/uploads/1'), { body }))).toBe(
      `registry ${REGISTRY} for team/model redirected an upload, which cannot be sent twice.`
    );
    expect(sent).toHaveLength(1);
  });

  test('a relative Location stays on the registry and keeps the credentials there', async () => {
    const { sent, fetchImpl } = scripted((url, _m, n) => {
      if (n === 1) return new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } });
      return url.pathname.endsWith('/v1') ? redirect(302, '../blobs/x') : new Response('{}', { status: 200 });
    });
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, credentials: CREDS, fetchImpl });
    await http.request('GET', http.url('manifests/v1'));
    expect(sent.map((s) => `${s.url} ${s.authorization ?? '-'}`)).toEqual([
      `https://${REGISTRY}/v2/team/model/manifests/v1 -`,
      `https://${REGISTRY}/v2/team/model/manifests/v1 ${BASIC}`,
      `https://${REGISTRY}/v2/team/model/blobs/x ${BASIC}`
    ]);
  });

  test.each([
    ['ftp://files.example.com/x', 'redirected to a URL that is not https; only https redirects are followed.'],
    ['http://other.example.com/x', 'redirected to plain http (other.example.com); only https redirects are followed.'],
    ['https://[not-a-host/x', 'redirected to something that is not a URL.']
  ])('a redirect to %s is refused', async (location, words) => {
    const { sent, fetchImpl } = scripted(() => redirect(302, location));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl });
    expect(await failure(http.request('GET', http.url('manifests/v1')))).toBe(`registry ${REGISTRY} for team/model ${words}`);
    expect(sent).toHaveLength(1);
  });
});

describe('plain http: loopback or insecure registries only, and only when https is not spoken', () => {
  const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });

  test('a loopback registry that does not speak https is asked over http', async () => {
    const { sent, fetchImpl } = scripted((url) => {
      if (url.protocol === 'https:') throw refused();
      return new Response('{}', { status: 200 });
    });
    const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'team/model' }, { ...base, fetchImpl });
    expect((await http.request('GET', http.url('manifests/v1'))).status).toBe(200);
    expect(sent.map((s) => s.url)).toEqual(['https://localhost:5000/v2/', 'http://localhost:5000/v2/team/model/manifests/v1']);
    expect(http.base).toBe('http://localhost:5000');
  });

  test('a loopback registry that speaks https stays on https', async () => {
    const { sent, fetchImpl } = scripted(() => new Response('{}', { status: 200 }));
    const http = new RegistryHttp({ registry: '127.0.0.1:5000', repository: 'team/model' }, { ...base, fetchImpl });
    await http.request('GET', http.url('manifests/v1'));
    expect(sent.map((s) => s.url)).toEqual(['https://127.0.0.1:5000/v2/', 'https://127.0.0.1:5000/v2/team/model/manifests/v1']);
  });

  test('an untrusted certificate means the registry speaks TLS: never downgraded to http', async () => {
    const { sent, fetchImpl } = scripted((url) => {
      if (url.pathname === '/v2/') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
      return new Response('{}', { status: 200 });
    });
    const http = new RegistryHttp({ registry: '[::1]:5000', repository: 'team/model' }, { ...base, fetchImpl });
    await http.request('GET', http.url('manifests/v1'));
    expect(sent.map((s) => s.url)).toEqual(['https://[::1]:5000/v2/', 'https://[::1]:5000/v2/team/model/manifests/v1']);
  });

  test('an insecure registry says when it falls back to http; insecure: false never does', async () => {
    const infos: string[] = [];
    const { sent, fetchImpl } = scripted((url) => {
      if (url.protocol === 'https:') throw refused();
      return new Response('{}', { status: 200 });
    });
    const http = new RegistryHttp({ registry: 'registry.internal:5000', repository: 'team/model' }, { ...base, insecure: true, fetchImpl, log: { ...quiet, info: (m) => void infos.push(m) } });
    await http.request('GET', http.url('manifests/v1'));
    expect(sent.at(-1)!.url).toBe('http://registry.internal:5000/v2/team/model/manifests/v1');
    expect(infos).toEqual(['Registry registry.internal:5000 (repository team/model) does not speak https (ECONNREFUSED); using plain http.']);
    const strict = scripted(() => {
      throw refused();
    });
    const https = new RegistryHttp({ registry: 'localhost:5000', repository: 'team/model' }, { ...base, insecure: false, fetchImpl: strict.fetchImpl });
    await failure(https.request('GET', https.url('manifests/v1')));
    expect(strict.sent.map((s) => s.url)).toEqual(['https://localhost:5000/v2/team/model/manifests/v1']);
  });

  test('a loopback registry never sends credentials to a plain-http realm on another host', async () => {
    const { sent, fetchImpl } = scripted((url) => {
      if (url.pathname === '/v2/') throw refused();
      return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm="http://auth.example.com/token"' } });
    });
    const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'team/model' }, { ...base, credentials: CREDS, fetchImpl });
    expect(await failure(http.request('GET', http.url('manifests/v1')))).toBe(
      'Registry localhost:5000 (repository team/model) sent a token realm over plain http (http://auth.example.com); credentials are only sent to https realms.'
    );
    expect(sent.some((s) => s.url.includes('auth.example.com'))).toBe(false);
  });
});

describe('documents whose body breaks off', () => {
  const broken = () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"part'));
          c.error(Object.assign(new Error('terminated'), { cause: { code: 'ECONNRESET' } }));
        }
      }),
      { status: 200 }
    );

  test('are read again after a growing wait, with a warning', async () => {
    const warnings: string[] = [];
    const sleeps: number[] = [];
    const { fetchImpl } = scripted((_url, _m, n) => (n < 3 ? broken() : new Response('{"whole":true}', { status: 200 })));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, retries: 2, fetchImpl, sleep: async (ms) => void sleeps.push(ms), log: { ...quiet, warning: (m) => void warnings.push(m) } });
    const { bytes } = await http.document(http.url('manifests/v1'));
    expect(bytes?.toString()).toBe('{"whole":true}');
    expect(sleeps).toEqual([1000, 2000]);
    expect(warnings).toEqual([
      `Reading the answer of Registry ${REGISTRY} (repository team/model) failed (ECONNRESET). Retrying in 1 s (attempt 2 of 3).`,
      `Reading the answer of Registry ${REGISTRY} (repository team/model) failed (ECONNRESET). Retrying in 2 s (attempt 3 of 3).`
    ]);
  });

  test('are not waited for past the run deadline', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const { sent, fetchImpl } = scripted(() => broken());
    const late = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, retries: 2, deadline: 1_001_000, fetchImpl });
    expect(await failure(late.document(late.url('manifests/v1')))).toBe(
      `The run's time budget ran out while talking to registry ${REGISTRY} for team/model; nothing more was asked of it.`
    );
    expect(sent).toHaveLength(1);
    const inTime = scripted((_url, _m, n) => (n === 1 ? broken() : new Response('{}', { status: 200 })));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, retries: 2, deadline: 1_001_001, fetchImpl: inTime.fetchImpl });
    expect((await http.document(http.url('manifests/v1'))).bytes?.toString()).toBe('{}');
  });
});

test('a request with its own abort signal still stops at the run deadline', async () => {
  const fetchImpl = ((_url: string, init: RequestInit) =>
    new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
  const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, deadline: Date.now() + 300, fetchImpl });
  const started = Date.now();
  const message = await failure(http.request('PUT', http.url('blobs/uploads/1'), { body: 'x', signal: new AbortController().signal }));
  expect(Date.now() - started).toBeLessThan(5000);
  expect(message).toMatch(/^Cannot reach registry registry\.example\.com for team\/model \(no answer within|^The run's time budget ran out/);
});

test('a run whose deadline has passed sends nothing more', async () => {
  const { sent, fetchImpl } = scripted(() => new Response('{}', { status: 200 }));
  const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, deadline: Date.now() - 1, fetchImpl });
  expect(await failure(http.request('GET', http.url('manifests/v1')))).toBe(
    `The run's time budget ran out while talking to registry ${REGISTRY} for team/model; nothing more was asked of it.`
  );
  expect(sent).toEqual([]);
});

test('only 3xx answers are redirects: a 202 upload Location or a 400 with a Location is returned as it is', async () => {
  for (const [status, followed] of [[202, false], [400, false], [300, true], [399, true]] as const) {
    const { sent, fetchImpl } = scripted((url) => (url.pathname === '/second' ? new Response('{}', { status: 200 }) : new Response(null, { status, headers: { location: '/second' } })));
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl });
    const res = await http.request('POST', `https://${REGISTRY}/first`);
    expect([res.status, sent.length]).toEqual(followed ? [200, 2] : [status, 1]);
  }
});

describe('streamed uploads', () => {
  const upload = () => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([1])), c.close()) });

  test('a network failure is sent once and reported as worth another try from the start', async () => {
    const { sent, fetchImpl } = scripted(() => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    });
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, retries: 3, fetchImpl });
    let err: unknown;
    await http.request('PUT', http.url('blobs/uploads/1'), { body: upload() }).catch((e) => (err = e));
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toBe(`Sending data to registry ${REGISTRY} for team/model failed (ECONNRESET).`);
    expect(sent).toHaveLength(1);
  });

  test('a TLS failure is not worth another try', async () => {
    const { fetchImpl } = scripted(() => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'CERT_HAS_EXPIRED' } });
    });
    const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, fetchImpl });
    let err: unknown;
    await http.request('PUT', http.url('blobs/uploads/1'), { body: upload() }).catch((e) => (err = e));
    expect(err).toBeInstanceOf(ActionError);
    expect(err).not.toBeInstanceOf(TransientError);
    expect((err as Error).message).toBe(`Sending data to registry ${REGISTRY} for team/model failed (TLS error CERT_HAS_EXPIRED).`);
  });
});

test('a retry whose wait would reach the deadline is not waited for', async () => {
  jest.spyOn(Date, 'now').mockReturnValue(2_000_000);
  const sleeps: number[] = [];
  const { sent, fetchImpl } = scripted(() => new Response(null, { status: 503 }));
  const http = new RegistryHttp({ registry: REGISTRY, repository: 'team/model' }, { ...base, retries: 3, deadline: 2_001_000, fetchImpl, sleep: async (ms) => void sleeps.push(ms) });
  expect(await failure(http.request('GET', http.url('manifests/v1')))).toBe(
    `The run's time budget ran out while talking to registry ${REGISTRY} for team/model; nothing more was asked of it.`
  );
  expect([sent.length, sleeps]).toEqual([1, []]);
});
