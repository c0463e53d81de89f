/**
 * Bounded response bodies. A registry is untrusted: manifests, indexes, tag lists, error bodies and token answers
 * are read while streaming up to MAX_DOCUMENT_BYTES (a huge or decompression-bomb body is cut off, never held), and
 * a body that breaks off on the way fails with a short message instead of a network stack.
 */
import { ActionError } from '../errors.js';
import { networkFailure } from './errors.js';

/** The most a manifest, index, tag list, error body or token answer may hold (4 MiB). */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

/** A body that broke off while it was read (worth another try). */
export class BodyReadError extends ActionError {
  override name = 'BodyReadError';
}

/** A body larger than its limit. */
export class BodyTooLargeError extends ActionError {
  override name = 'BodyTooLargeError';
}

/**
 * The response with its body limited to `limit` bytes (after any content decoding) and read failures turned into
 * BodyReadError; `what` names the sender in messages. Responses without a body are returned as they are.
 */
export function capResponse(res: Response, what: string, limit = MAX_DOCUMENT_BYTES): Response {
  if (!res.body) return res;
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    void res.body.cancel().catch(() => undefined);
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.error(tooLarge(what, limit)) });
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  }
  const reader = res.body.getReader();
  let total = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (err) {
        controller.error(new BodyReadError(`Reading the answer of ${what} failed (${networkFailure(err, 0).reason.slice(0, 100)}).`));
        return;
      }
      if (chunk.done) return controller.close();
      total += chunk.value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        controller.error(tooLarge(what, limit));
        return;
      }
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason)
  });
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

function tooLarge(what: string, limit: number): BodyTooLargeError {
  return new BodyTooLargeError(`${what} answered with more than ${limit / 1024 / 1024} MiB where a small document was expected; refusing to read it.`);
}

/** Reads a (capped) body as bytes. */
export async function readBytes(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}
