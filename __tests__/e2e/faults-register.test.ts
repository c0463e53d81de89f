/**
 * Fault matrix, register and register + deploy: seeded rate faults over whole runs (throttling on 30 % of AWS
 * calls, transient 500/503, dropped connections) end in success (the SDK's retries, the action's own) or in one
 * clear error and a re-run that converges; a failure at each write step of registration, then a re-run that
 * converges with one version per commit and the approval asked for.
 */
import { describe, expect, test } from '@jest/globals';
import type { RunResult } from '../helpers/action-runner.js';
import { deploy, ENDPOINT, expectConverged, inventory, TIMING } from '../helpers/faults.js';
import { expectCleanFailure, expectRegistered, faultsFired, RATES, register } from '../helpers/fault-runs.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim(TIMING);

/** Runs `first` under `fault`; when it failed, it failed clearly, and `again` (faults cleared) is the re-run. */
async function underFault(fault: object, visible: boolean, first: () => Promise<RunResult>, again: () => Promise<RunResult>): Promise<RunResult> {
  await sim.control('faults', fault);
  const r = await first();
  if (visible) expect(await faultsFired(sim)).toBeGreaterThan(0);
  await sim.control('faults', {}, 'DELETE');
  if (r.code === 0) return r;
  expectCleanFailure(r);
  return again();
}

describe('rate faults over whole runs', () => {
  test.each(RATES)('register: $name', async ({ fault, visible }) => {
    const r = await underFault(fault, visible, () => register(sim, 1), () => register(sim, 1, {}, { runAttempt: '2' }));
    await expectRegistered(sim, r, { commits: 1, approval: 'Approved' });
    // A second commit under the same faults: still one version per commit.
    const r2 = await underFault(fault, visible, () => register(sim, 2), () => register(sim, 2, {}, { runAttempt: '2' }));
    await expectRegistered(sim, r2, { commits: 2, approval: 'Approved' });
  }, 180_000);

  test.each(RATES)('register + deploy: $name', async ({ fault, visible }) => {
    expect((await deploy(sim, 1)).code).toBe(0);
    const live = (await inventory(sim)).endpoints[ENDPOINT]!.config;
    const r = await underFault(fault, visible, () => deploy(sim, 2), () => deploy(sim, 2, {}, { runAttempt: '2' }));
    await expectConverged(sim, r, { versions: 2, previous: live });
  }, 180_000);
});

type Fault = { deny: string[] } | { serverError: { count: number; operations: string[] } };
const WRITES: { op: string; fault: Fault }[] = ['CreateModelPackageGroup', 'CreateModelPackage', 'UpdateModelPackage'].flatMap((op) => [
  { op, fault: { deny: [op] } },
  { op, fault: { serverError: { count: 50, operations: [op] } } }
]);

describe('a failure at each write step of registration, then a re-run that converges', () => {
  test.each(WRITES)('$op: $fault', async ({ op, fault }) => {
    await sim.control('faults', fault);
    const first = await register(sim, 1, { 'max-attempts': '3' });
    expectCleanFailure(first);
    expect(first.errors[0]).toContain(op);
    expect((await sim.requests({ operation: op })).length).toBeGreaterThan(0);
    // Nothing was approved by the failed run.
    expect(Object.values((await inventory(sim)).versions).filter((a) => a === 'Approved')).toEqual([]);
    await sim.control('faults', {}, 'DELETE');
    const rerun = await register(sim, 1, {}, { runAttempt: '2' });
    await expectRegistered(sim, rerun, { commits: 1, approval: 'Approved' });
    expect(rerun.outputs['model-package-version']).toBe('1');
  }, 120_000);

  test('UpdateModelPackage denied on a deploy run: the re-run approves the same version and deploys it', async () => {
    await sim.control('faults', { deny: ['UpdateModelPackage'] });
    const first = await deploy(sim, 1);
    expectCleanFailure(first);
    expect(['failed', 'skipped']).toContain(first.outputs['deployment-status']);
    expect((await inventory(sim)).endpoints).toEqual({});
    await sim.control('faults', {}, 'DELETE');
    const rerun = await deploy(sim, 1, {}, { runAttempt: '2' });
    await expectConverged(sim, rerun, { versions: 1 });
  }, 120_000);
});
