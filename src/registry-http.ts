/**
 * Authenticated requests to one repository of an OCI registry (Node's fetch): Basic and Bearer challenges with
 * a token per scope (pull, or pull,push), a token cache for the run, time-outs, retries with backoff and
 * Retry-After. Streamed request bodies are sent once (never replayed). Messages never include credentials.
 */
import { createHash } from 'node:crypto';
import { ActionError } from './errors.js';
import type { RegistryCredentials } from './registry-credentials.js';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const;
export const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

export type Logger = { info(message: string): void; warning(message: string): void };
export type Sleep = (ms: number) => Promise<void>;

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

export interface SendInit {
  headers?: Record<string, string>;
  /** A ReadableStream is streamed once (duplex: 'half'): no retries and no replay after a 401. */
  body?: Uint8Array | string | ReadableStream<Uint8Array>;
  /** Replaces the per-attempt time-out; the caller then owns time-outs (for example an idle timer). */
  signal?: AbortSignal;
}

/** A streamed request body that did not get through (network failure or time-out): worth another try from the start. */
export class TransientError extends ActionError {
  override name = 'TransientError';
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 3;
const MAX_DELAY_MS = 60_000;
const TOKEN_TTL_MARGIN_MS = 10_000;
const tokenCache = new Map<string, CachedToken>();

/** Forgets the Bearer tokens of this run. */
export function clearTokenCache(): void {
  tokenCache.clear();
}

export const defaultSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Requests to one repository; the Authorization found on the first challenge is reused for the next requests. */
export class RegistryHttp {
  readonly base: string;
  readonly retries: number;
  readonly timeoutMs: number;
  readonly sleep: Sleep;
  private readonly fetch: typeof fetch;
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
    this.fetch = opts.fetchImpl ?? fetch;
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
    return this.fetchWithRetries(url, method, headers, `registry ${this.access.registry}`, init);
  }

  /** Sets the Authorization header from a challenge. Returns true when a cached token was used. */
  private async authenticate(header: string | null, refresh = false): Promise<boolean> {
    const challenges = header ? parseChallenges(header) : [];
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const creds = this.opts.credentials;
    if (bearer) {
      const scope = this.scopes.join(' ');
      const key = [bearer.params.realm, bearer.params.service ?? '', scope, creds ? credentialKey(creds) : ''].join('\n');
      const cached = tokenCache.get(key);
      const fromCache = !!cached && !refresh && cached.expiresAt > Date.now();
      const token = fromCache ? cached : await this.fetchToken(bearer.params.realm!, bearer.params.service);
      tokenCache.set(key, token);
      this.bearer = { header: header!, expiresAt: token.expiresAt };
      this.authorization = `Bearer ${token.token}`;
      return fromCache;
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
    const res = await this.fetchWithRetries(url.toString(), 'GET', headers, `token server ${url.host}`, {});
    if (res.status !== 200) await res.body?.cancel();
    if ((res.status === 401 || res.status === 403) && !creds) {
      throw new ActionError(`${this.where()}: ${server} requires credentials (HTTP ${res.status}) and none were given: ${this.missingHint()}.`);
    }
    if (res.status === 401 || res.status === 403) {
      const which = this.access.push ? 'the credentials for pushing' : 'the username and password in the registry secret';
      throw new ActionError(`${this.where()}: ${server} rejected the credentials (HTTP ${res.status}): check ${which}.`);
    }
    if (res.status !== 200) throw new ActionError(`${this.where()}: ${server} answered HTTP ${res.status}.`);
    let json: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      json = (await res.json()) as typeof json;
    } catch {
      throw new ActionError(`${this.where()}: ${server} answered with something that is not JSON.`);
    }
    const token = typeof json.token === 'string' && json.token ? json.token : json.access_token;
    if (typeof token !== 'string' || !token) throw new ActionError(`${this.where()}: ${server} answered without a token or access_token.`);
    const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 60;
    return { token, expiresAt: Date.now() + seconds * 1000 - TOKEN_TTL_MARGIN_MS };
  }

