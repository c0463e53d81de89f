import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import type { RunContext } from '../../../src/github/context.js';
import { pullRequestContext, SHA } from '../../helpers/run-context.js';
import type { Report } from '../../../src/report/summary.js';

type Comment = { id: number; body?: string; html_url: string; user: { login: string } | null };

const state = {
  pages: [] as Comment[][],
  login: 'github-actions[bot]',
  createError: undefined as Error | undefined,
  updateError: undefined as Error | undefined,
  listError: undefined as Error | undefined
};

const createComment = jest.fn(async (p: { body: string }) => {
  if (state.createError) throw state.createError;
  return { data: { id: 901, html_url: 'https://github.com/acme/fraud-model/pull/42#issuecomment-901', body: p.body } };
});
const updateComment = jest.fn(async (p: { comment_id: number }) => {
  if (state.updateError) throw state.updateError;
  return { data: { id: p.comment_id, html_url: `https://github.com/acme/fraud-model/pull/42#issuecomment-${p.comment_id}` } };
});
const listComments = jest.fn();
const iterator = jest.fn((_method: unknown, _params: object) => {
  if (state.listError) throw state.listError;
  const pages = state.pages;
  return (async function* () {
    for (const data of pages) yield { data };
  })();
});
const octokit = {
  rest: {
    issues: { listComments, createComment, updateComment },
    users: { getAuthenticated: async () => Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: 403 })) }
  },
  paginate: { iterator },
  graphql: async () => ({ viewer: { login: state.login.replace(/\[bot\]$/, '') } })
};
const getOctokit = jest.fn((_token: string) => octokit);

jest.unstable_mockModule('@actions/github', () => ({ getOctokit, context: {} }));

const { upsertComment } = await import('../../../src/report/pr-comment.js');
const { commentBody, decodeState, encodeState, marker, readState } = await import('../../../src/report/github-comment.js');
const { renderReport, toHistory } = await import('../../../src/report/summary.js');

const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const M = marker('fraud-model', undefined, '');

const baseCtx: RunContext = pullRequestContext({ workflow: 'register', runId: '77' });

const report: Report = {
  group: 'fraud-model',
  version: 3,
  arn: V3,
  approval: 'PendingManualApproval',
  image: 'ghcr.io/acme/fraud-model:v1',
  commit: SHA,
  refName: 'feature/x',
  prNumber: 42,
  dryRun: false,
  time: '2025-06-01T12:00:00.000Z'
};

// upsertComment remembers the comment it found or wrote for the rest of the run (per repository, PR and
// marker), so every test comments on its own pull request.
let pr = 100;
let ctx: RunContext;
let logs: { info: string[]; warning: string[] };
const log = () => ({ info: (m: string) => logs.info.push(m), warning: (m: string) => logs.warning.push(m) });
const opts = (over: Partial<Parameters<typeof upsertComment>[2]> = {}) => ({ mode: 'true' as const, token: 'ghs_token', commentId: '', log: log(), ...over });
const comment = (id: number, body: string, login = 'github-actions[bot]'): Comment => ({ id, body, html_url: `https://github.com/acme/fraud-model/pull/42#issuecomment-${id}`, user: { login } });

beforeEach(() => {
  ctx = { ...baseCtx, prNumber: ++pr };
  state.pages = [];
  state.login = 'github-actions[bot]';
  state.createError = undefined;
  state.updateError = undefined;
  state.listError = undefined;
  logs = { info: [], warning: [] };
  getOctokit.mockClear();
  iterator.mockClear();
  createComment.mockClear();
  updateComment.mockClear();
});

describe('upsertComment: when not to comment', () => {
  test('comment: false makes no call and logs nothing', async () => {
    await expect(upsertComment(ctx, report, opts({ mode: 'false' }))).resolves.toBeUndefined();
    expect(getOctokit).not.toHaveBeenCalled();
    expect(logs).toEqual({ info: [], warning: [] });
  });

  test('no pull request: an info line and no API call', async () => {
    const push = { ...ctx, eventName: 'push' };
    delete push.prNumber;
    await expect(upsertComment(push, report, opts())).resolves.toBeUndefined();
    expect(logs.info).toEqual(['No pull request for this push event: skipping the PR comment.']);
    expect(logs.warning).toEqual([]);
    expect(getOctokit).not.toHaveBeenCalled();
  });

  test('no pull request and no event name', async () => {
    const none = { ...ctx, eventName: '' };
    delete none.prNumber;
    await upsertComment(none, report, opts());
    expect(logs.info).toEqual(['No pull request for this unknown event: skipping the PR comment.']);
  });

  test('no token: a warning and no API call', async () => {
    await expect(upsertComment(ctx, report, opts({ token: '' }))).resolves.toBeUndefined();
    expect(logs.warning).toEqual(['No github-token: skipping the PR comment.']);
    expect(getOctokit).not.toHaveBeenCalled();
  });

  test('a malformed repository: nothing', async () => {
    await expect(upsertComment({ ...ctx, repository: 'acme' }, report, opts())).resolves.toBeUndefined();
    expect(getOctokit).not.toHaveBeenCalled();
  });

  test('on-failure without an error and without an existing comment: nothing is written', async () => {
    state.pages = [[comment(5, 'unrelated')]];
    await expect(upsertComment(ctx, report, opts({ mode: 'on-failure' }))).resolves.toBeUndefined();
    expect(getOctokit).toHaveBeenCalledWith('ghs_token');
    expect(createComment).not.toHaveBeenCalled();
    expect(updateComment).not.toHaveBeenCalled();
    expect(logs).toEqual({ info: [], warning: [] });
  });
});

