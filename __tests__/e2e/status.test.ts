/** status/ against the simulator: versions newest first, with the endpoints serving each. */
import { expect, test } from '@jest/globals';
import { pushEvent } from '../helpers/action-runner.js';
import { ECR_IMAGE, GROUP, registerPr, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

function deploy(n: number, endpoint: string) {
  return runRegister({
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    inputs: { image: `${ECR_IMAGE}:v${n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': endpoint, 'execution-role-arn': ROLE, 'poll-interval': '1', stage: endpoint.endsWith('prod') ? 'production' : 'staging' }
  });
}

test('lists versions newest first with approval, stage, commit, image, and the endpoints serving each; reads only', async () => {
  expect((await deploy(1, 'fraud-prod')).errors).toEqual([]);
  expect((await deploy(2, 'fraud-staging')).errors).toEqual([]);
  expect((await deploy(2, 'fraud-canary')).errors).toEqual([]);
  expect((await registerPr(sim, sha(3))).errors).toEqual([]);
  const seq = (await sim.requests()).length;
  const r = await runSub('status', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP } });
  expect(r.errors).toEqual([]);
  const versions = JSON.parse(r.outputs.versions!) as Record<string, unknown>[];
  expect(versions.map((v) => [v.version, v.approval, v.commit, v.endpoints])).toEqual([
    [3, 'PendingManualApproval', sha(3), []],
    [2, 'Approved', sha(2), ['fraud-canary', 'fraud-staging']],
    [1, 'Approved', sha(1), ['fraud-prod']]
  ]);
  expect(versions[2]).toMatchObject({ arn: `arn:aws:sagemaker:us-east-1:123456789012:model-package/${GROUP}/1`, image: `${ECR_IMAGE}:v1`, stage: 'production (Deployed)' });
  expect(Date.parse(versions[0]!.created as string)).not.toBeNaN();
  const row = r.summary.split('\n').find((l) => l.startsWith('| 1 |'));
  expect(row).toContain('| Approved | production \\(Deployed\\) | `cccccccccccc` |');
  expect(row).toMatch(/\| `fraud-prod` \(real-time\) \|$/);
  expect(versions[2]).toMatchObject({ endpointKinds: { 'fraud-prod': 'real-time' } });
  const during = (await sim.requests()).filter((q) => q.seq > seq);
  expect(during.length).toBeGreaterThan(0);
  expect(during.filter((q) => WRITE_OPERATIONS.test(q.operation))).toEqual([]);
});

test('a missing group input is a one-line error before any call', async () => {
  const r = await runSub('status', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: {} });
  expect(r.errors).toEqual(["Input 'model-package-group': \"\" is required"]);
  expect(await sim.requests()).toEqual([]);
});
