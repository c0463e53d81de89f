import type { ApplicationAutoScalingClient, ScalableTarget, ScalingPolicy, TargetTrackingScalingPolicyConfiguration } from '@aws-sdk/client-application-auto-scaling';
import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { send } from '../aws/errors.js';
import type { AutoscalingConfig } from '../inputs/operate.js';
import { autoscalingSdk } from '../aws/sdk.js';


const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';
const NS = 'sagemaker';

/** A variant's scalable target and its policies, as read before an update (to restore them after). */
export interface ScalingSnapshot {
  resourceId: string;
  target: ScalableTarget;
  policies: ScalingPolicy[];
}

export const resourceId = (endpoint: string, variant: string): string => `endpoint/${endpoint}/variant/${variant}`;

/** The variant's scalable target and policies, or undefined when it does not autoscale. */
export async function readScaling(aas: ApplicationAutoScalingClient, endpoint: string, variant: string): Promise<ScalingSnapshot | undefined> {
  const c = await autoscalingSdk();
  const id = resourceId(endpoint, variant);
  const out = await send('application-autoscaling:DescribeScalableTargets', () =>
    aas.send(new c.DescribeScalableTargetsCommand({ ServiceNamespace: NS, ResourceIds: [id], ScalableDimension: DIMENSION }))
  );
  const target = out.ScalableTargets?.[0];
  if (!target) return undefined;
  const policies: ScalingPolicy[] = [];
  let token: string | undefined;
  do {
    const page = await send('application-autoscaling:DescribeScalingPolicies', () =>
      aas.send(new c.DescribeScalingPoliciesCommand({ ServiceNamespace: NS, ResourceId: id, ScalableDimension: DIMENSION, ...(token ? { NextToken: token } : {}) }))
    );
    policies.push(...(page.ScalingPolicies ?? []));
    token = page.NextToken;
  } while (token);
  return { resourceId: id, target, policies };
}

/** Deletes the policies and deregisters the target: SageMaker refuses an instance-type change on a scalable variant. */
export async function deregister(aas: ApplicationAutoScalingClient, s: ScalingSnapshot): Promise<void> {
  const c = await autoscalingSdk();
  for (const p of s.policies) {
    await send('application-autoscaling:DeleteScalingPolicy', () =>
      aas.send(new c.DeleteScalingPolicyCommand({ PolicyName: p.PolicyName!, ServiceNamespace: NS, ResourceId: s.resourceId, ScalableDimension: DIMENSION }))
    );
  }
  await send('application-autoscaling:DeregisterScalableTarget', () =>
    aas.send(new c.DeregisterScalableTargetCommand({ ServiceNamespace: NS, ResourceId: s.resourceId, ScalableDimension: DIMENSION }))
  );
}

/** Registers the target and puts back every policy exactly as they were read. */
export async function restore(aas: ApplicationAutoScalingClient, s: ScalingSnapshot): Promise<void> {
  const c = await autoscalingSdk();
  const t = s.target;
  await send('application-autoscaling:RegisterScalableTarget', () =>
    aas.send(
      new c.RegisterScalableTargetCommand({
        ServiceNamespace: NS,
        ResourceId: s.resourceId,
        ScalableDimension: DIMENSION,
        MinCapacity: t.MinCapacity,
        MaxCapacity: t.MaxCapacity,
        ...(t.SuspendedState ? { SuspendedState: t.SuspendedState } : {})
      })
    )
  );
  for (const p of s.policies) {
    await send('application-autoscaling:PutScalingPolicy', () =>
      aas.send(
        new c.PutScalingPolicyCommand({
          PolicyName: p.PolicyName!,
          ServiceNamespace: NS,
          ResourceId: s.resourceId,
          ScalableDimension: DIMENSION,
          PolicyType: p.PolicyType,
          ...(p.TargetTrackingScalingPolicyConfiguration ? { TargetTrackingScalingPolicyConfiguration: p.TargetTrackingScalingPolicyConfiguration } : {}),
          ...(p.StepScalingPolicyConfiguration ? { StepScalingPolicyConfiguration: p.StepScalingPolicyConfiguration } : {})
        })
      )
    );
  }
}

