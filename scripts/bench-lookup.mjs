/**
 * The bench's lookup rows: AWS calls and wall time of a new registration and of its re-run in groups of 10, 1,000
 * and 10,000 versions (seeded in one request each, POST /_sim/sagemaker/packages), side by side: the re-run once
 * Search has indexed the version, and once before it has (the simulator's Search lagging ten minutes, so the
 * version is found by the listing of the last 30 minutes); and the cost of a denied Search in the largest group.
 * Every registration tags its image by commit, as a build workflow does, so one run's version is no candidate
 * for the next.
 */
import { pullRequestEvent, runAction } from './run-action.mjs';

export const GROUP_SIZES = [10, 1_000, 10_000];
const LAG_MS = 10 * 60_000;

/**
 * @param {{ control: (path: string, body?: unknown) => Promise<string>, requests: () => Promise<any[]>, env: Record<string, string> }} sim
 * @param {{ entry?: string, report: (name: string, value: unknown, note?: string) => void }} o
 */
export async function benchLookup(sim, { entry, report }) {
  let commits = 0;
  const run = async (group, sha, runAttempt = '1') => {
    const before = (await sim.requests()).length;
    const t = Date.now();
    const inputs = { image: `registry.acme.internal:5000/ml/fraud-model:${sha.slice(-12)}`, 'model-package-group': group, 'resolve-digest': 'off', comment: 'false' };
    const r = await runAction({ inputs, env: sim.env, event: pullRequestEvent(7, sha), runAttempt, ...(entry ? { entry } : {}) });
    if (r.code !== 0) throw new Error(r.stdout);
    const calls = (await sim.requests()).slice(before).filter((c) => c.service !== 'github');
    return { calls: calls.length, ms: Date.now() - t, ops: calls.map((c) => c.operation).join(' ') };
  };
  const fresh = () => (++commits).toString(16).padStart(40, 'b');
  const said = (r) => `${r.calls} calls, ${r.ms} ms`;
  await sim.control('config', { packageDelayMs: 0, searchDelayMs: 0, clockSpeed: 1 });
  let largest;
  for (const size of GROUP_SIZES) {
    const group = `bench-lookup-${size}`;
    await sim.control('sagemaker/packages', { group, count: size });
    const sha = fresh();
    const created = await run(group, sha);
    const rerun = await run(group, sha, '2');
    await sim.control('config', { searchDelayMs: LAG_MS });
    const lagSha = fresh();
    await run(group, lagSha);
    const lagging = await run(group, lagSha, '2');
    await sim.control('config', { searchDelayMs: 0 });
    report(
      `lookup: new registration, ${size} versions`,
      created.calls,
      `calls, ${created.ms} ms | re-run: ${said(rerun)} | re-run before Search indexes it: ${said(lagging)}`
    );
    largest = { group, created, rerun, lagging };
  }
  console.log(`  ${largest.group}: new: ${largest.created.ops}\n  re-run: ${largest.rerun.ops}\n  re-run before Search indexes it: ${largest.lagging.ops}`);
  await sim.control('faults', { deny: ['Search'] });
  try {
    const denied = await run(largest.group, fresh());
    report(`lookup: Search denied, ${GROUP_SIZES.at(-1)} versions`, denied.calls, `calls, ${denied.ms} ms (the listing of the newest 1,000; older versions are not seen)`);
  } finally {
    await sim.control('faults', { deny: [] });
  }
}
