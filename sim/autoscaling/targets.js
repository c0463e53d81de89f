/**
 * Application Auto Scaling scalable targets of SageMaker endpoint variants: RegisterScalableTarget,
 * DescribeScalableTargets, DeregisterScalableTarget, and the control route that sets a variant's capacity
 * (a simulated scale-out). Only ServiceNamespace `sagemaker`, ResourceId `endpoint/<endpoint>/variant/<variant>`
 * and ScalableDimension `sagemaker:variant:DesiredInstanceCount` are modelled.
 */
import { createHash } from 'node:crypto';
import { AwsError, validationError } from '../errors.js';
import { endpointsOf, settle } from '../sagemaker/endpoint-state.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

export const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';
const RESOURCE = /^endpoint\/([^/]+)\/variant\/([^/]+)$/;

/** Scalable targets of a region by `<ResourceId>|<ScalableDimension>`. @param {any} data @returns {Record<string, any>} */
export const targetsOf = (data) => (data.scalableTargets ??= {});
/** Scaling policies of a region by `<ResourceId>|<ScalableDimension>|<PolicyName>`. @param {any} data @returns {Record<string, any>} */
export const policiesOf = (data) => (data.scalingPolicies ??= {});

export const notImplemented = (what) => new AwsError('UnknownOperationException', `The simulator does not implement Application Auto Scaling ${what}`);
export const objectNotFound = (message) => new AwsError('ObjectNotFoundException', message);

/** A deterministic id of 32 hex digits (UUID-like) from parts. @param {...string} parts */
export const idOf = (...parts) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

/**
 * Checks namespace, dimension and ResourceId of a request; returns the endpoint and variant names.
 * @param {any} input @returns {{endpoint: string, variant: string}}
 */
export function parseResource(input) {
  if (input.ServiceNamespace !== 'sagemaker') throw notImplemented(`for ServiceNamespace ${input.ServiceNamespace}`);
  const m = RESOURCE.exec(input.ResourceId ?? '');
  if (input.ScalableDimension !== DIMENSION || !m) {
    throw validationError('Unsupported service namespace, resource type or scalable dimension');
  }
  return { endpoint: /** @type {string} */ (m[1]), variant: /** @type {string} */ (m[2]) };
}

/** The settled endpoint and its live variant, or nulls. @param {OpContext} ctx @param {string} endpoint @param {string} variant */
export function findVariant(ctx, endpoint, variant) {
  const stored = endpointsOf(ctx.data)[endpoint.toLowerCase()];
  const e = stored ? settle(ctx, stored) : null;
  return { e, v: e?.fleet.find((f) => f.VariantName === variant) ?? null };
}

const key = (input) => `${input.ResourceId}|${input.ScalableDimension}`;
const describeNoTarget = (input) =>
  `No scalable target registered for service namespace: ${input.ServiceNamespace}, resource ID: ${input.ResourceId}, scalable dimension: ${input.ScalableDimension}`;

/** The registered target of a request, or ObjectNotFoundException. @param {OpContext} ctx @param {any} input */
export function requireTarget(ctx, input) {
  const t = targetsOf(ctx.data)[key(input)];
  if (!t) throw objectNotFound(describeNoTarget(input));
  return t;
}

