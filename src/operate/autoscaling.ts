import type { ApplicationAutoScalingClient, ScalableTarget, ScalingPolicy } from '@aws-sdk/client-application-auto-scaling';
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

/**
 * The `autoscaling` input: registers the variant as a scalable target with one target-tracking policy on
 * SageMakerVariantInvocationsPerInstance. Both calls create or update, so a re-run converges.
 */
export async function applyAutoscaling(aas: ApplicationAutoScalingClient, endpoint: string, variant: string, cfg: AutoscalingConfig): Promise<string> {
  const c = await autoscalingSdk();
  const id = resourceId(endpoint, variant);
  await send('application-autoscaling:RegisterScalableTarget', () =>
    aas.send(new c.RegisterScalableTargetCommand({ ServiceNamespace: NS, ResourceId: id, ScalableDimension: DIMENSION, MinCapacity: cfg.min, MaxCapacity: cfg.max }))
  );
  await send('application-autoscaling:PutScalingPolicy', () =>
    aas.send(
      new c.PutScalingPolicyCommand({
        PolicyName: policyName(endpoint, variant),
        ServiceNamespace: NS,
        ResourceId: id,
        ScalableDimension: DIMENSION,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: cfg.target,
          PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
          ScaleInCooldown: cfg.scaleInCooldown,
          ScaleOutCooldown: cfg.scaleOutCooldown
        }
      })
    )
  );
  return `${cfg.min}-${cfg.max} instances, target ${cfg.target} invocations per instance per minute`;
}
