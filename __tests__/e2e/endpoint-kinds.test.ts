/**
 * Endpoint kinds through the bundled action against the simulator: a serverless deploy of an ECR image, the
 * serverless exclusions refused before any AWS call, an instance endpoint not converted in place, an async endpoint
 * deployed, smoke-tested through S3 and autoscaled from zero, and status/ showing each endpoint's kind.
 * ACTION_DIST_DIR runs a bundle built elsewhere (`node scripts/bundle.mjs /tmp/dist`) instead of dist/.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeEndpointCommand } from '@aws-sdk/client-sagemaker';
import { ApplicationAutoScalingClient, DescribeScalableTargetsCommand, DescribeScalingPoliciesCommand } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, registerPr, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);
const aws = { region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 };
const SERVERLESS = { 'endpoint-type': 'serverless', 'serverless-memory-mb': '2048', 'serverless-max-concurrency': '5' };
const ASYNC = { 'endpoint-type': 'async', 'async-output-s3-uri': 's3://fraud-results/async' };

function deploy(n: number, endpoint: string, inputs: Record<string, string> = {}) {
  return runRegister({
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    inputs: { image: `${ECR_IMAGE}:v${n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': endpoint, 'execution-role-arn': ROLE, 'poll-interval': '1', ...inputs }
  });
}

const describeEndpoint = (name: string) => client(sim).send(new DescribeEndpointCommand({ EndpointName: name }));
const lastSeq = async () => Math.max(0, ...(await sim.requests()).map((r) => r.seq));
const writesSince = async (seq: number) => (await sim.requests()).filter((r) => r.seq > seq && WRITE_OPERATIONS.test(r.operation)).map((r) => r.operation);

describe('serverless', () => {
  test('an ECR image deploys to a serverless endpoint: ServerlessConfig, no instances, the kind in the summary', async () => {
    const r = await deploy(1, 'fraud-staging', SERVERLESS);
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    const [config] = await sim.requests({ operation: 'CreateEndpointConfig' });
    expect(config!.request.ProductionVariants).toEqual([{ VariantName: 'AllTraffic', ModelName: r.outputs['model-name'], ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 }, InitialVariantWeight: 1 }]);
    const variant = (await describeEndpoint('fraud-staging')).ProductionVariants![0]!;
    expect(variant.CurrentServerlessConfig).toEqual({ MemorySizeInMB: 2048, MaxConcurrency: 5 });
    expect(variant.CurrentInstanceCount).toBeUndefined();
    expect(r.summary).toContain('| Endpoint kind | serverless |');
  }, 60_000);

  test.each([
    [{ image: 'ghcr.io/acme/fraud-model:v1' }, "Input 'image': \"ghcr.io/acme/fraud-model:v1\" is outside ECR, and SageMaker serverless endpoints cannot pull images from private registries: set replicate-to-ecr to copy it into ECR first"],
    [
      { 'vpc-subnets': 'subnet-0123456789abcdef0', 'vpc-security-groups': 'sg-0a1b2c3d4e5f60718' },
      "Input 'vpc-subnets': \"subnet-0123456789abcdef0\" cannot be used with endpoint-type: serverless: SageMaker serverless endpoints do not support VPC configuration"
    ],
    [{ 'traffic-routing': 'rolling' }, "Input 'traffic-routing': \"rolling\" cannot be used with endpoint-type: serverless: SageMaker excludes serverless endpoints from rolling deployments (use all-at-once, canary or linear)"]
  ])('%j is refused with the reason, before any AWS call', async (inputs, error) => {
    const r = await deploy(1, 'fraud-staging', { ...SERVERLESS, ...inputs });
    expect(r.errors).toEqual([error]);
    expect(r.outputs['deployment-status']).toBe('skipped');
    expect(await sim.requests()).toEqual([]);
  }, 60_000);

  test('an instance-based endpoint is not converted in place: refused naming it, before any write of the deploy', async () => {
    expect((await deploy(1, 'fraud-prod')).errors).toEqual([]);
    const seq = await lastSeq();
    const r = await deploy(2, 'fraud-prod', SERVERLESS);
    expect(r.errors).toEqual([
      'Endpoint fraud-prod is a real-time endpoint on instances; SageMaker does not convert an instance-based endpoint to serverless in place. Keep endpoint-type: real-time, or deploy to a new endpoint name (and delete the old endpoint when traffic has moved).'
    ]);
    // The registration of version 2 happened; the deploy wrote nothing.
    expect((await writesSince(seq)).filter((op) => !/ModelPackage/.test(op))).toEqual([]);
    expect((await describeEndpoint('fraud-prod')).ProductionVariants![0]!.CurrentInstanceCount).toBe(1);
  }, 60_000);

  test('a serverless endpoint takes a blue/green canary in percent', async () => {
    expect((await deploy(1, 'fraud-staging', SERVERLESS)).errors).toEqual([]);
    const r = await deploy(2, 'fraud-staging', { ...SERVERLESS, 'traffic-routing': 'canary', 'canary-size': '20%', 'wait-interval': '10' });
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    expect((await sim.requests({ operation: 'UpdateEndpoint' }))[0]!.request.DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration).toEqual({ Type: 'CANARY', WaitIntervalInSeconds: 10, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 20 } });
    expect((await describeEndpoint('fraud-staging')).EndpointConfigName).toBe(r.outputs['endpoint-config-name']);
  }, 60_000);

  test('a rollback of a serverless endpoint needs only its name: the live kind and sizes are kept', async () => {
    expect((await deploy(1, 'fraud-staging', SERVERLESS)).errors).toEqual([]);
    expect((await deploy(2, 'fraud-staging', { ...SERVERLESS, 'serverless-memory-mb': '3072' })).errors).toEqual([]);
    const r = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: '9101', inputs: { 'endpoint-name': 'fraud-staging', 'poll-interval': '1' } });
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    const [config] = (await sim.requests({ operation: 'CreateEndpointConfig' })).slice(-1);
    expect(config!.request.ProductionVariants[0].ServerlessConfig).toEqual({ MemorySizeInMB: 3072, MaxConcurrency: 5 });
    expect((await describeEndpoint('fraud-staging')).ProductionVariants![0]!.CurrentServerlessConfig).toEqual({ MemorySizeInMB: 3072, MaxConcurrency: 5 });
  }, 90_000);
});

test('promoting a private-registry version to a serverless endpoint is refused before the approval is written', async () => {
  const vpc = { 'vpc-subnets': 'subnet-0123456789abcdef0', 'vpc-security-groups': 'sg-0a1b2c3d4e5f60718' };
  const image = 'registry.acme.internal:5000/ml/fraud-model:v1';
  expect((await registerPr(sim, sha(1), { inputs: { image, ...vpc } })).errors).toEqual([]);
  const seq = await lastSeq();
  const r = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(1), inputs: { 'model-package-group': GROUP, 'endpoint-name': 'fraud-staging', 'execution-role-arn': ROLE, ...SERVERLESS } });
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/uses an image outside ECR \(registry\.acme\.internal:5000\/ml\/fraud-model:v1\), and SageMaker serverless endpoints cannot pull images from private registries\. Register the version with replicate-to-ecr/);
  expect(await writesSince(seq)).toEqual([]);
  expect(r.outputs['deployment-status']).toBe('failed');
}, 60_000);

test('a rollback asked to make an instance endpoint serverless is refused as a conversion, with nothing written', async () => {
  expect((await deploy(1, 'fraud-prod')).errors).toEqual([]);
  expect((await deploy(2, 'fraud-prod')).errors).toEqual([]);
  const seq = await lastSeq();
  const r = await runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, inputs: { 'endpoint-name': 'fraud-prod', 'poll-interval': '1', ...SERVERLESS } });
  expect(r.errors).toEqual([expect.stringMatching(/^Endpoint fraud-prod is a real-time endpoint on instances; SageMaker does not convert an instance-based endpoint to serverless in place/)]);
  expect(await writesSince(seq)).toEqual([]);
}, 90_000);

describe('async', () => {
  test('deploys with AsyncInferenceConfig, smoke-tests through S3, autoscales from zero on the backlog', async () => {
    await sim.control('s3/buckets', { name: 'fraud-results' });
    const r = await deploy(1, 'fraud-batch', { ...ASYNC, 'async-failure-s3-uri': 's3://fraud-results/failed', 'smoke-payload': '{"amount":12}', 'smoke-requests': '3', autoscaling: 'min=0,max=2,target=5' });
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    expect((await describeEndpoint('fraud-batch')).AsyncInferenceConfig).toEqual({ OutputConfig: { S3OutputPath: 's3://fraud-results/async', S3FailurePath: 's3://fraud-results/failed' } });

    expect((await sim.requests({ operation: 'InvokeEndpointAsync' })).map((q) => q.request.InputLocation)).toEqual(Array(3).fill('s3://fraud-results/async/smoke-input/fraud-batch-9001-1'));
    const objects = ((await sim.control('s3/objects?bucket=fraud-results')) as { objects: { key: string; body: string }[] }).objects;
    const results = objects.filter((o) => /^async\/[0-9a-f-]{36}\.out$/.test(o.key));
    expect(results).toHaveLength(3);
    for (const o of results) expect(JSON.parse(o.body)).toMatchObject({ endpointName: 'fraud-batch', body: '{"amount":12}' });
    expect(r.stdout).toContain('Smoke test of fraud-batch: 3 requests, 0 errors');
    expect(r.summary).toContain('| Endpoint kind | async |');

    const aas = new ApplicationAutoScalingClient({ ...aws, endpoint: sim.url });
    const resource = 'endpoint/fraud-batch/variant/AllTraffic';
    const targets = await aas.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ResourceIds: [resource] }));
    expect(targets.ScalableTargets).toMatchObject([{ MinCapacity: 0, MaxCapacity: 2 }]);
    const policies = (await aas.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker', ResourceId: resource }))).ScalingPolicies ?? [];
    expect(policies.map((p) => [p.PolicyType, p.TargetTrackingScalingPolicyConfiguration?.CustomizedMetricSpecification?.MetricName])).toEqual([
      ['TargetTrackingScaling', 'ApproximateBacklogSizePerInstance'],
      ['StepScaling', undefined]
    ]);
    const alarms = await new CloudWatchClient({ ...aws, endpoint: sim.url }).send(new DescribeAlarmsCommand({ AlarmNames: ['fraud-batch-AllTraffic-has-backlog-without-capacity'] }));
    expect(alarms.MetricAlarms).toMatchObject([{ MetricName: 'HasBacklogWithoutCapacity', AlarmActions: [policies[1]!.PolicyARN] }]);
  }, 60_000);

  test('a payload that cannot reach S3 fails the smoke test, saying why; the endpoint stays live', async () => {
    const r = await deploy(1, 'fraud-batch', { ...ASYNC, 'smoke-payload': '{"amount":12}', 'smoke-requests': '1' });
    expect(r.outputs['deployment-status']).toBe('failed');
    expect(r.errors).toEqual([
      'Smoke test of fraud-batch failed: 1 of 1 requests failed (first: the payload could not be uploaded to s3://fraud-results/async/smoke-input/fraud-batch-9001-1 (NoSuchBucket (HTTP 404))). The endpoint serves the new config ' + r.outputs['endpoint-config-name'] + '.'
    ]);
    expect((await sim.requests({ operation: 'InvokeEndpointAsync' }))).toEqual([]);
  }, 60_000);
});

test('status/ shows the kind of each endpoint', async () => {
  await sim.control('s3/buckets', { name: 'fraud-results' });
  expect((await deploy(1, 'fraud-staging', SERVERLESS)).errors).toEqual([]);
  expect((await deploy(1, 'fraud-batch', ASYNC)).errors).toEqual([]);
  expect((await deploy(1, 'fraud-prod')).errors).toEqual([]);
  const r = await runSub('status', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP } });
  expect(r.errors).toEqual([]);
  const [v1] = JSON.parse(r.outputs.versions!) as { endpoints: string[]; endpointKinds: Record<string, string> }[];
  expect(v1!.endpointKinds).toEqual({ 'fraud-batch': 'async', 'fraud-prod': 'real-time', 'fraud-staging': 'serverless' });
  expect(r.summary).toContain('`fraud-batch` (async), `fraud-prod` (real-time), `fraud-staging` (serverless) |');
}, 90_000);

describe('a serverless staging deployment file', () => {
  const STAGING = ['endpoint-name: fraud-staging', 'stage: staging', 'endpoint-type: serverless', 'serverless-memory-mb: 2048', 'serverless-max-concurrency: 5', 'deploy-approval: [approved, pending]'];
  function prDeploy(lines: string[], inputs: Record<string, string> = {}) {
    const workspace = mkdtempSync(join(tmpdir(), 'endpoint-kinds-e2e-'));
    mkdirSync(join(workspace, '.sagemaker'));
    writeFileSync(join(workspace, '.sagemaker/staging.yml'), `${lines.join('\n')}\n`);
    return registerPr(sim, sha(2), { env: { ...sim.env, GITHUB_WORKSPACE: workspace }, inputs: { 'deployment-file': '.sagemaker/staging.yml', 'execution-role-arn': ROLE, 'poll-interval': '1', ...inputs } }).finally(() =>
      rmSync(workspace, { recursive: true, force: true })
    );
  }

  test("drives the pull request's staging deploy of its ECR image to a serverless endpoint; the PR comment shows the kind", async () => {
    const r = await prDeploy(STAGING, { comment: 'true' });
    expect(r.errors).toEqual([]);
    expect(r.outputs['deployment-status']).toBe('succeeded');
    expect((await describeEndpoint('fraud-staging')).ProductionVariants![0]!.CurrentServerlessConfig).toEqual({ MemorySizeInMB: 2048, MaxConcurrency: 5 });
    const comments = (await sim.control('github/comments?owner=acme&repo=fraud-model&number=42')) as { body: string }[];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('| Endpoint kind | serverless |');
  }, 60_000);

  test('with vpc-subnets it is refused naming the file, the line, the key and the reason, before any AWS call', async () => {
    const r = await prDeploy([...STAGING, 'vpc-subnets: [subnet-0123456789abcdef0]', 'vpc-security-groups: [sg-0a1b2c3d4e5f60718]']);
    expect(r.errors).toEqual(['.sagemaker/staging.yml:7: vpc-subnets: "subnet-0123456789abcdef0" cannot be used with endpoint-type: serverless: SageMaker serverless endpoints do not support VPC configuration']);
    expect(await sim.requests()).toEqual([]);
  }, 60_000);

  test('a private-registry image is refused with the reason and the way out (replicate-to-ecr), before any AWS call', async () => {
    const r = await prDeploy(STAGING, { image: 'registry.acme.internal:5000/ml/fraud-model:v2' });
    expect(r.errors).toEqual(["Input 'image': \"registry.acme.internal:5000/ml/fraud-model:v2\" is outside ECR, and SageMaker serverless endpoints cannot pull images from private registries: set replicate-to-ecr to copy it into ECR first"]);
    expect(await sim.requests()).toEqual([]);
  }, 60_000);
});
