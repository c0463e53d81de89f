/**
 * The bundled promote/ on a merge: the links the action writes itself into the PR comment and the job summary (the
 * pull request, the run, the console) are whole and clickable; the people and references around them stay inert.
 */
import { expect, test } from '@jest/globals';
import { GROUP, prEvent, REPO, registerPr, runSub, sha } from '../helpers/pipeline.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim();

interface StoredComment {
  body: string;
  user: { login: string };
}

const PR = `https://github.com/${REPO}/pull/42`;
const RUN = `https://github.com/${REPO}/actions/runs/4242`;

/** Link targets GitHub renders as clickable: autolinks and markdown links. */
const clickable = (markdown: string) => [...markdown.matchAll(/<(https:\/\/[^>\s]+)>|\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? m[2]!);

test('the merge’s comment and summary link the PR, the run attempt and the version console intact; @ and # stay defused', async () => {
  expect((await registerPr(sim, sha(1), { inputs: { comment: 'true' } })).errors).toEqual([]);
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: sha(1), head_ref: 'feature/x', base_ref: 'main' });
  const event = { ...prEvent(42, sha(1), { merged: true, merged_by: { login: 'lead' } }), action: 'closed' };
  const r = await runSub('promote', { env: sim.env, eventName: 'pull_request', event, sha: 'd'.repeat(40), runId: '4242', runAttempt: '2', inputs: { 'model-package-group': GROUP, comment: 'true', 'approval-note': 'ok by @security-team, see #7' } });
  expect(r.errors).toEqual([]);
  const [comment] = ((await sim.control('github/comments?owner=acme&repo=fraud-model&number=42')) as StoredComment[]).filter((c) => c.user.login === 'github-actions[bot]');
  for (const text of [comment!.body, r.summary]) {
    const links = clickable(text);
    expect(links).toEqual(expect.arrayContaining([PR, `${RUN}/attempts/2`, RUN]));
    expect(links.some((l) => l.includes('#/model-registry/model-package-groups/fraud-detector/versions/1'))).toBe(true);
    for (const link of links) expect(link).not.toContain('\u200b');
    const headline = text.split('\n').find((l) => l.startsWith('Version 1 is now Approved'))!;
    expect(headline).toContain(`<${PR}>`);
    // The people and references in the same line (GitHub logins, the note) do not ping or link.
    expect(headline).not.toMatch(/@[\w-]/);
    expect(headline).not.toMatch(/#\d/);
    expect(headline).toContain('@\u200blead');
    expect(headline).toContain('@\u200bsecurity-team');
  }
});
