import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunContext } from '../../../src/github/context.js';
import { requireWriteAccess, type Payload } from '../../../src/github/write-access.js';

const TOKEN = 'ghs_edgeTokenValue0123456789';

describe('requireWriteAccess edges', () => {
  let server: Server;
  let answer: string;
  let seen: string[];
  const savedApiUrl = process.env.GITHUB_API_URL;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answer);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // @actions/github reads GITHUB_API_URL when write-access first imports it.
    process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = savedApiUrl;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
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
