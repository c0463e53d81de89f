/**
 * Authenticated requests to one repository of an OCI registry (Node's fetch): Basic and Bearer challenges with
 * a token per scope (pull, or pull,push), a token cache for the run, time-outs within the run's deadline, retries
 * with backoff and Retry-After. The registry is untrusted: only its own origin's challenges are answered and only
 * it receives Authorization; documents are capped while streaming (body.ts); loopback or explicitly insecure
 * registries are tried over https first, plain http only when https is not spoken. Messages never include credentials.
 */
import { ActionError } from '../errors.js';
import { basicAuth, cachedToken, cacheToken, challengeOf, isLoopback, parseChallenges, sameOrigin, tokenKey, type CachedToken } from './auth.js';
import { BodyReadError, capResponse, readBytes } from './body.js';
import type { RegistryCredentials } from './credentials.js';
import { CERT_CODE, networkFailure } from './errors.js';
import { refusal, statusError, type Who } from './refusals.js';
import { requestToken } from './token.js';
import { budgetError, defaultSleep, fetchWithRetries, type Logger, type RetryPolicy, type SendInit, type Sleep } from './fetch.js';

export { clearTokenCache, isLoopback, parseChallenges, type Challenge } from './auth.js';
export { CredentialsRequiredError, errorCodes, TransientError } from './errors.js';
export { defaultSleep, type Logger, type SendInit, type Sleep } from './fetch.js';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const;
export const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

export interface RegistryHttpOptions {
  credentials?: RegistryCredentials;
  /**
   * May fall back to plain http when the registry does not speak https (default: only for localhost, 127.0.0.1
   * and ::1; false: https only). https is always tried first.
   */
  insecure?: boolean;
  /** Date.now() by which the registry phase must be done (the run's time budget). */
  deadline?: number;
  /** Called with every secret obtained at run time (Bearer tokens), before anything can print it. */
  setSecret?: (value: string) => void;
  /** Per attempt, until the response headers and body are in (default 15 s). */
  timeoutMs?: number;
  /** Retries of network errors, 429 and 5xx (default 3). */
  retries?: number;
  sleep?: Sleep;
  log?: Logger;
  fetchImpl?: typeof fetch;
}

export interface RepositoryAccess {
  registry: string;
  repository: string;
  /** Ask for pull,push instead of pull. */
  push?: boolean;
  /** Also ask for pull on this repository of the same registry (cross-repository mounts). */
  mountFrom?: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 3;

/** Requests to one repository; the Authorization found on the first challenge is reused for the next requests. */
export class RegistryHttp {
  readonly retries: number;
  readonly timeoutMs: number;
  readonly sleep: Sleep;
  private readonly policy: RetryPolicy;
  private readonly scopes: string[];
  private authorization?: string;
  private bearer?: { header: string; expiresAt: number };
  private scheme?: Promise<'https' | 'http'>;
  private decided: 'https' | 'http' = 'https';

  constructor(
    readonly access: RepositoryAccess,
    readonly opts: RegistryHttpOptions = {}
  ) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = opts.retries ?? DEFAULT_RETRIES;
    this.sleep = opts.sleep ?? defaultSleep;
    const { timeoutMs, retries, sleep } = this;
    const allowHttp = this.mayUseHttp();
    this.policy = { fetch: opts.fetchImpl ?? fetch, timeoutMs, retries, sleep, log: opts.log, repository: access.repository, deadline: opts.deadline, allowHttp };
    this.scopes = [`repository:${access.repository}:${access.push ? 'pull,push' : 'pull'}`];
    if (access.mountFrom && access.mountFrom !== access.repository) this.scopes.push(`repository:${access.mountFrom}:pull`);
  }

  /** The registry's origin: https, or http once https turned out not to be spoken (loopback or insecure only). */
  get base(): string {
    return `${this.decided}://${this.access.registry}`;
  }

  where(): string {
    return `Registry ${this.access.registry} (repository ${this.access.repository})`;
  }

  /** The URL of /v2/<repository>/<path>. */
  url(path: string): string {
    return `${this.base}/v2/${this.access.repository}/${path}`;
  }

