/**
 * Endpoint state on the virtual clock, computed lazily: a stored endpoint keeps its settled state (live
 * config and fleet, status, FailureReason, LastDeploymentConfig) and at most one operation in progress
 * (`op`: create, update or delete). `settle` folds an operation that has ended by `now` into the settled
 * state (at the virtual time it ended, not the time of the read); `describeEndpoint` renders the state at
 * `now`, with the in-progress phase of a deployment (deployment.js).
 */
import { validationError } from '../errors.js';
import { alarmsOf } from './alarms.js';
import { hostingArn } from './arns.js';
import { evaluate } from './deployment.js';
import { findEndpointConfig } from './endpoint-configs.js';
import { seconds } from './paging.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Endpoints of a region by lower-cased name. @param {any} data @returns {Record<string, any>} */
export const endpointsOf = (data) => (data.endpoints ??= {});

/** @param {OpContext} ctx @param {string} name */
export const endpointNotFound = (ctx, name) => validationError(`Could not find endpoint "${hostingArn(ctx, 'endpoint', name)}".`);

const ROLLBACK_MESSAGE = 'Rolling back: traffic is routed back to the old fleet and the new fleet is being terminated.';

/**
 * Fold a finished operation into the settled state. Returns the endpoint, or null once it is deleted.
 * A rollback's outcome (the `rollbackFails` fault, a deleted old config) is decided once, when a read
 * first sees the rollback.
 * @param {OpContext} ctx @param {any} e
 */
export function settle(ctx, e) {
  const op = e.op;
  if (!op) return e;
  if (op.kind === 'delete') {
    if (ctx.now < op.endMs) return e;
    delete endpointsOf(ctx.data)[e.EndpointName.toLowerCase()];
    ctx.changed();
    return null;
  }
  if (op.kind === 'create') {
    if (ctx.now < op.readyMs) return e;
    e.status = op.failure ? 'Failed' : 'InService';
    if (op.failure) {
      e.FailureReason = op.failure;
      for (const v of e.fleet) v.failed = true;
    }
    e.lastModifiedMs = op.readyMs;
    e.op = null;
    ctx.changed();
    return e;
  }
  const r = evaluate(op, op.timings, alarmsOf(ctx.data), ctx.now);
  if (r.kind === 'inProgress') return e;
  if (r.kind !== 'completed' && op.rollback === undefined) {
    const injected = ctx.faults.takeRollbackFailure();
    const oldGone = !findEndpointConfig(ctx, e.EndpointConfigName);
    op.rollback = {
      failure: injected ?? (oldGone ? `Could not find endpoint configuration "${hostingArn(ctx, 'endpoint-config', e.EndpointConfigName)}".` : null),
    };
    ctx.changed();
  }
  if (r.kind === 'rollingBack') return e;
  if (op.deploymentConfig) e.LastDeploymentConfig = op.deploymentConfig;
  else delete e.LastDeploymentConfig;
  if (r.kind === 'completed') {
    e.EndpointConfigName = op.EndpointConfigName;
    e.fleet = op.fleet;
    e.status = 'InService';
    delete e.FailureReason;
  } else if (op.rollback.failure) {
    e.status = 'UpdateRollbackFailed';
    e.FailureReason = `${r.reason} Rollback failed: ${op.rollback.failure}`;
  } else {
    e.status = 'InService';
    e.FailureReason = r.reason;
  }
  e.lastModifiedMs = r.endMs;
  e.op = null;
  ctx.changed();
  return e;
}

/**
 * A fleet variant as ProductionVariantSummary / PendingProductionVariantSummary.
 * @param {any} v @param {number} share of the variant's traffic on this fleet @param {number} instances @param {any[]} [status]
 */
function variantView(v, share, instances, status) {
  // A serverless variant shows its ServerlessConfig instead of instances (CurrentServerlessConfig once it serves).
  const size = v.serverless
    ? { ...(instances > 0 ? { CurrentServerlessConfig: v.serverless } : {}), DesiredServerlessConfig: v.serverless }
    : { CurrentInstanceCount: instances, DesiredInstanceCount: v.count };
  return {
    VariantName: v.VariantName,
    DeployedImages: v.DeployedImages,
    CurrentWeight: v.weight * share,
    DesiredWeight: v.weight,
    ...size,
    ...(status ? { VariantStatus: status } : {}),
  };
}

