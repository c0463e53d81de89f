/**
 * fetch for the registry transport: a time-out per attempt, and retries of network errors, 429 and 5xx with
 * exponential backoff and Retry-After. Streamed request bodies are sent once (never replayed).
 */
import { ActionError } from '../errors.js';
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
}

const MAX_DELAY_MS = 60_000;

export const defaultSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** fetch with a time-out per attempt, retrying network errors, 429 and 5xx with exponential backoff. */
export async function fetchWithRetries(
  policy: RetryPolicy,
  url: string,
  method: string,
  headers: Record<string, string>,
  what: string,
  init: SendInit
): Promise<Response> {
  const streamed = init.body instanceof ReadableStream;
  const attempts = streamed ? 1 : policy.retries + 1;
  const repo = policy.repository;
  for (let attempt = 1; ; attempt++) {
    let res: Response | undefined;
    let failure: NetworkFailure | undefined;
    try {
      const signal = init.signal ?? AbortSignal.timeout(policy.timeoutMs);
      res = await policy.fetch(url, { method, headers, signal, ...(init.body !== undefined ? { body: init.body, duplex: 'half' } : {}) } as RequestInit);
    } catch (err) {
      failure = networkFailure(err, policy.timeoutMs);
    }
    if (res && res.status !== 429 && res.status < 500) return res;
    const reason = res ? `HTTP ${res.status}` : failure!.reason;
    if (attempt >= attempts || failure?.tls || failure?.final || init.signal?.aborted) {
      if (res) return res;
      const hint = failure?.tls ? 'check its certificate, or whether it only speaks plain http' : 'check the host, port and network access from the runner';
      const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
      const message = streamed
        ? `Sending data to ${what} for ${repo} failed (${reason}).`
        : `Cannot reach ${what} for ${repo} (${reason}) after ${tries}: ${hint}.`;
      throw streamed && !failure?.tls ? new TransientError(message) : new ActionError(message);
    }
    const delay = Math.min(MAX_DELAY_MS, Math.max(1000 * 2 ** (attempt - 1), retryAfterMs(res?.headers.get('retry-after'))));
    await res?.body?.cancel();
    policy.log?.warning(`Request to ${what} for ${repo} failed (${reason}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`);
    await policy.sleep(delay);
  }
}
