/** authorisePromotion against the simulator's GitHub API: /promote comments, and the recheck right before the first write. */
import { describe, expect, test } from '@jest/globals';
import { authorisePromotion } from '../../../src/github/promotion.js';
import { comment, context, HEAD, NEW_HEAD, NUMBER, OLD_HEAD, PERMISSION, PULL, refusal, review, TOKEN, useSim } from '../../helpers/promotion-sim.js';

const gh = useSim({ rita: 'write', rob: 'read' });
const rules = { token: TOKEN, branches: [] as string[] };
const H12 = HEAD.slice(0, 12);

describe('a /promote comment', () => {
  test('by someone with write access, no commit fixed: the pull request head (not the default branch commit)', async () => {
    const got = await authorisePromotion(context('issue_comment'), comment('rita'), rules);
    expect(got.commit).toBe(HEAD);
    expect(await gh.calls()).toEqual([PERMISSION, PULL]);
  });

  test('by someone with read access only: refused, naming them and what they tried', async () => {
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rob', 'MEMBER'), rules))).toBe(
      "Refused: the comment's author @rob (association MEMBER, permission read) has no write access to acme/fraud-model; only people with write access may promote from a comment. Nothing was changed."
    );
    expect(await gh.calls()).toEqual([PERMISSION]);
  });

  test('by the OWNER: no permission call', async () => {
    expect((await authorisePromotion(context('issue_comment'), comment('acme', 'OWNER'), rules)).commit).toBe(HEAD);
    expect(await gh.calls()).toEqual([PULL]);
  });

  test('the permission API failing: refused (fail closed)', async () => {
    await gh.fail(PERMISSION);
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rita'), rules))).toContain('(association MEMBER, permission not readable: 500) has no write access');
  });

  test('the commit the workflow fixed, full or abbreviated, is the head: the full head', async () => {
    for (const commit of [HEAD, H12]) expect((await authorisePromotion(context('issue_comment'), comment('rita'), { ...rules, commit })).commit).toBe(HEAD);
  });

  test('the commit the workflow fixed is not the head: refused naming both', async () => {
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rita'), { ...rules, commit: OLD_HEAD }))).toBe(
      `Refused: pull request #${NUMBER}'s head is ${H12}, not ${OLD_HEAD.slice(0, 12)}, the head when the comment's run started. Nothing was changed.`
    );
  });

  test('a closed pull request, or one GitHub reports from a fork: refused', async () => {
    await gh.seedPull({ state: 'closed' });
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rita'), rules))).toContain(`pull request #${NUMBER} is closed;`);
    await gh.seedPull({ head_repo: 'mallory/fraud-model' });
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rita'), rules))).toContain('comes from mallory/fraud-model, not acme/fraud-model;');
  });

  test('the pull request cannot be read: refused (fail closed)', async () => {
    await gh.fail(PULL);
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rita'), rules))).toBe(
      `Refused: pull request #${NUMBER} of acme/fraud-model could not be read (HTTP 500); nothing was changed.`
    );
  });

  test('without a github-token: the OWNER passes the permission step, but the pull request cannot be read; anyone else is refused first', async () => {
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('acme', 'OWNER'), { ...rules, token: '' }))).toBe(
      `Refused: pull request #${NUMBER} cannot be read (no github-token); nothing was changed.`
    );
    expect(await refusal(authorisePromotion(context('issue_comment'), comment('rita'), { ...rules, token: '' }))).toContain('@rita (association MEMBER, permission unknown)');
    expect(await gh.calls()).toEqual([]);
  });
});

describe('the recheck before the first write', () => {
  test('nothing moved: passes, reading the pull request again', async () => {
    const got = await authorisePromotion(context('issue_comment'), comment('rita'), { ...rules, commit: HEAD });
    await expect(got.recheck()).resolves.toBeUndefined();
    expect(await gh.calls()).toEqual([PERMISSION, PULL, PULL]);
  });

  test.each([
    ['a comment', () => comment('rita')],
    ['a review', () => review('rita')]
  ])('the head moved after %s was authorised: refused naming both commits', async (_what, payload) => {
    const event = payload().review ? 'pull_request_review' : 'issue_comment';
    const got = await authorisePromotion(context(event), payload(), rules);
    expect(got.commit).toBe(HEAD);
    await gh.seedPull({ head_sha: NEW_HEAD });
    expect(await refusal(got.recheck())).toBe(
      `Refused: pull request #${NUMBER}'s head moved to ${NEW_HEAD.slice(0, 12)} while this run waited; it promotes ${H12} only. Nothing was changed.`
    );
  });

  test('closed, retargeted or moved to a fork meanwhile (same head): refused', async () => {
    const got = await authorisePromotion(context('issue_comment'), comment('rita'), rules);
    await gh.seedPull({ state: 'closed' });
    expect(await refusal(got.recheck())).toContain(`pull request #${NUMBER} is closed;`);
    await gh.seedPull({ base_ref: 'develop' });
    expect(await refusal(got.recheck())).toContain("the pull request's base branch is develop;");
    await gh.seedPull({ head_repo: 'mallory/fraud-model' });
    expect(await refusal(got.recheck())).toContain('comes from mallory/fraud-model');
  });

  test('the pull request cannot be read at the recheck: refused (fail closed)', async () => {
    const got = await authorisePromotion(context('issue_comment'), comment('rita'), rules);
    await gh.fail(PULL);
    expect(await refusal(got.recheck())).toBe(`Refused: pull request #${NUMBER} of acme/fraud-model could not be read (HTTP 500); nothing was changed.`);
  });
});
