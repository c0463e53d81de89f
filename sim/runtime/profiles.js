/**
 * Runtime behaviour of the models behind an endpoint configuration, set through the control API
 * (`POST /_sim/runtime`): a latency distribution and an error rate, drawn from a PRNG seeded per
 * configuration so a run repeats exactly (the n-th invocation answered by a configuration always gets the
 * same draws; n counts the endpoint's invocations). A profile may name an `image` instead of an
 * `endpointConfigName`: it then applies to a model serving that image where no configuration profile does (the
 * shadow variant of an inference experiment, which has no configuration of its own).
 */
import { createHash } from 'node:crypto';

/** Real delay is capped so a mistaken profile cannot hang a test. */
export const MAX_DELAY_MS = 5000;

/**
 * @typedef {{EndpointConfigName: string, latencyMs: number | number[] | {p50: number, p99: number}, errorRate: number,
 *   seed: number}} Profile
 */

/** Profiles of a region by lower-cased endpoint configuration name. @param {any} data @returns {Record<string, Profile>} */
export const profilesOf = (data) => (data.runtimeProfiles ??= {});

const isMs = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_DELAY_MS;

/** @param {unknown} l */
function checkLatency(l) {
  if (isMs(l)) return;
  if (Array.isArray(l) && l.length > 0 && l.length <= 1000 && l.every(isMs)) return;
  if (typeof l === 'object' && l !== null && !Array.isArray(l)) {
    const { p50, p99, ...rest } = /** @type {any} */ (l);
    if (Object.keys(rest).length === 0 && isMs(p50) && isMs(p99) && p99 >= p50) return;
  }
  throw new TypeError(`latencyMs must be a number, a non-empty list of numbers, or {p50, p99} with p50 <= p99 (ms, 0..${MAX_DELAY_MS})`);
}

/**
 * Set the profile of an endpoint configuration (control API).
 * @param {{store: (account: string, region: string) => any, account: string}} core @param {any} body
 */
export function seedProfile(core, body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('runtime profile must be a JSON object');
  const extra = Object.keys(body).filter((k) => !['endpointConfigName', 'image', 'latencyMs', 'errorRate', 'seed', 'region'].includes(k));
  if (extra.length) throw new TypeError(`unknown member(s): ${extra.join(', ')}`);
  const { endpointConfigName, image, latencyMs = 0, errorRate = 0, seed = 1, region = 'us-east-1' } = body;
  if (image !== undefined) {
    if (endpointConfigName !== undefined || typeof image !== 'string' || !image || image.length > 255) throw new TypeError('image must be an image URI (at most 255 characters), without endpointConfigName');
  } else if (typeof endpointConfigName !== 'string' || !/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(endpointConfigName)) {
    throw new TypeError('endpointConfigName must be an endpoint configuration name');
  }
  checkLatency(latencyMs);
  if (!(typeof errorRate === 'number' && errorRate >= 0 && errorRate <= 1)) throw new TypeError('errorRate must be a number in [0, 1]');
  if (!Number.isInteger(seed)) throw new TypeError('seed must be an integer');
  if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) throw new TypeError('region must be a region name');
  /** @type {Profile} */
  const p = { EndpointConfigName: endpointConfigName ?? '', latencyMs, errorRate, seed };
  profilesOf(core.store(core.account, region))[image !== undefined ? imageKey(image) : endpointConfigName.toLowerCase()] = p;
  return image !== undefined ? { image, latencyMs, errorRate, seed } : { endpointConfigName, latencyMs, errorRate, seed };
}

/** The key of an image's profile (a colon never appears in a configuration name). @param {string} image */
export const imageKey = (image) => `image:${image}`;

/** A uniform draw in [0, 1) from (seed, call, stream). */
export function draw(seed, call, stream) {
  const h = createHash('sha256').update(`${seed}:${call}:${stream}`).digest();
  return h.readUInt32BE(0) / 2 ** 32;
}

/**
 * Latency of invocation number `n` of a profile: a list is used in turn; {p50, p99} is log-normal with
 * that median and 99th percentile (capped at 2 × p99).
 * @param {Profile['latencyMs']} l @param {number} seed @param {number} n
 */
export function latencyOf(l, seed, n) {
  if (typeof l === 'number') return l;
  if (Array.isArray(l)) return /** @type {number} */ (l[n % l.length]);
  if (l.p50 === 0) return 0;
  const sigma = Math.log(l.p99 / l.p50) / 2.3263;
  const u1 = Math.max(draw(seed, n, 'u1'), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * draw(seed, n, 'u2'));
  return Math.round(Math.min(2 * l.p99, l.p50 * Math.exp(sigma * z)));
}
