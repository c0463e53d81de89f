import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError } from '../../../src/errors.js';
import type { RunContext } from '../../../src/github/context.js';
import { login, readEvent, requireWriteAccess, type Payload } from '../../../src/github/write-access.js';
import { jsonAnswer, useGithubApi } from '../../helpers/github-api.js';

const REPO = 'acme/fraud-model';
const TOKEN = 'ghs_s3cretTokenValue0123456789';

describe('readEvent', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'write-access-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (text: string) => {
    const path = join(dir, 'event.json');
    writeFileSync(path, text);
    return path;
  };

  test('no GITHUB_EVENT_PATH: an empty payload', () => {
    expect(readEvent({})).toEqual({});
    expect(readEvent({ GITHUB_EVENT_PATH: '' })).toEqual({});
  });

  test('a missing file or text that is not a JSON object: an empty payload, no exception', () => {
    expect(readEvent({ GITHUB_EVENT_PATH: join(dir, 'absent.json') })).toEqual({});
    expect(readEvent({ GITHUB_EVENT_PATH: file('{"comment": {"user": ') })).toEqual({});
    expect(readEvent({ GITHUB_EVENT_PATH: file('null') })).toEqual({});
    expect(readEvent({ GITHUB_EVENT_PATH: file('42') })).toEqual({});
    expect(readEvent({ GITHUB_EVENT_PATH: file('"text"') })).toEqual({});
  });

  test('a JSON object: the payload as written', () => {
    const payload = { action: 'created', comment: { user: { login: 'mona' }, author_association: 'NONE' }, issue: { number: 7 } };
    expect(readEvent({ GITHUB_EVENT_PATH: file(JSON.stringify(payload)) })).toEqual(payload);
  });
});

describe('login', () => {
  test.each(['octocat', 'Mona-Lisa', 'a', 'user42', 'dependabot[bot]', 'github-actions[bot]'])('accepts %j', (v) => {
    expect(login(v)).toBe(v);
  });

  test.each([
    '',
    'octo cat',
    'octocat\n',
    'octo\ncat',
    '::add-mask::x',
    '::set-output name=approved::true',
    '@octocat',
    'acme/octocat',
    '[bot]',
    'x[bot][bot]',
    'x[bot]y',
    'octocat\u200b'
  ])('refuses %j', (v) => {
    expect(login(v)).toBeUndefined();
  });

  test.each([undefined, null, 42, true, {}, ['octocat'], { toString: () => 'octocat' }])('refuses a non-string %p', (v) => {
    expect(login(v)).toBeUndefined();
  });
});

interface Seen {
  method: string | undefined;
  url: string | undefined;
  authorization: string | undefined;
}
interface Answer {
  status: number;
  body: unknown;
}

