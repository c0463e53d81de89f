/** checkEventFile: what the event file alone decides about a promotion (no call to GitHub). */
import { describe, expect, test } from '@jest/globals';
import type { RunContext } from '../../../src/github/context.js';
import { checkEventFile } from '../../../src/github/promotion.js';
import type { Payload } from '../../../src/github/write-access.js';
import { ActionError } from '../../../src/errors.js';

const REPO = 'acme/fraud-model';
const ctx = (eventName: string, more: Partial<RunContext> = {}) => ({ eventName, repository: REPO, defaultBranch: 'main', sha: 'f'.repeat(40), ...more }) as RunContext;
const merged = (base = 'main', headRepo: string | null = REPO): Payload => ({
  action: 'closed',
  pull_request: { number: 42, merged: true, base: { ref: base }, head: { ref: 'feature/x', ...(headRepo ? { repo: { full_name: headRepo } } : {}) } }
});
const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    return (err as Error).message;
  }
  return '';
};

describe('pull_request_target', () => {
  test('never promotes, even for a merged pull request into the default branch', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request_target'), merged(), []))).toBe(
      'Refused: pull_request_target runs promote nothing (they run for pull requests anyone can open, with the base branch’s secrets). Nothing was changed.'
    );
  });
});

describe('pull_request', () => {
  test('merged into the default branch from the same repository: allowed, bound to no review or comment', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged(), []))).toBe('');
    expect(checkEventFile(ctx('pull_request', { prNumber: 42 }), merged(), [])).toBeUndefined();
  });

  test.each([
    ['closed without merging', { action: 'closed', merged: false }, 'this one is closed, not merged'],
    ['merged flag as a string', { action: 'closed', merged: 'true' }, 'this one is closed, not merged'],
    ['opened', { action: 'opened', merged: false }, 'this one is opened, not merged'],
    ['synchronize with a merged flag', { action: 'synchronize', merged: true }, 'this one is synchronize, not merged'],
    ['no action', { merged: true }, 'this one is , not merged']
  ] as [string, { action?: string; merged: unknown }, string][])('%s: refused', (_what, state, why) => {
    const p = merged();
    const payload = { ...(state.action ? { action: state.action } : {}), pull_request: { ...p.pull_request, merged: state.merged } };
    expect(refusal(() => checkEventFile(ctx('pull_request'), payload, []))).toBe(`Refused: a pull_request event promotes only when the pull request is merged (${why}). Nothing was changed.`);
  });

  test('the action is shown only as word characters, cut to 100', () => {
    const payload = { ...merged(), action: `x\n::error::y${'z'.repeat(200)}` };
    expect(refusal(() => checkEventFile(ctx('pull_request'), payload, []))).toContain(`(this one is x___error__y${'z'.repeat(88)}, not merged)`);
  });

  test('merged into a branch other than the default: refused naming both', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('develop'), []))).toBe(
      "Refused: the pull request's base branch is develop; promotions come only from pull requests into main. Nothing was changed."
    );
  });

  test('listed branches replace the default branch', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('release/1.x'), ['main', 'release/1.x']))).toBe('');
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('main'), ['release/1.x', 'stable']))).toContain(
      "base branch is main; promotions come only from pull requests into release/1.x, stable."
    );
  });

  test('the default branch unknown (no event file) and no list: refused, asking for promote-branches', () => {
    const noDefault = ctx('pull_request', { defaultBranch: undefined });
    expect(refusal(() => checkEventFile(noDefault, merged(), []))).toBe(
      'Refused: the default branch is unknown (no event file), so no base branch is allowed; set promote-branches. Nothing was changed.'
    );
    expect(refusal(() => checkEventFile(noDefault, merged(), ['main']))).toBe('');
  });

  test('a base ref missing or with other characters never matches a listed branch', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged(''), ['main']))).toContain("base branch is ; promotions");
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('ma in'), ['ma_in']))).toBe('');
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('main`'), ['main']))).toContain('base branch is main_;');
  });

  test('from a fork: refused naming the fork', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('main', 'mallory/fraud-model'), []))).toBe(
      'Refused: the pull request comes from mallory/fraud-model, not acme/fraud-model; pull requests from forks are not promoted. Nothing was changed.'
    );
    expect(refusal(() => checkEventFile(ctx('pull_request'), merged('main', null), []))).toContain('comes from an unknown repository, not acme/fraud-model;');
  });

  test('the checks run in order: merged, then base, then fork', () => {
    const all = { action: 'opened', pull_request: { merged: false, base: { ref: 'dev' }, head: { repo: { full_name: 'm/f' } } } };
    expect(refusal(() => checkEventFile(ctx('pull_request'), all, []))).toContain('promotes only when the pull request is merged');
    expect(refusal(() => checkEventFile(ctx('pull_request'), { ...all, action: 'closed', pull_request: { ...all.pull_request, merged: true } }, []))).toContain('base branch is dev');
  });
});

describe('pull_request_review', () => {
  test.each(['commented', 'changes_requested', 'dismissed', 'APPROVED'])('a %s review: refused', (state) => {
    expect(refusal(() => checkEventFile(ctx('pull_request_review', { prNumber: 42 }), { review: { state } }, []))).toBe(
      `Refused: a review promotes only when it approves (this one is ${state}). Nothing was changed.`
    );
  });

  test('no review in the event: refused', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request_review', { prNumber: 42 }), {}, []))).toContain('(this one is )');
  });

  test('an approving review: its pull request number, for the calls that follow', () => {
    expect(checkEventFile(ctx('pull_request_review', { prNumber: 42 }), { review: { state: 'approved' } }, [])).toBe(42);
  });
});

describe('issue_comment', () => {
  test('a comment on an issue (no pull request): refused', () => {
    expect(refusal(() => checkEventFile(ctx('issue_comment'), { comment: { body: '/promote' } }, []))).toBe('Refused: the comment is not on a pull request. Nothing was changed.');
  });

  test('a comment on a pull request: its number', () => {
    expect(checkEventFile(ctx('issue_comment', { prNumber: 7 }), {}, [])).toBe(7);
  });
});

describe('events not bound to a pull request', () => {
  test.each(['push', 'workflow_dispatch', 'release', 'schedule'])('%s passes with no number', (event) => {
    expect(checkEventFile(ctx(event, { prNumber: 3 }), merged('elsewhere', 'mallory/x'), [])).toBeUndefined();
  });
});

describe('events that name no pull request, or run a pull request’s commit', () => {
  test('a review without a pull request number is refused (fail closed)', () => {
    expect(refusal(() => checkEventFile(ctx('pull_request_review'), { review: { state: 'approved' } }, []))).toBe('Refused: the review names no pull request. Nothing was changed.');
  });

  test('a workflow_run of a pull request run, or of another repository, is refused; a push run of this repository passes', () => {
    const run = (event: string, repo = REPO): Payload => ({ workflow_run: { event, head_repository: { full_name: repo } } });
    expect(refusal(() => checkEventFile(ctx('workflow_run'), run('pull_request'), []))).toContain('a workflow_run of a pull_request run promotes nothing');
    expect(refusal(() => checkEventFile(ctx('workflow_run'), run('pull_request_target'), []))).toContain('a workflow_run of a pull_request_target run promotes nothing');
    expect(refusal(() => checkEventFile(ctx('workflow_run'), run('push', 'mallory/fraud-model'), []))).toContain('comes from mallory/fraud-model, not acme/fraud-model');
    expect(refusal(() => checkEventFile(ctx('workflow_run'), run('push'), []))).toBe('');
  });
});
