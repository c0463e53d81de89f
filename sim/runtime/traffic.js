/**
 * The invocations an endpoint answered, kept for CloudWatch's per-variant metrics (cloudwatch/metric-data.js), and
 * the shadow copies of them.
 *
 *   - Each InvokeEndpoint answered by a production variant is recorded: {t, v (variant), ms (model latency), err}.
 *   - `POST /_sim/runtime/traffic {endpointName, requests, minutes, region?}` (control API) records `requests`
 *     production invocations spread evenly over the next `minutes` virtual minutes, each answered by the live
 *     configuration's profile (latency, error rate; profiles.js), as a real InvokeEndpoint would be. They count only
 *     once the virtual clock has passed them.
 *   - Shadow copies are computed when metrics are read: production invocation number i (of the endpoint) made while
 *     an inference experiment on the endpoint was Running is mirrored to its shadow variant when draw(seed, i) is below
 *     SamplingPercentage / 100, answered by the profile of the shadow model's image.
 * `err` is 1 for a model error (InvocationModelErrors); the simulator raises no Invocation5XXErrors of its own.
 */
import { defaultCaller } from '../accounts.js';
import { containersOf, findModel } from '../sagemaker/models.js';
import { currentStatus, endpointsOf, settle } from '../sagemaker/endpoint-state.js';
import { experimentState, experimentsOf } from '../sagemaker/inference-experiments.js';
import { findEndpointConfig } from '../sagemaker/endpoint-configs.js';
import { draw, imageKey, latencyOf, profilesOf } from './profiles.js';

const MAX_REQUESTS = 100000;

/** Recorded production invocations of a region by lower-cased endpoint name. @param {any} data @returns {Record<string, any[]>} */
export const invocationsOf = (data) => (data.invocationLog ??= {});

/** Records kept per endpoint: the oldest go first (a long-lived simulator stays small). */
export const MAX_RECORDS = 200000;

/** @param {any} data @param {string} endpointName @param {{t: number, v: string, ms: number, err: number}} rec */
export function recordInvocation(data, endpointName, rec) {
  const log = (invocationsOf(data)[endpointName.toLowerCase()] ??= []);
  log.push(rec);
  if (log.length > MAX_RECORDS) log.splice(0, log.length - MAX_RECORDS);
}

/** The profile answering for a configuration, else for a model's image. @param {any} ctx @param {string|undefined} configName @param {string|undefined} modelName */
export function profileFor(ctx, configName, modelName) {
  const profiles = profilesOf(ctx.data);
  const byConfig = configName ? profiles[configName.toLowerCase()] : undefined;
  if (byConfig) return byConfig;
  const model = modelName ? findModel(ctx, modelName) : null;
  const image = model ? containersOf(model)[0]?.Image : undefined;
  return image ? profiles[imageKey(image)] : undefined;
}

/** One answer of a profile to invocation n. @param {any} p @param {number} n */
const answerOf = (p, n) => ({ ms: p ? latencyOf(p.latencyMs, p.seed, n) : 0, err: p !== undefined && draw(p.seed, n, 'error') < p.errorRate ? 1 : 0 });

/** @param {any} core the simulator core @param {any} body @param {string} [account] default the simulator's */
export function generateTraffic(core, body, account) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('traffic must be a JSON object');
  const extra = Object.keys(body).filter((k) => !['endpointName', 'requests', 'minutes', 'region'].includes(k));
  if (extra.length) throw new TypeError(`unknown member(s): ${extra.join(', ')}`);
  const { endpointName, requests, minutes, region = 'us-east-1' } = body;
  if (typeof endpointName !== 'string') throw new TypeError('endpointName is a required string');
  if (!Number.isInteger(requests) || requests < 1 || requests > MAX_REQUESTS) throw new TypeError(`requests must be an integer in [1, ${MAX_REQUESTS}]`);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) throw new TypeError('minutes must be an integer in [1, 1440]');
  if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) throw new TypeError('region must be a region name');
  const ctx = core.context(region, body, defaultCaller(core, account));
  const stored = endpointsOf(ctx.data)[endpointName.toLowerCase()];
  const e = stored ? settle(ctx, stored) : null;
  if (!e || currentStatus(ctx, e) !== 'InService') throw new TypeError(`endpoint ${endpointName} does not exist or is not InService`);
  const v = findEndpointConfig(ctx, e.EndpointConfigName)?.ProductionVariants[0];
  const p = profileFor(ctx, e.EndpointConfigName, v?.ModelName);
  const step = (minutes * 60000) / requests;
  for (let k = 0; k < requests; k++) {
    const n = e.invocations ?? 0;
    e.invocations = n + 1;
    recordInvocation(ctx.data, e.EndpointName, { t: ctx.now + (k + 0.5) * step, v: v?.VariantName ?? e.fleet[0].VariantName, ...answerOf(p, n) });
  }
  ctx.changed();
  return { endpointName: e.EndpointName, requests, fromMs: ctx.now, toMs: ctx.now + minutes * 60000 };
}

/**
 * The invocations a variant of an endpoint answered in [fromMs, toMs) and before now: its own, or, for an
 * experiment's shadow variant, the copies it received.
 * @param {any} ctx @param {string} endpointName @param {string} variantName @param {{fromMs: number, toMs: number}} range
 * @returns {{t: number, ms: number, err: number}[]}
 */
export function variantInvocations(ctx, endpointName, variantName, range) {
  const all = invocationsOf(ctx.data)[endpointName.toLowerCase()] ?? [];
  const inRange = (/** @type {number} */ t) => t >= range.fromMs && t < range.toMs && t <= ctx.now;
  const own = all.filter((r) => r.v === variantName && inRange(r.t));
  const experiments = Object.values(experimentsOf(ctx.data)).filter((x) => x.EndpointName.toLowerCase() === endpointName.toLowerCase() && x.shadowVariant === variantName);
  const copies = experiments.flatMap((x) => {
    const { runningMs, endMs } = experimentState(x, ctx.now);
    const p = profileFor(ctx, undefined, x.shadowModel);
    return all.flatMap((r, i) => (r.t >= runningMs && r.t < endMs && inRange(r.t) && draw(x.seed, i, 'sample') < x.sampling / 100 ? [{ t: r.t, ...answerOf(p, i) }] : []));
  });
  return [...own, ...copies];
}
