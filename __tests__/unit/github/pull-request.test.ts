/**
 * readPull fails closed. A tiny local server answers what the simulator never would (answers without a usable head
 * commit); the simulator's 404/403/500 answers are covered in promotion*.test.ts.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { jsonAnswer, useGithubApi } from '../../helpers/github-api.js';
import type { RunContext } from '../../../src/github/context.js';
import { readPull, withPullRequestHead } from '../../../src/github/pull-request.js';

const TOKEN = 'ghs_pullTokenValue0123456789';
const HEAD = 'e5'.repeat(20);
const REPO = { name: 'fraud-model', full_name: 'acme/fraud-model' };

let answer: { status: number; body: unknown };
let seen: { url: string; auth: string }[];
useGithubApi(jsonAnswer(() => answer, (req) => void seen.push({ url: req.url ?? '', auth: req.headers.authorization ?? '' })));
beforeEach(() => {
  seen = [];
  answer = { status: 200, body: pull() };
});

function pull(head: Record<string, unknown> = {}, more: Record<string, unknown> = {}) {
  return { number: 42, state: 'open', merged: false, head: { sha: HEAD, ref: 'feature/x', repo: REPO, ...head }, base: { ref: 'main', repo: REPO }, ...more };
}
const ctx = (repository = 'acme/fraud-model', eventName = 'issue_comment') => ({ eventName, repository, sha: 'd4'.repeat(20), refName: 'main', refType: 'branch', prNumber: 42 }) as RunContext;
const refusal = (p: Promise<unknown>) => p.then(() => '', (e: Error) => e.message);

describe('readPull', () => {
  test('one GET of the pull request with the token; what GitHub reports now', async () => {
    expect(await readPull(ctx(), TOKEN, 42)).toEqual({ number: 42, headSha: HEAD, headRef: 'feature/x', headRepo: 'acme/fraud-model', baseRef: 'main', state: 'open', merged: false });
    expect(seen).toEqual([{ url: '/repos/acme/fraud-model/pulls/42', auth: `token ${TOKEN}` }]);
  });

  test('merged only when GitHub says true; state cut to 20; fields that are not strings read as empty', async () => {
    answer.body = pull({ ref: 7, repo: { full_name: ['x'] } }, { merged: 'true', state: 's'.repeat(30), base: {} });
    expect(await readPull(ctx(), TOKEN, 42)).toEqual({ number: 42, headSha: HEAD, headRef: '', headRepo: '', baseRef: '', state: 's'.repeat(20), merged: false });
    answer.body = pull({ repo: null }, { merged: true, state: 'closed' });
    expect(await readPull(ctx(), TOKEN, 42)).toMatchObject({ headRepo: '', merged: true, state: 'closed' });
  });

  test.each([
    ['no head commit', pull({ sha: undefined })],
    ['an abbreviated head commit', pull({ sha: HEAD.slice(0, 12) })],
    ['an upper-case head commit', pull({ sha: HEAD.toUpperCase() })],
    ['a head commit with text after it', pull({ sha: `${HEAD}\n` })],
    ['no head at all', { number: 42, state: 'open', base: { ref: 'main' } }],
    ['null', null]
  ])('an answer with %s: refused (fail closed), without the answer text', async (_what, body) => {
    answer.body = body;
    expect(await refusal(readPull(ctx(), TOKEN, 42))).toBe('Refused: pull request #42 of acme/fraud-model could not be read (no answer); nothing was changed.');
  });

  test('an error status: refused naming the status', async () => {
    answer = { status: 502, body: { message: 'Server Error <script>' } };
    expect(await refusal(readPull(ctx(), TOKEN, 42))).toBe('Refused: pull request #42 of acme/fraud-model could not be read (HTTP 502); nothing was changed.');
  });

  test('no token, or no owner/name: refused without asking', async () => {
    expect(await refusal(readPull(ctx(), '', 42))).toBe('Refused: pull request #42 cannot be read (no github-token); nothing was changed.');
    for (const repository of ['acme', '/fraud-model', 'acme/', ''])
      expect(await refusal(readPull(ctx(repository), TOKEN, 7))).toBe('Refused: pull request #7 cannot be read (no repository); nothing was changed.');
    expect(seen).toEqual([]);
  });
});

describe('withPullRequestHead', () => {
  const log = () => {
    const lines: string[] = [];
    return { lines, info: (m: string) => void lines.push(m) };
  };

  test('other events, or a comment not on a pull request: the context unchanged, no call', async () => {
    const push = ctx('acme/fraud-model', 'push');
    expect(await withPullRequestHead(push, TOKEN, log())).toBe(push);
    const onIssue = { ...ctx(), prNumber: undefined };
    expect(await withPullRequestHead(onIssue, TOKEN, log())).toBe(onIssue);
    expect(seen).toEqual([]);
  });

  test("a comment on a pull request: the pull request's head commit and branch, logged with the branch made inert", async () => {
    answer.body = pull({ ref: 'feat/::warning::x' });
    const l = log();
    expect(await withPullRequestHead(ctx(), TOKEN, l)).toMatchObject({ sha: HEAD, refName: 'feat/::warning::x', refType: 'pull', repository: 'acme/fraud-model' });
    expect(l.lines).toEqual([`Pull request #42: head ${HEAD} on feat/__warning__x`]);
  });

  test('the pull request cannot be read: refused, the context is not used', async () => {
    answer = { status: 404, body: { message: 'Not Found' } };
    expect(await refusal(withPullRequestHead(ctx(), TOKEN, log()))).toContain('could not be read (HTTP 404)');
  });
});
