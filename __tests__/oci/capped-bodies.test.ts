/** Registry documents are read with a cap: what gets through, what is refused, and what the refusal keeps. */
import { describe, expect, test } from '@jest/globals';
import { BodyReadError, BodyTooLargeError, capResponse, readBytes } from '../../src/oci/body.js';

const stream = (chunks: string[], fail?: Error) =>
  new ReadableStream<Uint8Array>({
    pull(c) {
      const next = chunks.shift();
      if (next !== undefined) c.enqueue(new TextEncoder().encode(next));
      else if (fail) c.error(fail);
      else c.close();
    }
  });

async function refusal(res: Response): Promise<Error> {
  try {
    await readBytes(res);
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the read to fail');
}

describe('capResponse', () => {
  test('a body of exactly the limit is read whole, whether declared or not', async () => {
    const declared = capResponse(new Response('0123456789', { headers: { 'content-length': '10' } }), 'R', 10);
    expect((await readBytes(declared)).toString()).toBe('0123456789');
    const streamed = capResponse(new Response(stream(['01234', '56789'])), 'R', 10);
    expect((await readBytes(streamed)).toString()).toBe('0123456789');
  });

  test('one byte more is refused, and the refused answer keeps its status and headers', async () => {
    const res = capResponse(new Response('0123456789X', { status: 404, headers: { 'content-length': '11', 'docker-content-digest': 'sha256:x' } }), 'R', 10);
    expect(res.status).toBe(404);
    expect(res.headers.get('docker-content-digest')).toBe('sha256:x');
    const err = await refusal(res);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    const streamed = await refusal(capResponse(new Response(stream(['01234', '56789', 'X'])), 'R', 10));
    expect(streamed).toBeInstanceOf(BodyTooLargeError);
  });

  test('a body that breaks off fails with a short, bounded message naming the sender', async () => {
    const res = capResponse(new Response(stream(['partial'], new Error(`reset ${'x'.repeat(300)}`))), 'Registry r.example.com', 100);
    const err = await refusal(res);
    expect(err).toBeInstanceOf(BodyReadError);
    expect(err.message).toBe(`Reading the answer of Registry r.example.com failed (reset ${'x'.repeat(94)}).`);
  });

  test('a capped body that is cancelled releases the registry connection underneath', async () => {
    let cancelled: unknown = 'not cancelled';
    const source = new ReadableStream<Uint8Array>({ pull: () => undefined, cancel: (reason) => void (cancelled = reason) });
    const res = capResponse(new Response(source), 'R', 10);
    await res.body!.cancel('done');
    expect(cancelled).toBe('done');
  });
});
