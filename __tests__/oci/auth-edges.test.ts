/**
 * Edges of registry authentication (src/oci/auth.ts): how WWW-Authenticate parameters are read (unquoted values,
 * escaped characters in quoted ones) and which cached Bearer token a challenge may reuse.
 */
import { cachedToken, cacheToken, clearTokenCache, parseChallenges, tokenKey } from '../../src/oci/auth.js';

afterEach(() => clearTokenCache());

describe('challenge parameters', () => {
  test('an unquoted parameter value is read whole, up to the next comma', () => {
    expect(parseChallenges('Bearer realm="https://auth.example.com/token",service=registry.example.com,scope=repository')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth.example.com/token', service: 'registry.example.com', scope: 'repository' } }
    ]);
  });

  test('a backslash in a quoted value escapes the next character, which is kept', () => {
    expect(parseChallenges('Bearer realm="https://auth.example.com/token",service="reg\\"istry\\\\x"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth.example.com/token', service: 'reg"istry\\x' } }
    ]);
  });
});

describe('the Bearer token cache', () => {
  const scope = 'repository:team/model:pull';
  const token = { token: 'issued-for-service-en', expiresAt: Date.now() + 60_000 };

  test('a token issued for one realm and service is not reused where realm and service only run together the same', () => {
    cacheToken(tokenKey('https://auth.example.com/tok', 'en', scope), token);
    expect(cachedToken(tokenKey('https://auth.example.com/tok', 'en', scope))).toEqual(token);
    expect(cachedToken(tokenKey('https://auth.example.com/token', undefined, scope))).toBeUndefined();
    expect(cachedToken(tokenKey('https://auth.example.com/to', 'ken', scope))).toBeUndefined();
  });
});
