import { expect, test } from '@jest/globals';
import { requireWriteAccess } from '../../../src/commands/event.js';
import type { RunContext } from '../../../src/github/context.js';

const ctx = (eventName: string) => ({ eventName, repository: 'acme/m' }) as RunContext;
const comment = (login: string, association: string) => ({ comment: { user: { login }, author_association: association } });

test('an OWNER comment passes without any call; other events are not checked', async () => {
  await expect(requireWriteAccess(ctx('issue_comment'), comment('maint', 'OWNER'), '')).resolves.toBeUndefined();
  await expect(requireWriteAccess(ctx('pull_request'), {}, '')).resolves.toBeUndefined();
});

test('MEMBER and COLLABORATOR may hold only read: without the permission API confirming write they are refused', async () => {
  for (const a of ['MEMBER', 'COLLABORATOR']) {
    await expect(requireWriteAccess(ctx('issue_comment'), comment('maint', a), '')).rejects.toThrow(`(association ${a}, permission unknown) has no write access`);
  }
});

test('anyone else is refused when the permission API cannot confirm write access', async () => {
  await expect(requireWriteAccess(ctx('issue_comment'), comment('stranger', 'CONTRIBUTOR'), '')).rejects.toThrow(
    "Refused: the comment's author @stranger (association CONTRIBUTOR, permission unknown) has no write access to acme/m; only people with write access may act from a comment (a fork's PR head is not built, registered or promoted for others). Nothing was changed."
  );
  await expect(requireWriteAccess(ctx('issue_comment'), { comment: { author_association: 'OWNER' } }, '')).rejects.toThrow('author (unknown)');
});
