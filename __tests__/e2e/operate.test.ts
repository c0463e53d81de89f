/**
 * The bundled action operating what it deploys, against the simulator: autoscaling kept through updates (and
 * moved around an instance-type change), rolling updates with alarm rollback, created alarms guarding the update,
 * the smoke test, KMS, lineage, and the fidelity fixes (variant mismatch, Secrets Manager Region, cross-Region
 * ECR image). Every claim is checked against the simulator's own view, read through the AWS API.
 * ACTION_DIST_DIR runs a bundle built elsewhere (`node scripts/bundle.mjs /tmp/dist`) instead of dist/.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { SageMakerClient, DescribeEndpointCommand, DescribeEndpointConfigCommand, DescribeModelPackageCommand, ListArtifactsCommand, ListAssociationsCommand, ListContextsCommand } from '@aws-sdk/client-sagemaker';
import { ApplicationAutoScalingClient, DescribeScalableTargetsCommand, DescribeScalingPoliciesCommand } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { pushEvent, runAction, type RunOptions, type RunResult } from '../helpers/action-runner.js';
import { startSim, WRITE_OPERATIONS, type Sim } from '../helpers/sim.js';
import { resourceName } from '../../src/deploy/plan.js';

let sim: Sim;
let env: Record<string, string>;
beforeAll(async () => {
  sim = await startSim();
  // The simulator's env names SageMaker, ECR and Secrets Manager; the operate clients find it the same way.
  env = { ...sim.env, AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: sim.url, AWS_ENDPOINT_URL_CLOUDWATCH: sim.url, AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME: sim.url };
});
afterAll(async () => {
  await sim.close();
});

/** 20 virtual seconds per real second: a batch of a rolling update (10 + 10 + 10 + 4 s) takes under 2 s. */
const TIMING = { clockSpeed: 20, endpointCreateMs: 10_000, fleetCreateMs: 10_000, trafficShiftMs: 10_000, deleteMs: 4_000 };
beforeEach(async () => {
  await sim.reset();
  await sim.control('config', TIMING);
});

const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model:v1';
const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-execution';
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector';
const EP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod';
const RESOURCE = 'endpoint/fraud-prod/variant/AllTraffic';
const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';
const sha = (n: number) => n.toString(16).padStart(40, 'b');
const aws = { region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 };

function deploy(inputs: Record<string, string>, commit = 1, extra: Omit<RunOptions, 'inputs'> = {}): Promise<RunResult> {
  const dist = process.env.ACTION_DIST_DIR;
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
    env,
    eventName: 'push',
    event: pushEvent('refs/heads/main'),
    sha: sha(commit),
    ...(dist ? { entry: join(dist, 'index.js') } : {}),
    ...extra
  });
}

const sm = () => new SageMakerClient({ ...aws, endpoint: sim.url });
const aas = () => new ApplicationAutoScalingClient({ ...aws, endpoint: sim.url });
const endpoint = () => sm().send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' }));
/** The config name the action gives version `n` in a run (run id 9001, attempt 1: the runner's defaults). */
const configOf = (n: number) => resourceName('fraud-prod', n, '9001', '1', `${GROUP_ARN}/${n}`);

async function scaling() {
  const targets = await aas().send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ResourceIds: [RESOURCE], ScalableDimension: DIMENSION }));
  const policies = await aas().send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker', ResourceId: RESOURCE, ScalableDimension: DIMENSION }));
  return { targets: targets.ScalableTargets ?? [], policies: policies.ScalingPolicies ?? [] };
}

/** Operations logged after sequence number `since`, in order. */
async function opsSince(since: number): Promise<string[]> {
  return (await sim.requests()).filter((r) => r.seq > since).map((r) => r.operation);
}
const lastSeq = async () => Math.max(0, ...(await sim.requests()).map((r) => r.seq));

