/**
 * Registry credentials as people store them in Secrets Manager: JSON with a username and password,
 * a Docker config.json ({"auths": {...}}), or user:password text. Messages never include the secret.
 */
import { ActionError } from '../errors.js';

export interface RegistryCredentials {
  username: string;
  password: string;
}

const FORMATS =
  'expected JSON {"username": "...", "password": "..."}, a Docker config.json {"auths": {"<host>": {"auth": "<base64 user:password>"}}}, or user:password text';
const USERNAME_KEYS = ['username', 'user', 'Username'];
const PASSWORD_KEYS = ['password', 'pass', 'Password'];
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** Reads the credentials for `registryHost` from the text of a secret. */
export function parseRegistryCredentials(secretText: string, registryHost: string): RegistryCredentials {
  const text = secretText.trim();
  if (!text) throw new ActionError(`The registry secret is empty: ${FORMATS}.`);
  if (text.startsWith('{')) return fromJson(text, registryHost);
  if (/[\r\n]/.test(text)) throw new ActionError(`The registry secret has several lines: ${FORMATS}.`);
  return fromUserPassword(text, 'The registry secret');
}

/** Masks the password (as given and trimmed), the base64 user:password form and, when it looks like a token, the username. */
export function maskCredentials(creds: RegistryCredentials, setSecret: (value: string) => void): void {
  for (const value of new Set([creds.password, creds.password.trim()])) if (value) setSecret(value);
  setSecret(Buffer.from(`${creds.username}:${creds.password}`).toString('base64'));
  if (creds.username.length >= 20) setSecret(creds.username);
}

/**
 * Masks a secret's text before it is parsed: the text (as given and trimmed), each line, and for JSON every string
 * value at any depth (other registries' entries, identity tokens, emails), with each "auth" decoded as user:password.
 */
export function maskSecretText(text: string, setSecret: (value: string) => void): void {
  const seen = new Set<string>();
  const mask = (value: string) => {
    for (const v of [value, value.trim()]) {
      if (!v || seen.has(v)) continue;
      seen.add(v);
      setSecret(v);
    }
  };
  mask(text);
  for (const line of text.split(/\r?\n/)) mask(line);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const colon = text.trim().indexOf(':');
    if (colon >= 0) mask(text.trim().slice(colon + 1));
    return;
  }
  const walk = (value: unknown, key: string, depth: number): void => {
    if (typeof value === 'string') {
      mask(value);
      if (key === 'auth') {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        mask(decoded);
        if (decoded.includes(':')) mask(decoded.slice(decoded.indexOf(':') + 1));
      }
    } else if (typeof value === 'object' && value !== null && depth < 16) {
      for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1);
    }
  };
  walk(doc, '', 0);
}

/** Host as Docker writes it in config.json keys, reduced to host[:port] (Docker Hub aliases to one name). */
export function normalizeRegistryHost(value: string): string {
  let host = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split('/')[0] ?? '';
  return DOCKER_HUB_ALIASES.has(host) ? 'registry-1.docker.io' : host;
}

function fromJson(text: string, registryHost: string): RegistryCredentials {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message quotes the text, so it is not repeated here.
    throw new ActionError(`The registry secret starts with '{' but is not valid JSON: ${FORMATS}.`);
  }
  if (!isObject(value)) throw new ActionError(`The registry secret is not a JSON object: ${FORMATS}.`);
  if ('auths' in value) return fromDockerConfig(value.auths, registryHost);
  const username = pick(value, USERNAME_KEYS);
  const password = pick(value, PASSWORD_KEYS);
  if (username === undefined || password === undefined) {
    const missing = username === undefined ? 'a username' : 'a password';
    throw new ActionError(
      `The registry secret is JSON without ${missing} (string keys username/user/Username and password/pass/Password): ${FORMATS}.`
    );
  }
  return checked({ username, password }, 'The registry secret');
}

function fromDockerConfig(auths: unknown, registryHost: string): RegistryCredentials {
  if (!isObject(auths)) throw new ActionError(`The registry secret's "auths" is not an object: ${FORMATS}.`);
  const wanted = normalizeRegistryHost(registryHost);
  const hosts = Object.keys(auths);
  const key = hosts.find((h) => normalizeRegistryHost(h) === wanted);
  if (key === undefined) {
    const known = hosts.length ? hosts.map((h) => JSON.stringify(h)).join(', ') : 'none';
    throw new ActionError(`The registry secret's Docker config has no "auths" entry for ${wanted} (entries: ${known}).`);
  }
  const entry = auths[key];
  const where = `The registry secret's "auths" entry for ${JSON.stringify(key)}`;
  if (!isObject(entry)) throw new ActionError(`${where} is not an object: expected {"auth": "<base64 user:password>"}.`);
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    return fromUserPassword(decoded, `${where} ("auth", decoded from base64)`);
  }
  const username = pick(entry, USERNAME_KEYS);
  const password = pick(entry, PASSWORD_KEYS);
  if (username !== undefined && password !== undefined) return checked({ username, password }, where);
  const hint = typeof entry.identitytoken === 'string' ? ' (identitytoken entries are not supported)' : '';
  throw new ActionError(`${where} has neither "auth" nor "username" and "password"${hint}.`);
}

function fromUserPassword(text: string, where: string): RegistryCredentials {
  const colon = text.indexOf(':');
  if (colon < 0) throw new ActionError(`${where} has no ':' between user and password: ${FORMATS}.`);
  return checked({ username: text.slice(0, colon), password: text.slice(colon + 1) }, where);
}

function checked(creds: RegistryCredentials, where: string): RegistryCredentials {
  if (!creds.username.trim()) throw new ActionError(`${where} has an empty username.`);
  if (!creds.password) throw new ActionError(`${where} has an empty password.`);
  return creds;
}

function pick(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = obj[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