describe('requireWriteAccess', () => {
  let answer: Answer;
  let seen: Seen[];
  // @actions/github reads GITHUB_API_URL once, when write-access first imports it (RunContext.apiUrl is not used).
  const api = useGithubApi(jsonAnswer(() => answer, (req) => void seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization })));
  beforeEach(() => {
    seen = [];
    answer = { status: 500, body: { message: 'no answer set' } };
  });

  const ctx = (eventName = 'issue_comment', repository = REPO) => ({ eventName, repository, apiUrl: api.url }) as RunContext;
  const comment = (user: unknown, association = 'NONE'): Payload => ({ comment: { user: { login: user }, author_association: association } });
  const PERMISSION_PATH = '/repos/acme/fraud-model/collaborators/mona/permission';

  async function refusal(promise: Promise<void>, repository = REPO): Promise<string> {
    const err: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(ActionError);
    const message = (err as ActionError).message;
    expect(message).toContain(`no write access to ${repository};`);
    expect(message).toContain('Nothing was changed');
    expect(message).not.toContain(TOKEN);
    return message;
  }

  test.each(['push', 'pull_request', 'pull_request_target', 'workflow_dispatch', 'workflow_run', ''])(
    '%j events: no check, no request',
    async (eventName) => {
      await expect(requireWriteAccess(ctx(eventName), comment('evil\n::add-mask::x'), '')).resolves.toBeUndefined();
      expect(seen).toEqual([]);
    }
  );

  test.each([
    ['admin', undefined],
    ['write', 'maintain'],
    ['write', undefined],
    ['admin', 'admin']
  ])('permission %j (role_name %j): allowed, after asking GitHub with the token', async (permission, roleName) => {
    answer = { status: 200, body: { permission, role_name: roleName, user: { login: 'mona' } } };
    await expect(requireWriteAccess(ctx(), comment('mona', 'CONTRIBUTOR'), TOKEN)).resolves.toBeUndefined();
    expect(seen).toEqual([{ method: 'GET', url: PERMISSION_PATH, authorization: `token ${TOKEN}` }]);
  });

  test.each([
    ['read', undefined, 'permission read'],
    ['read', 'triage', 'permission triage'],
    ['none', undefined, 'permission none'],
    ['write', 'read', 'permission read']
  ])('permission %j (role_name %j): refused, naming the user', async (permission, roleName, shown) => {
    answer = { status: 200, body: { permission, role_name: roleName } };
    const message = await refusal(requireWriteAccess(ctx(), comment('mona', 'NONE'), TOKEN));
    expect(message).toContain('@mona');
    expect(message).toContain('association NONE');
    expect(message).toContain(shown);
    expect(seen).toEqual([{ method: 'GET', url: PERMISSION_PATH, authorization: `token ${TOKEN}` }]);
  });

  test.each([404, 403])('GitHub answers %i: refused, the status shown', async (status) => {
    answer = { status, body: { message: `Denied, token ${TOKEN} is not allowed` } };
    const message = await refusal(requireWriteAccess(ctx(), comment('mona', 'FIRST_TIME_CONTRIBUTOR'), TOKEN));
    expect(message).toContain('@mona');
    expect(message).toContain(`permission not readable: ${status}`);
    expect(seen).toHaveLength(1);
  });

  test('author_association OWNER (the owner of the repository): allowed without a request', async () => {
    await expect(requireWriteAccess(ctx(), comment('mona', 'OWNER'), TOKEN)).resolves.toBeUndefined();
    expect(seen).toEqual([]);
  });

  test.each(['MEMBER', 'COLLABORATOR'])('author_association %s may hold only read: GitHub is asked, and read is refused', async (association) => {
    answer = { status: 200, body: { permission: 'read', role_name: 'read' } };
    const message = await refusal(requireWriteAccess(ctx(), comment('mona', association), TOKEN));
    expect(message).toContain(`association ${association}, permission read`);
    expect(seen).toHaveLength(1);
    answer = { status: 200, body: { permission: 'write', role_name: 'write' } };
    await expect(requireWriteAccess(ctx(), comment('mona', association), TOKEN)).resolves.toBeUndefined();
  });

  test('a commenter whose login is not a login: refused as (unknown), even as OWNER, and nothing asked', async () => {
    const message = await refusal(requireWriteAccess(ctx(), comment('mona\n::set-output name=ok::true', 'OWNER'), TOKEN));
    expect(message).toContain('author (unknown)');
    expect(message).not.toContain('::set-output');
    expect(seen).toEqual([]);
  });

  test('no comment in the payload: refused', async () => {
    const message = await refusal(requireWriteAccess(ctx(), {}, TOKEN));
    expect(message).toContain('(unknown) (association NONE, permission unknown)');
    expect(seen).toEqual([]);
  });

  test('no token or no owner/repo: refused without asking', async () => {
    expect(await refusal(requireWriteAccess(ctx(), comment('mona'), ''))).toContain('@mona (association NONE, permission unknown)');
    answer = { status: 200, body: { permission: 'admin' } };
    await refusal(requireWriteAccess(ctx('issue_comment', 'acme'), comment('mona'), TOKEN), 'acme');
    expect(seen).toEqual([]);
  });

  test('the association shown is cut to 20 characters', async () => {
    answer = { status: 200, body: { permission: 'read' } };
    const message = await refusal(requireWriteAccess(ctx(), comment('mona', `NONE${'X'.repeat(100)}`), TOKEN));
    expect(message).toContain(`association NONE${'X'.repeat(16)},`);
  });
});
