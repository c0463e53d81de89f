/**
 * Fault matrix, deploy: a failure injected at each write step of a blue/green update (denied, or 5xx past the
 * SDK's retries), then a re-run (the next run attempt) that converges with nothing left behind; a dropped
 * connection whose request had already run, at each create/update step.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { deploy, ENDPOINT, expectConverged, inventory, TIMING } from '../helpers/faults.js';
import { startSim, type Sim } from '../helpers/sim.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

/** v1 then v2 are live (two configs: live and previous); returns v2's config. */
async function twoDeployed(): Promise<string> {
  await sim.reset();
  await sim.control('config', TIMING);
  expect((await deploy(sim, 1)).code).toBe(0);
  const r = await deploy(sim, 2);
  expect(r.code).toBe(0);
  return r.outputs['endpoint-config-name']!;
}

type Fault = { deny: string[] } | { serverError: { count: number; operations: string[] } };
const deny = (op: string): Fault => ({ deny: [op] });
const exhausted = (op: string): Fault => ({ serverError: { count: 50, operations: [op] } });

// Steps before the endpoint changes fail the run; steps after it is live only warn.
const MATRIX: { op: string; fault: Fault; fails: boolean }[] = [
  { op: 'CreateModelPackage', fault: deny('CreateModelPackage'), fails: true },
  { op: 'UpdateModelPackage (approval)', fault: exhausted('UpdateModelPackage'), fails: true },
  { op: 'CreateModel', fault: deny('CreateModel'), fails: true },
  { op: 'CreateModel', fault: exhausted('CreateModel'), fails: true },
  { op: 'CreateEndpointConfig', fault: deny('CreateEndpointConfig'), fails: true },
  { op: 'UpdateEndpoint', fault: deny('UpdateEndpoint'), fails: true },
  { op: 'UpdateEndpoint', fault: exhausted('UpdateEndpoint'), fails: true },
  // The ledger does not name v3, so the re-run deploys it again: the first run's config is the one kept as previous.
  { op: 'AddTags (ledger)', fault: deny('AddTags'), fails: false }
];
// The re-run finds v3 live and recorded and returns "unchanged": it still cleans up, keeping the live config and the
// one serving the version the ledger names as previous, so the v1 config or model the first run could not delete goes.
const CLEANUP = [
  { op: 'DeleteEndpointConfig (cleanup)', fault: deny('DeleteEndpointConfig'), fails: false },
  { op: 'DeleteModel (cleanup)', fault: deny('DeleteModel'), fails: false }
];

describe('a failure at each write step, then a re-run that converges', () => {
  beforeEach(() => twoDeployed());

  const failAndRerun = async ({ fault, fails }: { fault: Fault; fails: boolean }) => {
    const live = (await inventory(sim)).endpoints[ENDPOINT]!.config;
    await sim.control('faults', fault);
    const first = await deploy(sim, 3, { 'max-attempts': '3' });
    if (fails) {
      expect(first.code).toBe(1);
      expect(first.errors).toHaveLength(1);
      expect(first.errors[0]).not.toMatch(/Unexpected error|\n\s+at /);
      expect(['failed', 'skipped']).toContain(first.outputs['deployment-status']);
      // The endpoint still serves v2, and nothing half-made of the failed attempt stays.
      const after = await inventory(sim);
      expect(after.endpoints[ENDPOINT]).toEqual({ status: 'InService', config: live });
      expect(after.models).toEqual(after.configs);
    } else {
      expect(first.code).toBe(0);
      expect(first.errors).toEqual([]);
      expect(first.outputs['deployment-status']).toBe('succeeded');
      expect(first.stdout).toMatch(/::warning::/);
    }
    await sim.control('faults', {}, 'DELETE');
    const rerun = await deploy(sim, 3, {}, { runAttempt: '2' });
    // Kept for rollback: v2's config, or after a redeploy of v3 (AddTags) the first run's v3 config.
    const redeployed = !fails && rerun.outputs['deployment-status'] !== 'unchanged';
    await expectConverged(sim, rerun, { versions: 3, previous: redeployed ? first.outputs['endpoint-config-name']! : live });
    expect(rerun.outputs['model-package-version']).toBe('3');
  };
  test.each(MATRIX)('$op: $fault', failAndRerun, 120_000);
  test.each(CLEANUP)('$op: $fault', failAndRerun, 120_000);
});

// A connection that breaks after the request ran: the SDK retries a create that already happened.
const DROPPED = ['CreateModelPackage', 'UpdateModelPackage', 'CreateModel', 'CreateEndpointConfig', 'UpdateEndpoint', 'AddTags', 'DeleteEndpointConfig', 'DeleteModel'];

describe('a dropped connection after the request ran, at each write step', () => {
  beforeEach(() => twoDeployed());

  test.each(DROPPED)('%s', async (op) => {
    const live = (await inventory(sim)).endpoints[ENDPOINT]!.config;
    await sim.control('faults', { dropConnection: { count: 1, operations: [op], after: true } });
    const first = await deploy(sim, 3);
    expect((await sim.control('faults')) as object).toMatchObject({ dropConnection: { remaining: 0 } });
    if (first.code === 0) {
      await expectConverged(sim, first, { versions: 3, previous: live });
      return;
    }
    // A run that could not tell what happened fails clearly, and the re-run converges.
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).not.toMatch(/Unexpected error/);
    const rerun = await deploy(sim, 3, {}, { runAttempt: '2' });
    await expectConverged(sim, rerun, { versions: 3, previous: live });
  }, 120_000);
});

describe('first deploy (CreateEndpoint)', () => {
  beforeEach(async () => {
    await sim.reset();
    await sim.control('config', TIMING);
  });

  test.each([{ deny: ['CreateEndpoint'] }, { dropConnection: { count: 1, operations: ['CreateEndpoint'], after: true } }])('%j, then a re-run', async (fault) => {
    await sim.control('faults', fault);
    const first = await deploy(sim, 1);
    await sim.control('faults', {}, 'DELETE');
    if (first.code === 0) return void (await expectConverged(sim, first, { versions: 1 }));
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).not.toMatch(/Unexpected error/);
    const rerun = await deploy(sim, 1, {}, { runAttempt: '2' });
    await expectConverged(sim, rerun, { versions: 1 });
  }, 120_000);
});
