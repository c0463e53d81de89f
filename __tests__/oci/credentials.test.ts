import { ActionError } from '../../src/errors.js';
import { maskCredentials, normalizeRegistryHost, parseRegistryCredentials } from '../../src/oci/credentials.js';

const PASSWORD = 'p@ss:w0rd,"quoted"-SECRET';
const b64 = (text: string) => Buffer.from(text).toString('base64');

function failure(text: string, host = 'registry.example.com'): ActionError {
  try {
    parseRegistryCredentials(text, host);
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    const message = (err as Error).message;
    expect(message).not.toContain('SECRET');
    expect(message).not.toContain('\n');
    return err as ActionError;
  }
  throw new Error('expected parseRegistryCredentials to throw');
}

describe('parseRegistryCredentials', () => {
  test.each([
    ['username/password', { username: 'robot', password: PASSWORD }],
    ['user/pass', { user: 'robot', pass: PASSWORD }],
    ['Username/Password', { Username: 'robot', Password: PASSWORD }]
  ])('JSON with %s keys', (_name, doc) => {
    expect(parseRegistryCredentials(JSON.stringify(doc), 'registry.example.com')).toEqual({ username: 'robot', password: PASSWORD });
  });

  test('JSON with surrounding whitespace and extra keys', () => {
    const text = `\n  ${JSON.stringify({ username: 'robot', password: PASSWORD, registry: 'x' })}\n`;
    expect(parseRegistryCredentials(text, 'h')).toEqual({ username: 'robot', password: PASSWORD });
  });

  test('plain user:password text splits at the first colon', () => {
    expect(parseRegistryCredentials(`robot:${PASSWORD}\n`, 'h')).toEqual({ username: 'robot', password: PASSWORD });
  });

  test('Docker config.json: the entry of the registry host, from base64 auth', () => {
    const text = JSON.stringify({
      auths: {
        'other.example.com': { auth: b64('someone:else') },
        'https://registry.example.com:5000/v2/': { auth: b64(`robot:${PASSWORD}`) }
      }
    });
    expect(parseRegistryCredentials(text, 'registry.example.com:5000')).toEqual({ username: 'robot', password: PASSWORD });
    expect(parseRegistryCredentials(text, 'other.example.com')).toEqual({ username: 'someone', password: 'else' });
  });

  test('Docker config.json: username and password entries', () => {
    const text = JSON.stringify({ auths: { 'ghcr.io': { username: 'robot', password: PASSWORD } } });
    expect(parseRegistryCredentials(text, 'ghcr.io')).toEqual({ username: 'robot', password: PASSWORD });
  });

  test.each(['https://index.docker.io/v1/', 'docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'])(
    'Docker Hub key %s matches registry-1.docker.io',
    (key) => {
      const text = JSON.stringify({ auths: { 'quay.io': { auth: b64('q:q') }, [key]: { auth: b64(`hubuser:${PASSWORD}`) } } });
      expect(parseRegistryCredentials(text, 'registry-1.docker.io')).toEqual({ username: 'hubuser', password: PASSWORD });
    }
  );

  test('normalizeRegistryHost', () => {
    expect(normalizeRegistryHost('https://index.docker.io/v1/')).toBe('registry-1.docker.io');
    expect(normalizeRegistryHost('HTTP://Registry.Example.com:5000/')).toBe('registry.example.com:5000');
    expect(normalizeRegistryHost('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });

  test('Docker config.json without the host lists the entries it has', () => {
    const text = JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`robot:${PASSWORD}`) }, 'quay.io': { auth: b64(`r:${PASSWORD}`) } } });
    expect(failure(text, 'registry.example.com').message).toBe(
      `The registry secret's Docker config has no "auths" entry for registry.example.com (entries: "ghcr.io", "quay.io").`
    );
  });

  test('Docker config.json entry without auth or username/password', () => {
    const text = JSON.stringify({ auths: { 'ghcr.io': { identitytoken: `tok-${PASSWORD}` } } });
    expect(failure(text, 'ghcr.io').message).toBe(
      `The registry secret's "auths" entry for "ghcr.io" has neither "auth" nor "username" and "password" (identitytoken entries are not supported).`
    );
  });

  test('Docker config.json auth that does not decode to user:password', () => {
    const text = JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`noColonSECRET`) } } });
    expect(failure(text, 'ghcr.io').message).toBe(
      `The registry secret's "auths" entry for "ghcr.io" ("auth", decoded from base64) has no ':' between user and password: expected JSON {"username": "...", "password": "..."}, a Docker config.json {"auths": {"<host>": {"auth": "<base64 user:password>"}}}, or user:password text.`
    );
  });

  test('invalid JSON does not echo the secret (JSON.parse quotes the text)', () => {
    expect(failure(`{"username": "robot", "password": "${PASSWORD}"`).message).toBe(
      `The registry secret starts with '{' but is not valid JSON: expected JSON {"username": "...", "password": "..."}, a Docker config.json {"auths": {"<host>": {"auth": "<base64 user:password>"}}}, or user:password text.`
    );
  });

  test('JSON without a password', () => {
    expect(failure(JSON.stringify({ username: 'robot', token: PASSWORD })).message).toMatch(
      /^The registry secret is JSON without a password \(string keys username\/user\/Username and password\/pass\/Password\): expected JSON/
    );
  });

  test('JSON without a username', () => {
    expect(failure(JSON.stringify({ password: PASSWORD })).message).toMatch(/^The registry secret is JSON without a username /);
  });

  test('text without a colon', () => {
    expect(failure('justaSECRETtoken').message).toBe(
      `The registry secret has no ':' between user and password: expected JSON {"username": "...", "password": "..."}, a Docker config.json {"auths": {"<host>": {"auth": "<base64 user:password>"}}}, or user:password text.`
    );
  });

  test('empty password, empty username, empty secret, several lines', () => {
    expect(failure('robot:').message).toBe('The registry secret has an empty password.');
    expect(failure(`:${PASSWORD}`).message).toBe('The registry secret has an empty username.');
    expect(failure('  \n').message).toMatch(/^The registry secret is empty: expected JSON/);
    expect(failure(`robot:${PASSWORD}\nother:SECRET`).message).toMatch(/^The registry secret has several lines: expected JSON/);
  });
});

describe('maskCredentials', () => {
  test('masks the password and base64 user:password, not a short username', () => {
    const masked: string[] = [];
    maskCredentials({ username: 'robot', password: PASSWORD }, (v) => masked.push(v));
    expect(masked).toEqual([PASSWORD, b64(`robot:${PASSWORD}`)]);
  });

  test('masks a username that looks like a token (20 characters or more)', () => {
    const masked: string[] = [];
    const username = 'AKIAEXAMPLETOKEN1234';
    maskCredentials({ username, password: PASSWORD }, (v) => masked.push(v));
    expect(masked).toEqual([PASSWORD, b64(`${username}:${PASSWORD}`), username]);
  });
});
