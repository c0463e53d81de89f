/**
 * A Bearer token from a registry's token server (the realm of its challenge). The realm is named by the untrusted
 * registry: https only (plain http only when registry and realm are both loopback, or the registry is insecure);
 * the answer is capped; the token is masked the moment it exists.
 */
import { ActionError } from '../errors.js';
import { basicAuth, isLoopback, readToken, type CachedToken } from './auth.js';
import { capResponse } from './body.js';
import type { RegistryCredentials } from './credentials.js';
import { CredentialsRequiredError } from './errors.js';
import { fetchWithRetries, type RetryPolicy } from './fetch.js';
import { missingHint } from './refusals.js';

export interface TokenRequest {
  realm: string;
  service: string | undefined;
  scopes: string[];
  policy: RetryPolicy;
  registry: string;
  /** "Registry <host> (repository <name>)", for messages. */
  where: string;
  push: boolean;
  credentials: RegistryCredentials | undefined;
  insecure: boolean | undefined;
  setSecret: ((value: string) => void) | undefined;
}

function realmUrl(r: TokenRequest): URL {
  let url: URL;
  try {
    url = new URL(r.realm);
  } catch {
    throw new ActionError(`${r.where} sent a token realm that is not a URL: ${JSON.stringify(r.realm.slice(0, 100))}.`);
  }
  const httpOk = url.protocol === 'http:' && (r.insecure === true || (isLoopback(r.registry) && isLoopback(url.host)));
  if (url.protocol !== 'https:' && !httpOk) {
    throw new ActionError(`${r.where} sent a token realm over plain http (${url.origin.slice(0, 100)}); credentials are only sent to https realms.`);
  }
  if (r.service) url.searchParams.set('service', r.service);
  for (const scope of r.scopes) url.searchParams.append('scope', scope);
  return url;
}

export async function requestToken(r: TokenRequest): Promise<CachedToken> {
  const url = realmUrl(r);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (r.credentials) headers.Authorization = `Basic ${basicAuth(r.credentials)}`;
  const server = `the token server ${url.host}`;
  const got = await fetchWithRetries(r.policy, { url: url.toString(), method: 'GET', headers, what: `token server ${url.host}` });
  const res = capResponse(got.res, `${r.where}: ${server}`);
  if (res.status !== 200) await res.body?.cancel();
  if ((res.status === 401 || res.status === 403) && !r.credentials) {
    throw new CredentialsRequiredError(`${r.where}: ${server} requires credentials (HTTP ${res.status}) and none were given: ${missingHint(r.push)}.`);
  }
  if (res.status === 401 || res.status === 403) {
    const which = r.push ? 'the credentials for pushing' : 'the username and password in the registry secret';
    throw new ActionError(`${r.where}: ${server} rejected the credentials (HTTP ${res.status}): check ${which}.`);
  }
  if (res.status !== 200) throw new ActionError(`${r.where}: ${server} answered HTTP ${res.status}.`);
  const token = await readToken(res, (what) => new ActionError(`${r.where}: ${server} ${what}.`));
  r.setSecret?.(token.token);
  return token;
}
