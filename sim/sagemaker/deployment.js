/**
 * Blue/green deployment of UpdateEndpoint as a pure function of (policy, fleet, start time, now, alarm
 * history, injected fleet failure): no state, no clock. `plan` lays out the phases of the new fleet;
 * `evaluate` says where the deployment is at `now` (in progress, rolling back, rolled back, completed).
 *
 * Phases (zero-length ones are skipped), each with the share of traffic on the new fleet:
 *   Creating (fleetCreateMs, 0%)
 *   CANARY:      ActivatingTraffic canary → Baking WaitIntervalInSeconds → ActivatingTraffic full
 *   LINEAR:      (ActivatingTraffic step → Baking WaitIntervalInSeconds)* → ActivatingTraffic full
 *   ALL_AT_ONCE: ActivatingTraffic full → Baking WaitIntervalInSeconds
 *   Baking TerminationWaitInSeconds (100%) → Deleting the old fleet (deleteMs) → done.
 * ActivatingTraffic lasts trafficShiftMs. Rollback triggers, the earliest that has happened by `now`:
 * the injected fleet failure (end of Creating), an alarm in ALARM at any moment before the old fleet is
 * deleted, MaximumExecutionTimeoutInSeconds passed before then. A rollback takes deleteMs (RollingBack); a rolling
 * update (rolling.js) rolls back in batches of RollbackMaximumBatchSize, deleteMs each.
 */
import { validationError } from '../errors.js';
import { firstAlarm } from './alarms.js';
import { planRolling, rollbackMs, validateRolling } from './rolling.js';

/**
 * @typedef {{Type: string, Value: number}} CapacitySize
 * @typedef {{type: string, waitS: number, canary?: CapacitySize, linear?: CapacitySize, batch?: CapacitySize,
 *   rollbackBatch?: CapacitySize, oldCount?: number, terminationS: number, maxS?: number, alarms: string[]}} Policy
 * @typedef {{VariantName: string, count: number}} FleetVariant
 * @typedef {{fraction: number, instances: number, message: string, oldInstances?: number}} VariantPhase
 * @typedef {{status: string, startMs: number, endMs: number, variants: VariantPhase[]}} Phase
 * @typedef {{fleetCreateMs: number, trafficShiftMs: number, deleteMs: number}} Timings
 */

/** The effective policy of a DeploymentConfig (none = ALL_AT_ONCE without baking). @param {any} dc @returns {Policy} */
export function normalizePolicy(dc) {
  const alarms = (dc?.AutoRollbackConfiguration?.Alarms ?? []).map((a) => a.AlarmName).filter((n) => n !== undefined);
  const ru = dc?.RollingUpdatePolicy;
  if (ru) {
    return {
      type: 'ROLLING',
      waitS: ru.WaitIntervalInSeconds,
      batch: ru.MaximumBatchSize,
      rollbackBatch: ru.RollbackMaximumBatchSize,
      terminationS: 0,
      maxS: ru.MaximumExecutionTimeoutInSeconds,
      alarms,
    };
  }
  const bg = dc?.BlueGreenUpdatePolicy;
  const t = bg?.TrafficRoutingConfiguration;
  return {
    type: t?.Type ?? 'ALL_AT_ONCE',
    waitS: t?.WaitIntervalInSeconds ?? 0,
    canary: t?.CanarySize,
    linear: t?.LinearStepSize,
    terminationS: bg?.TerminationWaitInSeconds ?? 0,
    maxS: bg?.MaximumExecutionTimeoutInSeconds,
    alarms,
  };
}

/** Instances of a CapacitySize for a variant of n instances (a percentage rounds down, at least 1). */
export const sizeOf = (size, n) => (size.Type === 'INSTANCE_COUNT' ? size.Value : Math.max(1, Math.floor((n * size.Value) / 100)));
export const percentOf = (size, n) => (size.Type === 'INSTANCE_COUNT' ? (100 * size.Value) / n : size.Value);
const pct = (x) => `${Math.round(x * 100)}%`;

/** @param {Policy} p @param {FleetVariant[]} fleet */
const linearSteps = (p, fleet) => Math.max(...fleet.map((v) => Math.ceil(v.count / sizeOf(p.linear, v.count))));

/**
 * Rules of a blue/green policy against the fleet it deploys. Throws ValidationException.
 * @param {Policy} p @param {FleetVariant[]} fleet
 */
export function validatePolicy(p, fleet) {
  if (p.type === 'ROLLING') return validateRolling(p, fleet);
  if (p.type === 'CANARY' && !p.canary) throw validationError('CanarySize must be specified when TrafficRoutingConfiguration Type is CANARY.');
  if (p.type === 'LINEAR' && !p.linear) throw validationError('LinearStepSize must be specified when TrafficRoutingConfiguration Type is LINEAR.');
  if (p.type !== 'CANARY' && p.canary) throw validationError('CanarySize can only be specified when TrafficRoutingConfiguration Type is CANARY.');
  if (p.type !== 'LINEAR' && p.linear) throw validationError('LinearStepSize can only be specified when TrafficRoutingConfiguration Type is LINEAR.');
  for (const v of fleet) {
    if (p.canary && (percentOf(p.canary, v.count) > 50 || 2 * sizeOf(p.canary, v.count) > v.count)) {
      throw validationError(`CanarySize (${p.canary.Type} ${p.canary.Value}) must be at most 50% of the instance count (${v.count}) of production variant "${v.VariantName}".`);
    }
    if (p.linear && (percentOf(p.linear, v.count) < 10 || percentOf(p.linear, v.count) > 50)) {
      throw validationError(`LinearStepSize (${p.linear.Type} ${p.linear.Value}) must be between 10% and 50% of the instance count (${v.count}) of production variant "${v.VariantName}".`);
    }
  }
  const bakes = p.type === 'LINEAR' ? linearSteps(p, fleet) - 1 : 1;
  const total = p.waitS * bakes + p.terminationS;
  if (p.maxS !== undefined && p.maxS <= total) {
    throw validationError(`MaximumExecutionTimeoutInSeconds (${p.maxS}) must be greater than the total baking time of the deployment (${total} seconds of WaitIntervalInSeconds and TerminationWaitInSeconds).`);
  }
}

