/** authorisePromotion against the simulator's GitHub API: events without calls, and approving reviews. */
import { describe, expect, test } from '@jest/globals';
import { authorisePromotion } from '../../../src/github/promotion.js';
import { context, HEAD, NUMBER, OLD_HEAD, PERMISSION, PULL, refusal, review, TOKEN, useSim } from '../../helpers/promotion-sim.js';

const gh = useSim({ rita: 'write', max: 'maintain', ada: 'admin', rob: 'read', tia: 'triage' });
const rules = { token: TOKEN, branches: [] as string[] };
const H12 = HEAD.slice(0, 12);

describe('events not bound to a review or comment', () => {
  test.each(['push', 'workflow_dispatch'])('%s: no commit of its own, a recheck that passes, and no call to GitHub', async (event) => {
    const got = await authorisePromotion(context(event), {}, rules);
    expect(got.commit).toBeUndefined();
    await expect(got.recheck()).resolves.toBeUndefined();
    expect(await gh.calls()).toEqual([]);
  });

  test('a merged pull_request promotes the run commit (its head), without a call, and its recheck asks nothing', async () => {
    const payload = { action: 'closed', pull_request: { number: NUMBER, merged: true, base: { ref: 'main' }, head: { repo: { full_name: 'acme/fraud-model' } } } };
    const got = await authorisePromotion(context('pull_request', { sha: HEAD }), payload, rules);
    expect(got.commit).toBe(HEAD);
    await got.recheck();
    expect(await gh.calls()).toEqual([]);
  });

  test('refusals from the event file come before any call', async () => {
    expect(await refusal(authorisePromotion(context('pull_request_target'), {}, rules))).toContain('pull_request_target runs promote nothing');
    expect(await refusal(authorisePromotion(context('pull_request'), { action: 'opened', pull_request: {} }, rules))).toContain('(this one is opened, not merged)');
    expect(await refusal(authorisePromotion(context('pull_request_review'), { review: { state: 'commented', user: { login: 'rita' } } }, rules))).toContain(
      '(this one is commented)'
    );
    expect(await refusal(authorisePromotion(context('issue_comment', { prNumber: undefined }), {}, rules))).toContain('the comment is not on a pull request');
    expect(await gh.calls()).toEqual([]);
  });
});

describe('an approving review', () => {
  test('by a reviewer with write access, of the current head: promotes that head after asking the permission, then the pull request', async () => {
    const got = await authorisePromotion(context('pull_request_review'), review('rita'), rules);
    expect(got.commit).toBe(HEAD);
    expect(await gh.calls()).toEqual([PERMISSION, PULL]);
    await got.recheck();
    expect(await gh.calls()).toEqual([PERMISSION, PULL, PULL]);
  });

  test.each(['max', 'ada'])('by %s (maintain, admin): allowed', async (login) => {
    expect((await authorisePromotion(context('pull_request_review'), review(login, 'MEMBER'), rules)).commit).toBe(HEAD);
  });

  test.each([
    ['rob', 'read'],
    ['tia', 'triage']
  ])('by %s with %s only: refused before the pull request is read', async (login, permission) => {
    expect(await refusal(authorisePromotion(context('pull_request_review'), review(login, 'COLLABORATOR'), rules))).toBe(
      `Refused: the reviewer @${login} (association COLLABORATOR, permission ${permission}) has no write access to acme/fraud-model; only people with write access may promote by an approving review. Nothing was changed.`
    );
    expect(await gh.calls()).toEqual([PERMISSION]);
  });

  test('by the repository OWNER (association): no permission call', async () => {
    const got = await authorisePromotion(context('pull_request_review'), review('nobody-seeded', 'OWNER'), rules);
    expect(got.commit).toBe(HEAD);
    expect(await gh.calls()).toEqual([PULL]);
  });

  test('a reviewer GitHub does not know (404): refused', async () => {
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('stranger', 'NONE'), rules))).toContain(
      '@stranger (association NONE, permission not readable: 404) has no write access'
    );
  });

  test.each([
    ['serverError', '500'],
    ['deny', '403']
  ] as const)('the permission API failing (%s): refused, fail closed', async (how, status) => {
    await gh.fail(PERMISSION, how);
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita'), rules))).toContain(
      `the reviewer @rita (association COLLABORATOR, permission not readable: ${status}) has no write access`
    );
    expect(await gh.calls()).toEqual([PERMISSION]);
  });

  test('of an older commit than the head: refused naming both', async () => {
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita', 'COLLABORATOR', OLD_HEAD), rules))).toBe(
      `Refused: the review approved commit ${OLD_HEAD.slice(0, 12)}, but pull request #${NUMBER}'s head is now ${H12}; a commit pushed after the review is not promoted by it. Nothing was changed.`
    );
  });

  test('without a commit_id: refused as an unknown commit', async () => {
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita', 'COLLABORATOR', null), rules))).toContain(
      `the review approved commit unknown, but pull request #${NUMBER}'s head is now ${H12};`
    );
  });

  test('of a closed pull request: refused (a merge promotes on its own)', async () => {
    await gh.seedPull({ state: 'closed' });
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita'), rules))).toBe(
      `Refused: pull request #${NUMBER} is closed; reviews and comments promote open pull requests only (a merge promotes on its own). Nothing was changed.`
    );
  });

  test('of a pull request GitHub reports into another base: refused; a listed base is allowed', async () => {
    await gh.seedPull({ base_ref: 'develop' });
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita'), rules))).toContain(
      "the pull request's base branch is develop; promotions come only from pull requests into main."
    );
    expect((await authorisePromotion(context('pull_request_review'), review('rita'), { ...rules, branches: ['develop'] })).commit).toBe(HEAD);
  });

  test('of a pull request GitHub reports from a fork: refused', async () => {
    await gh.seedPull({ head_repo: 'mallory/fraud-model' });
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita'), rules))).toContain(
      'the pull request comes from mallory/fraud-model, not acme/fraud-model; pull requests from forks are not promoted.'
    );
  });

  test('a pull request GitHub does not have (404): refused, fail closed', async () => {
    expect(await refusal(authorisePromotion(context('pull_request_review', { prNumber: 43 }), review('rita'), rules))).toBe(
      'Refused: pull request #43 of acme/fraud-model could not be read (HTTP 404); nothing was changed.'
    );
  });

  test.each([
    ['failing (500)', 'serverError', 500],
    ['not readable with this token (403)', 'deny', 403]
  ] as const)('the pull request %s: refused, fail closed', async (_what, how, status) => {
    await gh.fail(PULL, how);
    expect(await refusal(authorisePromotion(context('pull_request_review'), review('rita'), rules))).toBe(
      `Refused: pull request #${NUMBER} of acme/fraud-model could not be read (HTTP ${status}); nothing was changed.`
    );
    expect(await gh.calls()).toEqual([PERMISSION, PULL]);
  });
});
