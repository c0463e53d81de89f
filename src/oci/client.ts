/**
 * Resolves an image reference to its manifest digest with the OCI distribution API, on top of the authenticated
 * transport in registry-http.ts (Basic and Bearer auth, time-outs, retries). Multi-platform indexes are read for
 * a platform's digest. Digests are always checked against the bytes or the registry's answer, never taken on trust.
 */
import { ActionError } from '../errors.js';
import { errorCodes } from './errors.js';
import { DIGEST_PATTERN as DIGEST, RegistryHttp, type RegistryHttpOptions } from './http.js';
import { checkManifest, findPlatform, INDEX_TYPES, indexEntries, manifestField, mediaTypeOf } from './manifest.js';

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
