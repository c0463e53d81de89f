/**
 * Authenticated requests to one repository of an OCI registry (Node's fetch): Basic and Bearer challenges with
 * a token per scope (pull, or pull,push), a token cache for the run, time-outs, retries with backoff and
 * Retry-After. Streamed request bodies are sent once (never replayed). Messages never include credentials.
 * The pieces live in registry-auth.ts (challenges, tokens), registry-fetch.ts (time-outs, retries) and
 * registry-errors.ts (error bodies, network failures).
 */
import { ActionError } from '../errors.js';
import {
  basicAuth,
  cachedToken,
  cacheToken,
  challengeOf,
  isLoopback,
  parseChallenges,
  readToken,
  sameOrigin,
  tokenKey,
  type CachedToken
} from './auth.js';
import type { RegistryCredentials } from './credentials.js';
import { defaultSleep, fetchWithRetries, type Logger, type RetryPolicy, type SendInit, type Sleep } from './fetch.js';

export { clearTokenCache, isLoopback, parseChallenges, type Challenge } from './auth.js';
export { errorCodes, TransientError } from './errors.js';
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
  /** Use http:// (default: only for localhost, 127.0.0.1 and ::1). */
  insecure?: boolean;
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
  readonly base: string;
  readonly retries: number;
  readonly timeoutMs: number;
  readonly sleep: Sleep;
  private readonly policy: RetryPolicy;
  private readonly scopes: string[];
  private authorization?: string;
  private bearer?: { header: string; expiresAt: number };

  constructor(
    readonly access: RepositoryAccess,
    readonly opts: RegistryHttpOptions = {}
  ) {
    this.base = `${(opts.insecure ?? isLoopback(access.registry)) ? 'http' : 'https'}://${access.registry}`;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = opts.retries ?? DEFAULT_RETRIES;
    this.sleep = opts.sleep ?? defaultSleep;
    const { timeoutMs, retries, sleep } = this;
    this.policy = { fetch: opts.fetchImpl ?? fetch, timeoutMs, retries, sleep, log: opts.log, repository: access.repository };
    this.scopes = [`repository:${access.repository}:${access.push ? 'pull,push' : 'pull'}`];
    if (access.mountFrom && access.mountFrom !== access.repository) this.scopes.push(`repository:${access.mountFrom}:pull`);
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
    const streamed = init.body instanceof ReadableStream;
    if (this.bearer && this.bearer.expiresAt <= Date.now()) await this.authenticate(this.bearer.header, true);
    let res = await this.send(method, url, init);
    if (res.status === 401 && !streamed) {
      const fromCache = await this.authenticate(await challengeOf(res));
      res = await this.send(method, url, init);
      if (res.status === 401 && fromCache) {
        // A cached token the registry no longer accepts: get a fresh one once.
        await this.authenticate(await challengeOf(res), true);
        res = await this.send(method, url, init);
      }
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.authError(res.status, res.headers.get('www-authenticate'));
    }
    return res;
  }

  /** The message for a refused request. */
  authError(status: number, challenge?: string | null): ActionError {
    const where = this.where();
    const creds = this.opts.credentials !== undefined;
    const verb = this.access.push ? 'pushing to' : 'pulling';
    const scopeError = challenge ? parseChallenges(challenge).find((c) => c.params.error)?.params.error : undefined;
    if (status === 401) {
      if (!creds) {
        return new ActionError(`${where} requires credentials (HTTP 401) and none were given: ${this.missingHint()}.`);
      }
      if (this.bearer && scopeError === 'insufficient_scope') {
        return new ActionError(`${where} refused the token (HTTP 401, insufficient_scope): the credentials do not allow ${verb} this repository.`);
      }
      return new ActionError(`${where} rejected the credentials (HTTP 401): check the username and password${this.access.push ? ' for pushing' : ' in the registry secret'}.`);
    }
    const anonymous = this.access.push ? 'anonymous pushes are not allowed' : 'anonymous pulls are not allowed; set registry-secret-arn';
    return new ActionError(`${where} denied access (HTTP ${status}): ${creds ? `the credentials do not allow ${verb} this repository` : anonymous}.`);
  }

  /** The message for any other unexpected status; `subject` says what was asked for. */
  statusError(status: number, codes: string[], subject: string): ActionError {
    const tries = status === 429 || status >= 500 ? ` after ${this.retries + 1} attempt${this.retries ? 's' : ''}` : '';
    return new ActionError(`${this.where()} answered HTTP ${status}${codes.length ? ` (${codes.join(', ')})` : ''} for ${subject}${tries}.`);
  }

  private missingHint(): string {
    return this.access.push ? 'give credentials that may push' : 'set registry-secret-arn to a secret holding them';
  }

  private send(method: string, url: string, init: SendInit): Promise<Response> {
    const headers: Record<string, string> = { Accept: MANIFEST_ACCEPT, ...init.headers };
    // Credentials only go to the registry itself, not to another host an upload Location may point at.
    if (this.authorization && sameOrigin(url, this.base)) headers.Authorization = this.authorization;
    return fetchWithRetries(this.policy, url, method, headers, `registry ${this.access.registry}`, init);
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

  private async fetchToken(realm: string, service: string | undefined): Promise<CachedToken> {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new ActionError(`${this.where()} sent a token realm that is not a URL: ${JSON.stringify(realm)}.`);
    }
    const creds = this.opts.credentials;
    if (creds && url.protocol !== 'https:' && !(this.opts.insecure || isLoopback(url.host))) {
      throw new ActionError(`${this.where()} sent a token realm over plain http (${url.origin}); credentials are only sent to https realms.`);
    }
    if (service) url.searchParams.set('service', service);
    for (const scope of this.scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (creds) headers.Authorization = `Basic ${basicAuth(creds)}`;
    const server = `the token server ${url.host}`;
    const res = await fetchWithRetries(this.policy, url.toString(), 'GET', headers, `token server ${url.host}`, {});
    if (res.status !== 200) await res.body?.cancel();
    if ((res.status === 401 || res.status === 403) && !creds) {
      throw new ActionError(`${this.where()}: ${server} requires credentials (HTTP ${res.status}) and none were given: ${this.missingHint()}.`);
    }
    if (res.status === 401 || res.status === 403) {
      const which = this.access.push ? 'the credentials for pushing' : 'the username and password in the registry secret';
      throw new ActionError(`${this.where()}: ${server} rejected the credentials (HTTP ${res.status}): check ${which}.`);
    }
    if (res.status !== 200) throw new ActionError(`${this.where()}: ${server} answered HTTP ${res.status}.`);
    return readToken(res, (what) => new ActionError(`${this.where()}: ${server} ${what}.`));
  }
}