/** @param {string} status @param {string} message @param {number} startMs */
const variantStatus = (status, message, startMs) => [{ Status: status, StatusMessage: message, StartTime: seconds(startMs) }];

/**
 * DescribeEndpoint output at ctx.now (call settle first).
 * @param {OpContext} ctx @param {any} e
 */
export function describeEndpoint(ctx, e) {
  /** @type {Record<string, unknown>} */
  const out = {
    EndpointName: e.EndpointName,
    EndpointArn: e.EndpointArn,
    EndpointConfigName: e.EndpointConfigName,
    EndpointStatus: currentStatus(ctx, e),
    CreationTime: seconds(e.createdMs),
    LastModifiedTime: seconds(e.lastModifiedMs),
    FailureReason: e.FailureReason,
    LastDeploymentConfig: e.LastDeploymentConfig,
    DataCaptureConfig: e.DataCaptureConfig,
    // An async endpoint's live AsyncInferenceConfig (each fleet variant carries its config's).
    AsyncInferenceConfig: e.fleet[0]?.async,
  };
  const op = e.op;
  if (op?.kind === 'create') {
    out.ProductionVariants = e.fleet.map((v) => variantView(v, 0, 0, variantStatus('Creating', v.serverless ? 'Creating the serverless variant.' : `Launching ${v.count} instance(s).`, op.startMs)));
    return out;
  }
  if (op?.kind !== 'update') {
    out.ProductionVariants = e.fleet.map((v) => variantView(v, v.failed ? 0 : 1, v.failed ? 0 : v.count));
    return out;
  }
  const r = evaluate(op, op.timings, alarmsOf(ctx.data), ctx.now);
  /** @type {any[]} */
  let pending;
  if (r.kind === 'inProgress') {
    const { phase } = r;
    const share = (name) => phase.variants[Math.max(0, op.fleet.findIndex((v) => v.VariantName === name))]?.fraction ?? 0;
    const first = phase.variants[0];
    const deleting = phase.status === 'Deleting';
    const oldStatus = deleting ? variantStatus('Deleting', first?.oldInstances === undefined ? 'Terminating the old fleet.' : first.message, phase.startMs) : undefined;
    // A rolling update (the only one with oldInstances) terminates the old fleet batch by batch.
    const oldCount = (v) => first?.oldInstances ?? (deleting ? 0 : v.count);
    out.ProductionVariants = e.fleet.map((v) => variantView(v, 1 - share(v.VariantName), oldCount(v), oldStatus));
    pending = op.fleet.map((v, i) => {
      const p = phase.variants[i];
      return variantView(v, p.fraction, p.instances, variantStatus(phase.status, p.message, phase.startMs));
    });
  } else {
    out.ProductionVariants = e.fleet.map((v) => variantView(v, 1, v.count));
    pending = op.fleet.map((v) => variantView(v, 0, v.count, variantStatus('Deleting', ROLLBACK_MESSAGE, r.atMs)));
  }
  pending.forEach((p, i) => op.fleet[i].InstanceType !== undefined && (p.InstanceType = op.fleet[i].InstanceType));
  out.PendingDeploymentSummary = { EndpointConfigName: op.EndpointConfigName, ProductionVariants: pending, StartTime: seconds(op.startMs) };
  return out;
}

/** EndpointStatus at ctx.now (call settle first). @param {OpContext} ctx @param {any} e */
export function currentStatus(ctx, e) {
  if (!e.op) return e.status;
  if (e.op.kind === 'create') return 'Creating';
  if (e.op.kind === 'delete') return 'Deleting';
  return evaluate(e.op, e.op.timings, alarmsOf(ctx.data), ctx.now).kind === 'inProgress' ? 'Updating' : 'RollingBack';
}