async function until(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

describe('autoscaling-aware updates', () => {
  test('an endpoint scaled out to 6 keeps 6 instances and its policy through an update', async () => {
    const first = await deploy({ 'instance-count': '2', autoscaling: 'min=1,max=8,target=200' }, 1);
    expect(first.errors).toEqual([]);
    const registered = await scaling();
    expect(registered.targets).toMatchObject([{ MinCapacity: 1, MaxCapacity: 8 }]);
    expect(registered.policies).toHaveLength(1);
    expect(registered.policies[0]!.TargetTrackingScalingPolicyConfiguration).toMatchObject({ TargetValue: 200, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } });
    await sim.control('autoscaling/capacity', { endpointName: 'fraud-prod', variantName: 'AllTraffic', desiredInstanceCount: 6 });

    const since = await lastSeq();
    const r = await deploy({ 'instance-count': '2' }, 2);
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    const [config] = (await sim.requests({ operation: 'CreateEndpointConfig' })).slice(-1);
    expect(config!.request.ProductionVariants[0].InitialInstanceCount).toBe(6);
    const ep = await endpoint();
    expect(ep.EndpointConfigName).toBe(r.outputs['endpoint-config-name']);
    expect(ep.ProductionVariants![0]).toMatchObject({ CurrentInstanceCount: 6 });
    // The scaling was neither removed nor re-made: the same policy is in place.
    const ops = await opsSince(since);
    expect(ops.filter((o) => /^(Register|Deregister|Put|Delete)(ScalableTarget|ScalingPolicy)$/.test(o))).toEqual([]);
    const after = await scaling();
    expect(after.targets).toMatchObject([{ MinCapacity: 1, MaxCapacity: 8 }]);
    expect(after.policies.map((p) => p.PolicyARN)).toEqual(registered.policies.map((p) => p.PolicyARN));
    expect(r.stdout).toContain('the new fleet starts at the live 6 instance(s), not instance-count 2');
    expect(r.summary).toContain('| Autoscaling | kept, 1-8 instances, 6 instance\\(s\\) kept |');
  }, 60_000);

  test('an instance-type change on a scalable variant deregisters, updates and registers again', async () => {
    await deploy({ 'instance-count': '2', autoscaling: 'min=2,max=6,target=150,scale-in-cooldown=120' }, 1);
    const before = await scaling();
    const since = await lastSeq();
    const r = await deploy({ 'instance-count': '2', 'instance-type': 'ml.m5.xlarge' }, 2);
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    const ops = await opsSince(since);
    const at = (op: string) => ops.indexOf(op);
    expect(at('DeleteScalingPolicy')).toBeGreaterThan(-1);
    expect(at('DeleteScalingPolicy')).toBeLessThan(at('DeregisterScalableTarget'));
    expect(at('DeregisterScalableTarget')).toBeLessThan(at('UpdateEndpoint'));
    expect(ops.lastIndexOf('RegisterScalableTarget')).toBeGreaterThan(at('UpdateEndpoint'));
    expect(ops.lastIndexOf('PutScalingPolicy')).toBeGreaterThan(ops.lastIndexOf('RegisterScalableTarget'));
    const ep = await endpoint();
    const config = await sm().send(new DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName! }));
    expect(config.ProductionVariants![0]!.InstanceType).toBe('ml.m5.xlarge');
    const after = await scaling();
    expect(after.targets).toMatchObject([{ MinCapacity: 2, MaxCapacity: 6 }]);
    expect(after.policies.map((p) => [p.PolicyName, p.TargetTrackingScalingPolicyConfiguration])).toEqual(before.policies.map((p) => [p.PolicyName, p.TargetTrackingScalingPolicyConfiguration]));
  }, 60_000);
});

