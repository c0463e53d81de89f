/**
 * Inference experiments (shadow tests): CreateInferenceExperiment, DescribeInferenceExperiment,
 * StopInferenceExperiment, on the virtual clock.
 *
 * Lifecycle: Creating (the shadow variant is provisioned, `fleetCreateMs`) → Running → Stopping (`deleteMs`) →
 * Completed or Cancelled (StopInferenceExperiment's DesiredState, default Completed); a Running experiment whose
 * Schedule.EndTime passes is Completed at EndTime. While Running, requests to the endpoint are mirrored to the shadow
 * variant (runtime/traffic.js). Checks (the API reference's rules and the shadow-test limits):
 *   - Type ShadowMode; the endpoint exists, is InService, holds exactly one production variant, no shadow variant,
 *     is not serverless or asynchronous, and has no other experiment that is not Completed or Cancelled;
 *   - ModelVariants: the source variant (ShadowModeConfig.SourceModelVariantName) is the endpoint's production
 *     variant with its live model; exactly one shadow variant of another name, whose model exists; no ml.inf1 type;
 *   - Schedule: EndTime after StartTime (default now), at most 30 days after it;
 *   - Stop: the experiment is Creating or Running; ModelVariantActions names each variant; the source is Retain and the
 *     shadow Remove (Promote and keeping the shadow are answered as not implemented).
 * The endpoint itself is not updated (real SageMaker updates it to a configuration holding the shadow variant).
 */
import { AwsError, validationError } from '../errors.js';
import { hostingArn } from './arns.js';
import { findEndpointConfig } from './endpoint-configs.js';
import { currentStatus, endpointsOf, settle } from './endpoint-state.js';
import { findModel } from './models.js';
import { seconds } from './paging.js';

/** @typedef {import('./context.js').OpContext} OpContext */

const MAX_DAYS = 30;

/** Experiments of a region by lower-cased name. @param {any} data @returns {Record<string, any>} */
export const experimentsOf = (data) => (data.inferenceExperiments ??= {});

const notFound = (name) => new AwsError('ResourceNotFound', `Inference experiment ${name} does not exist.`);

/**
 * The status at `now`, and the virtual time at which it started mirroring and stopped (or will stop) mirroring.
 * @param {any} x @param {number} now
 */
export function experimentState(x, now) {
  const runningMs = Math.max(x.createdMs + x.provisionMs, x.startMs);
  const endMs = Math.min(x.stopMs ?? Infinity, x.endMs);
  if (x.stopMs !== undefined && x.stopMs <= x.endMs && now >= x.stopMs) {
    return { status: now < x.stopMs + x.deleteMs ? 'Stopping' : x.desired, runningMs, endMs };
  }
  if (now >= x.endMs) return { status: 'Completed', runningMs, endMs };
  return { status: now < runningMs ? 'Creating' : 'Running', runningMs, endMs };
}

/** @param {OpContext} ctx @param {any} e the endpoint */
function checkEndpoint(ctx, e, name) {
  if (!e || currentStatus(ctx, e) !== 'InService') throw validationError(`Endpoint ${hostingArn(ctx, 'endpoint', name)} must exist and be InService to run an inference experiment.`);
  const config = findEndpointConfig(ctx, e.EndpointConfigName);
  if (!config) throw validationError(`Could not find endpoint configuration "${e.EndpointConfigName}".`);
  if (config.ProductionVariants.length !== 1 || config.ShadowProductionVariants?.length) throw validationError('An inference experiment needs an endpoint with exactly one production variant and no shadow variant.');
  const v = config.ProductionVariants[0];
  if (v.ServerlessConfig || config.AsyncInferenceConfig) throw validationError('Inference experiments are not supported on serverless or asynchronous endpoints.');
  const busy = Object.values(experimentsOf(ctx.data)).find((x) => x.EndpointName.toLowerCase() === name.toLowerCase() && !['Completed', 'Cancelled'].includes(experimentState(x, ctx.now).status));
  if (busy) throw new AwsError('ResourceInUse', `Endpoint ${name} already has an inference experiment in progress: ${busy.Name}.`);
  return { config, live: v };
}

/** @param {OpContext} ctx @param {any} input @param {any} live the endpoint's production variant */
function checkVariants(ctx, input, live) {
  const source = input.ShadowModeConfig.SourceModelVariantName;
  const shadowName = input.ShadowModeConfig.ShadowModelVariants[0].ShadowModelVariantName;
  const byName = (n) => input.ModelVariants.find((/** @type {any} */ v) => v.VariantName === n);
  const src = byName(source);
  if (!src || source !== live.VariantName || src.ModelName !== live.ModelName) {
    throw validationError(`SourceModelVariantName ${source} must be the endpoint's production variant ${live.VariantName} with its model ${live.ModelName}, listed in ModelVariants.`);
  }
  const shadow = byName(shadowName);
  if (!shadow || shadowName === source || input.ModelVariants.length !== 2) throw validationError('ModelVariants must hold the source variant and exactly one shadow variant of another name, named in ShadowModelVariants.');
  if (!findModel(ctx, shadow.ModelName)) throw validationError(`Could not find model "${hostingArn(ctx, 'model', shadow.ModelName)}".`);
  for (const v of input.ModelVariants) {
    if (/^ml\.inf1\./.test(v.InfrastructureConfig.RealTimeInferenceConfig.InstanceType)) throw validationError(`Instance type ${v.InfrastructureConfig.RealTimeInferenceConfig.InstanceType} is not supported for inference experiments.`);
  }
  return shadow;
}

