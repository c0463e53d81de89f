/** A registry secret in a Docker config.json shape that cannot be used says why, without echoing the secret. */
import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { normalizeRegistryHost, parseRegistryCredentials } from '../../src/oci/credentials.js';

function failure(doc: unknown, host = 'registry.example.com'): string {
  try {
    parseRegistryCredentials(JSON.stringify(doc), host);
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).not.toContain('SECRET');
    return (err as Error).message;
  }
  throw new Error('expected parseRegistryCredentials to throw');
}

describe('Docker config.json secrets that cannot be used', () => {
  test('"auths" that is not an object', () => {
    expect(failure({ auths: ['SECRET'] })).toMatch(/^The registry secret's "auths" is not an object: expected JSON/);
  });

  test('no entries at all', () => {
    expect(failure({ auths: {} })).toBe(`The registry secret's Docker config has no "auths" entry for registry.example.com (entries: none).`);
  });

  test('an entry that is not an object', () => {
    expect(failure({ auths: { 'registry.example.com': 'SECRET' } })).toBe(
      `The registry secret's "auths" entry for "registry.example.com" is not an object: expected {"auth": "<base64 user:password>"}.`
    );
  });

  test('an identitytoken entry says it is not supported', () => {
    expect(failure({ auths: { 'https://registry.example.com': { identitytoken: 'SECRET' } } })).toBe(
      `The registry secret's "auths" entry for "https://registry.example.com" has neither "auth" nor "username" and "password" (identitytoken entries are not supported).`
    );
    expect(failure({ auths: { 'registry.example.com': { email: 'a@b.c' } } })).toBe(
      `The registry secret's "auths" entry for "registry.example.com" has neither "auth" nor "username" and "password".`
    );
  });

  test('the entry of another port or path prefix is not this registry', () => {
    const auths = { 'registry.example.com:5000': { auth: Buffer.from('u:SECRET').toString('base64') } };
    expect(failure({ auths })).toBe(`The registry secret's Docker config has no "auths" entry for registry.example.com (entries: "registry.example.com:5000").`);
    expect(normalizeRegistryHost('HTTPS://Registry.Example.com:5000/v2/')).toBe('registry.example.com:5000');
    expect(normalizeRegistryHost('docker.io')).toBe('registry-1.docker.io');
  });
});
