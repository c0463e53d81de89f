/**
 * Control routes of the operations simulation (JSON in and out, not logged):
 *   POST /_sim/runtime {endpointConfigName | image, latencyMs?, errorRate?, seed?, region?}   runtime profile (profiles.js)
 *   POST /_sim/runtime/traffic {endpointName, requests, minutes, region?}   production traffic over virtual minutes
 *        (traffic.js): recorded for CloudWatch's per-variant metrics and mirrored to a running shadow test
 *   POST /_sim/autoscaling/capacity {endpointName, variantName, desiredInstanceCount, region?}
 *        sets a live variant's instance count at once (a scale-out/in by Application Auto Scaling): DescribeEndpoint
 *        then shows CurrentInstanceCount = DesiredInstanceCount = the new count. Refused (400) while the endpoint has an
 *        operation in progress, outside the registered target's [MinCapacity, MaxCapacity], or above `instanceLimit`.
 * Each takes `account` (12 digits; default the simulator's): the account whose endpoint or configuration it addresses.
 * Answers null for other paths.
 */
import { findVariant, targetsOf } from '../autoscaling/targets.js';
import { assertInstanceLimit } from '../sagemaker/quotas.js';
import { seedProfile } from './profiles.js';
import { controlAccount, defaultCaller } from '../accounts.js';
import { generateTraffic } from './traffic.js';

/** @param {any} core @param {any} body @param {string} account */
function setCapacity(core, body, account) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('capacity must be a JSON object');
  const extra = Object.keys(body).filter((k) => !['endpointName', 'variantName', 'desiredInstanceCount', 'region'].includes(k));
  if (extra.length) throw new TypeError(`unknown member(s): ${extra.join(', ')}`);
  const { endpointName, variantName, desiredInstanceCount: n, region = 'us-east-1' } = body;
  if (typeof endpointName !== 'string' || typeof variantName !== 'string') throw new TypeError('endpointName and variantName are required strings');
  if (!Number.isInteger(n) || n < 1) throw new TypeError('desiredInstanceCount must be an integer >= 1');
  if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) throw new TypeError('region must be a region name');
  const ctx = core.context(region, body, defaultCaller(core, account));
  const { e, v } = findVariant(ctx, endpointName, variantName);
  if (!e || !v) throw new TypeError(`endpoint ${endpointName} with variant ${variantName} does not exist`);
  if (e.op || e.status !== 'InService') throw new TypeError(`endpoint ${endpointName} is not InService with no operation in progress`);
  const t = targetsOf(ctx.data)[`endpoint/${endpointName}/variant/${variantName}|sagemaker:variant:DesiredInstanceCount`];
  if (t && (n < t.MinCapacity || n > t.MaxCapacity)) throw new TypeError(`desiredInstanceCount ${n} is outside the scalable target's [${t.MinCapacity}, ${t.MaxCapacity}]`);
  try {
    assertInstanceLimit(ctx, [{ ...v, count: n - v.count }]);
  } catch (err) {
    throw new TypeError(/** @type {Error} */ (err).message);
  }
  v.count = n;
  e.lastModifiedMs = ctx.now;
  ctx.changed();
  return { endpointName: e.EndpointName, variantName, desiredInstanceCount: n };
}

/**
 * @param {import('../server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {any} input parsed JSON body
 * @returns {object|null} the answer, or null when the route is not one of these
 */
export function operateControl(core, req, input) {
  const route = `${req.method} ${new URL(req.url ?? '/', 'http://sim').pathname.replace(/\/+$/, '')}`;
  if (!['POST /_sim/runtime', 'POST /_sim/autoscaling/capacity', 'POST /_sim/runtime/traffic'].includes(route)) return null;
  const { account, rest } = controlAccount(core, input);
  if (route === 'POST /_sim/runtime') {
    const out = seedProfile(core.seedContext(account), rest);
    core.state.save(core.clock.now());
    return out;
  }
  if (route === 'POST /_sim/autoscaling/capacity') return setCapacity(core, rest, account);
  return generateTraffic(core, rest, account);
}
