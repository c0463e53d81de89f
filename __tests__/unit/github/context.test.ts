import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReleaseRun, readRunContext, type RunContext } from '../../../src/github/context.js';

const REPO = 'acme/fraud-model';
const HEAD = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';
const MAIN = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const repository = { full_name: REPO, default_branch: 'main' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gh-context-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function env(eventName: string, payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const path = join(dir, `${eventName}.json`);
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: MAIN,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '3',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'register',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    ...extra
  };
}

const common = {
  repository: REPO,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runId: '9876543210',
  runAttempt: '3',
  actor: 'octocat',
  workflow: 'register',
  runUrl: 'https://github.com/acme/fraud-model/actions/runs/9876543210/attempts/3',
  repositoryUrl: 'https://github.com/acme/fraud-model'
};

describe('readRunContext', () => {
  test('pull_request: PR head commit and branch, PR number', () => {
    const payload = { number: 42, pull_request: { number: 42, head: { ref: 'feature/better-features', sha: HEAD } }, repository };
    const ctx = readRunContext(
      env('pull_request', payload, { GITHUB_REF: 'refs/pull/42/merge', GITHUB_REF_NAME: '42/merge', GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' })
    );
    expect(ctx).toEqual<RunContext>({
      ...common,
      eventName: 'pull_request',
      sha: HEAD,
      ref: 'refs/pull/42/merge',
      refName: 'feature/better-features',
      refType: 'pull',
      prNumber: 42,
      defaultBranch: 'main'
    });
    expect(isReleaseRun(ctx)).toBe(false);
  });

  test('push to main', () => {
    const ctx = readRunContext(env('push', { ref: 'refs/heads/main', after: MAIN, repository }));
    expect(ctx).toEqual<RunContext>({
      ...common,
      eventName: 'push',
      sha: MAIN,
      ref: 'refs/heads/main',
      refName: 'main',
      refType: 'branch',
      defaultBranch: 'main'
    });
    expect(ctx).not.toHaveProperty('prNumber');
    expect(isReleaseRun(ctx)).toBe(true);
  });

  test('push to another branch is not a release', () => {
    const ctx = readRunContext(env('push', { repository }, { GITHUB_REF: 'refs/heads/feature/x', GITHUB_REF_NAME: 'feature/x' }));
    expect(ctx.refType).toBe('branch');
    expect(ctx.refName).toBe('feature/x');
    expect(isReleaseRun(ctx)).toBe(false);
  });

  test('tag push', () => {
    const ctx = readRunContext(env('push', { ref: 'refs/tags/v1.2.0', repository }, { GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_REF_NAME: 'v1.2.0' }));
    expect(ctx).toMatchObject({ eventName: 'push', ref: 'refs/tags/v1.2.0', refName: 'v1.2.0', refType: 'tag', sha: MAIN });
    expect(isReleaseRun(ctx)).toBe(true);
  });

  test('release', () => {
    const ctx = readRunContext(
      env('release', { action: 'published', release: { tag_name: 'v2.0.0' }, repository }, { GITHUB_REF: 'refs/tags/v2.0.0', GITHUB_REF_NAME: 'v2.0.0' })
    );
    expect(ctx).toMatchObject({ eventName: 'release', refName: 'v2.0.0', refType: 'tag' });
    expect(ctx.prNumber).toBeUndefined();
    expect(isReleaseRun(ctx)).toBe(true);
  });

  test('issue_comment on a PR takes the PR number from the issue', () => {
    const payload = { action: 'created', issue: { number: 17, pull_request: { url: 'https://api.github.com/repos/acme/fraud-model/pulls/17' } }, comment: { body: '/register' }, repository };
    const ctx = readRunContext(env('issue_comment', payload));
    expect(ctx).toMatchObject({ eventName: 'issue_comment', prNumber: 17, sha: MAIN, refType: 'branch', refName: 'main' });
    expect(isReleaseRun(ctx)).toBe(false);
  });

  test('issue_comment on a plain issue has no PR number', () => {
    const ctx = readRunContext(env('issue_comment', { issue: { number: 18 }, repository }));
    expect(ctx.prNumber).toBeUndefined();
  });

  test('an issue number is only a PR number for issue_comment events', () => {
    const ctx = readRunContext(env('issues', { issue: { number: 19, pull_request: {} }, repository }));
    expect(ctx.prNumber).toBeUndefined();
  });

  test('workflow_run with pull_requests', () => {
    const payload = {
      action: 'completed',
      workflow_run: { head_sha: HEAD, head_branch: 'feature/x', pull_requests: [{ number: 7, head: { ref: 'feature/x', sha: HEAD } }] },
      repository
    };
    const ctx = readRunContext(env('workflow_run', payload));
    // The commit and branch are the upstream run's, not the default branch's head.
    expect(ctx).toMatchObject({ eventName: 'workflow_run', prNumber: 7, refType: 'pull', refName: 'feature/x', sha: HEAD });
    expect(isReleaseRun(ctx)).toBe(false);
  });

  test('workflow_run without pull requests', () => {
    const ctx = readRunContext(env('workflow_run', { workflow_run: { pull_requests: [] }, repository }));
    expect(ctx.prNumber).toBeUndefined();
  });

  test('workflow_dispatch on main is not a release', () => {
    const ctx = readRunContext(env('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', repository }));
    expect(ctx).toMatchObject({ eventName: 'workflow_dispatch', refType: 'branch', refName: 'main', sha: MAIN, defaultBranch: 'main' });
    expect(ctx.prNumber).toBeUndefined();
    expect(isReleaseRun(ctx)).toBe(false);
  });

  test('workflow_dispatch on a tag counts as a release', () => {
    const ctx = readRunContext(env('workflow_dispatch', { repository }, { GITHUB_REF: 'refs/tags/v3', GITHUB_REF_NAME: 'v3' }));
    expect(ctx.refType).toBe('tag');
    expect(isReleaseRun(ctx)).toBe(true);
  });

  test('PR numbers must be positive integers', () => {
    expect(readRunContext(env('pull_request', { pull_request: { number: '42', head: { ref: 'x', sha: HEAD } } })).prNumber).toBeUndefined();
    expect(readRunContext(env('pull_request', { pull_request: { number: 0, head: { ref: 'x', sha: HEAD } } })).prNumber).toBeUndefined();
    expect(readRunContext(env('workflow_run', { workflow_run: { pull_requests: [{ number: 1.5 }] } })).prNumber).toBeUndefined();
  });

  test('a pull_request ref without a payload is still typed pull', () => {
    const ctx = readRunContext(env('pull_request', {}, { GITHUB_REF: 'refs/pull/5/merge', GITHUB_REF_NAME: '5/merge' }));
    expect(ctx).toMatchObject({ refType: 'pull', refName: '5/merge', sha: MAIN });
  });

  test('a missing or unreadable event file gives an empty payload and a warning saying what was lost', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const path = join(dir, 'does-not-exist.json');
    const missing = readRunContext(env('push', {}, { GITHUB_EVENT_PATH: path }), warn);
    expect(missing).toMatchObject({ refType: 'branch', refName: 'main', repository: REPO });
    expect(missing).not.toHaveProperty('defaultBranch');
    expect(isReleaseRun(missing)).toBe(false);
    expect(warnings).toEqual([
      `The event file GITHUB_EVENT_PATH=${path} could not be read (ENOENT), so the pull request number (and with it the PR comment), the PR head commit and branch, and the default branch are unknown for this run.`
    ]);
    const broken = readRunContext(env('pull_request', '{not json'), warn);
    expect(broken).not.toHaveProperty('defaultBranch');
    expect(broken).not.toHaveProperty('prNumber');
    expect(warnings[1]).toMatch(/^The event file GITHUB_EVENT_PATH=.* is not a JSON object, so the pull request number \(and with it the PR comment\)/);
    readRunContext(env('pull_request', '[1, 2]'), warn);
    readRunContext(env('pull_request', 'null'), warn);
    expect(warnings).toHaveLength(4);
  });

  test('a readable event file and no event file at all warn about nothing', () => {
    const warnings: string[] = [];
    readRunContext(env('push', { ref: 'refs/heads/main', repository }), (m) => warnings.push(m));
    readRunContext({ GITHUB_EVENT_NAME: 'push' }, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
  });

  test('defaults with an empty environment', () => {
    expect(readRunContext({})).toEqual<RunContext>({
      eventName: '',
      sha: '',
      ref: '',
      refName: '',
      refType: 'other',
      repository: '',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runId: '',
      runAttempt: '1',
      actor: '',
      workflow: '',
      runUrl: '',
      repositoryUrl: ''
    });
  });

  test('GHES URLs lose their trailing slash; the triggering actor wins; repository falls back to the payload', () => {
    const ctx = readRunContext(
      env('push', { repository: { full_name: 'corp/model', default_branch: 'trunk' } }, {
        GITHUB_REPOSITORY: undefined,
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
        GITHUB_TRIGGERING_ACTOR: 'releaser',
        GITHUB_REF: 'refs/heads/trunk'
      })
    );
    expect(ctx).toMatchObject({
      repository: 'corp/model',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      actor: 'releaser',
      runUrl: 'https://ghe.example.com/corp/model/actions/runs/9876543210/attempts/3',
      repositoryUrl: 'https://ghe.example.com/corp/model',
      defaultBranch: 'trunk'
    });
    expect(isReleaseRun(ctx)).toBe(true);
  });
});
