/**
 * The bundled action deploying to the simulator's endpoints: blue/green with all-at-once, canary and linear
 * traffic shifting on a sped-up virtual clock, auto-rollback, failures, busy endpoints, time-outs, re-runs
 * and cleanup. Every verdict is checked against the simulator's own view of the endpoint.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { pullRequestEvent, pushEvent, runAction, type RunOptions, type RunResult } from '../helpers/action-runner.js';
import { startSim, WRITE_OPERATIONS, type Sim } from '../helpers/sim.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

/** 10 virtual seconds per real second: a 20 s bake takes 2 s; traffic shifts last 3 s, so a 1 s poll sees each. */
const TIMING = { clockSpeed: 10, endpointCreateMs: 10_000, fleetCreateMs: 10_000, trafficShiftMs: 30_000, deleteMs: 5_000 };
beforeEach(async () => {
  await sim.reset();
  await sim.control('config', TIMING);
});

const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model:v1';
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-execution';
const sha = (n: number) => n.toString(16).padStart(40, 'a');

function deploy(inputs: Record<string, string>, commit = 1, extra: Omit<RunOptions, 'inputs'> = {}): Promise<RunResult> {
  return runAction({
    inputs: {
      image: ECR_IMAGE,
      'model-package-group': 'fraud-detector',
      'resolve-digest': 'off',
      approval: 'approved',
      comment: 'false',
      'endpoint-name': 'fraud-prod',
      'execution-role-arn': ROLE,
      'poll-interval': '1',
      ...inputs
    },
    env: sim.env,
    eventName: 'push',
    event: pushEvent('refs/heads/main'),
    sha: sha(commit),
    // ACTION_DIST_DIR runs a bundle built elsewhere (`node scripts/bundle.mjs /tmp/dist`), as pipeline.ts does.
    ...(process.env.ACTION_DIST_DIR ? { entry: `${process.env.ACTION_DIST_DIR}/index.js` } : {}),
    ...extra
  });
}

interface SimEndpoint {
  EndpointConfigName?: string;
  EndpointStatus?: string;
  FailureReason?: string;
}

async function endpointState(name = 'fraud-prod'): Promise<SimEndpoint> {
  const calls = await sim.requests({ operation: 'DescribeEndpoint' });
  expect(calls.length).toBeGreaterThan(0);
  // Read the endpoint as a client would, through the simulator's AWS API.
  const { SageMakerClient, DescribeEndpointCommand } = await import('@aws-sdk/client-sagemaker');
  const sm = new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  return sm.send(new DescribeEndpointCommand({ EndpointName: name }));
}

async function configNames(): Promise<string[]> {
  const { SageMakerClient, ListEndpointConfigsCommand } = await import('@aws-sdk/client-sagemaker');
  const sm = new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  const out = await sm.send(new ListEndpointConfigsCommand({ MaxResults: 100 }));
  return (out.EndpointConfigs ?? []).map((c) => c.EndpointConfigName!).sort();
}

test('creates a new endpoint from a registered ECR version and waits until it is InService', async () => {
  const r = await deploy({});
  expect(r.errors).toEqual([]);
  expect(r.outputs['deployment-status']).toBe('succeeded');
  expect(r.outputs['endpoint-arn']).toBe('arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod');
  const configName = r.outputs['endpoint-config-name']!;
  expect(configName).toMatch(/^fraud-prod-v1-[0-9a-f]{6}$/);
  const [model] = await sim.requests({ operation: 'CreateModel' });
  expect(model!.request.Containers).toEqual([{ ModelPackageName: r.outputs['model-package-arn'] }]);
  expect(model!.request.ExecutionRoleArn).toBe(ROLE);
  const [config] = await sim.requests({ operation: 'CreateEndpointConfig' });
  expect(config!.request.ProductionVariants).toEqual([{ VariantName: 'AllTraffic', ModelName: configName, InitialInstanceCount: 1, InstanceType: 'ml.m5.large', InitialVariantWeight: 1 }]);
  expect(await sim.requests({ operation: 'CreateEndpoint' })).toHaveLength(1);
  const ep = await endpointState();
  expect(ep).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: configName });
  // Outputs and the console link come before the wait.
  const consoleAt = r.stdout.indexOf('#/endpoints/fraud-prod');
  expect(consoleAt).toBeGreaterThan(0);
  expect(consoleAt).toBeLessThan(r.stdout.indexOf('[0 s]'));
  // The run's own facts are recorded first; the deploy then records the endpoint on the version.
  const updates = await sim.requests({ operation: 'UpdateModelPackage' });
  expect(updates.filter((u) => u.request.CustomerMetadataProperties?.['endpoint.fraud-prod'])).toHaveLength(1);
  expect(r.summary).toContain('SageMaker deployment to `fraud-prod`: ✅ live');
});