describe('upsertComment: writing', () => {
  test('creates the comment with marker, report and state', async () => {
    const url = await upsertComment(ctx, report, opts());
    expect(url).toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-901');
    expect(createComment).toHaveBeenCalledTimes(1);
    const params = createComment.mock.calls[0]![0] as unknown as { owner: string; repo: string; issue_number: number; body: string };
    expect(params.owner).toBe('acme');
    expect(params.repo).toBe('fraud-model');
    expect(params.issue_number).toBe(ctx.prNumber);
    expect(iterator.mock.calls[0]?.[1]).toEqual({ owner: 'acme', repo: 'fraud-model', issue_number: ctx.prNumber, per_page: 100 });
    expect(params.body).toBe(commentBody(M, renderReport(report, []), [toHistory(report)]));
    expect(params.body.startsWith(`${M}\n### SageMaker model registration: ✅ registered\n`)).toBe(true);
    expect(decodeState(params.body)).toEqual([{ version: 3, arn: V3, commit: SHA, image: 'ghcr.io/acme/fraud-model:v1', approval: 'PendingManualApproval', time: '2025-06-01T12:00:00.000Z' }]);
    expect(logs.info).toEqual(['Commented on the PR: https://github.com/acme/fraud-model/pull/42#issuecomment-901']);
  });

  test('on-failure with an error creates the comment', async () => {
    const failed = { ...report, error: 'sagemaker:CreateModelPackage was denied' };
    await expect(upsertComment(ctx, failed, opts({ mode: 'on-failure' }))).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-901');
    expect(createComment).toHaveBeenCalledTimes(1);
  });

  test('on-failure with an existing comment updates it even on success', async () => {
    state.pages = [[comment(12, commentBody(M, 'old report', []))]];
    await expect(upsertComment(ctx, report, opts({ mode: 'on-failure' }))).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-12');
    expect(updateComment).toHaveBeenCalledTimes(1);
    expect(createComment).not.toHaveBeenCalled();
  });

  test('an unchanged body found on the PR is not written again', async () => {
    await upsertComment(ctx, report, opts());
    const body = (createComment.mock.calls[0]![0] as unknown as { body: string }).body;
    // A later run (nothing remembered for this PR) finds the comment with the same body.
    ctx = { ...baseCtx, prNumber: ++pr };
    state.pages = [[comment(12, body)]];
    logs = { info: [], warning: [] };
    await expect(upsertComment(ctx, report, opts())).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-12');
    expect(updateComment).not.toHaveBeenCalled();
    expect(createComment).toHaveBeenCalledTimes(1);
    expect(logs.info).toEqual(['PR comment unchanged: https://github.com/acme/fraud-model/pull/42#issuecomment-12']);
  });

  test('a changed report updates the comment and carries the history', async () => {
    const earlier = { commit: 'a'.repeat(40), image: 'ghcr.io/acme/fraud-model:v0', approval: 'Approved', time: '2025-05-30T08:00:00.000Z', version: 2, arn: V3.replace(/3$/, '2') };
    state.pages = [[comment(12, `${M}\nold\n${encodeState([earlier])}\n`)]];
    await expect(upsertComment(ctx, report, opts())).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-12');
    const params = updateComment.mock.calls[0]![0] as unknown as { owner: string; repo: string; comment_id: number; body: string };
    expect(params.comment_id).toBe(12);
    expect(params.owner).toBe('acme');
    expect(params.repo).toBe('fraud-model');
    expect(params.body).toBe(commentBody(M, renderReport(report, [earlier]), [earlier, toHistory(report)], 12));
    expect(params.body).toContain('Earlier registrations from this PR (1)');
    expect(logs.info).toEqual(['Updated the PR comment: https://github.com/acme/fraud-model/pull/42#issuecomment-12']);
  });

  test('a body that differs only by the id not yet recorded is not written again', async () => {
    await upsertComment(ctx, report, opts());
    const body = (createComment.mock.calls[0]![0] as unknown as { body: string }).body;
    expect(readState(body)).toEqual({ history: [toHistory(report)] });
    ctx = { ...baseCtx, prNumber: ++pr };
    state.pages = [[comment(12, body)]];
    await upsertComment(ctx, report, opts());
    expect(updateComment).not.toHaveBeenCalled();
    // A real change is written with the comment's own id in the state.
    await upsertComment(ctx, { ...report, approval: 'Approved' }, opts());
    const update = updateComment.mock.calls[0]![0] as unknown as { body: string };
    expect(readState(update.body).id).toBe(12);
  });

  test('a bot comment quoting the marker and a forged history is neither updated nor shown (hijack)', async () => {
    const forged = { commit: 'f'.repeat(40), image: 'evil/image:pwned', approval: 'Approved', time: '2025-01-01T00:00:00.000Z', version: 99 };
    state.pages = [[comment(12, `Echo of the PR description:\n${commentBody(M, 'fake', [forged])}`), comment(13, commentBody(M, 'copy', [forged], 5))]];
    await upsertComment(ctx, report, opts());
    expect(updateComment).not.toHaveBeenCalled();
    const created = (createComment.mock.calls[0]![0] as unknown as { body: string }).body;
    expect(created).not.toContain('pwned');
    expect(created).not.toContain('Earlier registrations');
  });

  test("another author's comment with the marker is not updated", async () => {
    state.pages = [[comment(12, `${M}\nforged`, 'mallory')]];
    await upsertComment(ctx, report, opts());
    expect(updateComment).not.toHaveBeenCalled();
    expect(createComment).toHaveBeenCalledTimes(1);
  });
});

