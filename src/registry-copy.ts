/**
 * Copies an image (a single manifest, or an index with every platform) from one registry repository to another,
 * for example from a private registry to ECR. Blobs already at the destination are skipped, others are mounted
 * (same registry) or streamed from the source GET into the upload PUT without being held in memory, their sha256
 * checked on the way. Manifests are PUT with their exact bytes, so the destination digest is the source digest.
 */
import { createHash } from 'node:crypto';
import { ActionError } from './errors.js';
import { checkManifest, INDEX_TYPES, manifestField, mediaTypeOf } from './registry-client.js';
import type { RegistryCredentials } from './registry-credentials.js';
import { DIGEST_PATTERN, errorCodes, RegistryHttp, TransientError, type Logger, type RegistryHttpOptions } from './registry-http.js';

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

const STORE_TIMEOUT_MS = 120_000;

interface Manifest {
  bytes: Buffer;
  digest: string;
  mediaType: string;
}

interface Descriptor {
  digest: string;
  size: number;
  mediaType?: string;
  urls?: unknown;
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
    const { insecure, sleep, log, timeoutMs, retries, fetchImpl } = opts;
    const common: RegistryHttpOptions = { insecure, sleep, log, timeoutMs, retries, fetchImpl };
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
      `Copied ${from} to ${to} (${digest}): ${r.manifests} manifest${r.manifests === 1 ? '' : 's'}, ${r.copiedBlobs} blob${r.copiedBlobs === 1 ? '' : 's'} (${size(r.copiedBytes)}) uploaded, ${r.skippedBlobs} skipped.`
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
    const log = this.opts.log;
    const head = await this.dst.request('HEAD', this.dst.url(`blobs/${blob.digest}`));
    await head.body?.cancel();
    if (head.status === 200 || (Array.isArray(blob.urls) && /foreign|nondistributable/.test(blob.mediaType ?? ''))) {
      this.result.skippedBlobs++;
      log?.info(`Skipped blob ${blob.digest} (${size(blob.size)}): ${head.status === 200 ? 'already at the destination' : 'foreign layer'}.`);
      return;
    }
    if (head.status !== 404) throw this.dst.statusError(head.status, [], `blob ${blob.digest}`);
    for (let attempt = 1; ; attempt++) {
      try {
        const how = await transferBlob(this.src, this.dst, blob, this.mount ? this.source.repository : undefined);
        if (how === 'mounted') {
          this.result.skippedBlobs++;
        } else {
          this.result.copiedBlobs++;
          this.result.copiedBytes += blob.size;
        }
        log?.info(`${how === 'mounted' ? 'Mounted' : 'Copied'} blob ${blob.digest} (${size(blob.size)}).`);
        return;
      } catch (err) {
        if (!(err instanceof TransientError) || attempt > this.dst.retries) throw err;
        const delay = 1000 * 2 ** (attempt - 1);
        log?.warning(`Copying blob ${blob.digest} failed (${err.message}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${this.dst.retries + 1}).`);
        await this.dst.sleep(delay);
      }
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

/**
 * One attempt at a blob: a cross-repository mount when possible, else POST an upload and PUT the source's GET body
 * into it as a stream, hashing it on the way. Failures of the streamed PUT are TransientErrors, for the caller to retry.
 */
async function transferBlob(src: RegistryHttp, dst: RegistryHttp, blob: Descriptor, mountFrom?: string): Promise<'mounted' | 'copied'> {
  const uploads = dst.url('blobs/uploads/');
  let started: Response | undefined;
  if (mountFrom) {
    // Refused mounts (no pull on the source repository, say) fall back to an upload.
    const mounted = await dst.request('POST', `${uploads}?mount=${blob.digest}&from=${encodeURIComponent(mountFrom)}`).catch(() => undefined);
    await mounted?.body?.cancel();
    if (mounted?.status === 201) return 'mounted';
    if (mounted?.status === 202) started = mounted;
  }
  started ??= await dst.request('POST', uploads);
  await started.body?.cancel();
  const location = started.headers.get('location');
  if (started.status !== 202 || !location) throw uploadError(dst, started.status, `starting the upload of blob ${blob.digest}`);
  const target = new URL(location, dst.base);
  target.searchParams.set('digest', blob.digest);

  // Time-outs while streaming are for pauses: timeoutMs without data, then longer for the registry to store the blob.
  const idle = new AbortController();
  const expire = () => idle.abort(new DOMException('no data', 'TimeoutError'));
  let timer = setTimeout(expire, dst.timeoutMs);
  try {
    const got = await src.request('GET', src.url(`blobs/${blob.digest}`), { headers: { Accept: '*/*', 'Accept-Encoding': 'identity' }, signal: idle.signal });
    if (got.status !== 200) {
      throw uploadError(src, got.status, `blob ${blob.digest}`, await errorCodes(got));
    }
    const length = got.headers.get('content-length');
    if (length !== null && Number(length) !== blob.size) {
      await got.body?.cancel();
      throw new ActionError(`${src.where()} sent blob ${blob.digest} with ${length} bytes, but the manifest says ${blob.size}.`);
    }
    const check = verifier(blob, (done) => {
      if (!done) return void timer.refresh();
      clearTimeout(timer);
      timer = setTimeout(expire, Math.max(4 * dst.timeoutMs, STORE_TIMEOUT_MS));
    });
    const body = (got.body ?? new Blob([]).stream()).pipeThrough(check.stream);
    let put: Response;
    try {
      put = await dst.request('PUT', target.toString(), {
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(blob.size) },
        body,
        signal: idle.signal
      });
    } catch (err) {
      throw check.failure() ? new ActionError(`${src.where()} sent blob ${blob.digest} ${check.failure()}; nothing was stored.`) : err;
    }
    const codes = put.status === 201 ? [] : await errorCodes(put);
    if (check.failure()) throw new ActionError(`${src.where()} sent blob ${blob.digest} ${check.failure()}; nothing was stored.`);
    if (put.status !== 201) throw uploadError(dst, put.status, `the upload of blob ${blob.digest}`, codes, true);
    await put.body?.cancel();
    return 'copied';
  } finally {
    clearTimeout(timer);
    idle.abort(); // whatever is still open of the source GET or the upload
  }
}

/** A pass-through stream that hashes and counts; failure() says how the data differed from the descriptor. */
function verifier(blob: Descriptor, progress: (done: boolean) => void) {
  const hash = createHash('sha256');
  let bytes = 0;
  let failure: string | undefined;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      progress(false);
      if (bytes > blob.size) controller.error(new Error((failure = `with more than the ${blob.size} bytes the manifest says`)));
      else controller.enqueue(chunk);
    },
    flush(controller) {
      const digest = `sha256:${hash.digest('hex')}`;
      if (bytes !== blob.size) failure = `with ${bytes} bytes, not the ${blob.size} the manifest says`;
      else if (digest !== blob.digest) failure = `whose sha256 is ${digest}`;
      if (failure) controller.error(new Error(failure));
      else progress(true);
    }
  });
  return { stream, failure: () => failure };
}

/** An unexpected status; a 5xx or 429 to a streamed upload (sent once, never retried by the transport) is transient. */
function uploadError(http: RegistryHttp, status: number, subject: string, codes: string[] = [], streamed = false): ActionError {
  const message = `${http.where()} answered HTTP ${status}${codes.length ? ` (${codes.join(', ')})` : ''} for ${subject}.`;
  return streamed && (status === 429 || status >= 500) ? new TransientError(message) : new ActionError(message);
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

function descriptors(list: unknown, where: string, digest: string): Descriptor[] {
  if (!Array.isArray(list)) throw new ActionError(`${where} sent manifest ${digest} with a malformed list of descriptors.`);
  return list.map((d: Partial<Descriptor>) => {
    if (typeof d?.digest !== 'string' || !DIGEST_PATTERN.test(d.digest) || typeof d.size !== 'number' || d.size < 0) {
      throw new ActionError(`${where} sent manifest ${digest} with a descriptor that has no sha256 digest and size: ${JSON.stringify(d).slice(0, 200)}.`);
    }
    return d as Descriptor;
  });
}

/** Runs `run` over items, `limit` at a time; after a failure no new item starts. */
async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) await run(items[next++]!).catch((err: unknown) => ((failed = true), Promise.reject(err)));
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
