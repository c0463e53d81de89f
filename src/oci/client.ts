/**
 * Resolves an image reference to its manifest digest with the OCI distribution API, on top of the authenticated
 * transport in registry-http.ts (Basic and Bearer auth, time-outs, retries). Multi-platform indexes are read for
 * a platform's digest. Digests are always checked against the bytes or the registry's answer, never taken on trust.
 */
import { createHash } from 'node:crypto';
import { ActionError } from '../errors.js';
import { errorCodes } from './errors.js';
import { DIGEST_PATTERN as DIGEST, MEDIA_TYPES, RegistryHttp, type RegistryHttpOptions } from './http.js';

export { clearTokenCache, parseChallenges, type Challenge } from './auth.js';
export { MEDIA_TYPES } from './http.js';

export interface RegistryRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** The transport's options (credentials, http for loopback, time-out, retries, sleep, log, fetch) and a platform. */
export interface ResolveOptions extends RegistryHttpOptions {
  /** os/architecture[/variant], for example linux/amd64. */
  platform?: string;
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

const TAG = /^[\w][\w.-]{0,127}$/;
/** The most entries a multi-platform index may have. */
export const MAX_INDEX_ENTRIES = 1000;

export const INDEX_TYPES: ReadonlySet<string> = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);

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
    const { res: got, bytes } = await session.manifestBody(reference);
    if (!bytes) throw await session.notFound(await errorCodes(got));
    body = bytes;
    digest = checkManifest(body, got.headers.get('docker-content-digest')?.trim(), reference, session.http.where());
    mediaType = mediaTypeOf(got.headers.get('content-type')) ?? mediaTypeOf(manifestField(body, 'mediaType'));
  }
  const where = session.http.where();
  if (!DIGEST.test(digest)) throw new ActionError(`${where} answered with an unsupported digest ${JSON.stringify(digest.slice(0, 80))}: expected sha256:<64 hex>.`);
  if (ref.digest && digest !== ref.digest) {
    throw new ActionError(`${where} returned a manifest with digest ${digest}, not the requested ${ref.digest}.`);
  }
  const result: ResolvedImage = { digest, mediaType: mediaType ?? 'unknown' };
  if (opts.platform && INDEX_TYPES.has(result.mediaType)) {
    if (!body) {
      const { res: got, bytes } = await session.manifestBody(digest);
      if (!bytes) {
        await got.body?.cancel();
        throw new ActionError(`${where} announced the index ${digest} but has no manifest with that digest (HTTP ${got.status}).`);
      }
      body = bytes;
      checkManifest(body, got.headers.get('docker-content-digest')?.trim(), digest, where);
    }
    const entries = indexEntries(body, where);
    result.platforms = [...new Set(entries.map((e) => e.platform))];
    const found = findPlatform(entries, opts.platform);
    if (!found) {
      throw new ActionError(
        `${where} has no ${opts.platform} image in its multi-platform index ${digest} (platforms: ${result.platforms.join(', ') || 'none'}).`
      );
    }
    result.platformDigest = found.digest;
  }
  opts.log?.info(
    `Resolved ${session.name()} to ${result.digest}${result.platformDigest ? ` (${opts.platform}: ${result.platformDigest})` : ''}.`
  );
  return result;
}

/** One resolution: the transport for the repository, and what a 404 or another status means for this reference. */
class Session {
  readonly http: RegistryHttp;

  constructor(
    private readonly ref: RegistryRef,
    opts: ResolveOptions
  ) {
    this.http = new RegistryHttp({ registry: ref.registry, repository: ref.repository }, opts);
  }

  name(): string {
    const tag = this.ref.tag ? `:${this.ref.tag}` : '';
    const digest = this.ref.digest ? `@${this.ref.digest}` : '';
    return `${this.ref.registry}/${this.ref.repository}${tag || digest ? '' : ':latest'}${tag}${digest}`;
  }

  /** A manifest request. Returns 200 and 404; other statuses throw. */
  async manifest(method: 'HEAD' | 'GET', reference: string): Promise<Response> {
    const res = await this.http.request(method, this.http.url(`manifests/${reference}`));
    if (res.status === 200 || res.status === 404) return res;
    throw this.http.statusError(res.status, await errorCodes(res), this.name());
  }