describe('blue/green updates', () => {
  test('canary: each traffic step is logged and success means the new config is live', async () => {
    await deploy({ 'instance-count': '2' }, 1);
    const before = (await endpointState()).EndpointConfigName;
    const r = await deploy({ 'instance-count': '2', 'traffic-routing': 'canary', 'canary-size': '50%', 'wait-interval': '20' }, 2);
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    const [update] = await sim.requests({ operation: 'UpdateEndpoint' });
    expect(update!.request.DeploymentConfig).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 20, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 50 } },
        TerminationWaitInSeconds: 0,
        MaximumExecutionTimeoutInSeconds: 3620
      }
    });
    expect(r.stdout).toMatch(/ActivatingTraffic \(Activating traffic on canary capacity/);
    expect(r.stdout).toMatch(/Baking \(Baking for 20 seconds \(WaitIntervalInSeconds\) with traffic enabled on canary capacity/);
    expect(r.stdout).toMatch(/ActivatingTraffic \(Activating traffic on full capacity/);
    const ep = await endpointState();
    expect(ep.EndpointConfigName).toBe(r.outputs['endpoint-config-name']);
    expect(ep.EndpointConfigName).not.toBe(before);
  }, 60_000);

  test('linear: every step is logged', async () => {
    await deploy({ 'instance-count': '2' }, 1);
    const r = await deploy({ 'instance-count': '2', 'traffic-routing': 'linear', 'linear-step-size': '50%', 'wait-interval': '20' }, 2);
    expect(r.errors).toEqual([]);
    const [update] = await sim.requests({ operation: 'UpdateEndpoint' });
    expect(update!.request.DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration).toEqual({
      Type: 'LINEAR', WaitIntervalInSeconds: 20, LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 50 }
    });
    expect(r.stdout).toMatch(/Activating traffic on linear step capacity/);
    expect(r.stdout).toMatch(/Baking for 20 seconds \(WaitIntervalInSeconds\) with traffic enabled on linear step capacity/);
    expect(r.stdout).toMatch(/Activating traffic on full capacity/);
    expect((await endpointState()).EndpointConfigName).toBe(r.outputs['endpoint-config-name']);
  }, 60_000);
});

