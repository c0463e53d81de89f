/**
 * fetch for the registry transport: a time-out per attempt within the run's deadline, retries of network errors,
 * 429 and 5xx with exponential backoff and Retry-After, and redirects followed by hand: https only (plain http only
 * when the registry itself is loopback or explicitly insecure), Authorization only to the registry's own origin.
 * Streamed request bodies are sent once (never replayed).
 */
import { ActionError } from '../errors.js';
import { sameOrigin } from './auth.js';
import { networkFailure, retryAfterMs, TransientError, type NetworkFailure } from './errors.js';

export type Logger = { info(message: string): void; warning(message: string): void };
export type Sleep = (ms: number) => Promise<void>;

export interface SendInit {
  headers?: Record<string, string>;
  /** A ReadableStream is streamed once (duplex: 'half'): no retries and no replay after a 401. */
  body?: Uint8Array | string | ReadableStream<Uint8Array>;
  /** Replaces the per-attempt time-out; the caller then owns time-outs (for example an idle timer). */
  signal?: AbortSignal;
}

/** How to fetch and retry, and the repository the messages name. */
export interface RetryPolicy {
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  sleep: Sleep;
  log?: Logger;
  repository: string;
  /** Date.now() after which no new attempt starts and no wait begins (the run's time budget). */
  deadline?: number;
  /** Redirects to plain http are followed (the registry is loopback or explicitly insecure). */
  allowHttp?: boolean;
}

/** One request: where to, and the origin that may receive its Authorization header. */
export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** For messages: "registry host" or "token server host". */
  what: string;
  init?: SendInit;
  /** Authorization is dropped on a redirect away from this origin (default: the origin of url). */
  origin?: string;
}

/** The response and the URL that answered it (after redirects). */
export interface Fetched {
  res: Response;
  url: string;
}

const MAX_DELAY_MS = 60_000;
const MAX_REDIRECTS = 5;

export const defaultSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The error for a run whose time budget is spent. */
export function budgetError(what: string, repository: string): ActionError {
  return new ActionError(`The run's time budget ran out while talking to ${what} for ${repository}; nothing more was asked of it.`);
}

/** fetch with a time-out per attempt, retrying network errors, 429 and 5xx with exponential backoff. */
export async function fetchWithRetries(policy: RetryPolicy, req: FetchRequest): Promise<Fetched> {
  const init = req.init ?? {};
  const streamed = init.body instanceof ReadableStream;
  const attempts = streamed ? 1 : policy.retries + 1;
  const repo = policy.repository;
  for (let attempt = 1; ; attempt++) {
    const remaining = remainingMs(policy);
    if (remaining <= 0) throw budgetError(req.what, repo);
    let got: Fetched | undefined;
    let failure: NetworkFailure | undefined;
    try {
      const timeout = AbortSignal.timeout(Math.min(policy.timeoutMs, remaining));
      const signal = !init.signal ? timeout : policy.deadline === undefined ? init.signal : AbortSignal.any([init.signal, AbortSignal.timeout(remaining)]);
      got = await followRedirects(policy, req, signal);
    } catch (err) {
      if (err instanceof ActionError) throw err;
      failure = networkFailure(err, policy.timeoutMs);
    }
    const res = got?.res;
    if (got && res!.status !== 429 && res!.status < 500) return got;
    const reason = res ? `HTTP ${res.status}` : failure!.reason;
    if (attempt >= attempts || failure?.tls || failure?.final || init.signal?.aborted) {
      if (got) return got;
      const hint = failure?.tls ? 'check its certificate, or whether it only speaks plain http' : 'check the host, port and network access from the runner';
      const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
      const message = streamed
        ? `Sending data to ${req.what} for ${repo} failed (${reason}).`
        : `Cannot reach ${req.what} for ${repo} (${reason}) after ${tries}: ${hint}.`;
      throw streamed && !failure?.tls ? new TransientError(message) : new ActionError(message);
    }
    const delay = Math.min(MAX_DELAY_MS, Math.max(1000 * 2 ** (attempt - 1), retryAfterMs(res?.headers.get('retry-after'))));
    await res?.body?.cancel();
    if (delay >= remainingMs(policy)) throw budgetError(req.what, repo);
    policy.log?.warning(`Request to ${req.what} for ${repo} failed (${reason}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`);
    await policy.sleep(delay);
  }
}

function remainingMs(policy: RetryPolicy): number {
  return policy.deadline === undefined ? Number.POSITIVE_INFINITY : policy.deadline - Date.now();
}

/**
 * One attempt, following up to 5 redirects by hand: https only (http only when policy.allowHttp), Authorization
 * kept only while the target stays on the registry's own origin.
 */
async function followRedirects(policy: RetryPolicy, req: FetchRequest, signal: AbortSignal): Promise<Fetched> {
  const origin = req.origin ?? req.url;
  let { url, method } = req;
  let headers = { ...req.headers };
  let body = req.init?.body;
  for (let hop = 0; ; hop++) {
    // A streamed body with any redirect mode but 'error' is teed by fetch for a replay, holding every byte sent in memory.
    const redirect = body instanceof ReadableStream ? 'error' : 'manual';
    const res = await policy.fetch(url, { method, headers, signal, redirect, ...(body !== undefined ? { body, duplex: 'half' } : {}) } as RequestInit);
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location) return { res, url };
    await res.body?.cancel();
    const next = redirectTarget(location, url, policy, req.what);
    if (hop >= MAX_REDIRECTS) throw new ActionError(`${req.what} for ${policy.repository} redirected more than ${MAX_REDIRECTS} times.`);
    if (body instanceof ReadableStream) throw new ActionError(`${req.what} for ${policy.repository} redirected an upload, which cannot be sent twice.`);
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
    }
    if (!sameOrigin(next, origin)) {
      headers = { ...headers };
      delete headers.Authorization;
    }
    url = next;
  }
}

/** The absolute URL of a redirect, refused when it is not http(s), or plain http without policy.allowHttp. */
function redirectTarget(location: string, base: string, policy: RetryPolicy, what: string): string {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new ActionError(`${what} for ${policy.repository} redirected to something that is not a URL.`);
  }
  if (next.protocol === 'https:' || (next.protocol === 'http:' && policy.allowHttp)) return next.toString();
  throw new ActionError(
    `${what} for ${policy.repository} redirected to ${next.protocol === 'http:' ? `plain http (${next.host})` : 'a URL that is not https'}; only https redirects are followed.`
  );
}
