/**
 * The stage status/ shows follows what serves: after a rollback the version rolled back to holds the stage and the
 * one rolled back from is marked rolled back (in the registry itself, so every reader agrees); a version a later
 * deploy replaced is shown as replaced even though its record still says Deployed.
 */
import { expect, test } from '@jest/globals';
import { DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

async function release(n: number, endpoint = 'fraud-prod', stage = 'production'): Promise<string> {
  const r = await runRegister({
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    runId: String(9300 + n),
    inputs: { image: `${ECR_IMAGE}:v${n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': endpoint, 'execution-role-arn': ROLE, 'poll-interval': '1', stage }
  });
  expect(r.errors).toEqual([]);
  return r.outputs['model-package-arn']!;
}

async function status(): Promise<{ rows: Record<string, unknown>[]; summary: string }> {
  const r = await runSub('status', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP } });
  expect(r.errors).toEqual([]);
  const rows = (JSON.parse(r.outputs.versions!) as Record<string, unknown>[]).map((v) => ({ version: v.version, stage: v.stage, endpoints: v.endpoints }));
  return { rows, summary: r.summary };
}

const lifecycle = async (arn: string) => (await client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: arn }))).ModelLifeCycle;

test('after a rollback, the stage is on the version that serves; the one rolled back from says so', async () => {
  const v1 = await release(1);
  const v2 = await release(2);
  const r = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: '9401', inputs: { 'endpoint-name': 'fraud-prod', 'poll-interval': '1' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v1, 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });

  // The registry's own record (what SageMaker Studio and any other reader see).
  expect(await lifecycle(v1)).toMatchObject({ Stage: 'production', StageStatus: 'Deployed', StageDescription: 'Serving on fraud-prod' });
  expect(await lifecycle(v2)).toMatchObject({ Stage: 'production', StageStatus: 'RolledBack', StageDescription: 'Rolled back on fraud-prod to v1' });

  const { rows, summary } = await status();
  expect(rows).toEqual([
    { version: 2, stage: 'production (RolledBack)', endpoints: [] },
    { version: 1, stage: 'production (Deployed)', endpoints: ['fraud-prod'] }
  ]);
  expect(summary.split('\n').find((l) => l.startsWith('| 2 |'))).toContain('| production \\(RolledBack\\) |');
});

test('an explicit stage on the rollback wins; a version that held no stage on the endpoint is not marked', async () => {
  await release(1, 'fraud-prod', '');
  const v2 = await release(2, 'fraud-prod', '');
  const r = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: '9402', inputs: { 'endpoint-name': 'fraud-prod', 'poll-interval': '1', stage: 'hotfix' } });
  expect(r.errors).toEqual([]);
  expect(await lifecycle(v2)).toBeUndefined();
  expect((await status()).rows).toEqual([
    { version: 2, stage: '', endpoints: [] },
    { version: 1, stage: 'hotfix (Deployed)', endpoints: ['fraud-prod'] }
  ]);
});

test('a version a later deploy replaced is shown as replaced, not as deployed; records naming other endpoints stand', async () => {
  await release(1);
  await release(2);
  await release(3, 'fraud-staging', 'staging');
  expect((await status()).rows).toEqual([
    { version: 3, stage: 'staging (Deployed)', endpoints: ['fraud-staging'] },
    { version: 2, stage: 'production (Deployed)', endpoints: ['fraud-prod'] },
    { version: 1, stage: 'production (replaced on fraud-prod)', endpoints: [] }
  ]);
});
