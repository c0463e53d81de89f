import { getOctokit } from '@actions/github';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';

let sim: Simulator;
type Octokit = ReturnType<typeof getOctokit>;
let app: Octokit;

const REPO = { owner: 'acme', repo: 'models' };
const MARKER = '<!-- sagemaker-registry-action -->';

beforeAll(async () => {
  ({ sim } = await startSim({ clockSpeed: 0 }));
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
  app = getOctokit('ghs_simtoken', { baseUrl: sim.url });
});

const octokit = (token: string) => getOctokit(token, { baseUrl: sim.url });

async function registerToken(body: Record<string, unknown>): Promise<void> {
  const res = await control(sim, 'POST', '/_sim/github/tokens', body);
  expect(res.status).toBe(200);
}

async function seedComments(body: Record<string, unknown>): Promise<number[]> {
  const res = await control(sim, 'POST', '/_sim/github/comments', { ...REPO, ...body });
  expect(res.status).toBe(200);
  return (await res.json()).ids;
}

describe('environment', () => {
  it('startSimulator exposes GITHUB_API_URL and GITHUB_GRAPHQL_URL', () => {
    expect(sim.env.GITHUB_API_URL).toBe(sim.url);
    expect(sim.env.GITHUB_GRAPHQL_URL).toBe(`${sim.url}/graphql`);
  });
});

