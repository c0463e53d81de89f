import { getOctokit } from '@actions/github';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';

let sim: Simulator;
const REPO = { owner: 'acme', repo: 'models' };
const octokit = (token = 'ghs_simtoken') => getOctokit(token, { baseUrl: sim.url });
const ROUTE = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';

beforeAll(async () => {
  ({ sim } = await startSim({ clockSpeed: 0 }));
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
});

async function seed(body: Record<string, unknown>): Promise<Response> {
  return control(sim, 'POST', '/_sim/github/collaborators', body);
}

async function permissionOf(username: string, repo = REPO) {
  return octokit().rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
}

describe('GET /repos/{owner}/{repo}/collaborators/{username}/permission', () => {
  test.each([
    ['admin', 'admin', { admin: true, maintain: true, push: true, triage: true, pull: true }],
    ['maintain', 'write', { admin: false, maintain: true, push: true, triage: true, pull: true }],
    ['write', 'write', { admin: false, maintain: false, push: true, triage: true, pull: true }],
    ['triage', 'read', { admin: false, maintain: false, push: false, triage: true, pull: true }],
    ['read', 'read', { admin: false, maintain: false, push: false, triage: false, pull: true }]
  ])('role %s: legacy permission %s, role_name the role, the user with its permissions hash', async (role, permission, hash) => {
    const seeded = await seed({ ...REPO, login: 'Maintainer', role });
    expect(seeded.status).toBe(200);
    expect(await seeded.json()).toEqual({ ...REPO, login: 'Maintainer', role, permission });
    const res = await permissionOf('maintainer');
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ permission, role_name: role, user: { login: 'Maintainer', type: 'User', permissions: hash, role_name: role } });
    expect(typeof res.data.user?.id).toBe('number');
  });

  test('the role is per repository (names case-insensitive); a known login without a role reads (public repository)', async () => {
    await seed({ owner: 'Acme', repo: 'Models', login: 'dev', role: 'write' });
    expect((await permissionOf('DEV')).data).toMatchObject({ permission: 'write', role_name: 'write' });
    const elsewhere = await permissionOf('dev', { owner: 'acme', repo: 'other' });
    expect(elsewhere.data).toMatchObject({ permission: 'read', role_name: 'read', user: { login: 'dev' } });
    await control(sim, 'POST', '/_sim/github/comments', { ...REPO, number: 1, body: 'hi', login: 'commenter' });
    expect((await permissionOf('commenter')).data).toMatchObject({ permission: 'read', role_name: 'read' });
  });

  test('re-seeding replaces the role', async () => {
    await seed({ ...REPO, login: 'dev', role: 'admin' });
    await seed({ ...REPO, login: 'dev', role: 'triage' });
    expect((await permissionOf('dev')).data).toMatchObject({ permission: 'read', role_name: 'triage' });
  });

  test('the repository owner is admin', async () => {
    expect((await permissionOf('acme')).data).toMatchObject({ permission: 'admin', role_name: 'admin', user: { login: 'acme' } });
  });

  test('an unknown login is 404 Not Found, logged under the route template', async () => {
    const err = (await rejection(permissionOf('nobody'))) as Error & { status?: number };
    expect(err.status).toBe(404);
    const raw = await fetch(`${sim.url}/repos/acme/models/collaborators/nobody/permission`, { headers: { authorization: 'token ghs_simtoken' } });
    expect(await raw.json()).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user' });
    expect(sim.requests({ operation: ROUTE }).map((e) => e.status)).toEqual([404, 404]);
  });

  test('a token without metadata read is refused with 403; a missing token is 401', async () => {
    await seed({ ...REPO, login: 'dev', role: 'write' });
    const reg = await control(sim, 'POST', '/_sim/github/tokens', { token: 'ghs_nometa', login: 'github-actions[bot]', type: 'app', permissions: { metadata: 'none' } });
    expect(reg.status).toBe(200);
    const err = (await rejection(octokit('ghs_nometa').rest.repos.getCollaboratorPermissionLevel({ ...REPO, username: 'dev' }))) as Error & { status?: number };
    expect(err.status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    const anon = await fetch(`${sim.url}/repos/acme/models/collaborators/dev/permission`);
    expect(anon.status).toBe(401);
    // A read-only token for issues and pull requests still reads metadata.
    await control(sim, 'POST', '/_sim/github/tokens', { token: 'ghs_ro', login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'read', issues: 'none' } });
    expect((await octokit('ghs_ro').rest.repos.getCollaboratorPermissionLevel({ ...REPO, username: 'dev' })).data.permission).toBe('write');
  });

  test('a deny fault answers 403 on the route', async () => {
    await seed({ ...REPO, login: 'dev', role: 'write' });
    await control(sim, 'POST', '/_sim/faults', { deny: [ROUTE] });
    expect(((await rejection(permissionOf('dev'))) as Error & { status?: number }).status).toBe(403);
  });

  test('roles are kept in the state and cleared by a reset', async () => {
    await seed({ ...REPO, login: 'dev', role: 'maintain' });
    const state = await (await control(sim, 'GET', '/_sim/state')).json();
    expect(state.github.collaborators).toEqual({ 'acme/models': { dev: { login: 'dev', role: 'maintain' } } });
    await control(sim, 'POST', '/_sim/reset');
    expect(((await rejection(permissionOf('dev'))) as Error & { status?: number }).status).toBe(404);
  });
});

test('bad collaborator bodies are refused with 400', async () => {
  for (const body of [
    { ...REPO, login: 'dev', role: 'owner' },
    { ...REPO, login: 'dev' },
    { ...REPO, login: 'not a login', role: 'write' },
    { ...REPO, repo: 'a/b', login: 'dev', role: 'write' },
    { ...REPO, login: 'dev', role: 'write', extra: 1 },
    []
  ]) {
    const r = await seed(body as Record<string, unknown>);
    expect([body, r.status]).toEqual([body, 400]);
  }
  const metaWrite = await control(sim, 'POST', '/_sim/github/tokens', { token: 'x', login: 'a', permissions: { metadata: 'write' } });
  expect(metaWrite.status).toBe(400);
});
