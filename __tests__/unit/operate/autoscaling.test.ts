/** Application Auto Scaling around deploys: what is read, removed, put back and registered. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  ApplicationAutoScalingClient,
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  type ScalingPolicy
} from '@aws-sdk/client-application-auto-scaling';
import { mockClient } from 'aws-sdk-client-mock';
import { applyAutoscaling, backlogPolicyName, deregister, fromZeroAlarm, policyName, readScaling, resourceId, restore } from '../../../src/operate/autoscaling.js';

const aas = mockClient(ApplicationAutoScalingClient);
const client = new ApplicationAutoScalingClient({ region: 'us-east-1' });
const ID = 'endpoint/fraud-prod/variant/AllTraffic';
const DIM = 'sagemaker:variant:DesiredInstanceCount';
const tracking = (name: string, target: number): ScalingPolicy =>
  ({
    PolicyName: name,
    PolicyARN: `arn:${name}`,
    PolicyType: 'TargetTrackingScaling',
    ServiceNamespace: 'sagemaker',
    ResourceId: ID,
    ScalableDimension: DIM,
    CreationTime: new Date(),
    TargetTrackingScalingPolicyConfiguration: { TargetValue: target, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' }, ScaleInCooldown: 300 },
    Alarms: [{ AlarmName: 'TargetTracking-x-AlarmHigh', AlarmARN: 'arn:alarm' }]
  }) as ScalingPolicy;

beforeEach(() => void aas.reset());

test('resourceId is the SageMaker variant resource', () => {
  expect(resourceId('fraud-prod', 'AllTraffic')).toBe(ID);
});

describe('readScaling', () => {
  test('no scalable target: undefined, and no policy is read', async () => {
    aas.on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [] });
    expect(await readScaling(client, 'fraud-prod', 'AllTraffic')).toBeUndefined();
    expect(aas.commandCalls(DescribeScalableTargetsCommand)[0]!.args[0].input).toEqual({ ServiceNamespace: 'sagemaker', ResourceIds: [ID], ScalableDimension: DIM });
    expect(aas.commandCalls(DescribeScalingPoliciesCommand)).toHaveLength(0);
  });

  test('reads the target and every page of policies', async () => {
    aas.on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [{ ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM, MinCapacity: 1, MaxCapacity: 8, RoleARN: 'r', CreationTime: new Date() }] });
    aas
      .on(DescribeScalingPoliciesCommand)
      .resolvesOnce({ ScalingPolicies: [tracking('a', 100)], NextToken: 'next' })
      .resolvesOnce({ ScalingPolicies: [tracking('b', 200)] });
    const s = await readScaling(client, 'fraud-prod', 'AllTraffic');
    expect(s?.target.MaxCapacity).toBe(8);
    expect(s?.policies.map((p) => p.PolicyName)).toEqual(['a', 'b']);
    expect(aas.commandCalls(DescribeScalingPoliciesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'next', ResourceId: ID });
  });
});

describe('deregister and restore', () => {
  const snapshot = {
    resourceId: ID,
    target: { ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM, MinCapacity: 2, MaxCapacity: 6, RoleARN: 'r', CreationTime: new Date(), SuspendedState: { DynamicScalingInSuspended: true } },
    policies: [tracking('a', 100), tracking('b', 200)]
  } as Parameters<typeof deregister>[1];

  test('deregister deletes every policy, then the target', async () => {
    aas.onAnyCommand().resolves({});
    await deregister(client, snapshot);
    const names = aas.calls().map((c) => (c.args[0] as object).constructor.name);
    expect(names).toEqual(['DeleteScalingPolicyCommand', 'DeleteScalingPolicyCommand', 'DeregisterScalableTargetCommand']);
    expect(aas.commandCalls(DeleteScalingPolicyCommand).map((c) => c.args[0].input.PolicyName)).toEqual(['a', 'b']);
    expect(aas.commandCalls(DeregisterScalableTargetCommand)[0]!.args[0].input).toEqual({ ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM });
  });

  test('restore registers the same range and suspension first, then each policy as it was read (not its read-only fields)', async () => {
    aas.onAnyCommand().resolves({});
    await restore(client, snapshot);
    expect(aas.commandCalls(RegisterScalableTargetCommand)[0]!.args[0].input).toEqual({
      ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM, MinCapacity: 2, MaxCapacity: 6, SuspendedState: { DynamicScalingInSuspended: true }
    });
    const puts = aas.commandCalls(PutScalingPolicyCommand).map((c) => c.args[0].input);
    expect(puts).toEqual([
      { PolicyName: 'a', ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM, PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: snapshot.policies[0]!.TargetTrackingScalingPolicyConfiguration },
      { PolicyName: 'b', ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM, PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: snapshot.policies[1]!.TargetTrackingScalingPolicyConfiguration }
    ]);
    expect(aas.calls()[0]!.args[0]).toBeInstanceOf(RegisterScalableTargetCommand);
  });

  test('a failing call surfaces with the IAM action named', async () => {
    aas.on(DeleteScalingPolicyCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
    await expect(deregister(client, snapshot)).rejects.toThrow(/application-autoscaling:DeleteScalingPolicy/);
    expect(aas.commandCalls(DeregisterScalableTargetCommand)).toHaveLength(0);
  });
});

test('applyAutoscaling registers the range and one target-tracking policy on invocations per instance', async () => {
  aas.onAnyCommand().resolves({});
  const { range } = await applyAutoscaling(client, 'fraud-prod', 'AllTraffic', { min: 1, max: 8, target: 200, scaleInCooldown: 300, scaleOutCooldown: 60 });
  expect(range).toBe('1-8 instances, target 200 invocations per instance per minute');
  expect(aas.commandCalls(RegisterScalableTargetCommand)[0]!.args[0].input).toEqual({ ServiceNamespace: 'sagemaker', ResourceId: ID, ScalableDimension: DIM, MinCapacity: 1, MaxCapacity: 8 });
  expect(aas.commandCalls(PutScalingPolicyCommand)[0]!.args[0].input).toEqual({
    PolicyName: policyName('fraud-prod', 'AllTraffic'),
    ServiceNamespace: 'sagemaker',
    ResourceId: ID,
    ScalableDimension: DIM,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: { TargetValue: 200, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' }, ScaleInCooldown: 300, ScaleOutCooldown: 60 }
  });
});

test('an async endpoint tracks its queue (ApproximateBacklogSizePerInstance) and, from min=0, scales out from zero on a step policy', async () => {
  aas.onAnyCommand().resolves({});
  aas.on(PutScalingPolicyCommand, { PolicyType: 'StepScaling' }).resolves({ PolicyARN: 'arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:x' });
  const cfg = { min: 0, max: 4, target: 5, scaleInCooldown: 600, scaleOutCooldown: 120 };
  const out = await applyAutoscaling(client, 'batch', 'AllTraffic', cfg, true);
  expect(out).toEqual({ range: '0-4 instances, target 5 queued requests, scaled out from zero on HasBacklogWithoutCapacity', fromZeroPolicyArn: 'arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:x' });
  const [tracking, step] = aas.commandCalls(PutScalingPolicyCommand).map((c) => c.args[0].input);
  expect(tracking!.PolicyName).toBe(backlogPolicyName('batch', 'AllTraffic'));
  expect(tracking!.TargetTrackingScalingPolicyConfiguration).toEqual({
    TargetValue: 5,
    CustomizedMetricSpecification: { MetricName: 'ApproximateBacklogSizePerInstance', Namespace: 'AWS/SageMaker', Dimensions: [{ Name: 'EndpointName', Value: 'batch' }], Statistic: 'Average' },
    ScaleInCooldown: 600,
    ScaleOutCooldown: 120
  });
  expect(step).toMatchObject({ PolicyType: 'StepScaling', StepScalingPolicyConfiguration: { AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] } });
  expect(fromZeroAlarm('batch', 'AllTraffic', out.fromZeroPolicyArn!)).toMatchObject({ MetricName: 'HasBacklogWithoutCapacity', Threshold: 1, AlarmActions: [out.fromZeroPolicyArn] });
});

test('an async endpoint with min 1 gets no step policy', async () => {
  aas.onAnyCommand().resolves({});
  const out = await applyAutoscaling(client, 'batch', 'AllTraffic', { min: 1, max: 4, target: 5, scaleInCooldown: 600, scaleOutCooldown: 120 }, true);
  expect(out.fromZeroPolicyArn).toBeUndefined();
  expect(aas.commandCalls(PutScalingPolicyCommand)).toHaveLength(1);
});