/**
 * The phases of a deployment started at startMs.
 * @param {Policy} p @param {FleetVariant[]} fleet @param {number} startMs @param {Timings} tm
 * @returns {{phases: Phase[], trafficEndMs: number, endMs: number}}
 */
export function plan(p, fleet, startMs, tm) {
  /** @type {Phase[]} */
  const phases = [];
  let t = startMs;
  /** @param {string} status @param {number} ms @param {(v: FleetVariant) => VariantPhase} each */
  const add = (status, ms, each) => {
    if (ms > 0) phases.push({ status, startMs: t, endMs: t + ms, variants: fleet.map(each) });
    t += ms;
  };
  const shift = (label, n, count) => ({ fraction: n / count, instances: count, message: `Activating traffic on ${label} of ${n} instance(s) (${pct(n / count)} of capacity).` });
  const bake = (what, s, label, n, count) => ({ fraction: n / count, instances: count, message: `Baking for ${s} seconds (${what}) with traffic enabled on ${label}${n === undefined ? '' : ` of ${n} instance(s)`}.` });
  const full = () => add('ActivatingTraffic', tm.trafficShiftMs, (v) => shift('full capacity', v.count, v.count));

  if (p.type === 'ROLLING') return planRolling(p, fleet, startMs, tm);
  add('Creating', tm.fleetCreateMs, (v) => ({ fraction: 0, instances: 0, message: `Launching ${v.count} instance(s) for the new fleet.` }));
  if (p.type === 'CANARY') {
    const c = (v) => sizeOf(p.canary, v.count);
    add('ActivatingTraffic', tm.trafficShiftMs, (v) => shift('canary capacity', c(v), v.count));
    add('Baking', p.waitS * 1000, (v) => bake('WaitIntervalInSeconds', p.waitS, 'canary capacity', c(v), v.count));
    full();
  } else if (p.type === 'LINEAR') {
    const steps = linearSteps(p, fleet);
    const at = (v, i) => Math.min(v.count, i * sizeOf(p.linear, v.count));
    for (let i = 1; i < steps; i++) {
      add('ActivatingTraffic', tm.trafficShiftMs, (v) => shift('linear step capacity', at(v, i), v.count));
      add('Baking', p.waitS * 1000, (v) => bake('WaitIntervalInSeconds', p.waitS, 'linear step capacity', at(v, i), v.count));
    }
    full();
  } else {
    full();
    add('Baking', p.waitS * 1000, (v) => ({ ...bake('WaitIntervalInSeconds', p.waitS, 'full capacity', undefined, v.count), fraction: 1 }));
  }
  add('Baking', p.terminationS * 1000, (v) => ({ ...bake('TerminationWaitInSeconds', p.terminationS, 'full capacity', undefined, v.count), fraction: 1 }));
  const trafficEndMs = t;
  add('Deleting', tm.deleteMs, (v) => ({ fraction: 1, instances: v.count, message: 'Terminating the old fleet.' }));
  return { phases, trafficEndMs, endMs: t };
}

/**
 * Where a deployment is at `now`.
 * @param {{startMs: number, policy: Policy, fleet: FleetVariant[], fleetFailure?: string|null}} dep
 * @param {Timings} tm @param {Record<string, any>} alarms @param {number} now
 * @returns {{kind: 'inProgress', phase: Phase}
 *   | {kind: 'rollingBack'|'rolledBack', atMs: number, endMs: number, reason: string}
 *   | {kind: 'completed', endMs: number}}
 */
export function evaluate(dep, tm, alarms, now) {
  const { phases, trafficEndMs, endMs } = plan(dep.policy, dep.fleet, dep.startMs, tm);
  /** @type {{atMs: number, reason: string}[]} */
  const triggers = [];
  if (dep.fleetFailure) triggers.push({ atMs: dep.startMs + tm.fleetCreateMs, reason: dep.fleetFailure });
  const alarm = firstAlarm(alarms, dep.policy.alarms, dep.startMs, Math.max(trafficEndMs, dep.startMs + 1));
  if (alarm) {
    triggers.push({ atMs: alarm.atMs, reason: `Deployment was rolled back because CloudWatch alarm(s) [${alarm.names.join(', ')}] went into ALARM state.` });
  }
  if (dep.policy.maxS !== undefined && dep.startMs + dep.policy.maxS * 1000 < trafficEndMs) {
    triggers.push({
      atMs: dep.startMs + dep.policy.maxS * 1000,
      reason: `Deployment was rolled back because it did not complete within MaximumExecutionTimeoutInSeconds (${dep.policy.maxS} seconds).`,
    });
  }
  const fired = triggers.filter((x) => x.atMs <= now).sort((a, b) => a.atMs - b.atMs)[0];
  if (fired) {
    const end = fired.atMs + rollbackMs(dep.policy, dep.fleet, tm);
    return { kind: now < end ? 'rollingBack' : 'rolledBack', atMs: fired.atMs, endMs: end, reason: fired.reason };
  }
  const phase = phases.find((ph) => ph.startMs <= now && now < ph.endMs);
  if (now >= endMs || !phase) return { kind: 'completed', endMs };
  return { kind: 'inProgress', phase };
}
