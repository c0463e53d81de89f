/**
 * Fault matrix, promote (+ deploy): seeded rate faults over a whole promote run end in success or in one clear
 * error and a re-run that converges; a failure at the approval and at each deploy write of promote, then a re-run
 * that converges (the version approved in place, never registered again; one live config and the previous one).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { deploy, ENDPOINT, expectConverged, inventory, promote, sha, TIMING } from '../helpers/faults.js';
import { expectCleanFailure, faultsFired, RATES } from '../helpers/fault-runs.js';
import { registerPr } from '../helpers/pipeline.js';
import { startSim, type Sim } from '../helpers/sim.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

/** v1..v`n` deployed; commit n+1 registered from its PR (pending). Returns the live config and the new version's ARN. */
async function ready(n = 1): Promise<{ live: string; arn: string }> {
  await sim.reset();
  await sim.control('config', TIMING);
  for (let i = 1; i <= n; i++) expect((await deploy(sim, i)).code).toBe(0);
  const pr = await registerPr(sim, sha(n + 1));
  expect(pr.code).toBe(0);
  return { live: (await inventory(sim)).endpoints[ENDPOINT]!.config, arn: pr.outputs['model-package-arn']! };
}

const pendingCount = async () => Object.values((await inventory(sim)).versions).filter((a) => a !== 'Approved').length;

describe('rate faults over a whole promote + deploy', () => {
  test.each(RATES)('$name', async ({ fault, visible }) => {
    const { live, arn } = await ready();
    await sim.control('faults', fault);
    let r = await promote(sim, 2);
    if (visible) expect(await faultsFired(sim)).toBeGreaterThan(0);
    await sim.control('faults', {}, 'DELETE');
    if (r.code !== 0) {
      expectCleanFailure(r);
      r = await promote(sim, 2, { runAttempt: '2' });
    }
    expect(r.outputs['model-package-arn']).toBe(arn);
    await expectConverged(sim, r, { versions: 2, previous: live });
    expect(await pendingCount()).toBe(0);
  }, 180_000);
});

type Fault = { deny: string[] } | { serverError: { count: number; operations: string[] } };
const deny = (op: string): Fault => ({ deny: [op] });
const exhausted = (op: string): Fault => ({ serverError: { count: 50, operations: [op] } });

// Before the endpoint changes a failure fails the run; after it is live (tags, cleanup) it only warns.
const STEPS: { op: string; fault: Fault; fails: boolean; deployed?: number }[] = [
  { op: 'UpdateModelPackage (approval)', fault: deny('UpdateModelPackage'), fails: true },
  { op: 'UpdateModelPackage (approval)', fault: exhausted('UpdateModelPackage'), fails: true },
  { op: 'CreateModel', fault: deny('CreateModel'), fails: true },
  { op: 'CreateEndpointConfig', fault: exhausted('CreateEndpointConfig'), fails: true },
  { op: 'UpdateEndpoint', fault: deny('UpdateEndpoint'), fails: true },
  { op: 'AddTags (ledger)', fault: deny('AddTags'), fails: false },
  // Cleanup has something to delete once two versions were live before: v1's config goes when v3 is promoted.
  { op: 'DeleteEndpointConfig (cleanup)', fault: deny('DeleteEndpointConfig'), fails: false, deployed: 2 },
  { op: 'DeleteModel (cleanup)', fault: deny('DeleteModel'), fails: false, deployed: 2 }
];

describe('a failure at each write step of promote, then a re-run that converges', () => {
  test.each(STEPS)('$op: $fault', async ({ fault, fails, deployed = 1 }) => {
    const { live, arn } = await ready(deployed);
    const n = deployed + 1;
    await sim.control('faults', fault);
    const first = await promote(sim, n);
    await sim.control('faults', {}, 'DELETE');
    if (fails) {
      expectCleanFailure(first);
      expect(['failed', 'skipped']).toContain(first.outputs['deployment-status']);
      const after = await inventory(sim);
      expect(after.endpoints[ENDPOINT]).toEqual({ status: 'InService', config: live });
      expect(after.models).toEqual(after.configs);
    } else {
      expect(first.errors).toEqual([]);
      expect(first.outputs['deployment-status']).toBe('succeeded');
      expect(first.stdout).toMatch(/::warning::/);
    }
    const rerun = await promote(sim, n, { runAttempt: '2' });
    expect(rerun.outputs['model-package-arn']).toBe(arn);
    const redeployed = !fails && rerun.outputs['deployment-status'] !== 'unchanged';
    await expectConverged(sim, rerun, { versions: n, previous: redeployed ? first.outputs['endpoint-config-name']! : live });
    expect(await pendingCount()).toBe(0);
    // One accepted CreateModelPackage per commit: the promoted version is never registered again (the first
    // registration's refused attempt, which learns the group is missing, does not count).
    expect((await sim.requests({ operation: 'CreateModelPackage' })).filter((q) => q.error === null)).toHaveLength(n);
  }, 120_000);
});