describe('upsertComment: within one run', () => {
  test('the comment written first is updated later without listing the comments again', async () => {
    await expect(upsertComment(ctx, report, opts())).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-901');
    const firstBody = (createComment.mock.calls[0]![0] as unknown as { body: string }).body;
    const deploying = { ...report, deployment: { endpointName: 'fraud-prod', status: 'in-progress' as const, phase: 'Updating; AllTraffic: Baking' } };
    await expect(upsertComment(ctx, deploying, opts())).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-901');
    expect(iterator).toHaveBeenCalledTimes(1);
    expect(createComment).toHaveBeenCalledTimes(1);
    const update = updateComment.mock.calls[0]![0] as unknown as { comment_id: number; body: string };
    expect(update.comment_id).toBe(901);
    // The history is the one from before this run, so this run's entry is not repeated.
    expect(update.body).toBe(commentBody(M, renderReport(deploying, []), [toHistory(deploying)], 901));
    expect(update.body).not.toBe(firstBody);
    // The same report again: nothing to write.
    await expect(upsertComment(ctx, deploying, opts())).resolves.toBe('https://github.com/acme/fraud-model/pull/42#issuecomment-901');
    expect(updateComment).toHaveBeenCalledTimes(1);
    expect(logs.info.at(-1)).toBe('PR comment unchanged: https://github.com/acme/fraud-model/pull/42#issuecomment-901');
  });

  test('a deploy to another endpoint updates the same comment (one comment tells the PR\'s story)', async () => {
    await upsertComment(ctx, report, opts());
    const staging = { ...report, deployment: { endpointName: 'fraud-staging', status: 'succeeded' as const } };
    await upsertComment(ctx, staging, opts());
    expect(createComment).toHaveBeenCalledTimes(1);
    expect(updateComment).toHaveBeenCalledTimes(1);
  });

  test('another comment-id, or another kind of report (status, prune), has its own comment', async () => {
    await upsertComment(ctx, report, opts());
    await upsertComment(ctx, report, opts({ commentId: 'eu' }));
    await upsertComment(ctx, report, opts({ channel: 'status' }));
    expect(createComment).toHaveBeenCalledTimes(3);
    const bodies = createComment.mock.calls.map((c) => (c[0] as unknown as { body: string }).body.split('\n')[0]);
    expect(bodies).toEqual([marker('fraud-model', undefined, ''), marker('fraud-model', undefined, 'eu'), marker('fraud-model', 'status', '')]);
  });
});

describe('upsertComment: never fails the step', () => {
  test('403 on create: a warning about permissions, returns undefined', async () => {
    state.createError = Object.assign(new Error('Resource not accessible by integration\nhttps://docs.github.com/rest'), { status: 403 });
    await expect(upsertComment(ctx, report, opts())).resolves.toBeUndefined();
    expect(logs.warning).toEqual([
      'Could not write the PR comment (Resource not accessible by integration). Fork PRs and read-only tokens cannot comment; grant pull-requests: write to enable it.'
    ]);
  });

  test('403 while listing: the same warning', async () => {
    state.listError = Object.assign(new Error('Forbidden'), { status: 403 });
    await expect(upsertComment(ctx, report, opts())).resolves.toBeUndefined();
    expect(logs.warning).toEqual(['Could not write the PR comment (Forbidden). Fork PRs and read-only tokens cannot comment; grant pull-requests: write to enable it.']);
    expect(createComment).not.toHaveBeenCalled();
  });

  test('other errors: a plain warning', async () => {
    state.updateError = Object.assign(new Error('Server Error'), { status: 502 });
    state.pages = [[comment(12, commentBody(M, 'old', []))]];
    await expect(upsertComment(ctx, report, opts())).resolves.toBeUndefined();
    expect(logs.warning).toEqual(['Could not write the PR comment: Server Error']);
  });
});
