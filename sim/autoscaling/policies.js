/**
 * Application Auto Scaling scaling policies of SageMaker variants: PutScalingPolicy (TargetTrackingScaling, and
 * StepScaling stored as given: nothing runs it), DescribeScalingPolicies, DeleteScalingPolicy. Target tracking answers the names of the two
 * CloudWatch alarms the service would create (AlarmHigh / AlarmLow); they are not added to the alarm store.
 */
import { validationError } from '../errors.js';
import { idOf, notImplemented, objectNotFound, page, parseResource, policiesOf, requireTarget } from './targets.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

const key = (input) => `${input.ResourceId}|${input.ScalableDimension}|${input.PolicyName}`;

/** @param {any} tt TargetTrackingScalingPolicyConfiguration */
function checkTargetTracking(tt) {
  if (!tt) throw validationError('TargetTrackingScalingPolicyConfiguration is required for a policy of type TargetTrackingScaling');
  const pre = tt.PredefinedMetricSpecification;
  if (!pre && !tt.CustomizedMetricSpecification) {
    throw validationError('Either PredefinedMetricSpecification or CustomizedMetricSpecification must be specified');
  }
  if (pre && tt.CustomizedMetricSpecification) {
    throw validationError('Only one of PredefinedMetricSpecification or CustomizedMetricSpecification can be specified');
  }
  if (pre && !pre.PredefinedMetricType.startsWith('SageMakerVariant')) {
    throw validationError(`Unsupported metric type ${pre.PredefinedMetricType} for service namespace sagemaker and scalable dimension sagemaker:variant:DesiredInstanceCount`);
  }
}

/**
 * StepScalingPolicyConfiguration: required for StepScaling, with at least one step; at most one step may leave its
 * upper bound open and steps may not overlap (the Application Auto Scaling API reference).
 * @param {any} sc
 */
function checkStepScaling(sc) {
  if (!sc) throw validationError('StepScalingPolicyConfiguration is required for a policy of type StepScaling');
  const steps = sc.StepAdjustments ?? [];
  if (!steps.length) throw validationError('StepAdjustments must contain at least one step adjustment');
  if (sc.AdjustmentType === undefined) throw validationError('AdjustmentType is required for a policy of type StepScaling');
  const sorted = [...steps].sort((a, b) => (a.MetricIntervalLowerBound ?? -Infinity) - (b.MetricIntervalLowerBound ?? -Infinity));
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i - 1].MetricIntervalUpperBound ?? Infinity) > (sorted[i].MetricIntervalLowerBound ?? -Infinity)) throw validationError('Step adjustments must not overlap');
  }
}

/** @param {OpContext} ctx */
export function putScalingPolicy(ctx) {
  const { input } = ctx;
  parseResource(input);
  const type = input.PolicyType ?? 'StepScaling';
  if (type !== 'TargetTrackingScaling' && type !== 'StepScaling') throw notImplemented(`PolicyType ${type}`);
  if (type === 'StepScaling') checkStepScaling(input.StepScalingPolicyConfiguration);
  else checkTargetTracking(input.TargetTrackingScalingPolicyConfiguration);
  requireTarget(ctx, input);
  const policies = policiesOf(ctx.data);
  const old = policies[key(input)];
  const id = idOf(ctx.account, ctx.region, key(input));
  const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
  const alarm = (kind) => {
    const name = `TargetTracking-${input.ResourceId}-${kind}-${uuid}`;
    return { AlarmName: name, AlarmARN: `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${name}` };
  };
  const tt = structuredClone(input.TargetTrackingScalingPolicyConfiguration);
  // A step policy makes no alarm of its own: a CloudWatch alarm names it in AlarmActions.
  const alarms = type === 'StepScaling' ? [] : tt.DisableScaleIn ? [alarm('AlarmHigh')] : [alarm('AlarmHigh'), alarm('AlarmLow')];
  const p = {
    PolicyARN: `arn:aws:autoscaling:${ctx.region}:${ctx.account}:scalingPolicy:${uuid}:resource/sagemaker/${input.ResourceId}:policyName/${input.PolicyName}`,
    PolicyName: input.PolicyName,
    ServiceNamespace: input.ServiceNamespace,
    ResourceId: input.ResourceId,
    ScalableDimension: input.ScalableDimension,
    PolicyType: type,
    ...(tt ? { TargetTrackingScalingPolicyConfiguration: tt } : {}),
    ...(type === 'StepScaling' ? { StepScalingPolicyConfiguration: structuredClone(input.StepScalingPolicyConfiguration) } : {}),
    Alarms: alarms,
    createdMs: old?.createdMs ?? ctx.now,
  };
  policies[key(input)] = p;
  ctx.changed();
  return { PolicyARN: p.PolicyARN, Alarms: p.Alarms };
}

/** @param {any} p */
const policyView = (p) => {
  const out = { ...p, CreationTime: p.createdMs / 1000 };
  delete out.createdMs;
  return out;
};

/** @param {OpContext} ctx */
export function describeScalingPolicies(ctx) {
  const { input } = ctx;
  const all = Object.values(policiesOf(ctx.data))
    .filter((p) => p.ServiceNamespace === input.ServiceNamespace)
    .filter((p) => !input.PolicyNames || input.PolicyNames.includes(p.PolicyName))
    .filter((p) => input.ResourceId === undefined || p.ResourceId === input.ResourceId)
    .filter((p) => input.ScalableDimension === undefined || p.ScalableDimension === input.ScalableDimension)
    .sort((a, b) => a.createdMs - b.createdMs);
  const { items, NextToken } = page(all, input, 50);
  return { ScalingPolicies: items.map(policyView), NextToken };
}

/** @param {OpContext} ctx */
export function deleteScalingPolicy(ctx) {
  const { input } = ctx;
  parseResource(input);
  const policies = policiesOf(ctx.data);
  if (!policies[key(input)]) {
    throw objectNotFound(`No scaling policy found for service namespace: ${input.ServiceNamespace}, resource ID: ${input.ResourceId}, scalable dimension: ${input.ScalableDimension}, policy name: ${input.PolicyName}`);
  }
  delete policies[key(input)];
  ctx.changed();
  return {};
}