describe('authentication', () => {
  it('an unknown token is 401 Bad credentials', async () => {
    const err = await rejection(octokit('ghp_unknown').rest.issues.listComments({ ...REPO, issue_number: 1 }));
    expect((err as Error & { status?: number }).status).toBe(401);
    const raw = await fetch(`${sim.url}/repos/acme/models/issues/1/comments`);
    expect(raw.status).toBe(401);
    expect(await raw.json()).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
  });

  it('GET /user: 403 for the installation token (as for GITHUB_TOKEN), 200 for a user token', async () => {
    const err = await rejection(app.rest.users.getAuthenticated());
    expect((err as Error & { status?: number }).status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    await registerToken({ token: 'ghp_user1', login: 'octocat', type: 'user' });
    const me = await octokit('ghp_user1').rest.users.getAuthenticated();
    expect(me.status).toBe(200);
    expect(me.data).toMatchObject({ login: 'octocat', type: 'User' });
    expect(typeof me.data.id).toBe('number');
    // Bearer works as well as "token"
    const bearer = await fetch(`${sim.url}/user`, { headers: { authorization: 'Bearer ghp_user1' } });
    expect(bearer.status).toBe(200);
  });

  it('graphql viewer { login }: "github-actions" for the app token, the login for a user token', async () => {
    const a = await app.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(a.viewer.login).toBe('github-actions');
    await registerToken({ token: 'ghp_user2', login: 'hubot', type: 'user' });
    const u = await octokit('ghp_user2').graphql<{ viewer: { login: string } }>('{ viewer { login } }');
    expect(u.viewer.login).toBe('hubot');
    const other = await rejection(app.graphql('{ repository(owner: "a", name: "b") { id } }'));
    expect(other.message).toContain('The simulator only answers');
    expect(sim.requests({ service: 'github', operation: 'POST /graphql' })).toHaveLength(3);
  });
});

describe('issue comments', () => {
  it('paginates 150 comments with GitHub Link headers; octokit.paginate gets them all in id order', async () => {
    await seedComments({ number: 7, body: 'someone else', login: 'octocat', count: 150 });
    const first = await app.rest.issues.listComments({ ...REPO, issue_number: 7 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toBe(
      `<${sim.url}/repos/acme/models/issues/7/comments?page=2>; rel="next", <${sim.url}/repos/acme/models/issues/7/comments?page=5>; rel="last"`,
    );
    const middle = await app.rest.issues.listComments({ ...REPO, issue_number: 7, per_page: 100, page: 2 });
    expect(middle.data).toHaveLength(50);
    expect(middle.headers.link).toBe(
      `<${sim.url}/repos/acme/models/issues/7/comments?per_page=100&page=1>; rel="prev", ` +
        `<${sim.url}/repos/acme/models/issues/7/comments?per_page=100&page=1>; rel="first"`,
    );
    const capped = await app.rest.issues.listComments({ ...REPO, issue_number: 7, per_page: 500 });
    expect(capped.data).toHaveLength(100);
    const all = await app.paginate(app.rest.issues.listComments, { ...REPO, issue_number: 7, per_page: 100 });
    expect(all).toHaveLength(150);
    const ids = all.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(150);
    expect(first.headers['x-ratelimit-limit']).toBe('5000');
    expect(first.headers['x-ratelimit-resource']).toBe('core');
    expect(first.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:/);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const log = sim.requests({ service: 'github' });
    expect(log[0]).toMatchObject({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', path: '/repos/acme/models/issues/7/comments', status: 200 });
  });

  it('creates and updates its own comment, authored by github-actions[bot]', async () => {
    const created = await app.rest.issues.createComment({ ...REPO, issue_number: 3, body: `${MARKER}\nfirst` });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ body: `${MARKER}\nfirst`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect(created.data.node_id).toBeTruthy();
    expect(created.data.issue_url).toBe(`${sim.url}/repos/acme/models/issues/3`);
    expect(created.data.html_url).toMatch(/^https:\/\/github\.com\/acme\/models\/issues\/3#issuecomment-\d+$/);
    sim.clock.advance(5_000);
    const updated = await app.rest.issues.updateComment({ ...REPO, comment_id: created.data.id, body: `${MARKER}\nsecond` });
    expect(updated.status).toBe(200);
    expect(updated.data.body).toBe(`${MARKER}\nsecond`);
    expect(Date.parse(updated.data.updated_at)).toBeGreaterThan(Date.parse(updated.data.created_at));
    const got = await app.rest.issues.getComment({ ...REPO, comment_id: created.data.id });
    expect(got.data.body).toBe(`${MARKER}\nsecond`);
    const stored = await (await control(sim, 'GET', '/_sim/github/comments?owner=acme&repo=models&number=3')).json();
    expect(stored.map((c: { body: string }) => c.body)).toEqual([`${MARKER}\nsecond`]);
    await app.rest.issues.deleteComment({ ...REPO, comment_id: created.data.id });
    const gone = await rejection(app.rest.issues.getComment({ ...REPO, comment_id: created.data.id }));
    expect((gone as Error & { status?: number }).status).toBe(404);
  });

  it('403 when editing a look-alike comment of another user (same marker)', async () => {
    const [otherId] = await seedComments({ number: 4, body: `${MARKER}\nlook-alike`, login: 'mallory', type: 'User' });
    const err = await rejection(app.rest.issues.updateComment({ ...REPO, comment_id: otherId as number, body: 'hijack' }));
    expect((err as Error & { status?: number }).status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    const del = await rejection(app.rest.issues.deleteComment({ ...REPO, comment_id: otherId as number }));
    expect((del as Error & { status?: number }).status).toBe(403);
    const stored = await (await control(sim, 'GET', '/_sim/github/comments?owner=acme&repo=models&number=4')).json();
    expect(stored.map((c: { body: string; user: { login: string } }) => [c.user.login, c.body])).toEqual([['mallory', `${MARKER}\nlook-alike`]]);
  });

  it('a read-only token gets 403 on POST and PATCH but can read', async () => {
    await registerToken({ token: 'ghs_readonly', login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'read', issues: 'read' } });
    const ro = octokit('ghs_readonly');
    const err = await rejection(ro.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' }));
    expect((err as Error & { status?: number }).status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    const mine = await app.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' });
    const patch = await rejection(ro.rest.issues.updateComment({ ...REPO, comment_id: mine.data.id, body: 'y' }));
    expect((patch as Error & { status?: number }).status).toBe(403);
    expect((await ro.rest.issues.listComments({ ...REPO, issue_number: 1 })).data).toHaveLength(1);
  });

  it('a body over 65536 characters is 422 Validation Failed', async () => {
    const raw = await fetch(`${sim.url}/repos/acme/models/issues/2/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_simtoken', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'x'.repeat(65537) }),
    });
    expect(raw.status).toBe(422);
    expect(await raw.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
    const ok = await app.rest.issues.createComment({ ...REPO, issue_number: 2, body: 'x'.repeat(65536) });
    expect(ok.status).toBe(201);
    const missing = await fetch(`${sim.url}/repos/acme/models/issues/2/comments`, { method: 'POST', headers: { authorization: 'token ghs_simtoken' }, body: '{}' });
    expect(missing.status).toBe(422);
  });

  it('unknown comment ids and comments of another repository are 404', async () => {
    const c = await app.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' });
    for (const p of [app.rest.issues.updateComment({ ...REPO, comment_id: 1, body: 'y' }), app.rest.issues.getComment({ owner: 'acme', repo: 'other', comment_id: c.data.id })]) {
      const err = await rejection(p);
      expect((err as Error & { status?: number }).status).toBe(404);
    }
  });
});

describe('pull requests and routing', () => {
  it('returns a seeded pull request; an unseeded one is 404', async () => {
    const sha = 'c'.repeat(40);
    const seeded = await control(sim, 'POST', '/_sim/github/pulls', { ...REPO, number: 12, head_sha: sha, head_ref: 'feature', base_ref: 'main', state: 'open' });
    expect(seeded.status).toBe(200);
    const pr = await app.rest.pulls.get({ ...REPO, pull_number: 12 });
    expect(pr.data).toMatchObject({ number: 12, state: 'open', head: { sha, ref: 'feature' }, base: { ref: 'main' }, html_url: 'https://github.com/acme/models/pull/12' });
    expect(pr.data.user?.login).toBeTruthy();
    const missing = await rejection(app.rest.pulls.get({ ...REPO, pull_number: 13 }));
    expect((missing as Error & { status?: number }).status).toBe(404);
    // comments on a seeded PR link to the pull page
    const c = await app.rest.issues.createComment({ ...REPO, issue_number: 12, body: 'x' });
    expect(c.data.html_url).toContain('/acme/models/pull/12#issuecomment-');
  });

  it('unknown routes are 404 Not Found and logged', async () => {
    const res = await fetch(`${sim.url}/repos/acme/models/releases`, { headers: { authorization: 'token ghs_simtoken' } });
    expect(res.status).toBe(404);
    expect((await res.json()).message).toBe('Not Found');
    expect(sim.requests({ service: 'github' }).at(-1)).toMatchObject({ operation: 'GET /repos/acme/models/releases', status: 404 });
  });

  it('rate-limit headers count down per token and a spent budget answers 403', async () => {
    await registerToken({ token: 'ghs_tiny', login: 'github-actions[bot]', type: 'app', rateLimit: 2 });
    const tiny = octokit('ghs_tiny');
    const a = await tiny.rest.issues.listComments({ ...REPO, issue_number: 1 });
    expect(a.headers['x-ratelimit-remaining']).toBe('1');
    const b = await tiny.rest.issues.listComments({ ...REPO, issue_number: 1 });
    expect([b.headers['x-ratelimit-remaining'], b.headers['x-ratelimit-used']]).toEqual(['0', '2']);
    const err = await rejection(tiny.rest.issues.listComments({ ...REPO, issue_number: 1 }));
    expect((err as Error & { status?: number }).status).toBe(403);
    expect(err.message).toContain('API rate limit exceeded');
  });
});

describe('faults on GitHub routes', () => {
  it('deny by route template answers 403; serverError answers 500', async () => {
    await control(sim, 'POST', '/_sim/faults', { deny: ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments'] });
    const denied = await rejection(app.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' }));
    expect((denied as Error & { status?: number }).status).toBe(403);
    expect(denied.message).toContain('Resource not accessible by integration');
    // other routes are unaffected
    expect((await app.rest.issues.listComments({ ...REPO, issue_number: 1 })).status).toBe(200);
    await control(sim, 'DELETE', '/_sim/faults');
    await control(sim, 'POST', '/_sim/faults', { serverError: { count: 1, operations: ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments'] } });
    const failed = await rejection(app.rest.issues.listComments({ ...REPO, issue_number: 1 }));
    expect((failed as Error & { status?: number }).status).toBe(500);
    expect((await app.rest.issues.listComments({ ...REPO, issue_number: 1 })).status).toBe(200);
    expect(sim.requests({ service: 'github' }).map((e) => e.status)).toEqual([403, 200, 500, 200]);
  });

  it('a reset clears comments and custom tokens and restores the default token', async () => {
    await registerToken({ token: 'ghp_temp', login: 'octocat', type: 'user' });
    await app.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' });
    await control(sim, 'POST', '/_sim/reset');
    expect(await (await control(sim, 'GET', '/_sim/github/comments?owner=acme&repo=models&number=1')).json()).toEqual([]);
    expect((await rejection(octokit('ghp_temp').rest.users.getAuthenticated()) as Error & { status?: number }).status).toBe(401);
    expect((await app.rest.issues.listComments({ ...REPO, issue_number: 1 })).status).toBe(200);
  });

  it('rejects bad control bodies with 400', async () => {
    for (const [path, body] of [
      ['/_sim/github/tokens', { token: 'x', login: 'a', type: 'robot' }],
      ['/_sim/github/tokens', { token: 'x', login: 'a', permissions: { issues: 'admin' } }],
      ['/_sim/github/pulls', { ...REPO, number: 1, head_sha: 'short', head_ref: 'a', base_ref: 'b' }],
      ['/_sim/github/comments', { ...REPO, number: 0, body: 'x', login: 'a' }],
    ] as const) {
      const r = await control(sim, 'POST', path, body);
      expect([path, r.status]).toEqual([path, 400]);
    }
  });
});