describe('rolling updates', () => {
  const rolling = { 'instance-count': '8', 'traffic-routing': 'rolling', 'rolling-batch-size': '2', 'wait-interval': '10' };

  test('8 instances in batches of 2 finish on the new config', async () => {
    await deploy({ 'instance-count': '8' }, 1);
    const r = await deploy(rolling, 2);
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    const [update] = await sim.requests({ operation: 'UpdateEndpoint' });
    expect(update!.request.DeploymentConfig.RollingUpdatePolicy).toMatchObject({ MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 }, WaitIntervalInSeconds: 10 });
    expect(update!.request.DeploymentConfig.BlueGreenUpdatePolicy).toBeUndefined();
    // Progress is reported per batch; which later batches a poll happens to see depends on the runner's timing.
    expect(r.stdout).toMatch(/batch 1 of 4/);
    const ep = await endpoint();
    expect(ep).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: r.outputs['endpoint-config-name'] });
    expect(ep.ProductionVariants![0]).toMatchObject({ CurrentInstanceCount: 8 });
  }, 90_000);

  test('an alarm mid-way rolls the update back and fails the step', async () => {
    await sim.control('alarms', { name: 'fraud-prod-5xx', state: 'OK' });
    await deploy({ 'instance-count': '8' }, 1);
    const old = (await endpoint()).EndpointConfigName;
    const running = deploy({ ...rolling, 'rollback-alarms': 'fraud-prod-5xx', 'rollback-batch-size': '4' }, 2);
    const batch = async () => (await endpoint()).PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.StatusMessage ?? '';
    await until('the second batch', async () => /batch 2 of 4/.test(await batch()));
    await sim.control('alarms', { name: 'fraud-prod-5xx', state: 'ALARM' });
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.outputs['deployment-status']).toBe('rolled-back');
    expect(r.errors[0]).toMatch(/^Deployment to fraud-prod was rolled back: .*fraud-prod-5xx.*The endpoint still serves /);
    const [update] = await sim.requests({ operation: 'UpdateEndpoint' });
    expect(update!.request.DeploymentConfig).toMatchObject({
      RollingUpdatePolicy: { RollbackMaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 4 } },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'fraud-prod-5xx' }] }
    });
    expect(await endpoint()).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: old });
  }, 90_000);
});

test('created alarms are made with their thresholds and guard the update alongside rollback-alarms', async () => {
  await sim.control('alarms', { name: 'team-alarm', state: 'OK' });
  await deploy({}, 1);
  const r = await deploy({ 'create-alarms': 'true', 'alarm-latency-p99-ms': '500', 'alarm-5xx-rate': '2', 'rollback-alarms': 'team-alarm' }, 2);
  expect(r.errors).toEqual([]);
  const names = ['fraud-prod-AllTraffic-model-latency-p99', 'fraud-prod-AllTraffic-invocation-5xx-rate'];
  const [update] = await sim.requests({ operation: 'UpdateEndpoint' });
  expect(update!.request.DeploymentConfig.AutoRollbackConfiguration.Alarms).toEqual([{ AlarmName: 'team-alarm' }, ...names.map((AlarmName) => ({ AlarmName }))]);
  const cw = new CloudWatchClient({ ...aws, endpoint: sim.url });
  const alarms = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: names }))).MetricAlarms ?? [];
  expect(alarms.map((a) => [a.AlarmName, a.Threshold])).toEqual([
    [names[1], 2],
    [names[0], 500_000]
  ]);
  expect(r.summary).toContain('Alarms created');
}, 60_000);

describe('smoke test', () => {
  test('reports request count, errors and p50/p90/p99 after the update is live', async () => {
    await sim.control('runtime', { endpointConfigName: configOf(1), latencyMs: [20, 20, 20, 20, 20, 20, 20, 20, 20, 120] });
    const r = await deploy({ 'smoke-payload': '{"features":[1,2,3]}', 'smoke-requests': '10' }, 1);
    expect(r.errors).toEqual([]);
    const calls = await sim.requests({ operation: 'InvokeEndpoint' });
    expect(calls).toHaveLength(10);
    const line = /Smoke test of fraud-prod: 10 requests, 0 errors, p50 ([\d.]+) ms, p90 [\d.]+ ms, p99 ([\d.]+) ms/.exec(r.stdout);
    expect(line).not.toBeNull();
    const [p50, p99] = [Number(line![1]), Number(line![2])];
    expect(p50).toBeGreaterThanOrEqual(20);
    expect(p50).toBeLessThan(120);
    expect(p99).toBeGreaterThanOrEqual(120);
    expect(r.summary).toMatch(/Smoke test.*✅ 10 requests, 0 errors, p50 [\d.]+ ms, p90 [\d.]+ ms, p99 [\d.]+ ms/);
  }, 60_000);

  test('errors fail the step; on-smoke-failure: rollback serves the previous config again', async () => {
    await deploy({}, 1);
    const old = (await endpoint()).EndpointConfigName;
    await sim.control('runtime', { endpointConfigName: configOf(2), errorRate: 1 });
    const r = await deploy({ 'smoke-payload': '{"features":[1]}', 'smoke-requests': '5', 'on-smoke-failure': 'rollback' }, 2);
    expect(r.code).toBe(1);
    expect(r.outputs['deployment-status']).toBe('rolled-back');
    expect(r.errors[0]).toMatch(/^Smoke test of fraud-prod failed \(5 of 5 requests failed \(first: ModelError \(HTTP 424\)\)\); rolled back to /);
    expect(await endpoint()).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: old });
    expect(r.summary).toMatch(/Smoke test.*❌ 5 requests, 5 errors/);
  }, 60_000);
});