describe('failures are never reported as success', () => {
  test('an alarm-triggered rollback fails the step, names the alarm, and the endpoint stays on the old config', async () => {
    await sim.control('alarms', { name: 'fraud-prod-5xx', state: 'OK' });
    await deploy({ 'instance-count': '2' }, 1);
    const old = (await endpointState()).EndpointConfigName;
    const running = deploy({ 'instance-count': '2', 'traffic-routing': 'canary', 'canary-size': '50%', 'wait-interval': '60', 'rollback-alarms': 'fraud-prod-5xx' }, 2);
    // Fire the alarm once the update is under way.
    for (let i = 0; i < 100 && !(await sim.requests({ operation: 'UpdateEndpoint' })).length; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500));
    await sim.control('alarms', { name: 'fraud-prod-5xx', state: 'ALARM' });
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.outputs['deployment-status']).toBe('rolled-back');
    expect(r.errors[0]).toMatch(/^Deployment to fraud-prod was rolled back: .*fraud-prod-5xx.*The endpoint still serves /);
    const ep = await endpointState();
    expect(ep).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: old });
    const [update] = await sim.requests({ operation: 'UpdateEndpoint' });
    expect(update!.request.DeploymentConfig.AutoRollbackConfiguration).toEqual({ Alarms: [{ AlarmName: 'fraud-prod-5xx' }] });
    expect(r.summary).toContain('↩️ rolled back');
  }, 60_000);

  test('UpdateRollbackFailed fails with the reason and what to do', async () => {
    await deploy({}, 1);
    await sim.control('faults', { failFleet: { count: 1, reason: 'health check failed on the new fleet' }, rollbackFails: { count: 1 } });
    const r = await deploy({}, 2);
    expect(r.code).toBe(1);
    expect(r.outputs['deployment-status']).toBe('failed');
    expect(r.errors[0]).toMatch(/UpdateRollbackFailed: .*health check failed on the new fleet.*deploy a known-good version/);
    expect((await endpointState()).EndpointStatus).toBe('UpdateRollbackFailed');
  }, 60_000);

  test('an endpoint already updating is never updated again: on-busy fail refuses', async () => {
    await deploy({}, 1);
    const first = await deploy({ wait: 'false', 'wait-interval': '600', 'traffic-routing': 'all-at-once' }, 2);
    expect(first.outputs['deployment-status']).toBe('started');
    const before = (await sim.requests({ operation: 'UpdateEndpoint' })).length;
    const r = await deploy({ 'on-busy': 'fail' }, 3);
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/^Endpoint fraud-prod is Updating .*never stacked/);
    expect(await sim.requests({ operation: 'UpdateEndpoint' })).toHaveLength(before);
    expect((await sim.requests({ operation: 'CreateModel' })).length).toBe(2);
  }, 60_000);

  test('a wait time-out fails with the phase and says SageMaker continues', async () => {
    await sim.control('config', { ...TIMING, clockSpeed: 0.01 });
    const r = await deploy({ 'wait-timeout': '5s' }, 1);
    expect(r.code).toBe(1);
    expect(r.outputs['deployment-status']).toBe('timed-out');
    expect(r.errors[0]).toMatch(/^Timed out waiting for endpoint fraud-prod \(phase: Creating.*\)\. SageMaker continues the update/);
    expect(r.outputs['endpoint-arn']).toBe('arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod');
  }, 30_000);

  test('a pending version is not deployed unless deploy-approval allows it', async () => {
    const r = await deploy({ approval: 'pending' }, 1);
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/is PendingManualApproval; deploy-approval allows Approved/);
    expect(await sim.requests({ operation: 'CreateModel' })).toEqual([]);
    const staging = await deploy({ approval: 'pending', 'deploy-approval': 'approved,pending', 'endpoint-name': 'fraud-staging' }, 1);
    expect(staging.errors).toEqual([]);
    // A model may reference only Approved versions: the pending one is deployed from its description.
    const [model] = await sim.requests({ operation: 'CreateModel' });
    expect(model!.request.PrimaryContainer).toEqual({ Image: ECR_IMAGE });
    expect(model!.request.Tags).toContainEqual({ Key: 'model-package-arn', Value: staging.outputs['model-package-arn'] });
  }, 60_000);
});

test('deploy-only: a private-registry version without VPC settings is refused before any write', async () => {
  const registered = await runAction({
    inputs: { image: 'registry.acme.internal/ml/fraud:v1', 'model-package-group': 'fraud-detector', 'resolve-digest': 'off', approval: 'approved', comment: 'false' },
    env: sim.env
  });
  const arn = registered.outputs['model-package-arn']!;
  const writes = (await sim.requests()).filter((q) => WRITE_OPERATIONS.test(q.operation)).length;
  const r = await runAction({
    inputs: { 'model-package-arn': arn, 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE, comment: 'false' },
    env: sim.env
  });
  expect(r.code).toBe(1);
  expect(r.errors[0]).toContain('uses an image outside ECR (registry.acme.internal/ml/fraud:v1)');
  expect(r.errors[0]).toContain('set vpc-subnets and vpc-security-groups');
  expect((await sim.requests()).filter((q) => WRITE_OPERATIONS.test(q.operation))).toHaveLength(writes);
});

test('deploy-only with VPC: a private-registry model gets ImageConfig Vpc with the credentials provider', async () => {
  const provider = 'arn:aws:lambda:us-east-1:123456789012:function:sagemaker-registry-creds';
  const registered = await runAction({
    inputs: {
      image: 'registry.acme.internal/ml/fraud:v1', 'model-package-group': 'fraud-detector', 'resolve-digest': 'off',
      approval: 'approved', comment: 'false', 'registry-credentials-provider-arn': provider
    },
    env: sim.env
  });
  const r = await runAction({
    inputs: {
      'model-package-arn': registered.outputs['model-package-arn']!, 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE,
      'vpc-subnets': 'subnet-0123456789abcdef0', 'vpc-security-groups': 'sg-0123456789abcdef0', comment: 'false', 'poll-interval': '1'
    },
    env: sim.env
  });
  expect(r.errors).toEqual([]);
  const [model] = await sim.requests({ operation: 'CreateModel' });
  expect(model!.request.PrimaryContainer).toEqual({
    Image: 'registry.acme.internal/ml/fraud:v1',
    ImageConfig: { RepositoryAccessMode: 'Vpc', RepositoryAuthConfig: { RepositoryCredentialsProviderArn: provider } }
  });
  expect(model!.request.VpcConfig).toEqual({ Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] });
  expect(model!.request.Tags).toContainEqual({ Key: 'model-package-arn', Value: registered.outputs['model-package-arn'] });
  expect(r.outputs['deployment-status']).toBe('succeeded');
}, 60_000);