/** @param {OpContext} ctx */
export function createInferenceExperiment(ctx) {
  const input = ctx.input;
  if (experimentsOf(ctx.data)[input.Name.toLowerCase()]) throw new AwsError('ResourceInUse', `Inference experiment ${input.Name} already exists.`);
  const stored = endpointsOf(ctx.data)[input.EndpointName.toLowerCase()];
  const { config, live } = checkEndpoint(ctx, stored ? settle(ctx, stored) : null, input.EndpointName);
  const shadow = checkVariants(ctx, input, live);
  const startMs = input.Schedule?.StartTime !== undefined ? input.Schedule.StartTime * 1000 : ctx.now;
  const endMs = input.Schedule?.EndTime !== undefined ? input.Schedule.EndTime * 1000 : startMs + MAX_DAYS * 86400000;
  if (startMs < ctx.now - 60000) throw validationError('Schedule.StartTime must not be in the past.');
  if (endMs <= startMs) throw validationError('Schedule.EndTime must be after StartTime.');
  if (endMs - startMs > MAX_DAYS * 86400000) throw validationError(`The inference experiment's duration must be at most ${MAX_DAYS} days.`);
  const arn = `arn:aws:sagemaker:${ctx.region}:${ctx.account}:inference-experiment/${input.Name.toLowerCase()}`;
  experimentsOf(ctx.data)[input.Name.toLowerCase()] = {
    ...structuredClone(input),
    Arn: arn,
    EndpointConfigName: config.EndpointConfigName,
    shadowVariant: shadow.VariantName,
    shadowModel: shadow.ModelName,
    sampling: input.ShadowModeConfig.ShadowModelVariants[0].SamplingPercentage,
    createdMs: ctx.now,
    startMs,
    endMs,
    provisionMs: ctx.config.fleetCreateMs,
    deleteMs: ctx.config.deleteMs,
    seed: ctx.nextSeq(),
  };
  ctx.changed();
  return { InferenceExperimentArn: arn };
}

/** @param {OpContext} ctx */
export function describeInferenceExperiment(ctx) {
  const x = experimentsOf(ctx.data)[ctx.input.Name.toLowerCase()];
  if (!x) throw notFound(ctx.input.Name);
  const { status, endMs } = experimentState(x, ctx.now);
  const done = ['Completed', 'Cancelled'].includes(status);
  const variantStatus = (/** @type {any} */ v) => (v.VariantName === x.shadowVariant ? { Creating: 'Creating', Running: 'InService', Stopping: 'Deleting' }[status] ?? 'Deleted' : 'InService');
  const stored = endpointsOf(ctx.data)[x.EndpointName.toLowerCase()];
  return {
    Arn: x.Arn,
    Name: x.Name,
    Type: x.Type,
    Schedule: { StartTime: seconds(x.startMs), EndTime: seconds(x.endMs) },
    Status: status,
    ...(x.Reason ? { StatusReason: x.Reason } : {}),
    ...(x.Description !== undefined ? { Description: x.Description } : {}),
    CreationTime: seconds(x.createdMs),
    ...(done ? { CompletionTime: seconds(Math.min(endMs, x.stopMs ?? Infinity) + (x.stopMs !== undefined && x.stopMs <= x.endMs ? x.deleteMs : 0)) } : {}),
    LastModifiedTime: seconds(x.stopMs ?? x.createdMs),
    RoleArn: x.RoleArn,
    EndpointMetadata: { EndpointName: x.EndpointName, EndpointConfigName: x.EndpointConfigName, EndpointStatus: stored ? currentStatus(ctx, stored) : 'Deleting' },
    ModelVariants: x.ModelVariants.map((/** @type {any} */ v) => ({ ...v, Status: variantStatus(v) })),
    ShadowModeConfig: x.ShadowModeConfig,
    ...(x.DataStorageConfig ? { DataStorageConfig: x.DataStorageConfig } : {}),
    ...(x.KmsKey ? { KmsKey: x.KmsKey } : {}),
  };
}

/** @param {OpContext} ctx */
export function stopInferenceExperiment(ctx) {
  const input = ctx.input;
  const x = experimentsOf(ctx.data)[input.Name.toLowerCase()];
  if (!x) throw notFound(input.Name);
  const { status } = experimentState(x, ctx.now);
  if (!['Creating', 'Running'].includes(status)) throw validationError(`Inference experiment ${x.Name} is ${status}; only a Creating or Running experiment can be stopped.`);
  const actions = input.ModelVariantActions;
  const source = x.ShadowModeConfig.SourceModelVariantName;
  if (Object.keys(actions).sort().join() !== [source, x.shadowVariant].sort().join()) throw validationError(`ModelVariantActions must name the variants ${source} and ${x.shadowVariant}.`);
  if (Object.values(actions).includes('Promote') || actions[x.shadowVariant] !== 'Remove' || input.DesiredModelVariants) {
    throw new AwsError('UnknownOperationException', 'The simulator implements StopInferenceExperiment with the shadow variant Removed and the source Retained only.');
  }
  Object.assign(x, { stopMs: ctx.now, desired: input.DesiredState ?? 'Completed', ...(input.Reason ? { Reason: input.Reason } : {}) });
  ctx.changed();
  return { InferenceExperimentArn: x.Arn };
}