test('kms-key-id reaches the endpoint config, the data capture and the version', async () => {
  const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const r = await deploy({ 'kms-key-id': key, 'data-capture': 's3://fraud-capture/prod 20' }, 1);
  expect(r.errors).toEqual([]);
  const config = await sm().send(new DescribeEndpointConfigCommand({ EndpointConfigName: r.outputs['endpoint-config-name']! }));
  expect(config.KmsKeyId).toBe(key);
  expect(config.DataCaptureConfig).toMatchObject({ KmsKeyId: key, DestinationS3Uri: 's3://fraud-capture/prod', InitialSamplingPercentage: 20 });
  const pkg = await sm().send(new DescribeModelPackageCommand({ ModelPackageName: r.outputs['model-package-arn']! }));
  expect(pkg.SecurityConfig).toEqual({ KmsKeyId: key });

  const nvme = await deploy({ 'kms-key-id': key, 'instance-type': 'ml.g5.xlarge', 'endpoint-name': 'fraud-gpu' }, 2);
  expect(nvme.code).toBe(1);
  expect(nvme.errors[0]).toMatch(/kms-key-id.*ml\.g5\.xlarge.*local NVMe/);
}, 60_000);

test('the lineage association from the version to the endpoint exists after the deploy', async () => {
  const r = await deploy({}, 1);
  expect(r.errors).toEqual([]);
  const versionArn = r.outputs['model-package-arn']!;
  const artifacts = (await sm().send(new ListArtifactsCommand({ SourceUri: versionArn }))).ArtifactSummaries ?? [];
  const contexts = (await sm().send(new ListContextsCommand({ SourceUri: EP_ARN }))).ContextSummaries ?? [];
  expect(artifacts).toHaveLength(1);
  expect(contexts).toHaveLength(1);
  const links = (await sm().send(new ListAssociationsCommand({ SourceArn: artifacts[0]!.ArtifactArn, DestinationArn: contexts[0]!.ContextArn }))).AssociationSummaries ?? [];
  expect(links).toHaveLength(1);
  // The endpoint's own context (made by CreateEndpoint) is reused, not a second one made.
  expect(await sim.requests({ operation: 'CreateContext' })).toEqual([]);
}, 60_000);

describe('fidelity fixes', () => {
  test('a variant-name other than the live variant fails before any write', async () => {
    await deploy({}, 1);
    const since = await lastSeq();
    const r = await deploy({ 'variant-name': 'Blue' }, 2);
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/variant-name Blue differs from the live variant AllTraffic of endpoint fraud-prod/);
    const writes = (await opsSince(since)).filter((o) => WRITE_OPERATIONS.test(o) && !/ModelPackage/.test(o));
    expect(writes).toEqual([]);
  }, 60_000);

  test('an ECR image in another Region is refused at input time, before any AWS call', async () => {
    const r = await deploy({ image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/fraud-model:v1' }, 1);
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/^Input 'image': .*eu-west-1.*SageMaker.*us-east-1/);
    expect(await sim.requests()).toEqual([]);
  }, 30_000);
});
