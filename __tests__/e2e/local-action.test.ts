import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { outputsFromTable, registerEnv, runLocalAction } from '../../scripts/local-action.mjs';
import { startSimProcess } from '../../scripts/sim-process.mjs';

// GitHub's own local runner replaces @actions/core with its own: it sees this action's outputs only because
// the action speaks through @actions/core.
let sim: Awaited<ReturnType<typeof startSimProcess>>;
beforeAll(async () => {
  sim = await startSimProcess();
});
afterAll(async () => {
  await sim.stop();
});

test('@github/local-action runs the source against the simulator and sees every output', async () => {
  const { stdout, code } = await runLocalAction(registerEnv(sim.env));
  expect(stdout).not.toMatch(/^::error::/m);
  expect(code).toBe(0);
  const outputs = outputsFromTable(stdout);
  expect(outputs).toMatchObject({
    'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/1',
    'model-package-version': '1',
    'approval-status': 'PendingManualApproval',
    created: 'true',
    'deployment-status': 'skipped'
  });
  // One accepted CreateModelPackage (the refused first one learns that the group is missing).
  const created = (await sim.requests()).filter((r: { operation: string; [key: string]: unknown }) => r.operation === 'CreateModelPackage' && r.error === null);
  expect(created).toHaveLength(1);
}, 120_000);

test('a bad input reaches local-action as a failure', async () => {
  const { stdout } = await runLocalAction(registerEnv(sim.env, { 'INPUT_APPROVAL': 'maybe' }));
  expect(stdout).toMatch(/::error::Input 'approval': "maybe"/);
  // Every declared output is written, empty (no deployment was started: skipped), as for the sub-actions.
  const outputs = outputsFromTable(stdout);
  expect(outputs['model-package-arn']).toBe('');
  expect(Object.entries(outputs).filter(([k, v]) => v !== '' && !(k === 'deployment-status' && v === 'skipped'))).toEqual([]);
}, 120_000);
