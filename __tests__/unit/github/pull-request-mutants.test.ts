/** readPull takes only a whole 40-hex head commit: text before it is refused as surely as text after it. */
import { expect, test } from '@jest/globals';
import { jsonAnswer, useGithubApi } from '../../helpers/github-api.js';
import type { RunContext } from '../../../src/github/context.js';
import { readPull } from '../../../src/github/pull-request.js';

const HEAD = 'e5'.repeat(20);
let sha = '';
useGithubApi(jsonAnswer(() => ({ status: 200, body: { number: 42, state: 'open', merged: false, head: { sha, ref: 'f', repo: { full_name: 'acme/m' } }, base: { ref: 'main' } } })));

const ctx = { eventName: 'issue_comment', repository: 'acme/m', prNumber: 42 } as RunContext;

test('a head commit with text before it is refused; the bare commit is read', async () => {
  for (const bad of [`x${HEAD}`, `refs/${HEAD}`, `\n${HEAD}`]) {
    sha = bad;
    await expect(readPull(ctx, 'ghs_token', 42)).rejects.toThrow('Refused: pull request #42 of acme/m could not be read (no answer)');
  }
  sha = HEAD;
  await expect(readPull(ctx, 'ghs_token', 42)).resolves.toMatchObject({ headSha: HEAD });
});