  /** fetch with a time-out per attempt, retrying network errors, 429 and 5xx with exponential backoff. */
  private async fetchWithRetries(url: string, method: string, headers: Record<string, string>, what: string, init: SendInit): Promise<Response> {
    const streamed = init.body instanceof ReadableStream;
    const attempts = streamed ? 1 : this.retries + 1;
    const repo = this.access.repository;
    for (let attempt = 1; ; attempt++) {
      let res: Response | undefined;
      let failure: { reason: string; tls: boolean; final?: boolean } | undefined;
      try {
        const signal = init.signal ?? AbortSignal.timeout(this.timeoutMs);
        res = await this.fetch(url, { method, headers, signal, ...(init.body !== undefined ? { body: init.body, duplex: 'half' } : {}) } as RequestInit);
      } catch (err) {
        failure = networkFailure(err, this.timeoutMs);
      }
      if (res && res.status !== 429 && res.status < 500) return res;
      const reason = res ? `HTTP ${res.status}` : failure!.reason;
      if (attempt >= attempts || failure?.tls || failure?.final || init.signal?.aborted) {
        if (res) return res;
        const hint = failure?.tls ? 'check its certificate, or whether it only speaks plain http' : 'check the host, port and network access from the runner';
        const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
        const message = streamed
          ? `Sending data to ${what} for ${repo} failed (${reason}).`
          : `Cannot reach ${what} for ${repo} (${reason}) after ${tries}: ${hint}.`;
        throw streamed && !failure?.tls ? new TransientError(message) : new ActionError(message);
      }
      const delay = Math.min(MAX_DELAY_MS, Math.max(1000 * 2 ** (attempt - 1), retryAfterMs(res?.headers.get('retry-after'))));
      await res?.body?.cancel();
      this.opts.log?.warning(`Request to ${what} for ${repo} failed (${reason}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`);
      await this.sleep(delay);
    }
  }
}

const CHALLENGE_PART = /[\s,]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*(=)\s*(?:"((?:[^"\\]|\\.)*)"?|([!#$%&'*+.^_`|~0-9A-Za-z-]+))?)?/y;

/** Parses WWW-Authenticate: challenges, each a scheme and comma-separated key=value or key="quoted" params. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  const part = new RegExp(CHALLENGE_PART);
  for (let pos = 0; pos < header.length; ) {
    part.lastIndex = pos;
    const m = part.exec(header);
    if (!m) {
      pos++;
      continue;
    }
    pos = part.lastIndex;
    const [, name, equals, quoted, bare] = m;
    if (!equals) out.push({ scheme: name!.toLowerCase(), params: {} });
    else if (out.length) out[out.length - 1]!.params[name!.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  }
  return out;
}

async function challengeOf(res: Response): Promise<string | null> {
  await res.body?.cancel();
  return res.headers.get('www-authenticate');
}

/** The error codes of a registry's JSON error body (consumes the body). */
export async function errorCodes(res: Response): Promise<string[]> {
  try {
    const doc = JSON.parse(await res.text()) as { errors?: { code?: unknown }[] };
    return (doc.errors ?? []).map((e) => e.code).filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}

const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/;

/** Why fetch failed, in a few words; TLS failures and unknown hosts are not worth retrying. */
function networkFailure(err: unknown, timeoutMs: number): { reason: string; tls: boolean; final?: boolean } {
  const e = err as { name?: string; message?: string; cause?: { code?: string; name?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') {
    return { reason: `no answer within ${Math.round(timeoutMs / 100) / 10} s`, tls: false };
  }
  const code = e?.cause?.code;
  // ENOTFOUND: the name does not exist (a typo stays a typo); EAI_AGAIN is a resolver hiccup worth retrying.
  if (code === 'ENOTFOUND') return { reason: 'DNS lookup failed: ENOTFOUND, no such host', tls: false, final: true };
  if (code === 'EAI_AGAIN') return { reason: `DNS lookup failed: ${code}`, tls: false };
  if (code && TLS_CODE.test(code)) return { reason: `TLS error ${code}`, tls: true };
  return { reason: code ?? e?.cause?.message ?? e?.message ?? String(err), tls: false };
}

function retryAfterMs(value: string | null | undefined): number {
  if (!value) return 0;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}

function basicAuth(creds: RegistryCredentials): string {
  return Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
}

function credentialKey(creds: RegistryCredentials): string {
  return createHash('sha256').update(`${creds.username}\n${creds.password}`).digest('hex');
}
