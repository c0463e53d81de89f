import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  AddTagsCommand,
  CreateEndpointConfigCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelPackageCommand,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateModelPackageCommand,
  type DescribeEndpointOutput
} from '@aws-sdk/client-sagemaker';
import {
  ApplicationAutoScalingClient,
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand
} from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { deployConfig } from '../../helpers/deploy-config.js';
import { fakeClock, type FakeClock } from '../../helpers/clock.js';
import { deployVersion, type DeployOptions, type Deployment } from '../../../src/deploy/step.js';
import type { RunContext } from '../../../src/github/context.js';

const V4 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/4';
const EP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod';
const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@sha256:${'ab'.repeat(32)}`;
const OLD = 'fraud-prod-v3-def456';
const T = new Date('2025-06-01T12:00:00Z');
const ctx = { eventName: 'push', sha: 'a'.repeat(40), runId: '55', runAttempt: '1', repository: 'acme/fraud' } as RunContext;

const sm = mockClient(SageMakerClient);
const aas = mockClient(ApplicationAutoScalingClient);
const cw = mockClient(CloudWatchClient);
const rt = mockClient(SageMakerRuntimeClient);
let warnings: string[];
let clock: FakeClock;

const endpoint = (extra: Partial<DescribeEndpointOutput> = {}): DescribeEndpointOutput =>
  ({ EndpointName: 'fraud-prod', EndpointArn: EP_ARN, EndpointConfigName: OLD, EndpointStatus: 'InService', LastModifiedTime: T, ProductionVariants: [{ VariantName: 'AllTraffic', CurrentInstanceCount: 6 }], ...extra }) as DescribeEndpointOutput;
const later = new Date(T.getTime() + 60_000);
const liveOn = (config: string) => endpoint({ EndpointConfigName: config, LastModifiedTime: later });

function options(values: Record<string, string> = {}): DeployOptions {
  const deploy = deployConfig(values);
  const client = <T>(c: T) => async () => c;
  return {
    deploy,
    ctx,
    versionArn: V4,
    region: 'us-east-1',
    dryRun: false,
    clock,
    deadline: 3_600_000,
    pollMs: 15_000,
    log: { info: () => undefined, warning: (m) => void warnings.push(m) },
    clients: {
      autoscaling: client(new ApplicationAutoScalingClient({ region: 'us-east-1' })),
      cloudwatch: client(new CloudWatchClient({ region: 'us-east-1' })),
      runtime: client(new SageMakerRuntimeClient({ region: 'us-east-1' })),
      s3: client(new S3Client({ region: 'us-east-1' }))
    }
  };
}

const smClient = () => new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const newConfig = () => sm.commandCalls(CreateEndpointConfigCommand)[0]!.args[0].input.EndpointConfigName!;
const writes = () => sm.calls().map((c) => (c.args[0] as object).constructor.name).filter((n) => /^(Create|Update|Delete|AddTags)/.test(n));

beforeEach(() => {
  for (const m of [sm, aas, cw, rt]) m.reset();
  warnings = [];
  clock = fakeClock();
  sm.on(DescribeModelPackageCommand).resolves({ ModelPackageArn: V4, ModelPackageVersion: 4, ModelPackageStatus: 'Completed', ModelApprovalStatus: 'Approved', InferenceSpecification: { Containers: [{ Image: IMAGE }] } } as never);
  sm.on(ListTagsCommand).resolves({ Tags: [] });
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(UpdateEndpointCommand).resolves({ EndpointArn: EP_ARN });
  sm.on(DescribeEndpointConfigCommand).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', InstanceType: 'ml.m5.large' }] } as never);
  aas.on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [] });
});

/** After the update: first the old config (the update not visible yet), then the new one live. */
function updateGoesLive(first: DescribeEndpointOutput = endpoint()) {
  let calls = 0;
  sm.on(DescribeEndpointCommand).callsFake(() => (++calls === 1 ? endpoint() : calls === 2 ? first : liveOn(newConfig())));
}

describe('fidelity', () => {
  test('variant-name other than the live variant fails before any write', async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint());
    await expect(deployVersion(smClient(), options({ 'variant-name': 'blue' }), { endpointName: 'fraud-prod', status: 'in-progress' })).rejects.toThrow(
      'variant-name blue differs from the live variant AllTraffic of endpoint fraud-prod: a blue/green update needs the same variant name.'
    );
    expect(writes()).toEqual([]);
  });

  test('a multi-variant endpoint fails before any write', async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint({ ProductionVariants: [{ VariantName: 'a' }, { VariantName: 'b' }] as never }));
    await expect(deployVersion(smClient(), options(), { endpointName: 'fraud-prod', status: 'in-progress' })).rejects.toThrow('has 2 production variants (a, b)');
    expect(writes()).toEqual([]);
  });

  test('the old config still InService right after UpdateEndpoint is not a rollback', async () => {
    updateGoesLive(endpoint());
    const d: Deployment = { endpointName: 'fraud-prod', status: 'in-progress' };
    await deployVersion(smClient(), options(), d);
    expect(d.status).toBe('succeeded');
  });

  test('work after a live deployment only warns: tags and metadata failing keep the step green', async () => {
    updateGoesLive();
    sm.on(AddTagsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    sm.on(UpdateModelPackageCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const d: Deployment = { endpointName: 'fraud-prod', status: 'in-progress' };
    await deployVersion(smClient(), options(), d);
    expect(d.status).toBe('succeeded');
    expect(d.followUpWarnings?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('registry-role-arn', () => {
  test("the deployment record on the version (a registry write) goes through the registry client; everything else through the run's", async () => {
    updateGoesLive();
    const run = smClient();
    const registry = smClient();
    const asked: (string | undefined)[] = [];
    const o = options();
    o.deploy = { ...o.deploy, stage: 'production', registryRoleArn: 'arn:aws:iam::111122223333:role/registry-writer' };
    o.clients = {
      ...o.clients!,
      registry: async (role) => {
        asked.push(role);
        return registry;
      }
    };
    const d: Deployment = { endpointName: 'fraud-prod', status: 'in-progress' };
    await deployVersion(run, o, d);
    expect(d.status).toBe('succeeded');
    expect(asked).toEqual(['arn:aws:iam::111122223333:role/registry-writer']);
    const [update, ...more] = sm.commandCalls(UpdateModelPackageCommand);
    expect(more).toEqual([]);
    expect(update!.thisValue).toBe(registry);
    expect(update!.args[0].input.ModelLifeCycle).toEqual({ Stage: 'production', StageStatus: 'Deployed', StageDescription: 'Serving on fraud-prod' });
    expect(sm.commandCalls(UpdateEndpointCommand)[0]!.thisValue).toBe(run);
  });

  test('without a role the run’s own client writes the record', async () => {
    updateGoesLive();
    const run = smClient();
    await deployVersion(run, options(), { endpointName: 'fraud-prod', status: 'in-progress' });
    expect(sm.commandCalls(UpdateModelPackageCommand)[0]!.thisValue).toBe(run);
  });
});

describe('autoscaling', () => {
  const target = { ServiceNamespace: 'sagemaker', ResourceId: 'endpoint/fraud-prod/variant/AllTraffic', ScalableDimension: 'sagemaker:variant:DesiredInstanceCount', MinCapacity: 2, MaxCapacity: 10 };
  const policy = { PolicyName: 'scale', PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 100 } };
  beforeEach(() => {
    aas.on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [target as never] });
    aas.on(DescribeScalingPoliciesCommand).resolves({ ScalingPolicies: [policy as never] });
  });

  test('a scaled-out fleet keeps its live count and its policy through a model-only update', async () => {
    updateGoesLive();
    const d: Deployment = { endpointName: 'fraud-prod', status: 'in-progress' };
    await deployVersion(smClient(), options({ 'instance-count': '1' }), d);
    expect(sm.commandCalls(CreateEndpointConfigCommand)[0]!.args[0].input.ProductionVariants![0]!.InitialInstanceCount).toBe(6);
    expect(aas.commandCalls(DeregisterScalableTargetCommand)).toHaveLength(0);
    expect(d.autoscaling?.action).toBe('kept');
  });

  test('an instance-type change deregisters, updates, then registers the target and policy again', async () => {
    updateGoesLive();
    const d: Deployment = { endpointName: 'fraud-prod', status: 'in-progress' };
    await deployVersion(smClient(), options({ 'instance-type': 'ml.c5.xlarge' }), d);
    expect(aas.commandCalls(DeleteScalingPolicyCommand)[0]!.args[0].input.PolicyName).toBe('scale');
    expect(aas.commandCalls(DeregisterScalableTargetCommand)).toHaveLength(1);
    expect(aas.commandCalls(RegisterScalableTargetCommand)[0]!.args[0].input).toMatchObject({ MinCapacity: 2, MaxCapacity: 10 });
    expect(aas.commandCalls(PutScalingPolicyCommand)[0]!.args[0].input).toMatchObject({ PolicyName: 'scale', TargetTrackingScalingPolicyConfiguration: { TargetValue: 100 } });
    expect(d.status).toBe('succeeded');
  });
});

describe('rolling, alarms, smoke', () => {
  test('rolling uses RollingUpdatePolicy; created alarms join AutoRollbackConfiguration', async () => {
    updateGoesLive();
    await deployVersion(smClient(), options({ 'traffic-routing': 'rolling', 'instance-count': '8', 'rolling-batch-size': '2', 'rollback-batch-size': '4', 'create-alarms': 'true', 'rollback-alarms': 'mine' }), { endpointName: 'fraud-prod', status: 'in-progress' });
    const dc = sm.commandCalls(UpdateEndpointCommand)[0]!.args[0].input.DeploymentConfig!;
    expect(dc.BlueGreenUpdatePolicy).toBeUndefined();
    expect(dc.RollingUpdatePolicy).toMatchObject({ MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 }, RollbackMaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 4 } });
    expect(dc.AutoRollbackConfiguration?.Alarms?.map((a) => a.AlarmName)).toEqual(['mine', 'fraud-prod-AllTraffic-model-latency-p99', 'fraud-prod-AllTraffic-invocation-5xx-rate']);
    expect(cw.commandCalls(PutMetricAlarmCommand).map((c) => c.args[0].input.AlarmName)).toEqual(['fraud-prod-AllTraffic-model-latency-p99', 'fraud-prod-AllTraffic-invocation-5xx-rate']);
  });

  test('a failing smoke test with on-smoke-failure: rollback updates back to the previous config and fails', async () => {
    let calls = 0;
    let rolledBack = false;
    sm.on(UpdateEndpointCommand).callsFake((input: { EndpointConfigName: string }) => {
      rolledBack = input.EndpointConfigName === OLD;
      return { EndpointArn: EP_ARN };
    });
    sm.on(DescribeEndpointCommand).callsFake(() => (++calls === 1 ? endpoint() : rolledBack ? liveOn(OLD) : liveOn(newConfig())));
    rt.on(InvokeEndpointCommand).rejects(Object.assign(new Error('boom'), { name: 'ModelError', $metadata: { httpStatusCode: 424 } }));
    const d: Deployment = { endpointName: 'fraud-prod', status: 'in-progress' };
    await expect(deployVersion(smClient(), options({ 'smoke-payload': '{"x":1}', 'smoke-requests': '5', 'on-smoke-failure': 'rollback' }), d)).rejects.toThrow(
      `Smoke test of fraud-prod failed (5 of 5 requests failed (first: ModelError (HTTP 424))); rolled back to ${OLD}`
    );
    expect(d.status).toBe('rolled-back');
    expect(d.smoke).toMatchObject({ requests: 5, errors: 5, passed: false });
    expect(sm.commandCalls(UpdateEndpointCommand).map((c) => c.args[0].input.EndpointConfigName)).toEqual([newConfig(), OLD]);
  });
});
