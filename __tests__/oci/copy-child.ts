/**
 * Runs one copyImage in a process of its own, for measurements of its memory (copy-memory.test.ts bundles it and
 * runs it on the action's Node). argv[2] is JSON { source, dest, options }; prints one JSON line
 * { result, ms, maxRssKiB, peak: { rss, heapTotal, arrayBuffers } } or { error }.
 */
import { readFileSync } from 'node:fs';
import { copyImage, type CopyDestination, type CopyOptions, type CopySource } from '../../src/oci/copy.js';

/**
 * This process's own peak resident size (VmHWM, kept per address space, so it starts afresh at exec). Not
 * process.resourceUsage().maxRSS: Linux carries the forking parent's peak across exec into it, so a child of a
 * large jest worker would report the worker's size (seen: 184 MiB for any copy, on both Nodes, in the full suite).
 */
function peakRssKiB(): number {
  const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!m) throw new Error('no VmHWM in /proc/self/status');
  return Number(m[1]);
}

const { source, dest, options } = JSON.parse(process.argv[2]!) as { source: CopySource; dest: CopyDestination; options: CopyOptions };
const peak = { rss: 0, heapTotal: 0, arrayBuffers: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
};
const timer = setInterval(sample, 50);
const started = performance.now();
try {
  const result = await copyImage(source, dest, { ...options, log: { info: () => undefined, warning: (m) => process.stderr.write(`${m}\n`) } });
  sample();
  const out = { result, ms: Math.round(performance.now() - started), maxRssKiB: peakRssKiB(), peak };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} catch (err) {
  process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
  process.exitCode = 1;
} finally {
  clearInterval(timer);
}
