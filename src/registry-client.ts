/**
 * Resolves an image reference to its manifest digest with the OCI distribution API (Node's fetch):
 * Basic and Bearer token auth, multi-platform indexes, time-outs and retries with backoff.
 * Digests are always checked against the bytes or the registry's answer, never taken on trust.
 */
import { createHash } from 'node:crypto';
import { ActionError } from './errors.js';
import type { RegistryCredentials } from './registry-credentials.js';

export interface RegistryRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export interface ResolveOptions {
  credentials?: RegistryCredentials;
  /** os/architecture[/variant], for example linux/amd64. */
  platform?: string;
  /** Use http:// (default: only for localhost and 127.0.0.1). */
  insecure?: boolean;
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: { info(message: string): void; warning(message: string): void };
}

export interface ResolvedImage {
  /** Digest of what the reference names: the index/manifest list for multi-platform images. */
  digest: string;
  mediaType: string;
  /** Digest of the platform's image manifest inside the index, when a platform was asked for. */
  platformDigest?: string;
  /** The index's platforms (os/architecture[/variant]), when it was read. */
  platforms?: string[];
}

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const;
const ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');
const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 3;
const MAX_DELAY_MS = 60_000;
const TOKEN_TTL_MARGIN_MS = 10_000;

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Bearer tokens for this run, by realm, service, scope and credentials. */
const tokenCache = new Map<string, CachedToken>();

