/**
 * Young-generation collections while blobs stream through. Every chunk read from a TLS socket is a new ArrayBuffer
 * that is garbage once it has been written on; V8 collects such buffers only after about 64 MiB of them have piled
 * up (its external-memory limit), which on top of the action's own ~130 MiB on Node 24 would put its peak near
 * 200 MiB. A minor GC (a scavenge: about a millisecond, young objects only) after every few MiB copied frees them
 * early. The gc function comes from V8's --expose-gc flag set at run time; when that is not possible, nothing is
 * done and memory stays bounded by V8's own limit.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Bytes streamed between two scavenges. */
export const SCAVENGE_BYTES = 2 * 1024 * 1024;

type Gc = (options?: { type?: 'major' | 'minor' }) => void;
let gc: Gc | null | undefined;
let since = 0;

function collector(): Gc | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString('--expose-gc');
    const found = runInNewContext('typeof gc === "function" ? gc : null') as Gc | null;
    gc = found;
  } catch {
    gc = null;
  }
  return gc;
}

/** Counts bytes streamed (by all transfers together) and runs a scavenge after every SCAVENGE_BYTES. */
export function streamed(bytes: number): void {
  since += bytes;
  if (since < SCAVENGE_BYTES) return;
  since = 0;
  collector()?.({ type: 'minor' });
}