test('a re-run after success changes nothing but the recorded run attempt', async () => {
  const first = await deploy({}, 1);
  expect(first.outputs['deployment-status']).toBe('succeeded');
  const before = (await sim.requests()).length;
  const again = await deploy({}, 1, { runAttempt: '2' });
  expect(again.errors).toEqual([]);
  expect(again.outputs['deployment-status']).toBe('unchanged');
  const calls = (await sim.requests()).slice(before);
  const writes = calls.filter((q) => WRITE_OPERATIONS.test(q.operation));
  expect(writes.map((q) => [q.operation, q.request.CustomerMetadataProperties])).toEqual([['UpdateModelPackage', { 'github-run-attempt': '2' }]]);
  // Reads only besides: the found version proven as it is now, no shadow test on the endpoint, what the live config
  // serves (never the tags), the ledger, and cleanup finding nothing left to delete.
  expect(calls.map((q) => q.operation)).toEqual([
    'Search', 'DescribeModelPackage', 'UpdateModelPackage', 'DescribeModelPackage', 'DescribeEndpoint', 'ListInferenceExperiments', 'DescribeEndpointConfig', 'DescribeModel', 'ListTags', 'ListEndpointConfigs', 'ListModels'
  ]);
}, 60_000);

test('cleanup keeps exactly the live and the previous config', async () => {
  const v1 = await deploy({}, 1);
  const v2 = await deploy({}, 2);
  const v3 = await deploy({}, 3);
  for (const r of [v1, v2, v3]) expect(r.outputs['deployment-status']).toBe('succeeded');
  expect(await configNames()).toEqual([v2.outputs['endpoint-config-name'], v3.outputs['endpoint-config-name']].sort());
  const deleted = await sim.requests({ operation: 'DeleteModel' });
  expect(deleted.map((q) => q.request.ModelName)).toEqual([v1.outputs['model-name']]);
  expect((await endpointState()).EndpointConfigName).toBe(v3.outputs['endpoint-config-name']);
}, 90_000);

test('on a pull request, the comment follows the deployment phase by phase', async () => {
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: sha(2), head_ref: 'feature/x', base_ref: 'main' });
  const pr = { eventName: 'pull_request', event: pullRequestEvent(42, sha(1)) };
  await deploy({ 'instance-count': '2', comment: 'true', 'deploy-approval': 'any' }, 1, pr);
  const r = await deploy(
    { 'instance-count': '2', comment: 'true', 'deploy-approval': 'any', 'traffic-routing': 'canary', 'canary-size': '50%', 'wait-interval': '20' },
    2,
    { eventName: 'pull_request', event: pullRequestEvent(42, sha(2)) }
  );
  expect(r.errors).toEqual([]);
  const patches = await sim.requests({ operation: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' });
  const bodies = patches.map((p) => String(p.request.body));
  expect(bodies.some((b) => b.includes('⏳ in progress') && b.includes('Baking'))).toBe(true);
  expect(bodies.at(-1)).toContain('SageMaker deployment to `fraud-prod`: ✅ live');
  expect(bodies.at(-1)).toContain('| Traffic policy | blue/green, canary 50%, bake 20 s |');
  // Phase updates reuse the comment found at the start: one request each, no re-listing.
  const lists = await sim.requests({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' });
  expect(lists.length).toBeLessThanOrEqual(3);
}, 60_000);

test('a cancelled run (SIGTERM) records the state in the summary before exiting', async () => {
  await deploy({}, 1);
  let child: import('node:child_process').ChildProcess | undefined;
  const running = deploy({ 'wait-interval': '600', 'termination-wait': '600' }, 2, { onSpawn: (c) => (child = c) });
  for (let i = 0; i < 200 && !(await sim.requests({ operation: 'UpdateEndpoint' })).length; i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1500));
  child!.kill('SIGTERM');
  const r = await running;
  expect(r.code).toBe(1);
  expect(r.outputs['deployment-status']).toBe('cancelled');
  expect(r.errors[0]).toMatch(/^Cancelled \(SIGTERM\) while deploying to fraud-prod .*SageMaker continues any update it started/);
  expect(r.summary).toContain('🛑 cancelled (SageMaker continues the update)');
}, 60_000);