export const policyName = (endpoint: string, variant: string): string => `${endpoint}-${variant}-invocations-per-instance`.slice(0, 256);
export const backlogPolicyName = (endpoint: string, variant: string): string => `${endpoint}-${variant}-backlog-per-instance`.slice(0, 256);
export const fromZeroPolicyName = (endpoint: string, variant: string): string => `${endpoint}-${variant}-scale-out-from-zero`.slice(0, 256);

/**
 * The target-tracking configuration: invocations per instance per minute for real-time endpoints; for async
 * endpoints the queue, ApproximateBacklogSizePerInstance (AWS/SageMaker, dimension EndpointName), as the
 * SageMaker guide "Autoscale an asynchronous endpoint" shows.
 */
export function targetTracking(endpoint: string, cfg: AutoscalingConfig, async: boolean): TargetTrackingScalingPolicyConfiguration {
  const metric = async
    ? { CustomizedMetricSpecification: { MetricName: 'ApproximateBacklogSizePerInstance', Namespace: 'AWS/SageMaker', Dimensions: [{ Name: 'EndpointName', Value: endpoint }], Statistic: 'Average' as const } }
    : { PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' as const } };
  return { TargetValue: cfg.target, ...metric, ScaleInCooldown: cfg.scaleInCooldown, ScaleOutCooldown: cfg.scaleOutCooldown };
}

/**
 * The `autoscaling` input: registers the variant as a scalable target with one target-tracking policy (see
 * targetTracking). Both calls create or update, so a re-run converges. An async endpoint with min=0 also gets
 * the guide's way out of zero: target tracking cannot scale out from no instances, so a step policy adds one
 * instance when the HasBacklogWithoutCapacity alarm fires (scaleFromZero).
 */
export async function applyAutoscaling(aas: ApplicationAutoScalingClient, endpoint: string, variant: string, cfg: AutoscalingConfig, async = false): Promise<{ range: string; fromZeroPolicyArn?: string }> {
  const c = await autoscalingSdk();
  const id = resourceId(endpoint, variant);
  await send('application-autoscaling:RegisterScalableTarget', () =>
    aas.send(new c.RegisterScalableTargetCommand({ ServiceNamespace: NS, ResourceId: id, ScalableDimension: DIMENSION, MinCapacity: cfg.min, MaxCapacity: cfg.max }))
  );
  await send('application-autoscaling:PutScalingPolicy', () =>
    aas.send(
      new c.PutScalingPolicyCommand({
        PolicyName: async ? backlogPolicyName(endpoint, variant) : policyName(endpoint, variant),
        ServiceNamespace: NS,
        ResourceId: id,
        ScalableDimension: DIMENSION,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: targetTracking(endpoint, cfg, async)
      })
    )
  );
  const range = `${cfg.min}-${cfg.max} instances, target ${cfg.target} ${async ? 'queued requests' : 'invocations per instance per minute'}`;
  if (!async || cfg.min > 0) return { range };
  const step = await send('application-autoscaling:PutScalingPolicy', () =>
    aas.send(
      new c.PutScalingPolicyCommand({
        PolicyName: fromZeroPolicyName(endpoint, variant),
        ServiceNamespace: NS,
        ResourceId: id,
        ScalableDimension: DIMENSION,
        PolicyType: 'StepScaling',
        StepScalingPolicyConfiguration: {
          AdjustmentType: 'ChangeInCapacity',
          MetricAggregationType: 'Average',
          Cooldown: cfg.scaleOutCooldown,
          StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }]
        }
      })
    )
  );
  return { range: `${range}, scaled out from zero on HasBacklogWithoutCapacity`, ...(step.PolicyARN ? { fromZeroPolicyArn: step.PolicyARN } : {}) };
}

/** The alarm that runs the scale-out-from-zero policy: HasBacklogWithoutCapacity of the endpoint, per minute. */
export function fromZeroAlarm(endpoint: string, variant: string, policyArn: string): PutMetricAlarmInput {
  return {
    AlarmName: `${endpoint}-${variant}-has-backlog-without-capacity`.slice(0, 255),
    AlarmDescription: `Requests wait in the queue of ${endpoint} with no instance: adds one (the scale-out-from-zero policy)`,
    Namespace: 'AWS/SageMaker',
    MetricName: 'HasBacklogWithoutCapacity',
    Dimensions: [{ Name: 'EndpointName', Value: endpoint }],
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 2,
    DatapointsToAlarm: 2,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'missing',
    AlarmActions: [policyArn]
  };
}