  /**
   * Sends a request, answering a 401 challenge (and renewing a cached or expired token once). A final 401 or 403
   * throws a message about the credentials; other statuses are returned, 429 and 5xx after the retries.
   */
  async request(method: string, url: string, init: SendInit = {}): Promise<Response> {
    url = await this.onOrigin(url);
    const streamed = init.body instanceof ReadableStream;
    if (this.bearer && this.bearer.expiresAt <= Date.now()) await this.authenticate(this.bearer.header, true);
    let got = await this.send(method, url, init);
    if (got.res.status === 401 && !streamed) {
      const fromCache = await this.authenticate(await challengeOf(got.res));
      got = await this.send(method, url, init);
      if (got.res.status === 401 && fromCache) {
        // A cached token the registry no longer accepts: get a fresh one once.
        await this.authenticate(await challengeOf(got.res), true);
        got = await this.send(method, url, init);
      }
    }
    const { res } = got;
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.authError(res.status, res.headers.get('www-authenticate'));
    }
    return res;
  }

  /** A small document (manifest, index, tag list): the response and its bytes, capped; a body that breaks off is retried. */
  async document(url: string, init: SendInit = {}): Promise<{ res: Response; bytes?: Buffer }> {
    for (let attempt = 1; ; attempt++) {
      const res = await this.request('GET', url, init);
      if (res.status !== 200) return { res };
      try {
        return { res, bytes: await readBytes(res) };
      } catch (err) {
        if (!(err instanceof BodyReadError) || attempt > this.retries) throw err;
        const delay = 1000 * 2 ** (attempt - 1);
        if (this.opts.deadline !== undefined && Date.now() + delay >= this.opts.deadline) throw budgetError(`registry ${this.access.registry}`, this.access.repository);
        this.opts.log?.warning(`${err.message} Retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${this.retries + 1}).`);
        await this.sleep(delay);
      }
    }
  }

  /** The message for a refused request. */
  authError(status: number, challenge?: string | null): ActionError {
    return refusal(this.who(), status, challenge);
  }

  /** The message for any other unexpected status; `subject` says what was asked for. */
  statusError(status: number, codes: string[], subject: string): ActionError {
    return statusError(this.who(), { status, codes, subject, retries: this.retries });
  }

  private who(): Who {
    return { where: this.where(), push: !!this.access.push, hasCredentials: this.opts.credentials !== undefined, bearer: !!this.bearer };
  }

  private async send(method: string, url: string, init: SendInit): Promise<{ res: Response; url: string }> {
    const headers: Record<string, string> = { Accept: MANIFEST_ACCEPT, 'Accept-Encoding': 'identity', ...init.headers };
    // Credentials only go to the registry itself, not to another host an upload Location or a redirect points at.
    if (this.authorization && sameOrigin(url, this.base)) headers.Authorization = this.authorization;
    const what = `registry ${this.access.registry}`;
    const got = await fetchWithRetries(this.policy, { url, method, headers, what, init, origin: this.base });
    if (got.res.status === 401 && !sameOrigin(got.url, this.base)) {
      // A challenge is answered only when it comes from the registry itself, not from a host it redirected to.
      await got.res.body?.cancel();
      const host = new URL(got.url).host.slice(0, 100);
      throw new ActionError(`${this.where()} redirected to ${host}, which asked for credentials (HTTP 401); credentials are only sent to the registry itself.`);
    }
    // Blobs stream through (their size and digest are checked on the way); everything else is a small document.
    const blob = /\/blobs\/sha256:[0-9a-f]{64}$/.test(new URL(url).pathname);
    return blob ? got : { res: capResponse(got.res, `${this.where()}`), url: got.url };
  }

  /** May this registry be spoken to over plain http (loopback, or insecure set)? */
  private mayUseHttp(): boolean {
    return this.opts.insecure ?? isLoopback(this.access.registry);
  }

  /**
   * The URL on the registry's decided origin. Loopback and insecure registries are asked over https first (a TLS
   * registry behind a port-forward, say); plain http only when https is not spoken there at all.
   */
  private async onOrigin(url: string): Promise<string> {
    this.scheme ??= this.mayUseHttp() ? this.probe() : Promise.resolve('https');
    this.decided = await this.scheme;
    const target = new URL(url);
    if (target.host !== this.access.registry.toLowerCase() || target.protocol === `${this.decided}:`) return url;
    target.protocol = `${this.decided}:`;
    return target.toString();
  }

  private async probe(): Promise<'https' | 'http'> {
    const remaining = (this.opts.deadline ?? Number.POSITIVE_INFINITY) - Date.now();
    const signal = AbortSignal.timeout(Math.max(1, Math.min(this.timeoutMs, 5_000, remaining)));
    try {
      const res = await this.policy.fetch(`https://${this.access.registry}/v2/`, { signal, redirect: 'manual', headers: { 'Accept-Encoding': 'identity' } });
      await res.body?.cancel();
      return 'https';
    } catch (err) {
      const code = (err as { cause?: { code?: string } })?.cause?.code ?? '';
      // A certificate the runner does not trust still means the registry speaks TLS: report that, do not downgrade.
      if (CERT_CODE.test(code)) return 'https';
      if (this.opts.insecure) this.opts.log?.info(`${this.where()} does not speak https (${networkFailure(err, this.timeoutMs).reason.slice(0, 80)}); using plain http.`);
      return 'http';
    }
  }

  /** Sets the Authorization header from a challenge. Returns true when a cached token was used. */
  private async authenticate(header: string | null, refresh = false): Promise<boolean> {
    const challenges = header ? parseChallenges(header) : [];
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const creds = this.opts.credentials;
    if (bearer) {
      const key = tokenKey(bearer.params.realm!, bearer.params.service, this.scopes.join(' '), creds);
      const cached = refresh ? undefined : cachedToken(key);
      const token = cached ?? (await this.fetchToken(bearer.params.realm!, bearer.params.service));
      cacheToken(key, token);
      this.bearer = { header: header!, expiresAt: token.expiresAt };
      this.authorization = `Bearer ${token.token}`;
      return cached !== undefined;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      if (!creds) throw this.authError(401);
      this.authorization = `Basic ${basicAuth(creds)}`;
      return false;
    }
    throw new ActionError(`${this.where()} answered HTTP 401 with no usable authentication challenge (WWW-Authenticate: ${JSON.stringify(header ?? '')}).`);
  }

  private fetchToken(realm: string, service: string | undefined): Promise<CachedToken> {
    const { credentials, insecure, setSecret } = this.opts;
    return requestToken({ realm, service, scopes: this.scopes, policy: this.policy, registry: this.access.registry, where: this.where(), push: !!this.access.push, credentials, insecure, setSecret });
  }
}