  /** A manifest's bytes (capped, a body that breaks off retried); no bytes for a 404. Other statuses throw. */
  async manifestBody(reference: string): Promise<{ res: Response; bytes?: Buffer }> {
    const got = await this.http.document(this.http.url(`manifests/${reference}`));
    if (got.res.status === 200 || got.res.status === 404) return got;
    throw this.http.statusError(got.res.status, await errorCodes(got.res), this.name());
  }

  /** The 404 error; for a tag, the tag list tells an unknown repository from an unknown tag (registry 2.8 says MANIFEST_UNKNOWN for both). */
  async notFound(codes: string[]): Promise<ActionError> {
    const tags = this.ref.digest || codes.includes('NAME_UNKNOWN') ? undefined : await this.tags();
    if (tags === 'unknown') codes = ['NAME_UNKNOWN'];
    if (tags === undefined || tags === 'unknown') {
      const what = codes.includes('NAME_UNKNOWN')
        ? 'the repository does not exist'
        : codes.includes('MANIFEST_UNKNOWN')
          ? `the repository has no ${this.ref.digest ? `manifest ${this.ref.digest}` : `tag ${this.ref.tag ?? 'latest'}`}`
          : 'unknown repository, tag or digest';
      return new ActionError(`${this.http.where()} has no ${this.name()} (HTTP 404): ${what}.`);
    }
    const shown = tags.length > 10 ? `${tags.slice(0, 10).join(', ')}, …` : tags.join(', ') || 'none';
    return new ActionError(`${this.http.where()} has no ${this.name()} (HTTP 404): the repository has no tag ${this.ref.tag ?? 'latest'} (tags: ${shown}).`);
  }

  /** The repository's tags, 'unknown' for an unknown repository, undefined when the registry does not say. */
  private async tags(): Promise<string[] | 'unknown' | undefined> {
    try {
      const { res, bytes } = await this.http.document(this.http.url('tags/list?n=100'));
      if (res.status === 404) return (await errorCodes(res)).includes('NAME_UNKNOWN') ? 'unknown' : undefined;
      if (!bytes) {
        await res.body?.cancel();
        return undefined;
      }
      const doc = JSON.parse(bytes.toString('utf8')) as { tags?: unknown };
      // Tags are shown in messages: only names that follow the tag grammar.
      return Array.isArray(doc.tags) ? doc.tags.filter((t): t is string => typeof t === 'string' && TAG.test(t)) : [];
    } catch {
      return undefined;
    }
  }
}

/** Checks manifest bytes against the digest they were asked by and the registry's header; returns their digest. */
export function checkManifest(body: Buffer, header: string | undefined, reference: string, where: string): string {
  const computed = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  if (header && DIGEST.test(header) && header !== computed) {
    throw new ActionError(`${where} sent a manifest whose sha256 is ${computed} but said its digest is ${header}.`);
  }
  if (DIGEST.test(reference) && reference !== computed) {
    throw new ActionError(`${where} returned a manifest with digest ${computed}, not the requested ${reference}.`);
  }
  return computed;
}

/** os, architecture and variant names as the OCI spec writes them (they end up in messages). */
const PLATFORM_PART = /^[a-z0-9][a-z0-9._-]{0,31}$/i;

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
  if (doc.manifests.length > MAX_INDEX_ENTRIES) {
    throw new ActionError(`${where} returned a multi-platform index with ${doc.manifests.length} entries (at most ${MAX_INDEX_ENTRIES} are read).`);
  }
  const entries: IndexEntry[] = [];
  for (const [i, m] of (doc.manifests as { digest?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } }[]).entries()) {
    // Every descriptor digest is checked before use: it is shown in logs and asked for by URL.
    if (typeof m?.digest !== 'string' || !DIGEST.test(m.digest)) {
      throw new ActionError(`${where} returned a multi-platform index whose entry ${i + 1} has no valid digest (expected sha256:<64 lowercase hex characters>).`);
    }
    const p = m.platform;
    if (typeof p?.os !== 'string' || typeof p.architecture !== 'string' || !PLATFORM_PART.test(p.os) || !PLATFORM_PART.test(p.architecture)) continue;
    if (p.os === 'unknown' || p.architecture === 'unknown') continue; // build attestations, not images
    const variant = typeof p.variant === 'string' && PLATFORM_PART.test(p.variant) ? p.variant : undefined;
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

export function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const value = contentType?.split(';')[0]?.trim();
  if (!value || value === 'application/json' || value === 'text/plain' || value === 'application/octet-stream') return undefined;
  return value;
}

export function manifestField(body: Buffer, field: string): string | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const value = doc[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

