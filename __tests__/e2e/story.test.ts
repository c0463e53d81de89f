/**
 * The whole path, with the events each workflow listens to: production serves v1; a PR registers v2 (pending,
 * comment) → the PR is merged: the same v2 is approved and deployed with a canary, the same comment updated → a
 * release tag on that commit: no new version, nothing redeployed → rollback: back to v1, and it says so.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { DescribeEndpointCommand, DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, prEvent, registerPr, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { startSim, type Sim } from '../helpers/sim.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
  await sim.control('config', { clockSpeed: 10, endpointCreateMs: 5_000, fleetCreateMs: 5_000, trafficShiftMs: 10_000, deleteMs: 1_000 });
});
afterAll(async () => {
  await sim.close();
});

const DEPLOY = { 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE, 'instance-count': '2', 'poll-interval': '1' };
const CANARY = { ...DEPLOY, 'traffic-routing': 'canary', 'canary-size': '1', 'wait-interval': '10' };
const creates = async () => (await sim.requests({ operation: 'CreateModelPackage' })).length;
const comments = async () => (await sim.control('github/comments?owner=acme&repo=fraud-model&number=42')) as { id: number; body: string }[];
const serving = async () => (await client(sim).send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' }))).EndpointConfigName;

test('PR opened → merged (same version approved, canary, comment updated) → tag (no new version) → rollback', async () => {
  // Production already serves v1 from an earlier release.
  // Each workflow run has its own run id, as on GitHub.
  const v1 = await runRegister({ env: sim.env, runId: '101', eventName: 'push', event: pushEvent('refs/tags/v0.9.0'), ref: 'refs/tags/v0.9.0', sha: sha(1), inputs: { image: `${ECR_IMAGE}:v0.9.0`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', ...DEPLOY } });
  expect(v1.errors).toEqual([]);

  // pull_request opened: model-pull-request.yml registers the PR head, pending, and comments.
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: sha(2), head_ref: 'feature/x', base_ref: 'main' });
  const pr = await registerPr(sim, sha(2), { runId: '102', event: { ...prEvent(42, sha(2)), action: 'opened' }, inputs: { comment: 'true' } });
  expect(pr.errors).toEqual([]);
  expect(pr.outputs).toMatchObject({ 'model-package-version': '2', 'approval-status': 'PendingManualApproval', created: 'true' });
  const v2 = pr.outputs['model-package-arn']!;
  expect(await comments()).toHaveLength(1);
  const registered = await creates();

  // pull_request closed + merged: model-promote.yml (environment production) promotes and deploys with a canary.
  const merged = await runSub('promote', {
    env: sim.env,
    runId: '103',
    eventName: 'pull_request',
    event: { ...prEvent(42, sha(2), { merged: true, merged_by: { login: 'lead' } }), action: 'closed' },
    sha: 'd'.repeat(40),
    inputs: { 'model-package-group': GROUP, stage: 'production', ...CANARY }
  });
  expect(merged.errors).toEqual([]);
  expect(merged.outputs).toMatchObject({ 'model-package-arn': v2, 'approval-status': 'Approved', 'previous-approval-status': 'PendingManualApproval', 'deployment-status': 'succeeded' });
  expect(await creates()).toBe(registered);
  const [update] = (await sim.requests({ operation: 'UpdateEndpoint' })).slice(-1);
  expect(update!.request.DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration).toMatchObject({ Type: 'CANARY', CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 } });
  const pkg = await client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: v2 }));
  expect(pkg.ApprovalDescription).toMatch(/^Approved by @lead on merge of PR #42 /);
  const [comment] = await comments();
  expect(await comments()).toHaveLength(1);
  expect(merged.outputs['comment-url']).toBe(pr.outputs['comment-url']);
  expect(comment!.body).toContain('SageMaker deployment to `fraud-prod`');
  expect(comment!.body).toContain('approval PendingManualApproval → Approved');
  const afterMerge = await serving();

  // push of tag v1.0.0 on the merged commit (fast-forward): model-release.yml promotes it; nothing new.
  const tag = await runSub('promote', { env: sim.env, runId: '104', eventName: 'push', event: pushEvent('refs/tags/v1.0.0'), ref: 'refs/tags/v1.0.0', sha: sha(2), inputs: { 'model-package-group': GROUP, 'if-missing': 'skip', stage: 'production', ...CANARY } });
  expect(tag.errors).toEqual([]);
  expect(tag.outputs).toMatchObject({ 'model-package-arn': v2, 'deployment-status': 'unchanged' });
  expect(await creates()).toBe(registered);
  expect(await serving()).toBe(afterMerge);

  // workflow_dispatch rollback: back to v1 through blue/green.
  const rollback = await runSub('rollback', { env: sim.env, runId: '105', eventName: 'workflow_dispatch', event: {}, inputs: { 'endpoint-name': 'fraud-prod', 'poll-interval': '1' } });
  expect(rollback.errors).toEqual([]);
  expect(rollback.outputs).toMatchObject({ 'model-package-arn': v1.outputs['model-package-arn'], 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });
  expect(rollback.summary).toContain('Rolled back fraud-prod from v2 to v1');
  expect(await serving()).toBe(rollback.outputs['endpoint-config-name']);
  expect(await creates()).toBe(registered);
});
