/**
 * Endpoints: CreateEndpoint, DescribeEndpoint, UpdateEndpoint, DeleteEndpoint, ListEndpoints.
 *   CreateEndpoint: Creating for endpointCreateMs → InService (or Failed with the `failFleet` fault).
 *   UpdateEndpoint: blue/green or rolling deployment of the new config (deployment.js, rolling.js), refused when
 *     it changes the instance type of a variant registered with Application Auto Scaling, or when the instances it
 *     adds exceed the `instanceLimit` quota (quotas.js); the endpoint keeps the OLD
 *     EndpointConfigName until the old fleet is gone; a rollback leaves it InService on the old config
 *     with a FailureReason (UpdateRollbackFailed with the `rollbackFails` fault).
 *   DeleteEndpoint: Deleting for deleteMs, then gone.
 * Only InService / UpdateRollbackFailed endpoints can be updated, and no endpoint with an operation in
 * progress can be updated or deleted ("Cannot update in-progress endpoint").
 */
import { isScalableTarget } from '../autoscaling/targets.js';
import { imagePullFailure } from '../ecr/repository-policies.js';
import { validationError } from '../errors.js';
import { alarmsOf } from './alarms.js';
import { hostingArn } from './arns.js';
import { normalizePolicy, sizeOf, validatePolicy } from './deployment.js';
import { assertModelsExist, configNotFound, findEndpointConfig } from './endpoint-configs.js';
import { currentStatus, describeEndpoint as view, endpointNotFound, endpointsOf, settle } from './endpoint-state.js';
import { checkKindChange, checkServerlessPolicy, serverlessFleetVariant } from './endpoint-kinds.js';
import { deployedImages, findModel, listRecords } from './models.js';
import { ensureEndpointContext } from './lineage.js';
import { seconds } from './paging.js';
import { assertInstanceLimit } from './quotas.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** The endpoint named `name` at ctx.now (settled), or null. @param {OpContext} ctx @param {string} name */
export function findEndpoint(ctx, name) {
  const e = endpointsOf(ctx.data)[name.toLowerCase()];
  return e ? settle(ctx, e) : null;
}

/**
 * The fleet a configuration deploys, with its images resolved now. With `retain` (RetainAllVariantProperties)
 * instance counts and weights of same-named live variants are kept unless excluded.
 * @param {OpContext} ctx @param {any} config @param {any[]} [live] @param {string[]} [exclude]
 */
function fleetOf(ctx, config, live, exclude = []) {
  return config.ProductionVariants.map((v) => {
    const kept = live?.find((l) => l.VariantName === v.VariantName && !l.serverless);
    return {
      VariantName: v.VariantName,
      InstanceType: v.InstanceType,
      count: kept && !exclude.includes('DesiredInstanceCount') ? kept.count : v.InitialInstanceCount,
      weight: kept && !exclude.includes('DesiredWeight') ? kept.weight : v.InitialVariantWeight ?? 1,
      // A variant without a model (inference components) deploys no image of its own.
      DeployedImages: v.ModelName === undefined ? [] : deployedImages(ctx, findModel(ctx, v.ModelName), ctx.now),
      ...(v.ServerlessConfig ? serverlessFleetVariant(v) : {}),
      ...(config.AsyncInferenceConfig ? { async: structuredClone(config.AsyncInferenceConfig) } : {}),
    };
  });
}

/**
 * The checks of a DeploymentConfig against the fleet it deploys.
 * @param {string} op @param {any} dc @param {any[]} fleet
 */
function checkDeploymentConfig(op, dc, fleet) {
  if (dc.BlueGreenUpdatePolicy && dc.RollingUpdatePolicy) throw validationError('Only one of BlueGreenUpdatePolicy or RollingUpdatePolicy can be specified.');
  checkServerlessPolicy(dc, fleet);
  validatePolicy(normalizePolicy(dc), fleet);
}

/**
 * UpdateEndpoint must not change the instance type of a variant registered with Application Auto Scaling.
 * @param {OpContext} ctx @param {any} e @param {any[]} fleet
 */
