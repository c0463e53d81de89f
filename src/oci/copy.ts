/**
 * Copies an image (a single manifest, or an index with every platform) from one registry repository to another,
 * for example from a private registry to ECR. Blobs already at the destination are skipped, others are mounted
 * (same registry) or streamed from the source GET into the upload PUT without being held in memory, their sha256
 * checked on the way (registry-blobs.ts). Manifests are PUT with their exact bytes, so the destination digest is the
 * source digest.
 */
import { ActionError } from '../errors.js';
import { copyBlob, descriptors, humanSize, pool, type Descriptor } from './blobs.js';
import { checkManifest, INDEX_TYPES, manifestField, mediaTypeOf } from './manifest.js';
import type { RegistryCredentials } from './credentials.js';
import { errorCodes } from './errors.js';
import type { Logger } from './fetch.js';
import { DIGEST_PATTERN, RegistryHttp, type RegistryHttpOptions } from './http.js';

export interface CopySource {
  registry: string;
  repository: string;
  /** A tag or a sha256 digest. */
  reference: string;
}

export interface CopyDestination {
  registry: string;
  repository: string;
  tag?: string;
}

export interface CopyOptions {
  sourceCredentials?: RegistryCredentials;
  /** For ECR: username AWS and the password from GetAuthorizationToken. */
  destCredentials?: RegistryCredentials;
  /** Use http:// (default: only for localhost, 127.0.0.1 and ::1). */
  insecure?: boolean;
  sleep?: (ms: number) => Promise<void>;
  log?: Logger;
  /** Per request attempt; for blob transfers the longest pause without data (default 15 s). */
  timeoutMs?: number;
  /** Retries of requests and of whole blob transfers (default 3). */
  retries?: number;
  /** Blobs transferred at the same time (default 3). */
  concurrency?: number;
  fetchImpl?: typeof fetch;
  /** The run's deadline (Date.now() terms) and the mask for tokens obtained at run time (see RegistryHttpOptions). */
  deadline?: number;
  setSecret?: (value: string) => void;
}

export interface CopyResult {
  /** The top-level manifest digest, the same at the source and the destination. */
  digest: string;
  mediaType: string;
  /** Blobs uploaded (mounted or already present blobs are skipped). */
  copiedBlobs: number;
  skippedBlobs: number;
  copiedBytes: number;
  /** Manifests written by digest (0 when the image was already there). */
  manifests: number;
}

interface Manifest {
  bytes: Buffer;
  digest: string;
  mediaType: string;
}

/** Copies source to dest (and tags it); idempotent: an image already at the destination uploads nothing. */
export async function copyImage(source: CopySource, dest: CopyDestination, opts: CopyOptions = {}): Promise<CopyResult> {
  return new Copy(source, dest, opts).run();
}

class Copy {
  private readonly src: RegistryHttp;
  private readonly dst: RegistryHttp;
  private readonly mount: boolean;
  private readonly blobs = new Map<string, Promise<void>>();
  private readonly result = { copiedBlobs: 0, skippedBlobs: 0, copiedBytes: 0, manifests: 0 };

  constructor(
    private readonly source: CopySource,
    private readonly dest: CopyDestination,
    private readonly opts: CopyOptions
  ) {
    const { insecure, sleep, log, timeoutMs, retries, fetchImpl, deadline, setSecret } = opts;
    const common: RegistryHttpOptions = { insecure, sleep, log, timeoutMs, retries, fetchImpl, deadline, setSecret };
    this.mount = source.registry.toLowerCase() === dest.registry.toLowerCase() && source.repository !== dest.repository;
    this.src = new RegistryHttp({ registry: source.registry, repository: source.repository }, { ...common, credentials: opts.sourceCredentials });
    const access = { registry: dest.registry, repository: dest.repository, push: true, ...(this.mount ? { mountFrom: source.repository } : {}) };
    this.dst = new RegistryHttp(access, { ...common, credentials: opts.destCredentials });
  }

  async run(): Promise<CopyResult> {
    const { source, dest } = this;
    const from = `${source.registry}/${source.repository}${DIGEST_PATTERN.test(source.reference) ? '@' : ':'}${source.reference}`;
    const to = `${dest.registry}/${dest.repository}${dest.tag ? `:${dest.tag}` : ''}`;
    const head = await this.head(this.src, source.reference);
    let top: Manifest | undefined;
    if (!head?.digest || !DIGEST_PATTERN.test(head.digest) || !head.mediaType) top = await this.get(this.src, source.reference);
    const digest = top?.digest ?? head!.digest!;
    const mediaType = top?.mediaType ?? head!.mediaType!;
    if (DIGEST_PATTERN.test(source.reference) && digest !== source.reference) {
      throw new ActionError(`${this.src.where()} returned a manifest with digest ${digest}, not the requested ${source.reference}.`);
    }
    let bytes: Buffer | undefined;
    if ((await this.head(this.dst, digest))?.digest === digest) {
      this.opts.log?.info(`${dest.registry}/${dest.repository}@${digest} is already there: nothing to copy.`);
    } else {
      bytes = await this.copyManifest(digest, top);
    }
    if (dest.tag && (await this.head(this.dst, dest.tag))?.digest !== digest) {
      bytes ??= (await this.get(this.dst, digest)).bytes;
      await this.put(dest.tag, digest, bytes, mediaType);
    }
    const final = await this.head(this.dst, dest.tag ?? digest);
    if (final?.digest !== digest) {
      throw new ActionError(`${this.dst.where()} has ${final?.digest ?? 'nothing'} at ${dest.tag ?? digest} after the copy, not the source digest ${digest}.`);
    }
    const r = this.result;
    this.opts.log?.info(
      `Copied ${from} to ${to} (${digest}): ${r.manifests} manifest${r.manifests === 1 ? '' : 's'}, ${r.copiedBlobs} blob${r.copiedBlobs === 1 ? '' : 's'} (${humanSize(r.copiedBytes)}) uploaded, ${r.skippedBlobs} skipped.`
    );
    return { digest, mediaType, ...r };
  }

