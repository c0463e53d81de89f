/** Who promoted and where, as ApprovalDescription records it: every event kind, every fallback, the 1024 limit. */
import { describe, expect, test } from '@jest/globals';
import { approvalDescription, requester } from '../../../src/commands/event.js';
import type { RunContext } from '../../../src/github/context.js';

const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';
const URL = 'https://github.com/acme/m';
const RUN = `${URL}/actions/runs/7/attempts/1`;

function ctx(eventName: string, extra: Partial<RunContext> = {}): RunContext {
  return {
    eventName,
    sha: SHA,
    ref: 'refs/heads/main',
    refName: 'main',
    refType: 'branch',
    repository: 'acme/m',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId: '7',
    runAttempt: '1',
    actor: 'octocat',
    workflow: 'w',
    runUrl: RUN,
    repositoryUrl: URL,
    ...extra
  };
}

describe('requester', () => {
  test('pull_request_target is a pull request event too: a merge names the merger', () => {
    const merged = { pull_request: { merged: true, merged_by: { login: 'merger' } } };
    expect(requester(ctx('pull_request_target', { prNumber: 4 }), merged)).toEqual({ who: 'merger', where: `on merge of PR #4 (${URL}/pull/4)` });
  });

  test('an unmerged pull request names the actor, not a merged_by the payload happens to carry', () => {
    const open = { pull_request: { merged: false, merged_by: { login: 'merger' } } };
    expect(requester(ctx('pull_request', { prNumber: 4 }), open)).toEqual({ who: 'octocat', where: `on PR #4 (${URL}/pull/4)` });
  });

  test('a merge whose merger is not a login falls back to the actor', () => {
    const merged = { pull_request: { merged: true, merged_by: { login: 'a b' } } };
    expect(requester(ctx('pull_request', { prNumber: 4 }), merged).who).toBe('octocat');
  });

  test('without a repository URL the pull request is named without a link', () => {
    expect(requester(ctx('pull_request', { prNumber: 4, repositoryUrl: '' }), {})).toEqual({ who: 'octocat', where: 'on PR #4' });
  });

  test('a comment on a plain issue names the issue, never a PR or a link', () => {
    expect(requester(ctx('issue_comment'), { comment: { user: { login: 'c' } }, issue: { number: 5 } })).toEqual({ who: 'c', where: 'with a comment on issue #5' });
    expect(requester(ctx('issue_comment'), {}).where).toBe('with a comment on issue #?');
  });

  test('an actor that is not a login is shown as unknown', () => {
    expect(requester(ctx('push', { actor: 'x y' }), {}).who).toBe('unknown');
    expect(requester(ctx('pull_request_review', { actor: '', prNumber: 1 }), {}).who).toBe('unknown');
  });

  test('other events: the event and the branch, else the short commit, else unknown', () => {
    expect(requester(ctx('push'), {})).toEqual({ who: 'octocat', where: 'on push of main' });
    expect(requester(ctx('workflow_dispatch', { prNumber: 3 }), {}).where).toBe('on workflow_dispatch of main');
    expect(requester(ctx('', { refName: '' }), {}).where).toBe(`on a run of ${SHA.slice(0, 12)}`);
    expect(requester(ctx('push', { refName: '', sha: '' }), {}).where).toBe('on push of unknown ref');
  });
});

describe('approvalDescription', () => {
  test('without a run URL or extra words, nothing is appended', () => {
    expect(approvalDescription(ctx('push', { runUrl: '' }), {}, 'Rejected')).toBe('Rejected by @octocat on push of main');
    expect(approvalDescription(ctx('push'), {}, 'Approved')).toBe(`Approved by @octocat on push of main; run ${RUN}`);
  });

  test('at most 1024 characters: a longer text is cut to 1023 and an ellipsis, 1024 exactly is kept', () => {
    const base = approvalDescription(ctx('push', { runUrl: '' }), {}, 'Approved', 'x');
    const exact = 'x'.repeat(1024 - base.length + 1);
    expect(approvalDescription(ctx('push', { runUrl: '' }), {}, 'Approved', exact)).toHaveLength(1024);
    expect(approvalDescription(ctx('push', { runUrl: '' }), {}, 'Approved', exact).endsWith('x')).toBe(true);
    const long = approvalDescription(ctx('push', { runUrl: '' }), {}, 'Approved', `${exact}yz`);
    expect(long).toHaveLength(1024);
    expect(long).toBe(`${base.slice(0, -1)}${'x'.repeat(exact.length - 1)}…`);
  });
});