/** @param {OpContext} ctx */
export function registerScalableTarget(ctx) {
  const { input } = ctx;
  const { endpoint, variant } = parseResource(input);
  const targets = targetsOf(ctx.data);
  const old = targets[key(input)];
  const { e, v } = findVariant(ctx, endpoint, variant);
  if (!e || !v) throw validationError(`Endpoint ${endpoint} or variant ${variant} of account ${ctx.account} does not exist.`);
  if (!old && (input.MinCapacity === undefined || input.MaxCapacity === undefined)) {
    throw validationError('MinCapacity and MaxCapacity are required when registering a new scalable target');
  }
  const min = input.MinCapacity ?? old.MinCapacity;
  const max = input.MaxCapacity ?? old.MaxCapacity;
  if (min > max) throw validationError(`Maximum capacity cannot be less than minimum capacity`);
  // Serverless variants scale by provisioned concurrency (another dimension, not modelled); async ones may go to 0.
  if (v.serverless) throw validationError(`Variant ${variant} of endpoint ${endpoint} is serverless: it has no instances to scale (sagemaker:variant:DesiredInstanceCount).`);
  if (min < (v.async ? 0 : 1)) throw validationError('Minimum capacity must be at least 1 for the sagemaker:variant:DesiredInstanceCount dimension of an endpoint without AsyncInferenceConfig');
  const id = idOf(ctx.account, ctx.region, key(input));
  const t = old ?? {
    ServiceNamespace: 'sagemaker',
    ResourceId: input.ResourceId,
    ScalableDimension: DIMENSION,
    RoleARN: `arn:aws:iam::${ctx.account}:role/aws-service-role/sagemaker.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_SageMakerEndpoint`,
    createdMs: ctx.now,
    ScalableTargetARN: `arn:aws:application-autoscaling:${ctx.region}:${ctx.account}:scalable-target/${id}`,
    SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false },
  };
  Object.assign(t, { MinCapacity: min, MaxCapacity: max });
  if (input.SuspendedState) Object.assign(t.SuspendedState, input.SuspendedState);
  if (input.Tags && !old) t.Tags = structuredClone(input.Tags);
  targets[key(input)] = t;
  // As the service does: a capacity outside [min, max] is brought inside it.
  if (v.count < min || v.count > max) v.count = Math.min(max, Math.max(min, v.count));
  ctx.changed();
  return { ScalableTargetARN: t.ScalableTargetARN };
}

/** @param {any} t */
const targetView = (t) => ({
  ServiceNamespace: t.ServiceNamespace,
  ResourceId: t.ResourceId,
  ScalableDimension: t.ScalableDimension,
  MinCapacity: t.MinCapacity,
  MaxCapacity: t.MaxCapacity,
  RoleARN: t.RoleARN,
  CreationTime: t.createdMs / 1000,
  SuspendedState: t.SuspendedState,
  ScalableTargetARN: t.ScalableTargetARN,
});

/**
 * One page of records (opaque NextToken = the offset, base64).
 * @param {any[]} records @param {any} input @param {number} defaultMax
 */
export function page(records, input, defaultMax) {
  let start = 0;
  if (input.NextToken !== undefined) {
    const n = Number(Buffer.from(input.NextToken, 'base64').toString('utf8'));
    if (!Number.isInteger(n) || n < 0 || n > records.length) throw validationError('Invalid NextToken');
    start = n;
  }
  const max = input.MaxResults ?? defaultMax;
  const end = start + max;
  return { items: records.slice(start, end), NextToken: end < records.length ? Buffer.from(String(end)).toString('base64') : undefined };
}

/** @param {OpContext} ctx */
export function describeScalableTargets(ctx) {
  const { input } = ctx;
  const all = Object.values(targetsOf(ctx.data))
    .filter((t) => t.ServiceNamespace === input.ServiceNamespace)
    .filter((t) => !input.ResourceIds || input.ResourceIds.includes(t.ResourceId))
    .filter((t) => !input.ScalableDimension || t.ScalableDimension === input.ScalableDimension)
    .sort((a, b) => a.createdMs - b.createdMs);
  const { items, NextToken } = page(all, input, 50);
  return { ScalableTargets: items.map(targetView), NextToken };
}

/** @param {OpContext} ctx */
export function deregisterScalableTarget(ctx) {
  const { input } = ctx;
  parseResource(input);
  const t = targetsOf(ctx.data)[key(input)];
  if (!t) {
    throw objectNotFound(`No scalable target found for service namespace: ${input.ServiceNamespace}, resource ID: ${input.ResourceId}, scalable dimension: ${input.ScalableDimension}`);
  }
  delete targetsOf(ctx.data)[key(input)];
  const policies = policiesOf(ctx.data);
  for (const k of Object.keys(policies)) if (k.startsWith(`${key(input)}|`)) delete policies[k];
  ctx.changed();
  return {};
}

/**
 * Whether the endpoint variant is a registered scalable target (names compared as SageMaker does:
 * the endpoint name case-insensitively).
 * @param {any} data @param {string} endpointName @param {string} variantName
 */
export function isScalableTarget(data, endpointName, variantName) {
  return Object.values(targetsOf(data)).some((t) => {
    const m = RESOURCE.exec(t.ResourceId);
    return m && m[1]?.toLowerCase() === endpointName.toLowerCase() && m[2] === variantName;
  });
}
