import { beforeEach, describe, expect, test } from '@jest/globals';
import { jsonAnswer, useGithubApi } from '../../helpers/github-api.js';
import type { RunContext } from '../../../src/github/context.js';
import { requireWriteAccess, type Payload } from '../../../src/github/write-access.js';

const TOKEN = 'ghs_edgeTokenValue0123456789';

describe('requireWriteAccess edges', () => {
  let answer: string;
  let seen: string[];
  useGithubApi(jsonAnswer(() => ({ status: 200, body: answer }), (req) => void seen.push(req.url ?? '')));
  beforeEach(() => {
    seen = [];
    answer = '{"permission":"read"}';
  });

  const ctx = (repository = 'acme/m') => ({ eventName: 'issue_comment', repository }) as RunContext;
  const comment = (association?: string): Payload => ({ comment: { user: { login: 'mona' }, ...(association ? { author_association: association } : {}) } });
  const refusal = (p: Promise<void>) => p.then(() => '', (e: Error) => e.message);

  test('a repository without an owner part: refused without asking GitHub', async () => {
    answer = '{"permission":"admin"}';
    expect(await refusal(requireWriteAccess(ctx('/m'), comment(), TOKEN))).toContain('@mona (association NONE, permission unknown) has no write access to /m;');
    expect(seen).toEqual([]);
  });

  test('a comment without author_association is treated as NONE and still asks GitHub', async () => {
    answer = '{"permission":"write"}';
    await expect(requireWriteAccess(ctx(), comment(), TOKEN)).resolves.toBeUndefined();
    expect(seen).toEqual(['/repos/acme/m/collaborators/mona/permission']);
  });

  test('a custom role name is shown cut to 60 characters, and is not write access', async () => {
    answer = JSON.stringify({ permission: 'write', role_name: `r${'x'.repeat(99)}` });
    const message = await refusal(requireWriteAccess(ctx(), comment('MEMBER'), TOKEN));
    expect(message).toContain(`(association MEMBER, permission r${'x'.repeat(59)}) has no write access`);
  });

  test('an answer that cannot be read: refused, without the error text (untrusted, and may carry a stack)', async () => {
    answer = 'null';
    const message = await refusal(requireWriteAccess(ctx(), comment('COLLABORATOR'), TOKEN));
    expect(message).toMatch(/\(association COLLABORATOR, permission not readable: no answer\) has no write access to acme\/m;/);
    expect(seen).toHaveLength(1);
  });
});
