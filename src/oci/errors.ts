/**
 * What went wrong talking to a registry: the error codes of its JSON error bodies, why a fetch failed (and whether
 * trying again is worth it), and the error for a streamed body that did not get through.
 */
import { ActionError } from '../errors.js';

/** A streamed request body that did not get through (network failure or time-out): worth another try from the start. */
export class TransientError extends ActionError {
  override name = 'TransientError';
}

/**
 * The registry wants credentials and none were given (or it does not allow anonymous access): the one refusal
 * `resolve-digest: auto` may answer by registering the tag unpinned.
 */
export class CredentialsRequiredError extends ActionError {
  override name = 'CredentialsRequiredError';
}

/** A failed fetch: a few words for the message; TLS failures and final ones are not retried. */
export interface NetworkFailure {
  reason: string;
  tls: boolean;
  final?: boolean;
}

/** The error codes of a registry's JSON error body (consumes the body). */
export async function errorCodes(res: Response): Promise<string[]> {
  try {
    const doc = JSON.parse(await res.text()) as { errors?: { code?: unknown }[] };
    return (doc.errors ?? []).map((e) => e.code).filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}

/** A certificate the runner does not trust: the registry speaks TLS, so plain http is no fallback. */
export const CERT_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)/;

const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/;

/** Why fetch failed, in a few words; TLS failures and unknown hosts are not worth retrying. */
export function networkFailure(err: unknown, timeoutMs: number): NetworkFailure {
  const e = err as { name?: string; message?: string; cause?: { code?: string; name?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') {
    return { reason: `no answer within ${Math.round(timeoutMs / 100) / 10} s`, tls: false };
  }
  const code = e?.cause?.code;
  // ENOTFOUND: the name does not exist (a typo stays a typo); EAI_AGAIN is a resolver hiccup worth retrying.
  if (code === 'ENOTFOUND') return { reason: 'DNS lookup failed: ENOTFOUND, no such host', tls: false, final: true };
  if (code === 'EAI_AGAIN') return { reason: `DNS lookup failed: ${code}`, tls: false };
  if (code && TLS_CODE.test(code)) return { reason: `TLS error ${code}`, tls: true };
  return { reason: code ?? e?.cause?.message ?? e?.message ?? String(err), tls: false };
}

/** The wait a Retry-After header asks for (seconds or an HTTP date), 0 when there is none. */
export function retryAfterMs(value: string | null | undefined): number {
  if (!value) return 0;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}
