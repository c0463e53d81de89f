/**
 * The blobs of an image manifest: their descriptors, checked, and copies of them a few at a time. A blob already
 * at the destination (or a foreign layer) is skipped; others are mounted across repositories of the same registry
 * when possible, else streamed from the source GET into the upload PUT without being held in memory, their size
 * and sha256 checked on the way. Streamed uploads that fail on the way (network, time-out, 429 or 5xx) are retried
 * from the start.
 */
import { createHash } from 'node:crypto';
import { ActionError } from '../errors.js';
import { errorCodes, TransientError } from './errors.js';
import type { Logger } from './fetch.js';
import { DIGEST_PATTERN, type RegistryHttp } from './http.js';
import { streamed } from './scavenge.js';

export interface Descriptor {
  digest: string;
  size: number;
  mediaType?: string;
  urls?: unknown;
}

const STORE_TIMEOUT_MS = 120_000;

/**
 * Copies a blob from src to dst, with up to dst.retries more tries of a transfer that failed on the way. Says
 * whether it was skipped, mounted or copied (uploaded).
 */
export async function copyBlob(
  src: RegistryHttp,
  dst: RegistryHttp,
  blob: Descriptor,
  mountFrom?: string,
  log?: Logger
): Promise<'skipped' | 'mounted' | 'copied'> {
  const head = await dst.request('HEAD', dst.url(`blobs/${blob.digest}`));
  await head.body?.cancel();
  if (head.status === 200 || (Array.isArray(blob.urls) && /foreign|nondistributable/.test(blob.mediaType ?? ''))) {
    log?.info(`Skipped blob ${blob.digest} (${humanSize(blob.size)}): ${head.status === 200 ? 'already at the destination' : 'foreign layer'}.`);
    return 'skipped';
  }
  if (head.status !== 404) throw dst.statusError(head.status, [], `blob ${blob.digest}`);
  for (let attempt = 1; ; attempt++) {
    try {
      const how = await transferBlob(src, dst, blob, mountFrom);
      log?.info(`${how === 'mounted' ? 'Mounted' : 'Copied'} blob ${blob.digest} (${humanSize(blob.size)}).`);
      return how;
    } catch (err) {
      if (!(err instanceof TransientError) || attempt > dst.retries) throw err;
      const delay = 1000 * 2 ** (attempt - 1);
      log?.warning(`Copying blob ${blob.digest} failed (${err.message}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${dst.retries + 1}).`);
      await dst.sleep(delay);
    }
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
      streamed(chunk.byteLength);
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

/** Checks a manifest's list of descriptors: each needs a sha256 digest and a size. */
export function descriptors(list: unknown, where: string, digest: string): Descriptor[] {
  if (!Array.isArray(list)) throw new ActionError(`${where} sent manifest ${digest} with a malformed list of descriptors.`);
  return list.map((d: Partial<Descriptor>) => {
    if (typeof d?.digest !== 'string' || !DIGEST_PATTERN.test(d.digest) || typeof d.size !== 'number' || d.size < 0) {
      throw new ActionError(`${where} sent manifest ${digest} with a descriptor that has no sha256 digest and size: ${JSON.stringify(d).slice(0, 200)}.`);
    }
    return d as Descriptor;
  });
}

/** Runs `run` over items, `limit` at a time; after a failure no new item starts. */
export async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) await run(items[next++]!).catch((err: unknown) => ((failed = true), Promise.reject(err)));
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** A byte count for messages: B, KB, MB or GB. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