export function clearTokenCache(): void {
  tokenCache.clear();
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves a tag (or checks a digest) to the manifest digest, and the platform's digest inside an index. */
export async function resolveDigest(ref: RegistryRef, opts: ResolveOptions = {}): Promise<ResolvedImage> {
  if (ref.digest !== undefined && !DIGEST.test(ref.digest)) {
    throw new ActionError(`The digest of ${ref.registry}/${ref.repository} is not sha256:<64 lowercase hex characters>: ${JSON.stringify(ref.digest)}.`);
  }
  const session = new Session(ref, opts);
  const reference = ref.digest ?? ref.tag ?? 'latest';
  const head = await session.manifest('HEAD', reference);
  let digest = head.status === 200 ? head.headers.get('docker-content-digest')?.trim() : undefined;
  let mediaType = head.status === 200 ? mediaTypeOf(head.headers.get('content-type')) : undefined;
  let body: Buffer | undefined;
  if (!digest || !mediaType) {
    // No digest header (or a 404, whose body says which part is unknown): read the manifest itself.
    const got = await session.manifest('GET', reference);
    if (got.status === 404) throw await session.notFound(await errorCodes(got));
    body = Buffer.from(await got.arrayBuffer());
    digest = session.checkBody(body, got.headers.get('docker-content-digest')?.trim(), reference);
    mediaType = mediaTypeOf(got.headers.get('content-type')) ?? mediaTypeOf(manifestField(body, 'mediaType'));
  }
  if (!DIGEST.test(digest)) throw new ActionError(`${session.where()} answered with an unsupported digest ${JSON.stringify(digest)}: expected sha256:<64 hex>.`);
  if (ref.digest && digest !== ref.digest) {
    throw new ActionError(`${session.where()} returned a manifest with digest ${digest}, not the requested ${ref.digest}.`);
  }
  const result: ResolvedImage = { digest, mediaType: mediaType ?? 'unknown' };
  if (opts.platform && INDEX_TYPES.has(result.mediaType)) {
    if (!body) {
      const got = await session.manifest('GET', digest);
      if (got.status !== 200) {
        await got.body?.cancel();
        throw new ActionError(`${session.where()} announced the index ${digest} but has no manifest with that digest (HTTP ${got.status}).`);
      }
      body = Buffer.from(await got.arrayBuffer());
      session.checkBody(body, got.headers.get('docker-content-digest')?.trim(), digest);
    }
    const entries = indexEntries(body, session.where());
    result.platforms = [...new Set(entries.map((e) => e.platform))];
    const found = findPlatform(entries, opts.platform);
    if (!found) {
      throw new ActionError(
        `${session.where()} has no ${opts.platform} image in its multi-platform index ${digest} (platforms: ${result.platforms.join(', ') || 'none'}).`
      );
    }
    result.platformDigest = found.digest;
  }
  opts.log?.info(
    `Resolved ${session.name()} to ${result.digest}${result.platformDigest ? ` (${opts.platform}: ${result.platformDigest})` : ''}.`
  );
  return result;
}

/** One resolution: the registry's base URL, the Authorization header once known, and request plumbing. */
class Session {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private authorization?: string;
  private bearer = false;

  constructor(
    private readonly ref: RegistryRef,
    private readonly opts: ResolveOptions
  ) {
    const insecure = opts.insecure ?? isLoopback(ref.registry);
    this.base = `${insecure ? 'http' : 'https'}://${ref.registry}`;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = opts.retries ?? DEFAULT_RETRIES;
    this.sleep = opts.sleep ?? defaultSleep;
  }

  name(): string {
    const tag = this.ref.tag ? `:${this.ref.tag}` : '';
    const digest = this.ref.digest ? `@${this.ref.digest}` : '';
    return `${this.ref.registry}/${this.ref.repository}${tag || digest ? '' : ':latest'}${tag}${digest}`;
  }

  where(): string {
    return `Registry ${this.ref.registry} (repository ${this.ref.repository})`;
  }

  /** A manifest request, authenticating on a 401 challenge. Returns 200 and 404; other statuses throw. */
  async manifest(method: 'HEAD' | 'GET', reference: string): Promise<Response> {
    const url = `${this.base}/v2/${this.ref.repository}/manifests/${reference}`;
    let res = await this.send(url, method);
    if (res.status === 401) {
      const fromCache = await this.authenticate(res);
      res = await this.send(url, method);
      if (res.status === 401 && fromCache) {
        // A cached token the registry no longer accepts: get a fresh one once.
        await this.authenticate(res, true);
        res = await this.send(url, method);
      }
    }
    if (res.status === 200 || res.status === 404) return res;
    throw this.statusError(res.status, await errorCodes(res), res.headers.get('www-authenticate'));
  }

  /** The 404 error; for a tag, the tag list tells an unknown repository from an unknown tag (registry 2.8 says MANIFEST_UNKNOWN for both). */
  async notFound(codes: string[]): Promise<ActionError> {
    if (this.ref.digest || codes.includes('NAME_UNKNOWN')) return this.statusError(404, codes);
    const tags = await this.tags();
    if (tags === undefined) return this.statusError(404, codes);
    if (tags === 'unknown') return this.statusError(404, ['NAME_UNKNOWN']);
    const shown = tags.length > 10 ? `${tags.slice(0, 10).join(', ')}, …` : tags.join(', ') || 'none';
    return new ActionError(`${this.where()} has no ${this.name()} (HTTP 404): the repository has no tag ${this.ref.tag ?? 'latest'} (tags: ${shown}).`);
  }

  /** The repository's tags, 'unknown' for an unknown repository, undefined when the registry does not say. */
  private async tags(): Promise<string[] | 'unknown' | undefined> {
    try {
      const res = await this.send(`${this.base}/v2/${this.ref.repository}/tags/list?n=100`, 'GET');
      if (res.status === 404) return (await errorCodes(res)).includes('NAME_UNKNOWN') ? 'unknown' : undefined;
      if (res.status !== 200) {
        await res.body?.cancel();
        return undefined;
      }
      const doc = (await res.json()) as { tags?: unknown };
      return Array.isArray(doc.tags) ? doc.tags.filter((t): t is string => typeof t === 'string') : [];
    } catch {
      return undefined;
    }
  }

  /** Checks a manifest body against the digest it was asked by and the registry's header; returns its digest. */
  checkBody(body: Buffer, header: string | undefined, reference: string): string {
    const computed = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    if (header && DIGEST.test(header) && header !== computed) {
      throw new ActionError(`${this.where()} sent a manifest whose sha256 is ${computed} but said its digest is ${header}.`);
    }
    if (DIGEST.test(reference) && reference !== computed) {
      throw new ActionError(`${this.where()} returned a manifest with digest ${computed}, not the requested ${reference}.`);
    }
    return computed;
  }

  statusError(status: number, codes: string[], challenge?: string | null): ActionError {
    const where = this.where();
    const creds = this.opts.credentials !== undefined;
    const scopeError = challenge ? parseChallenges(challenge).find((c) => c.params.error)?.params.error : undefined;
    if (status === 401) {
      if (!creds) {
        return new ActionError(`${where} requires credentials (HTTP 401) and none were given: set registry-secret-arn to a secret holding them.`);
      }
      if (this.bearer && scopeError === 'insufficient_scope') {
        return new ActionError(`${where} refused the token (HTTP 401, insufficient_scope): the credentials do not allow pulling this repository.`);
      }
      return new ActionError(`${where} rejected the credentials (HTTP 401): check the username and password in the registry secret.`);
    }
    if (status === 403) {
      const who = creds ? 'the credentials do not allow pulling this repository' : 'anonymous pulls are not allowed; set registry-secret-arn';
      return new ActionError(`${where} denied access (HTTP 403): ${who}.`);
    }
    if (status === 404) {
      const what = codes.includes('NAME_UNKNOWN')
        ? 'the repository does not exist'
        : codes.includes('MANIFEST_UNKNOWN')
          ? `the repository has no ${this.ref.digest ? `manifest ${this.ref.digest}` : `tag ${this.ref.tag ?? 'latest'}`}`
          : 'unknown repository, tag or digest';
      return new ActionError(`${where} has no ${this.name()} (HTTP 404): ${what}.`);
    }
    const tries = status === 429 || status >= 500 ? ` after ${this.retries + 1} attempt${this.retries ? 's' : ''}` : '';
    return new ActionError(`${where} answered HTTP ${status}${codes.length ? ` (${codes.join(', ')})` : ''} for ${this.name()}${tries}.`);
  }

  /** Sets the Authorization header from a 401 challenge. Returns true when a cached token was used. */
  private async authenticate(res: Response, refresh = false): Promise<boolean> {
    const header = res.headers.get('www-authenticate');
    await res.body?.cancel();
    const challenges = header ? parseChallenges(header) : [];
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const basic = challenges.find((c) => c.scheme === 'basic');
    const creds = this.opts.credentials;
    if (bearer) {
      this.bearer = true;
      const scope = `repository:${this.ref.repository}:pull`;
      const key = [bearer.params.realm, bearer.params.service ?? '', scope, creds ? credentialKey(creds) : ''].join('\n');
      const cached = tokenCache.get(key);
      if (cached && !refresh && cached.expiresAt > Date.now()) {
        this.authorization = `Bearer ${cached.token}`;
        return true;
      }
      const token = await this.fetchToken(bearer.params.realm!, bearer.params.service, scope);
      tokenCache.set(key, token);
      this.authorization = `Bearer ${token.token}`;
      return false;
    }
    if (basic) {
      if (!creds) throw this.statusError(401, []);
      this.authorization = `Basic ${basicAuth(creds)}`;
      return false;
    }
    throw new ActionError(`${this.where()} answered HTTP 401 with no usable authentication challenge (WWW-Authenticate: ${JSON.stringify(header ?? '')}).`);
  }

  private async fetchToken(realm: string, service: string | undefined, scope: string): Promise<CachedToken> {
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
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (creds) headers.Authorization = `Basic ${basicAuth(creds)}`;
    const res = await this.fetchWithRetries(url.toString(), 'GET', headers, `token server ${url.host}`);
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      if (!creds) throw new ActionError(`${this.where()}: the token server ${url.host} requires credentials (HTTP ${res.status}) and none were given: set registry-secret-arn.`);
      throw new ActionError(`${this.where()}: the token server ${url.host} rejected the credentials (HTTP ${res.status}): check the username and password in the registry secret.`);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new ActionError(`${this.where()}: the token server ${url.host} answered HTTP ${res.status}.`);
    }
    let json: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      json = (await res.json()) as typeof json;
    } catch {
      throw new ActionError(`${this.where()}: the token server ${url.host} answered with something that is not JSON.`);
    }
    const token = typeof json.token === 'string' && json.token ? json.token : json.access_token;
    if (typeof token !== 'string' || !token) {
      throw new ActionError(`${this.where()}: the token server ${url.host} answered without a token or access_token.`);
    }
    const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 60;
    return { token, expiresAt: Date.now() + seconds * 1000 - TOKEN_TTL_MARGIN_MS };
  }

  private send(url: string, method: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: ACCEPT };
    if (this.authorization) headers.Authorization = this.authorization;
    return this.fetchWithRetries(url, method, headers, `registry ${this.ref.registry}`);
  }

  /** fetch with a time-out per attempt, retrying network errors, 429 and 5xx with exponential backoff. */
  private async fetchWithRetries(url: string, method: string, headers: Record<string, string>, what: string): Promise<Response> {
    const attempts = this.retries + 1;
    for (let attempt = 1; ; attempt++) {
      let res: Response | undefined;
      let failure: { reason: string; tls: boolean } | undefined;
      try {
        res = await fetch(url, { method, headers, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (err) {
        failure = networkFailure(err, this.timeoutMs);
      }
      const retryable = res === undefined || res.status === 429 || res.status >= 500;
      if (!retryable) return res!;
      const reason = res ? `HTTP ${res.status}` : failure!.reason;
      if (attempt >= attempts || failure?.tls) {
        if (res) return res;
        const hint = failure?.tls
          ? 'check its certificate, or whether it only speaks plain http'
          : 'check the host, port and network access from the runner';
        throw new ActionError(
          `Cannot reach ${what} for ${this.ref.repository} (${reason}) after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${hint}.`
        );
      }
      const delay = Math.min(MAX_DELAY_MS, Math.max(1000 * 2 ** (attempt - 1), retryAfterMs(res?.headers.get('retry-after'))));
      await res?.body?.cancel();
      this.opts.log?.warning(`Request to ${what} for ${this.ref.repository} failed (${reason}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`);
      await this.sleep(delay);
    }
  }
}

/** Parses WWW-Authenticate: one or more challenges, each a scheme and comma-separated key=value or key="quoted" params. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  const token = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
  let pos = 0;
  const readToken = (): string | undefined => {
    token.lastIndex = pos;
    const m = token.exec(header);
    if (!m) return undefined;
    pos = token.lastIndex;
    return m[0];
  };
  const skip = (chars: RegExp) => {
    while (pos < header.length && chars.test(header[pos]!)) pos++;
  };
  while (pos < header.length) {
    skip(/[\s,]/);
    const scheme = readToken();
    if (!scheme) {
      pos++;
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    out.push(challenge);
    for (;;) {
      skip(/\s/);
      const start = pos;
      const name = readToken();
      skip(/\s/);
      if (!name || header[pos] !== '=') {
        pos = start; // the next challenge's scheme
        break;
      }
      pos++;
      skip(/\s/);
      let value = '';
      if (header[pos] === '"') {
        pos++;
        while (pos < header.length && header[pos] !== '"') {
          if (header[pos] === '\\' && pos + 1 < header.length) pos++;
          value += header[pos];
          pos++;
        }
        pos++;
      } else {
        value = readToken() ?? '';
      }
      challenge.params[name.toLowerCase()] = value;
      skip(/\s/);
      if (header[pos] !== ',') break;
      pos++;
      // A comma followed by "token =" continues the params; by a lone token starts the next challenge.
      const save = pos;
      skip(/\s/);
      const next = readToken();
      skip(/\s/);
      const continues = next !== undefined && header[pos] === '=';
      pos = save;
      if (!continues) break;
    }
  }
  return out;
}

interface IndexEntry {
  digest: string;
  platform: string;
  os: string;
  architecture: string;
  variant?: string;
}

function indexEntries(body: Buffer, where: string): IndexEntry[] {
  let doc: { manifests?: unknown };
  try {
    doc = JSON.parse(body.toString('utf8')) as typeof doc;
  } catch {
    throw new ActionError(`${where} returned a multi-platform index that is not JSON.`);
  }
  if (!Array.isArray(doc.manifests)) throw new ActionError(`${where} returned a multi-platform index without a manifests list.`);
  const entries: IndexEntry[] = [];
  for (const m of doc.manifests as { digest?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } }[]) {
    const p = m?.platform;
    if (typeof m?.digest !== 'string' || typeof p?.os !== 'string' || typeof p.architecture !== 'string') continue;
    if (p.os === 'unknown' || p.architecture === 'unknown') continue; // build attestations, not images
    const variant = typeof p.variant === 'string' && p.variant ? p.variant : undefined;
    const platform = [p.os, p.architecture, variant].filter(Boolean).join('/');
    entries.push({ digest: m.digest, platform, os: p.os, architecture: p.architecture, ...(variant ? { variant } : {}) });
  }
  return entries;
}

/** Finds os/architecture[/variant]; arm64 without a variant matches v8, and no variant asked matches any. */
function findPlatform(entries: IndexEntry[], wanted: string): IndexEntry | undefined {
  const [os, architecture, variant] = wanted.trim().toLowerCase().split('/');
  const sameVariant = (v: string | undefined) =>
    variant === undefined || (v ?? defaultVariant(architecture)) === (variant || defaultVariant(architecture));
  return entries.find((e) => e.os === os && e.architecture === architecture && sameVariant(e.variant));
}

function defaultVariant(architecture: string | undefined): string | undefined {
  return architecture === 'arm64' ? 'v8' : undefined;
}

function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const value = contentType?.split(';')[0]?.trim();
  if (!value || value === 'application/json' || value === 'text/plain' || value === 'application/octet-stream') return undefined;
  return value;
}

function manifestField(body: Buffer, field: string): string | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const value = doc[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

async function errorCodes(res: Response): Promise<string[]> {
  try {
    const text = await res.text();
    const doc = JSON.parse(text) as { errors?: { code?: unknown }[] };
    return (doc.errors ?? []).map((e) => e.code).filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}

const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/;

/** Why fetch failed, in a few words; TLS failures are not worth retrying. */
function networkFailure(err: unknown, timeoutMs: number): { reason: string; tls: boolean } {
  const e = err as { name?: string; message?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') {
    return { reason: `no answer within ${Math.round(timeoutMs / 100) / 10} s`, tls: false };
  }
  const code = e?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { reason: `DNS lookup failed: ${code}`, tls: false };
  if (code && TLS_CODE.test(code)) return { reason: `TLS error ${code}`, tls: true };
  return { reason: code ?? e?.message ?? String(err), tls: false };
}

function retryAfterMs(value: string | null | undefined): number {
  if (!value) return 0;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}

function basicAuth(creds: RegistryCredentials): string {
  return Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
}

function credentialKey(creds: RegistryCredentials): string {
  return createHash('sha256').update(`${creds.username}\n${creds.password}`).digest('hex');
}
