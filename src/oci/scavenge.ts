/**
 * Young-generation collections while blobs stream through. Every chunk read from a TLS socket is a new ArrayBuffer
 * that is garbage once it has been written on; V8 collects such buffers only after about 64 MiB of them have piled
 * up (its external-memory limit), which on top of the action's own ~130 MiB on Node 24 would put its peak near
 * 200 MiB. A minor GC (a scavenge: about a millisecond, young objects only) after every few MiB copied frees them
 * early. A chunk still in flight during a scavenge is promoted to the old generation, where only a full collection
 * frees its buffer; on a loaded runner (a slow consumer keeps more chunks in flight) these pile up, so when the
 * resident size has grown by MAJOR_GROWTH since streaming began, a full collection runs too (measured: 184 MiB
 * peak under a loaded test run without it). The gc function comes from V8's --expose-gc flag set at run time; when
 * that is not possible, nothing is done and memory stays bounded by V8's own limits.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Bytes streamed between two scavenges. */
export const SCAVENGE_BYTES = 2 * 1024 * 1024;
/** Growth of the resident size over its value when streaming began that calls for a full collection. */
export const MAJOR_GROWTH = 8 * 1024 * 1024;

type Gc = (options?: { type?: 'major' | 'minor' }) => void;
let gc: Gc | null | undefined;
let since = 0;
let baseline: number | undefined;

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
  const collect = collector();
  if (!collect) return;
  collect({ type: 'minor' });
  const rss = process.memoryUsage.rss();
  baseline ??= rss;
  if (rss - baseline <= MAJOR_GROWTH) return;
  collect({ type: 'major' });
  // What the full collection could not return to the system is the new floor: without this, a resident size that
  // stays above the first baseline would call for a full collection every few MiB (measured: half the throughput).
  baseline = process.memoryUsage.rss();
}
