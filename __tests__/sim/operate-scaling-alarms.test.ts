import {
  ApplicationAutoScalingClient,
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DeleteAlarmsCommand, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import { CreateEndpointConfigCommand, SageMakerClient, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';
import { describeEp, liveEndpoint, walk } from './hosting-helpers.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const RID = 'endpoint/ep/variant/AllTraffic';
const DIM = 'sagemaker:variant:DesiredInstanceCount';
let sim: Simulator;
let sm: SageMakerClient;
let aas: ApplicationAutoScalingClient;

beforeEach(async () => {
  ({ sim, sm } = await startSim({ clockSpeed: 0 }));
  aas = new ApplicationAutoScalingClient({ endpoint: sim.url, region: 'us-east-1', credentials: creds });
  await liveEndpoint(sim, sm, 'ep', 2);
});
afterEach(() => sim.close());

const register = (min = 1, max = 4) =>
  aas.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: DIM, MinCapacity: min, MaxCapacity: max }));

describe('Application Auto Scaling', () => {
  it('registers, describes and deregisters a scalable target with its policies', async () => {
    const { ScalableTargetARN } = await register();
    expect(ScalableTargetARN).toMatch(/^arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target\/[0-9a-f]{32}$/);
    const put = await aas.send(new PutScalingPolicyCommand({
      PolicyName: 'inv', ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: DIM, PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 70, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } },
    }));
    expect(put.PolicyARN).toContain(':scalingPolicy:');
    expect(put.Alarms?.map((a) => a.AlarmName?.split('-').slice(0, 2).join('-'))).toEqual(['TargetTracking-endpoint/ep/variant/AllTraffic', 'TargetTracking-endpoint/ep/variant/AllTraffic']);
    const t = await aas.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ResourceIds: [RID] }));
    expect(t.ScalableTargets?.[0]).toMatchObject({ MinCapacity: 1, MaxCapacity: 4, ScalableDimension: DIM });
    expect(t.ScalableTargets?.[0]?.CreationTime).toBeInstanceOf(Date);
    const p = await aas.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker', ResourceId: RID }));
    expect(p.ScalingPolicies?.[0]?.TargetTrackingScalingPolicyConfiguration?.TargetValue).toBe(70);
    await aas.send(new DeregisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: DIM }));
    expect((await aas.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker' }))).ScalingPolicies).toEqual([]);
    const e = await rejection(aas.send(new DeleteScalingPolicyCommand({ PolicyName: 'inv', ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: DIM })));
    expect(e.name).toBe('ObjectNotFoundException');
  });

  it('refuses a policy without a target, a wrong dimension and a missing endpoint', async () => {
    const noTarget = await rejection(aas.send(new PutScalingPolicyCommand({
      PolicyName: 'inv', ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: DIM, PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 70, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } },
    })));
    expect(noTarget.name).toBe('ObjectNotFoundException');
    expect(noTarget.message).toBe(`No scalable target registered for service namespace: sagemaker, resource ID: ${RID}, scalable dimension: ${DIM}`);
    const dim = await rejection(aas.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: 'ecs:service:DesiredCount', MinCapacity: 1, MaxCapacity: 2 })));
    expect(dim.message).toBe('Unsupported service namespace, resource type or scalable dimension');
    const missing = await rejection(aas.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: 'endpoint/nope/variant/AllTraffic', ScalableDimension: DIM, MinCapacity: 1, MaxCapacity: 2 })));
    expect(missing.name).toBe('ValidationException');
  });

  it('a capacity change shows in DescribeEndpoint and blocks an instance type change until deregistered', async () => {
    await register(1, 6);
    expect((await control(sim, 'POST', '/_sim/autoscaling/capacity', { endpointName: 'ep', variantName: 'AllTraffic', desiredInstanceCount: 9 })).status).toBe(400);
    const ok = await control(sim, 'POST', '/_sim/autoscaling/capacity', { endpointName: 'ep', variantName: 'AllTraffic', desiredInstanceCount: 5 });
    expect(ok.status).toBe(200);
    const v = (await describeEp(sm, 'ep')).ProductionVariants?.[0];
    expect([v?.CurrentInstanceCount, v?.DesiredInstanceCount]).toEqual([5, 5]);
    await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'big', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm2', InstanceType: 'ml.c5.xlarge', InitialInstanceCount: 2 }] }));
    const e = await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'big' })));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toContain('registered as scalable targets with Application Auto Scaling');
    // Changing only the model is allowed.
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c2' }));
    await walk(sim, sm, 'ep', 1000);
    await aas.send(new DeregisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: RID, ScalableDimension: DIM }));
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'big' }));
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('Updating');
  });
});

