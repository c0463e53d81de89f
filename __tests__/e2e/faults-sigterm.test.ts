/**
 * Fault matrix, cancellation: SIGTERM (what the runner sends when a job is cancelled) at each phase ends the process
 * within 5 s, non-zero, with the state recorded: outputs (deployment-status cancelled), the job summary and the
 * sticky PR comment updated with the cancelled state. The simulator's virtual clock makes each phase last long
 * enough to signal; its request log tells when the run reached the phase.
 */
import { expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { deploy, ENDPOINT, GROUP, inventory, sha, TIMING } from '../helpers/faults.js';
import { terminateAt, type Signalled } from '../helpers/fault-runs.js';
import { prEvent, REPO, ROLE, registerPr, runSub } from '../helpers/pipeline.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim(TIMING);

const [owner, repo] = REPO.split('/');
/** The run is a pull_request run on PR 42 that comments there. */
const onPr = (n: number) => ({ eventName: 'pull_request', event: prEvent(42, sha(n)) });

async function botComment(): Promise<string> {
  const all = (await sim.control(`github/comments?owner=${owner}&repo=${repo}&number=42`)) as { body: string; user: { login: string } }[];
  const mine = all.filter((c) => c.user.login === 'github-actions[bot]');
  expect(mine).toHaveLength(1);
  return mine[0]!.body;
}

/** Ended within 5 s of the signal, failed, one line naming the cancellation; summary, outputs and comment say so. */
async function expectRecorded(s: Signalled, deployment: string, started = deployment === 'cancelled'): Promise<void> {
  const r = s.result;
  expect(s.afterSignalMs).toBeLessThan(5_000);
  expect(r.code).not.toBe(0);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Cancelled \(SIGTERM\)/);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.outputs['deployment-status']).toBe(deployment);
  expect(r.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/fraud-model\/(issues|pull)\/42#issuecomment-\d+$/);
  // Markdown-escaped in the summary and comment: Cancelled \(SIGTERM\)
  expect(r.summary).toMatch(/Cancelled \\?\(SIGTERM\\?\)/);
  const body = await botComment();
  expect(body).toMatch(/Cancelled \\?\(SIGTERM\\?\)/);
  if (started) {
    expect(r.summary).toContain('🛑 cancelled');
    expect(body).toContain('🛑 cancelled');
  }
}

const spawnTo = (run: (extra: { onSpawn: (c: ChildProcess) => void }) => Promise<import('../helpers/action-runner.js').RunResult>) => (onSpawn: (c: ChildProcess) => void) => run({ onSpawn });

test('while registering (waiting for the version to complete)', async () => {
  await sim.control('config', { clockSpeed: 1, packageDelayMs: 600_000 });
  const s = await terminateAt(sim, 'CreateModelPackage', spawnTo((x) => registerPr(sim, sha(1), { ...x, inputs: { comment: 'true' } })), 1_500);
  await expectRecorded(s, 'skipped');
  expect(s.result.outputs['model-package-arn']).toMatch(/:model-package\/fraud-detector\/1$/);
}, 60_000);

test('while registering, with a deployment asked for: the deployment is cancelled too', async () => {
  await sim.control('config', { clockSpeed: 1, packageDelayMs: 600_000 });
  const s = await terminateAt(sim, 'CreateModelPackage', spawnTo((x) => deploy(sim, 1, { comment: 'true' }, { ...onPr(1), ...x })), 1_500);
  await expectRecorded(s, 'cancelled', false); // nothing started: the summary names the cancellation, no deployment row
  expect((await inventory(sim)).endpoints).toEqual({});
}, 60_000);

test('while the endpoint is Creating (first deploy)', async () => {
  await sim.control('config', { endpointCreateMs: 600_000 });
  const s = await terminateAt(sim, 'CreateEndpoint', spawnTo((x) => deploy(sim, 1, { comment: 'true' }, { ...onPr(1), ...x })), 1_500);
  await expectRecorded(s, 'cancelled');
  expect(s.result.summary).toMatch(/Creating/);
  expect((await inventory(sim)).endpoints[ENDPOINT]!.status).toBe('Creating'); // SageMaker continues
}, 60_000);

test('while the endpoint is Updating (the new fleet is being created)', async () => {
  expect((await deploy(sim, 1)).code).toBe(0);
  await sim.control('config', { fleetCreateMs: 600_000 });
  const s = await terminateAt(sim, 'UpdateEndpoint', spawnTo((x) => deploy(sim, 2, { comment: 'true' }, { ...onPr(2), ...x })), 1_500);
  await expectRecorded(s, 'cancelled');
  expect((await inventory(sim)).endpoints[ENDPOINT]!.status).toBe('Updating');
}, 60_000);

test('while the new fleet is Baking', async () => {
  expect((await deploy(sim, 1)).code).toBe(0);
  const s = await terminateAt(sim, 'UpdateEndpoint', spawnTo((x) => deploy(sim, 2, { comment: 'true', 'wait-interval': '3600' }, { ...onPr(2), ...x })), 4_000);
  await expectRecorded(s, 'cancelled');
  expect(s.result.summary).toMatch(/Bak/);
}, 60_000);

test('during promote’s deploy', async () => {
  expect((await deploy(sim, 1)).code).toBe(0);
  expect((await registerPr(sim, sha(2))).code).toBe(0);
  await sim.control('config', { fleetCreateMs: 600_000 });
  const s = await terminateAt(
    sim,
    'UpdateEndpoint',
    spawnTo((x) =>
      runSub('promote', {
        env: sim.env,
        // promote acts on a merge (the PR's own version), never on a pull request that is still open.
        eventName: 'pull_request',
        event: { ...prEvent(42, sha(2), { merged: true }), action: 'closed' },
        ...x,
        inputs: { 'model-package-group': GROUP, 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1', comment: 'true' }
      })
    ),
    1_500
  );
  await expectRecorded(s, 'cancelled');
  expect(s.result.outputs['approval-status']).toBe('Approved');
}, 60_000);
