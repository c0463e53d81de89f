/** rollback/ against the simulator: back to the version that served before (the ledger), or a named one. */
import { expect, test } from '@jest/globals';
import { DescribeEndpointCommand, ListTagsCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

const EP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod';

async function release(n: number): Promise<string> {
  const r = await runRegister({
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    runId: String(9000 + n),
    inputs: { image: `${ECR_IMAGE}:v${n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE, 'instance-count': '2', 'poll-interval': '1' }
  });
  expect(r.errors).toEqual([]);
  return r.outputs['model-package-arn']!;
}

const tags = async () => Object.fromEntries(((await client(sim).send(new ListTagsCommand({ ResourceArn: EP_ARN }))).Tags ?? []).map((t) => [t.Key, t.Value]));
const servedConfig = async () => (await client(sim).send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' }))).EndpointConfigName;

test('every deploy keeps the ledger; rollback returns the endpoint to the previous version through blue/green and says so', async () => {
  const v1 = await release(1);
  const v2 = await release(2);
  expect(await tags()).toMatchObject({ 'model-package-arn': v2, 'previous-model-package-arn': v1 });

  // Each workflow run has its own run id (the names of the models and configs it creates include it).
  const r = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: '9101', inputs: { 'endpoint-name': 'fraud-prod', 'poll-interval': '1' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v1, 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });
  expect(r.summary).toContain('Rolled back fraud-prod from v2 to v1');
  // No registration; the live config's model is made from v1, on the live instance count and role.
  // (the first registration's CreateModelPackage that learns the group is missing is refused, then sent again)
  expect((await sim.requests({ operation: 'CreateModelPackage' })).filter((q) => q.error === null)).toHaveLength(2);
  const [model] = (await sim.requests({ operation: 'CreateModel' })).slice(-1);
  expect(model!.request).toMatchObject({ ExecutionRoleArn: ROLE, Containers: [{ ModelPackageName: v1 }] });
  const [config] = (await sim.requests({ operation: 'CreateEndpointConfig' })).slice(-1);
  expect(config!.request.ProductionVariants[0].InitialInstanceCount).toBe(2);
  expect(await servedConfig()).toBe(r.outputs['endpoint-config-name']);
  expect(await tags()).toMatchObject({ 'model-package-arn': v1, 'previous-model-package-arn': v2, 'last-change': 'rollback' });

  // A second rollback without `to` would put back the version just rolled back from: refused before any write.
  const seq = (await sim.requests()).length;
  const again = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: '9102', inputs: { 'endpoint-name': 'fraud-prod', 'poll-interval': '1' } });
  expect(again.errors).toEqual(['Endpoint fraud-prod was last changed by a rollback (from v2); a second rollback goes further back only when you name the version with to.']);
  expect((await sim.requests()).slice(seq).filter((q) => WRITE_OPERATIONS.test(q.operation))).toEqual([]);
  expect(await servedConfig()).toBe(r.outputs['endpoint-config-name']);

  // A deploy after the rollback makes rollback's default the version before it again.
  const v3 = await release(3);
  expect(await tags()).toMatchObject({ 'model-package-arn': v3, 'previous-model-package-arn': v1, 'last-change': 'deploy' });
});

test('to names a version number; an endpoint with no earlier version or that does not exist fails clearly before any write', async () => {
  const v1 = await release(1);
  const none = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, inputs: { 'endpoint-name': 'fraud-prod' } });
  expect(none.errors).toEqual(['Endpoint fraud-prod has no earlier version in its deployment ledger (tag previous-model-package-arn); name one with to.']);
  const missing = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, inputs: { 'endpoint-name': 'nope' } });
  expect(missing.errors).toEqual(['Endpoint nope does not exist: there is nothing to roll back.']);
  await release(2);
  await release(3);
  const r = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: '9103', inputs: { 'endpoint-name': 'fraud-prod', to: '1', 'poll-interval': '1' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).toBe(v1);
  expect(r.summary).toContain('from v3 to v1');
});