function checkScalableTargets(ctx, e, fleet) {
  const changed = fleet.filter((v) => {
    const live = e.fleet.find((l) => l.VariantName === v.VariantName);
    return live && live.InstanceType !== v.InstanceType && isScalableTarget(ctx.data, e.EndpointName, v.VariantName);
  });
  if (changed.length) {
    const names = changed.map((v) => v.VariantName).join(', ');
    throw validationError(`The endpoint "${e.EndpointName}" has production variant(s) [${names}] registered as scalable targets with Application Auto Scaling. Deregister the scalable target(s) before updating the instance type of the variant(s).`);
  }
}

/** The instances a deployment adds while it runs: the whole new fleet, or one batch of a rolling update. @param {any} policy @param {any[]} fleet */
const addedInstances = (policy, fleet) =>
  policy.type === 'ROLLING' ? fleet.map((v) => ({ InstanceType: v.InstanceType, count: sizeOf(policy.batch, v.count) })) : fleet;

/**
 * Why a new fleet fails at the end of Creating, or null: the `failFleet` fault, else an image of another account's ECR
 * repository whose policy does not let this account pull it (ecr/repository-policies.js).
 * @param {OpContext} ctx @param {any[]} fleet @param {any} config
 */
function fleetFailure(ctx, fleet, config) {
  const roles = config.ProductionVariants.map((v) => (v.ModelName === undefined ? undefined : findModel(ctx, v.ModelName)?.ExecutionRoleArn)).filter(Boolean);
  return ctx.faults.takeFleetFailure(fleet[0].VariantName) ?? imagePullFailure(ctx, fleet, roles);
}

/** @param {OpContext} ctx */
export function createEndpoint(ctx) {
  const { input } = ctx;
  const arn = hostingArn(ctx, 'endpoint', input.EndpointName);
  if (findEndpoint(ctx, input.EndpointName)) throw validationError(`Cannot create already existing endpoint "${arn}".`);
  const config = findEndpointConfig(ctx, input.EndpointConfigName);
  if (!config) throw configNotFound(ctx, input.EndpointConfigName);
  assertModelsExist(ctx, config.ProductionVariants);
  const fleet = fleetOf(ctx, config);
  if (input.DeploymentConfig) checkDeploymentConfig('CreateEndpoint', input.DeploymentConfig, fleet);
  assertInstanceLimit(ctx, fleet);
  /** @type {any} */
  const e = {
    EndpointName: input.EndpointName,
    EndpointArn: arn,
    EndpointConfigName: config.EndpointConfigName,
    createdMs: ctx.now,
    lastModifiedMs: ctx.now,
    seq: ctx.nextSeq(),
    Tags: input.Tags ?? [],
    status: 'Creating',
    fleet,
    op: { kind: 'create', startMs: ctx.now, readyMs: ctx.now + ctx.config.endpointCreateMs, failure: fleetFailure(ctx, fleet, config) },
  };
  if (input.DeploymentConfig) e.LastDeploymentConfig = structuredClone(input.DeploymentConfig);
  if (config.DataCaptureConfig) e.DataCaptureConfig = dataCaptureSummary(config.DataCaptureConfig);
  endpointsOf(ctx.data)[input.EndpointName.toLowerCase()] = e;
  ensureEndpointContext(ctx, e);
  ctx.changed();
  return { EndpointArn: arn };
}

/** DataCaptureConfigSummary of a config's DataCaptureConfig. @param {any} d */
function dataCaptureSummary(d) {
  const enabled = d.EnableCapture ?? true;
  return {
    EnableCapture: enabled,
    CaptureStatus: enabled ? 'Started' : 'Stopped',
    CurrentSamplingPercentage: d.InitialSamplingPercentage,
    DestinationS3Uri: d.DestinationS3Uri,
    KmsKeyId: d.KmsKeyId,
  };
}

/** @param {OpContext} ctx */
export function describeEndpoint(ctx) {
  const e = findEndpoint(ctx, ctx.input.EndpointName);
  if (!e) throw endpointNotFound(ctx, ctx.input.EndpointName);
  return view(ctx, e);
}

/** @param {OpContext} ctx @param {any} e */
function assertNotInProgress(ctx, e) {
  if (e.op) throw validationError(`Cannot update in-progress endpoint "${e.EndpointArn}".`);
}

