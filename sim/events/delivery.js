/**
 * Delivery of events to API destinations, as EventBridge does it: every enabled rule of the event's account and
 * Region whose pattern matches sends the event (or its transformation) to each of its targets with the
 * connection's authorization header, its header parameters, the target's header parameters and the fixed headers
 * EventBridge adds. A 2xx answer delivers; 429, 5xx, a network error or no answer within 5 s is retried with
 * exponential backoff on the virtual clock (1 s doubling to 60 s, or the Retry-After the server sent) until the
 * target's RetryPolicy (default 185 retries, 24 h) runs out; any other answer is dropped at once. A dropped or
 * expired event goes to the target's dead-letter queue when it has one (recorded only). Every delivery is recorded
 * for GET /_sim/events/deliveries (the authorization header is never recorded). With the config flag
 * `eventDuplicates` each matched event is delivered twice (EventBridge delivers at least once).
 */
import { connectionByArn } from './connections.js';
import { matches, parsePattern, transform } from './pattern.js';
import { eventsOf } from './rules.js';

export const TIMEOUT_MS = 5000;
const FIXED_HEADERS = { 'user-agent': 'Amazon/EventBridge/ApiDestinations', 'content-type': 'application/json; charset=utf-8', range: 'bytes=0-1048575' };
const BODY_SHOWN = 500;

/**
 * @typedef {{id: number, eventId: string, rule: string, target: string, endpoint: string, method: string, body: string,
 *   attempts: {atMs: number, status: number|null, error?: string, answer?: string}[], outcome: string, deadLetterArn?: string}} Delivery
 */

export class EventBus {
  /** @param {import('../server.js').SimCore} core */
  constructor(core) {
    this.core = core;
    /** @type {Delivery[]} */
    this.deliveries = [];
    this.generation = 0;
    /** @type {Set<Promise<void>>} */
    this.pending = new Set();
  }

  /** Matches an event against the rules of its account and Region and starts the deliveries. @param {any} event */
  publish(event) {
    if (!event) return;
    const data = this.core.state.data.accounts?.[event.account]?.[event.region];
    if (!data) return;
    const events = eventsOf(data);
    const copies = this.core.config.eventDuplicates ? 2 : 1;
    for (const rule of Object.values(events.rules)) {
      if (rule.State !== 'ENABLED' || !matches(parsePattern(rule.EventPattern), event)) continue;
      for (const target of rule.targets) {
        for (let i = 0; i < copies; i++) this.start(events, rule, target, event);
      }
    }
  }

  /** @param {any} events @param {any} rule @param {any} target @param {any} event */
  start(events, rule, target, event) {
    const destination = Object.values(events.apiDestinations).find((d) => d.ApiDestinationArn === target.Arn);
    const connection = destination && connectionByArn(events, destination.ConnectionArn);
    /** @type {Delivery} */
    const d = {
      id: this.deliveries.length + 1, eventId: event.id, rule: rule.Name, target: target.Id, endpoint: destination?.InvocationEndpoint ?? '',
      method: destination?.HttpMethod ?? '', body: bodyOf(target, event, { name: rule.Name, arn: rule.Arn }), attempts: [], outcome: 'pending',
    };
    this.deliveries.push(d);
    if (!destination || !connection) return this.finish(d, target, 'failed: the API destination or its connection does not exist');
    const headers = { ...headerParams(connection.InvocationHttpParameters), ...target.HttpParameters?.HeaderParameters, ...FIXED_HEADERS, [connection.ApiKeyName]: connection.ApiKeyValue };
    const run = this.attempts(d, target, headers, this.generation).catch((e) => this.finish(d, target, `failed: ${e}`));
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  /** @param {Delivery} d @param {any} target @param {Record<string, string>} headers @param {number} generation */
  async attempts(d, target, headers, generation) {
    const maxRetries = target.RetryPolicy?.MaximumRetryAttempts ?? 185;
    const maxAgeMs = (target.RetryPolicy?.MaximumEventAgeInSeconds ?? 86400) * 1000;
    const born = this.core.clock.now();
    for (let attempt = 0; ; attempt++) {
      if (generation !== this.generation) return;
      const answer = await send(d, headers);
      d.attempts.push({ atMs: this.core.clock.now(), ...answer });
      const status = answer.status;
      if (status !== null && status >= 200 && status < 300) return this.finish(d, target, 'delivered');
      const retryable = status === null || status === 429 || status >= 500;
      if (!retryable) return this.finish(d, target, 'dropped');
      const delay = retryAfterMs(answer.retryAfter) ?? Math.min(1000 * 2 ** attempt, 60_000);
      if (attempt >= maxRetries || this.core.clock.now() + delay - born > maxAgeMs) return this.finish(d, target, 'retries-exhausted');
      await this.until(this.core.clock.now() + delay, generation);
    }
  }

  /** Waits until the virtual clock reaches dueMs (polling, so /_sim/clock advances and clockSpeed both work). */
  async until(dueMs, generation) {
    while (this.core.clock.now() < dueMs && generation === this.generation) await new Promise((r) => setTimeout(r, 20).unref());
  }

  /** @param {Delivery} d @param {any} target @param {string} outcome */
  finish(d, target, outcome) {
    d.outcome = outcome;
    if (outcome !== 'delivered' && target.DeadLetterConfig?.Arn) d.deadLetterArn = target.DeadLetterConfig.Arn;
  }

  /** The recorded deliveries (GET /_sim/events/deliveries). */
  list() {
    return structuredClone(this.deliveries);
  }

  /** Resolves when no delivery is in flight (tests; POST /_sim/events/settle). */
  async settle() {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  /** A reset: in-flight deliveries stop at their next step, the record is cleared. */
  clear() {
    this.generation++;
    this.deliveries = [];
  }
}

/** @param {any} target @param {any} event @param {{name: string, arn: string}} rule */
function bodyOf(target, event, rule) {
  if (target.InputTransformer) return transform(target.InputTransformer, event, rule);
  if (target.Input !== undefined) return target.Input;
  if (target.InputPath !== undefined) return transform({ InputPathsMap: { v: target.InputPath }, InputTemplate: '<v>' }, event, rule);
  return JSON.stringify(event);
}

/** @param {any} http */
const headerParams = (http) => Object.fromEntries((http?.HeaderParameters ?? []).map((h) => [h.Key, h.Value]));

/** @param {string|undefined} value */
function retryAfterMs(value) {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Number(value) * 1000;
}

/** One HTTP attempt. @param {Delivery} d @param {Record<string, string>} headers */
async function send(d, headers) {
  try {
    const res = await fetch(d.endpoint, { method: d.method, headers, body: d.method === 'GET' ? undefined : d.body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = (await res.text()).slice(0, BODY_SHOWN);
    return { status: res.status, ...(text ? { answer: text } : {}), retryAfter: res.headers.get('retry-after') ?? undefined };
  } catch (e) {
    return { status: null, error: /** @type {Error} */ (e).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS} ms` : String(/** @type {Error} */ (e).message).slice(0, BODY_SHOWN) };
  }
}
