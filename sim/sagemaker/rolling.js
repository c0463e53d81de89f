/**
 * Rolling deployment (DeploymentConfig.RollingUpdatePolicy) of a single-variant endpoint: the new fleet
 * replaces the old one batch by batch. For batch i of ceil(N / B) (B = MaximumBatchSize instances of the
 * new variant's N; K = instances of the new fleet after the batch):
 *   Creating (fleetCreateMs)        new batch launching; traffic stays on the K_prev new instances
 *   ActivatingTraffic (trafficShiftMs)  traffic moves to the K new instances (share K / N)
 *   Baking (WaitIntervalInSeconds)  alarms watched
 *   Deleting (deleteMs)             a batch of the old fleet is terminated (old instances max(0, O − K))
 * Alarms are watched from the start to the end of the last bake. A rollback takes ceil(N / R) × deleteMs
 * (R = RollbackMaximumBatchSize, default 100 % of the capacity).
 */
import { validationError } from '../errors.js';
import { percentOf, sizeOf } from './deployment.js';

/** @typedef {import('./deployment.js').Policy} Policy @typedef {import('./deployment.js').FleetVariant} FleetVariant */
/** @typedef {import('./deployment.js').Timings} Timings @typedef {import('./deployment.js').Phase} Phase */

/** @param {Policy} p @param {FleetVariant} v */
const batches = (p, v) => Math.ceil(v.count / sizeOf(/** @type {any} */ (p.batch), v.count));

/**
 * Rules of a rolling policy against the fleet it deploys. Throws ValidationException.
 * @param {Policy} p @param {FleetVariant[]} fleet
 */
export function validateRolling(p, fleet) {
  if (fleet.length !== 1) {
    throw validationError(`RollingUpdatePolicy is not supported for endpoints with multiple production variants (${fleet.length} variants).`);
  }
  const v = /** @type {FleetVariant} */ (fleet[0]);
  const b = /** @type {any} */ (p.batch);
  const pc = percentOf(b, v.count);
  if (pc < 5 || pc > 50) {
    throw validationError(`MaximumBatchSize (${b.Type} ${b.Value}) must be between 5% and 50% of the instance count (${v.count}) of production variant "${v.VariantName}".`);
  }
  const r = p.rollbackBatch;
  if (r && percentOf(r, v.count) > 100) {
    throw validationError(`RollbackMaximumBatchSize (${r.Type} ${r.Value}) must be at most the instance count (${v.count}) of production variant "${v.VariantName}".`);
  }
  const total = p.waitS * batches(p, v);
  if (p.maxS !== undefined && p.maxS <= total) {
    throw validationError(`MaximumExecutionTimeoutInSeconds (${p.maxS}) must be greater than the total baking time of the deployment (${total} seconds of WaitIntervalInSeconds).`);
  }
}

/**
 * The phases of a rolling deployment started at startMs.
 * @param {Policy} p @param {FleetVariant[]} fleet @param {number} startMs @param {Timings} tm
 * @returns {{phases: Phase[], trafficEndMs: number, endMs: number}}
 */
export function planRolling(p, fleet, startMs, tm) {
  const v = /** @type {FleetVariant} */ (fleet[0]);
  const n = v.count;
  const old = p.oldCount ?? n;
  const size = sizeOf(/** @type {any} */ (p.batch), n);
  const steps = batches(p, v);
  /** @type {Phase[]} */
  const phases = [];
  let t = startMs;
  let trafficEndMs = startMs;
  /** @param {string} status @param {number} ms @param {import('./deployment.js').VariantPhase} vp */
  const add = (status, ms, vp) => {
    if (ms > 0) phases.push({ status, startMs: t, endMs: t + ms, variants: [vp] });
    t += ms;
  };
  for (let i = 1; i <= steps; i++) {
    const prev = Math.min(n, (i - 1) * size);
    const k = Math.min(n, i * size);
    const oldLeft = Math.max(0, old - prev);
    const label = `batch ${i} of ${steps}`;
    add('Creating', tm.fleetCreateMs, { fraction: prev / n, instances: prev, oldInstances: oldLeft, message: `Launching ${k - prev} instance(s) for ${label}.` });
    add('ActivatingTraffic', tm.trafficShiftMs, { fraction: k / n, instances: k, oldInstances: oldLeft, message: `Activating traffic on rolling batch capacity of ${k} instance(s) (${Math.round((100 * k) / n)}% of capacity).` });
    add('Baking', p.waitS * 1000, { fraction: k / n, instances: k, oldInstances: oldLeft, message: `Baking for ${p.waitS} seconds (WaitIntervalInSeconds) with traffic enabled on rolling batch capacity of ${k} instance(s).` });
    trafficEndMs = t;
    const oldAfter = i === steps ? 0 : Math.max(0, old - k);
    add('Deleting', tm.deleteMs, { fraction: k / n, instances: k, oldInstances: oldAfter, message: `Terminating ${oldLeft - oldAfter} instance(s) of the old fleet for ${label}.` });
  }
  return { phases, trafficEndMs, endMs: t };
}

/** Duration of a rollback. @param {Policy} p @param {FleetVariant[]} fleet @param {Timings} tm */
export function rollbackMs(p, fleet, tm) {
  if (p.type !== 'ROLLING') return tm.deleteMs;
  const v = /** @type {FleetVariant} */ (fleet[0]);
  const r = p.rollbackBatch ?? { Type: 'CAPACITY_PERCENT', Value: 100 };
  return Math.ceil(v.count / Math.min(v.count, sizeOf(r, v.count))) * tm.deleteMs;
}