  /** Copies a manifest read from the source by digest, with everything it references, then PUTs it by digest. */
  private async copyManifest(digest: string, known?: Manifest): Promise<Buffer> {
    const got = known ?? (await this.get(this.src, digest));
    const { mediaType } = got;
    const doc = parse(got.bytes, this.src.where(), digest);
    if (INDEX_TYPES.has(mediaType)) {
      for (const child of descriptors(doc.manifests, this.src.where(), digest)) {
        if ((await this.head(this.dst, child.digest))?.digest !== child.digest) await this.copyManifest(child.digest);
      }
    } else if (doc.schemaVersion === 2 && doc.config) {
      const blobs = [...descriptors([doc.config], this.src.where(), digest), ...descriptors(doc.layers ?? [], this.src.where(), digest)];
      await pool(blobs, this.opts.concurrency ?? 3, (blob) => this.blob(blob));
    } else {
      throw new ActionError(`${this.src.where()} sent manifest ${digest} of type ${mediaType}, which cannot be copied (schema 2 images and indexes only).`);
    }
    await this.put(digest, digest, got.bytes, mediaType);
    this.result.manifests++;
    return got.bytes;
  }

  private blob(blob: Descriptor): Promise<void> {
    let pending = this.blobs.get(blob.digest);
    if (!pending) this.blobs.set(blob.digest, (pending = this.copyBlob(blob)));
    return pending;
  }

  private async copyBlob(blob: Descriptor): Promise<void> {
    const how = await copyBlob(this.src, this.dst, blob, this.mount ? this.source.repository : undefined, this.opts.log);
    if (how === 'copied') {
      this.result.copiedBlobs++;
      this.result.copiedBytes += blob.size;
    } else {
      this.result.skippedBlobs++;
    }
  }

  private async head(http: RegistryHttp, reference: string): Promise<{ digest?: string; mediaType?: string } | undefined> {
    const res = await http.request('HEAD', http.url(`manifests/${reference}`));
    await res.body?.cancel();
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw http.statusError(res.status, [], `manifest ${reference}`);
    return { digest: res.headers.get('docker-content-digest')?.trim(), mediaType: mediaTypeOf(res.headers.get('content-type')) };
  }

  /** A manifest's bytes, checked against the reference (when a digest) and the registry's digest header. */
  private async get(http: RegistryHttp, reference: string): Promise<Manifest> {
    const res = await http.request('GET', http.url(`manifests/${reference}`));
    const codes = res.status === 200 ? [] : await errorCodes(res);
    if (res.status === 404) throw new ActionError(`${http.where()} has no manifest ${reference} (HTTP 404${codes.length ? `, ${codes.join(', ')}` : ''}).`);
    if (res.status !== 200) throw http.statusError(res.status, codes, `manifest ${reference}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = checkManifest(bytes, res.headers.get('docker-content-digest')?.trim(), reference, http.where());
    const mediaType = mediaTypeOf(res.headers.get('content-type')) ?? mediaTypeOf(manifestField(bytes, 'mediaType'));
    if (!mediaType) throw new ActionError(`${http.where()} sent manifest ${reference} without a media type.`);
    return { bytes, digest, mediaType };
  }

  private async put(reference: string, digest: string, bytes: Buffer, mediaType: string): Promise<void> {
    const res = await this.dst.request('PUT', this.dst.url(`manifests/${reference}`), {
      headers: { 'Content-Type': mediaType },
      body: new Uint8Array(bytes)
    });
    if (res.status !== 201) throw this.dst.statusError(res.status, await errorCodes(res), `the upload of manifest ${reference}`);
    await res.body?.cancel();
    const answered = res.headers.get('docker-content-digest')?.trim();
    if (answered && answered !== digest) throw new ActionError(`${this.dst.where()} stored manifest ${reference} as ${answered}, not ${digest}.`);
    this.opts.log?.info(`Put manifest ${reference === digest ? digest : `${reference} (${digest})`} (${mediaType}).`);
  }
}

interface ManifestDoc {
  schemaVersion?: unknown;
  manifests?: unknown;
  config?: unknown;
  layers?: unknown;
}

function parse(bytes: Buffer, where: string, digest: string): ManifestDoc {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as unknown;
    if (typeof doc === 'object' && doc !== null) return doc as ManifestDoc;
  } catch {
    // reported below
  }
  throw new ActionError(`${where} sent manifest ${digest}, which is not a JSON object.`);
}
