/**
 * The account quota "<instance type> for endpoint usage" (Service Quotas): every instance of the region's
 * endpoints counts, the live fleets and the new fleets of updates in progress (during a blue/green
 * deployment both fleets run). The limit is the config option `instanceLimit` (the same for every type).
 */
import { AwsError } from '../errors.js';
import { endpointsOf } from './endpoint-state.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Instances of each type in use in the region. @param {OpContext} ctx @returns {Map<string, number>} */
export function instanceUsage(ctx) {
  /** @type {Map<string, number>} */
  const use = new Map();
  // Serverless variants run on no instances of the account's.
  const add = (v) => v.serverless || use.set(v.InstanceType, (use.get(v.InstanceType) ?? 0) + v.count);
  for (const e of Object.values(endpointsOf(ctx.data))) {
    for (const v of e.fleet) if (!v.failed) add(v);
    if (e.op?.kind === 'update') for (const v of e.op.fleet) add(v);
  }
  return use;
}

/**
 * ResourceLimitExceeded when adding `delta` (variants with InstanceType and count) would exceed the limit.
 * @param {OpContext} ctx @param {{InstanceType: string, count: number}[]} delta
 */
export function assertInstanceLimit(ctx, delta) {
  const limit = ctx.config.instanceLimit;
  const use = instanceUsage(ctx);
  /** @type {Map<string, number>} */
  const want = new Map();
  for (const v of delta) if (v.InstanceType !== undefined) want.set(v.InstanceType, (want.get(v.InstanceType) ?? 0) + v.count);
  for (const [type, d] of want) {
    const u = use.get(type) ?? 0;
    if (d > 0 && u + d > limit) {
      throw new AwsError('ResourceLimitExceeded', `The account-level service limit '${type} for endpoint usage' is ${limit} Instances, with current utilization of ${u} Instances and a request delta of ${d} Instances. Please use AWS Service Quotas to request an increase for this quota. If AWS Service Quotas is not available, contact AWS support to request an increase for this quota.`);
    }
  }
}
