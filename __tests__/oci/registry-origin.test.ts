/**
 * Which URL a request to a registry really goes to: a registry that does not speak https (loopback or insecure)
 * is asked over plain http, but only the registry itself, never another host it points at; how long the https
 * probe may take (its own time-out and the run's deadline); and which answers stream through uncapped (blobs by
 * digest) while every other answer is capped at 4 MiB.
 */
import { createServer, type Server } from 'node:http';
import { ActionError } from '../../src/errors.js';
import { resolveDigest } from '../../src/oci/client.js';
import { clearTokenCache, RegistryHttp } from '../../src/oci/http.js';
import { closeServer } from '../helpers/registry.js';

const quiet = { info: () => undefined, warning: () => undefined };
const noSleep = async () => undefined;
const HEX = 'a'.repeat(64);

afterEach(() => clearTokenCache());

/** A fetch whose https probe (https://<host>/v2/) is refused; every other URL is recorded and answered 200. */
function noHttps(): { urls: string[]; fetchImpl: typeof fetch } {
  const urls: string[] = [];
  const fetchImpl = (async (url: string | URL) => {
    const s = String(url);
    if (/^https:\/\/[^/]+\/v2\/$/.test(s)) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    urls.push(s);
    return new Response('{}', { status: 200 });
  }) as typeof fetch;
  return { urls, fetchImpl };
}

/** A fetch whose https probe hangs until its signal aborts (at most 3 s); records how long the probe waited. */
function hangingProbe(): { waited: number[]; urls: string[]; fetchImpl: typeof fetch } {
  const waited: number[] = [];
  const urls: string[] = [];
  const fetchImpl = (async (url: string | URL, init?: RequestInit) => {
    const s = String(url);
    if (!/^https:\/\/[^/]+\/v2\/$/.test(s)) {
      urls.push(s);
      return new Response('{}', { status: 200 });
    }
    const started = Date.now();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 3000);
      init?.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()));
    });
    waited.push(Date.now() - started);
    throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } });
  }) as typeof fetch;
  return { waited, urls, fetchImpl };
}

describe('plain http only for the registry itself', () => {
  test('an insecure registry without https is asked over http, however its name is capitalised', async () => {
    const { urls, fetchImpl } = noHttps();
    const http = new RegistryHttp({ registry: 'Registry.Example:5000', repository: 'org/model' }, { insecure: true, fetchImpl, sleep: noSleep, log: quiet });
    await http.request('GET', 'https://registry.example:5000/v2/org/model/manifests/v1');
    expect(urls).toEqual(['http://registry.example:5000/v2/org/model/manifests/v1']);
    expect(http.url('tags/list')).toBe('http://Registry.Example:5000/v2/org/model/tags/list');
  });

  test('another host (or another port) the registry points at keeps https', async () => {
    const { urls, fetchImpl } = noHttps();
    const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'org/model' }, { fetchImpl, sleep: noSleep, log: quiet });
    await http.request('PUT', 'https://uploads.example/upload/1?digest=x');
    await http.request('GET', 'https://localhost:5001/v2/org/model/manifests/v1');
    await http.request('GET', http.url('manifests/v1'));
    expect(urls).toEqual(['https://uploads.example/upload/1?digest=x', 'https://localhost:5001/v2/org/model/manifests/v1', 'http://localhost:5000/v2/org/model/manifests/v1']);
  });

  test('a registry that answers https is not downgraded', async () => {
    const urls: string[] = [];
    const fetchImpl = (async (url: string | URL) => (urls.push(String(url)), new Response('{}', { status: 200 }))) as typeof fetch;
    const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'org/model' }, { fetchImpl, sleep: noSleep, log: quiet });
    await http.request('GET', http.url('manifests/v1'));
    expect(urls).toEqual(['https://localhost:5000/v2/', 'https://localhost:5000/v2/org/model/manifests/v1']);
  });
});

describe('how long the https probe may take', () => {
  test('a silent https port is waited for up to the time-out, then plain http is used', async () => {
    const { waited, urls, fetchImpl } = hangingProbe();
    const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'org/model' }, { fetchImpl, timeoutMs: 300, sleep: noSleep, log: quiet });
    await http.request('GET', http.url('manifests/v1'));
    expect(waited).toHaveLength(1);
    expect(waited[0]).toBeGreaterThanOrEqual(200);
    expect(waited[0]).toBeLessThan(2000);
    expect(urls).toEqual(['http://localhost:5000/v2/org/model/manifests/v1']);
  });

  test('the probe ends by the run deadline, even with a long time-out', async () => {
    const { waited, fetchImpl } = hangingProbe();
    const http = new RegistryHttp(
      { registry: 'localhost:5000', repository: 'org/model' },
      { fetchImpl, timeoutMs: 60_000, deadline: Date.now() + 300, sleep: noSleep, log: quiet }
    );
    await http.request('GET', http.url('manifests/v1')).catch(() => undefined);
    expect(waited).toHaveLength(1);
    expect(waited[0]).toBeLessThan(2000);
  });

  test('with the deadline already past, the run stops with the budget message', async () => {
    const { urls, fetchImpl } = hangingProbe();
    const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'org/model' }, { fetchImpl, deadline: Date.now() - 1000, sleep: noSleep, log: quiet });
    const err = await http.request('GET', http.url('manifests/v1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toBe("The run's time budget ran out while talking to registry localhost:5000 for org/model; nothing more was asked of it.");
    expect(urls).toEqual([]);
  });
});