/** @param {OpContext} ctx */
export function updateEndpoint(ctx) {
  const { input } = ctx;
  const e = findEndpoint(ctx, input.EndpointName);
  if (!e) throw endpointNotFound(ctx, input.EndpointName);
  assertNotInProgress(ctx, e);
  if (e.status === 'Failed') throw validationError(`Cannot update failed endpoint "${e.EndpointArn}". Only DeleteEndpoint is allowed.`);
  if (input.RetainDeploymentConfig && input.DeploymentConfig) {
    throw validationError('DeploymentConfig cannot be specified when RetainDeploymentConfig is true.');
  }
  const dc = input.RetainDeploymentConfig ? e.LastDeploymentConfig : input.DeploymentConfig;
  const config = findEndpointConfig(ctx, input.EndpointConfigName);
  if (!config) throw configNotFound(ctx, input.EndpointConfigName);
  assertModelsExist(ctx, config.ProductionVariants);
  const exclude = (input.ExcludeRetainedVariantProperties ?? []).map((p) => p.VariantPropertyType);
  const fleet = fleetOf(ctx, config, input.RetainAllVariantProperties ? e.fleet : undefined, exclude);
  checkKindChange(e, findEndpointConfig(ctx, e.EndpointConfigName), config);
  if (dc) {
    const live = e.fleet.map((v) => v.VariantName).sort();
    const next = fleet.map((v) => v.VariantName).sort();
    if (live.join('\n') !== next.join('\n')) {
      throw validationError(`The production variant names of endpoint configuration "${config.EndpointConfigName}" [${next.join(', ')}] must be the same as those of the endpoint's current configuration [${live.join(', ')}] for a deployment with DeploymentConfig.`);
    }
    checkDeploymentConfig('UpdateEndpoint', dc, fleet);
    const alarms = alarmsOf(ctx.data);
    const missing = normalizePolicy(dc).alarms.filter((n) => !alarms[n]);
    if (missing.length) throw validationError(`CloudWatch alarm(s) [${missing.join(', ')}] in AutoRollbackConfiguration do not exist.`);
  }
  checkScalableTargets(ctx, e, fleet);
  const policy = normalizePolicy(dc);
  if (policy.type === 'ROLLING') policy.oldCount = e.fleet[0].count;
  assertInstanceLimit(ctx, addedInstances(policy, fleet));
  delete e.FailureReason;
  e.status = 'InService';
  e.lastModifiedMs = ctx.now;
  e.op = {
    kind: 'update',
    startMs: ctx.now,
    EndpointConfigName: config.EndpointConfigName,
    fleet,
    policy,
    deploymentConfig: dc ? structuredClone(dc) : undefined,
    fleetFailure: fleetFailure(ctx, fleet, config),
    timings: { fleetCreateMs: ctx.config.fleetCreateMs, trafficShiftMs: ctx.config.trafficShiftMs, deleteMs: ctx.config.deleteMs },
  };
  ctx.changed();
  return { EndpointArn: e.EndpointArn };
}

/** @param {OpContext} ctx */
export function deleteEndpoint(ctx) {
  const e = findEndpoint(ctx, ctx.input.EndpointName);
  if (!e) throw endpointNotFound(ctx, ctx.input.EndpointName);
  assertNotInProgress(ctx, e);
  e.op = { kind: 'delete', startMs: ctx.now, endMs: ctx.now + ctx.config.deleteMs };
  e.lastModifiedMs = ctx.now;
  settle(ctx, e);
  ctx.changed();
  return {};
}

/** @param {OpContext} ctx */
export function listEndpoints(ctx) {
  const { input } = ctx;
  const all = Object.values(endpointsOf(ctx.data)).map((e) => settle(ctx, e)).filter((e) => e !== null);
  const status = (e) => currentStatus(ctx, e);
  const records = all
    .filter((e) => input.StatusEquals === undefined || status(e) === input.StatusEquals)
    .filter((e) => input.LastModifiedTimeAfter === undefined || e.lastModifiedMs > input.LastModifiedTimeAfter * 1000)
    .filter((e) => input.LastModifiedTimeBefore === undefined || e.lastModifiedMs < input.LastModifiedTimeBefore * 1000);
  const { page, nextToken } = listRecords(records, input, 'EndpointName', status);
  return {
    Endpoints: page.map((e) => ({
      EndpointName: e.EndpointName,
      EndpointArn: e.EndpointArn,
      CreationTime: seconds(e.createdMs),
      LastModifiedTime: seconds(e.lastModifiedMs),
      EndpointStatus: status(e),
    })),
    NextToken: nextToken,
  };
}
