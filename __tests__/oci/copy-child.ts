/**
 * Runs one copyImage in a process of its own, for measurements of its memory (copy-memory.test.ts bundles it and
 * runs it on the action's Node). argv[2] is JSON { source, dest, options }; prints one JSON line
 * { result, ms, maxRssKiB, peak: { rss, heapTotal, arrayBuffers } } or { error }.
 */
import { copyImage, type CopyDestination, type CopyOptions, type CopySource } from '../../src/oci/copy.js';

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
  const out = { result, ms: Math.round(performance.now() - started), maxRssKiB: process.resourceUsage().maxRSS, peak };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} catch (err) {
  process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
  process.exitCode = 1;
} finally {
  clearInterval(timer);
}
