/**
 * The pieces of registry authentication: WWW-Authenticate challenges, the Bearer token cache of the run, the
 * token server's answer, Basic credentials, and where credentials may be sent (same origin, https or loopback).
 */
import { createHash } from 'node:crypto';
import { ActionError } from '../errors.js';
import type { RegistryCredentials } from './credentials.js';

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

export interface CachedToken {
  token: string;
  expiresAt: number;
}

const TOKEN_TTL_MARGIN_MS = 10_000;
const tokenCache = new Map<string, CachedToken>();

/** Forgets the Bearer tokens of this run. */
export function clearTokenCache(): void {
  tokenCache.clear();
}

/** The cached token for a realm, service, scope and credentials; undefined when there is none or it has expired. */
export function cachedToken(key: string): CachedToken | undefined {
  const cached = tokenCache.get(key);
  return cached && cached.expiresAt > Date.now() ? cached : undefined;
}

export function cacheToken(key: string, token: CachedToken): void {
  tokenCache.set(key, token);
}

/** The cache key of a token: realm, service, scope and (hashed) credentials. */
export function tokenKey(realm: string, service: string | undefined, scope: string, creds?: RegistryCredentials): string {
  return [realm, service ?? '', scope, creds ? credentialKey(creds) : ''].join('\n');
}

/** The token in a token server's 200 answer, with its expiry (60 s when not given, less a safety margin). */
export async function readToken(res: Response, failed: (what: string) => ActionError): Promise<CachedToken> {
  let json: { token?: unknown; access_token?: unknown; expires_in?: unknown };
  try {
    json = (await res.json()) as typeof json;
  } catch (err) {
    if (err instanceof ActionError) throw err; // too large, or broke off on the way
    throw failed('answered with something that is not JSON');
  }
  const token = typeof json.token === 'string' && json.token ? json.token : json.access_token;
  if (typeof token !== 'string' || !token) throw failed('answered without a token or access_token');
  const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 60;
  return { token, expiresAt: Date.now() + seconds * 1000 - TOKEN_TTL_MARGIN_MS };
}

const CHALLENGE_PART = /[\s,]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*(=)\s*(?:"((?:[^"\\]|\\.)*)"?|([!#$%&'*+.^_`|~0-9A-Za-z-]+))?)?/y;

/** Parses WWW-Authenticate: challenges, each a scheme and comma-separated key=value or key="quoted" params. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  const part = new RegExp(CHALLENGE_PART);
  for (let pos = 0; pos < header.length; ) {
    part.lastIndex = pos;
    const m = part.exec(header);
    if (!m) {
      pos++;
      continue;
    }
    pos = part.lastIndex;
    const [, name, equals, quoted, bare] = m;
    if (!equals) out.push({ scheme: name!.toLowerCase(), params: {} });
    else if (out.length) out[out.length - 1]!.params[name!.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  }
  return out;
}

/** The WWW-Authenticate header of a 401 (the body is discarded). */
export async function challengeOf(res: Response): Promise<string | null> {
  await res.body?.cancel();
  return res.headers.get('www-authenticate');
}

export function basicAuth(creds: RegistryCredentials): string {
  return Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
}

function credentialKey(creds: RegistryCredentials): string {
  return createHash('sha256').update(`${creds.username}\n${creds.password}`).digest('hex');
}

export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}