describe('instance quota', () => {
  it('answers ResourceLimitExceeded when old + new fleet would exceed instanceLimit', async () => {
    await control(sim, 'POST', '/_sim/config', { instanceLimit: 3 });
    const e = await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c2' })));
    expect(e.name).toBe('ResourceLimitExceeded');
    expect(e.message).toBe("The account-level service limit 'ml.m5.large for endpoint usage' is 3 Instances, with current utilization of 2 Instances and a request delta of 2 Instances. Please use AWS Service Quotas to request an increase for this quota. If AWS Service Quotas is not available, contact AWS support to request an increase for this quota.");
    await control(sim, 'POST', '/_sim/config', { instanceLimit: 4 });
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c2' }));
  });
});

describe.each([
  ['AWS JSON 1.0 (the default client)', undefined],
  ['Smithy RPC v2 CBOR', AwsSmithyRpcV2CborProtocol],
])('CloudWatch alarms over %s', (_label, protocol) => {
  const cwClient = () => new CloudWatchClient({ endpoint: sim.url, region: 'us-east-1', credentials: creds, ...(protocol ? { protocol } : {}) });

  it('creates, describes and deletes alarms; an API alarm in ALARM rolls a deployment back', async () => {
    const cw = cwClient();
    await cw.send(new PutMetricAlarmCommand({
      AlarmName: 'ep-5xx', MetricName: 'Invocation5XXErrors', Namespace: 'AWS/SageMaker', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1,
      Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', Dimensions: [{ Name: 'EndpointName', Value: 'ep' }],
    }));
    const d = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'ep-' }));
    expect(d.MetricAlarms?.[0]).toMatchObject({ AlarmName: 'ep-5xx', StateValue: 'INSUFFICIENT_DATA', Threshold: 1, Dimensions: [{ Name: 'EndpointName', Value: 'ep' }] });
    expect(d.MetricAlarms?.[0]?.StateUpdatedTimestamp).toBeInstanceOf(Date);
    await sm.send(new UpdateEndpointCommand({
      EndpointName: 'ep', EndpointConfigName: 'c2',
      DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 600 } }, AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ep-5xx' }] } },
    }));
    sim.clock.advance(10_000);
    await control(sim, 'POST', '/_sim/alarms', { name: 'ep-5xx', state: 'ALARM' });
    expect((await cw.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }))).MetricAlarms?.map((a) => a.AlarmName)).toEqual(['ep-5xx']);
    const seen = await walk(sim, sm, 'ep', 1000);
    expect(seen.at(-1)).toMatchObject({ status: 'InService', config: 'c1' });
    expect((await describeEp(sm, 'ep')).FailureReason).toBe('Deployment was rolled back because CloudWatch alarm(s) [ep-5xx] went into ALARM state.');
    const gone = await rejection(cw.send(new DeleteAlarmsCommand({ AlarmNames: ['nope'] })));
    expect([gone.name, gone.$metadata?.httpStatusCode]).toEqual(['ResourceNotFound', 404]);
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['ep-5xx'] }));
    expect((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
  });

  it('answers validation errors in the protocol error format', async () => {
    const e = await rejection(cwClient().send(new PutMetricAlarmCommand({ AlarmName: '' })));
    expect(e.$metadata?.httpStatusCode).toBe(400);
    expect(e.message).toBe("1 validation error detected: Value '' at 'alarmName' failed to satisfy constraint: Member must have length greater than or equal to 1");
    expect(sim.requests({ service: 'cloudwatch' }).at(-1)).toMatchObject({ operation: 'PutMetricAlarm', error: 'ValidationError' });
  });
});