describe('which answers are capped', () => {
  const FIVE_MIB = 5 * 1024 * 1024;
  let server: Server;
  let host: string;
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(200, { 'content-length': String(FIVE_MIB) }).end(Buffer.alloc(FIVE_MIB, 0x61)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => closeServer(server));

  const read = async (path: string): Promise<number | string> => {
    const http = new RegistryHttp({ registry: host, repository: 'org/model' }, { sleep: noSleep, log: quiet, retries: 0 });
    const res = await http.request('GET', http.url(path));
    try {
      return (await res.arrayBuffer()).byteLength;
    } catch (err) {
      return String((err as Error).message);
    }
  };

  test('a blob fetched by its digest streams through whole, beyond 4 MiB', async () => {
    expect(await read(`blobs/sha256:${'0123456789abcdef'.repeat(4)}`)).toBe(FIVE_MIB);
  });

  test('anything else of that size is refused: manifests, and paths that only look like a blob digest', async () => {
    const refused = `Registry ${host} (repository org/model) answered with more than 4 MiB where a small document was expected; refusing to read it.`;
    for (const path of ['manifests/v1', `blobs/sha256:${HEX}/x`, `blobs/sha256:${HEX}x`, `blobs/sha256:${'A'.repeat(64)}`, `blobs/sha256:${HEX.slice(1)}`, `blobs/sha512:${HEX}`, `blobs/uploads/sha256:${HEX}x`]) {
      expect([path, await read(path)]).toEqual([path, refused]);
    }
  });
});

test('a digest with anything before or after its 64 hex characters is refused before any request', async () => {
  const { urls, fetchImpl } = noHttps();
  for (const digest of [`x-sha256:${HEX}`, `sha256:${HEX}0`, `sha256:${HEX}\n`]) {
    const err = await resolveDigest({ registry: 'registry.example.com', repository: 'org/model', digest }, { fetchImpl, retries: 0, sleep: noSleep, log: quiet }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toBe(`The digest of registry.example.com/org/model is not sha256:<64 lowercase hex characters>: ${JSON.stringify(digest)}.`);
  }
  expect(urls).toEqual([]);
});

test('a registry allowed plain http still cannot redirect to anything but http(s)', async () => {
  const sent: string[] = [];
  const fetchImpl = (async (url: string | URL) => {
    sent.push(String(url));
    return String(url).endsWith('/v2/') ? new Response(null, { status: 200 }) : new Response(null, { status: 302, headers: { location: 'ftp://files.example.com/x' } });
  }) as typeof fetch;
  const http = new RegistryHttp({ registry: 'localhost:5000', repository: 'org/model' }, { fetchImpl, retries: 0, sleep: noSleep, log: quiet });
  const err = await http.request('GET', http.url('manifests/v1')).catch((e: unknown) => e);
  expect((err as Error).message).toBe('registry localhost:5000 for org/model redirected to a URL that is not https; only https redirects are followed.');
  expect(sent).toEqual(['https://localhost:5000/v2/', 'https://localhost:5000/v2/org/model/manifests/v1']);
});

test('the host named when a redirect target asks for credentials is cut to 100 characters', async () => {
  const far = `${'a'.repeat(60)}.${'b'.repeat(60)}.example`;
  const fetchImpl = (async (url: string | URL) =>
    new URL(String(url)).host === far
      ? new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } })
      : new Response(null, { status: 307, headers: { location: `https://${far}/v2/org/model/manifests/v1` } })) as typeof fetch;
  const http = new RegistryHttp({ registry: 'registry.example.com', repository: 'org/model' }, { fetchImpl, retries: 0, sleep: noSleep, log: quiet });
  const err = await http.request('GET', http.url('manifests/v1')).catch((e: unknown) => e);
  expect((err as Error).message).toBe(
    `Registry registry.example.com (repository org/model) redirected to ${far.slice(0, 100)}, which asked for credentials (HTTP 401); credentials are only sent to the registry itself.`
  );
});

test('falling back to http is logged for an insecure registry (with a short reason), not for loopback', async () => {
  const infos: string[] = [];
  const log = { ...quiet, info: (m: string) => void infos.push(m) };
  const refused = (async (url: string | URL) => {
    if (String(url).endsWith('/v2/')) throw Object.assign(new TypeError('fetch failed'), { cause: { message: `connect failed ${'x'.repeat(200)}` } });
    return new Response('{}', { status: 200 });
  }) as typeof fetch;
  const loopback = new RegistryHttp({ registry: 'localhost:5000', repository: 'org/model' }, { fetchImpl: refused, sleep: noSleep, log });
  await loopback.request('GET', loopback.url('manifests/v1'));
  expect(infos).toEqual([]);
  const insecure = new RegistryHttp({ registry: 'registry.internal:5000', repository: 'org/model' }, { insecure: true, fetchImpl: refused, sleep: noSleep, log });
  await insecure.request('GET', insecure.url('manifests/v1'));
  expect(infos).toHaveLength(1);
  expect(infos[0]).toMatch(/^Registry registry\.internal:5000 \(repository org\/model\) does not speak https \(.{1,80}\); using plain http\.$/);
});
