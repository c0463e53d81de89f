import { describe, expect, jest, test } from '@jest/globals';
import {
  commentBody,
  decodeState,
  encodeState,
  findComment,
  isPermissionError,
  marker,
  mergeHistory,
  readState,
  tokenLogin
} from '../../../src/report/github-comment.js';
import { historyEntry } from '../../helpers/history.js';

type Comment = { id: number; body?: string; html_url: string; user: { login: string } | null };

function httpError(status: number, message = `HTTP ${status}`): Error {
  return Object.assign(new Error(message), { status });
}

/** A fake Octokit: listComments answers page by page through paginate.iterator. */
function fakeOctokit(opts: { pages?: Comment[][]; user?: () => Promise<{ data: { login: string } }>; graphql?: (q: string) => Promise<unknown> } = {}) {
  const listComments = jest.fn(async () => ({ data: [] as Comment[] }));
  const iterator = jest.fn((_method: unknown, _params: object) => {
    const pages = opts.pages ?? [];
    return (async function* () {
      for (const data of pages) yield { data };
    })();
  });
  const getAuthenticated = jest.fn(opts.user ?? (async () => ({ data: { login: 'octocat' } })));
  const graphql = jest.fn(opts.graphql ?? (async () => ({ viewer: { login: 'github-actions' } })));
  const octokit = {
    rest: {
      issues: {
        listComments,
        createComment: jest.fn(async () => ({ data: { id: 1, html_url: 'u' } })),
        updateComment: jest.fn(async () => ({ data: { id: 1, html_url: 'u' } }))
      },
      users: { getAuthenticated }
    },
    paginate: { iterator },
    graphql
  };
  return { octokit, iterator, getAuthenticated, graphql, listComments };
}

const entry = historyEntry;

describe('marker', () => {
  test('names the group, endpoint and comment-id', () => {
    expect(marker('fraud-model', 'fraud-prod', 'eu')).toBe('<!-- sagemaker-private-registry-action: fraud-model fraud-prod eu -->');
    expect(marker('fraud-model', undefined, '')).toBe('<!-- sagemaker-private-registry-action: fraud-model - default -->');
  });

  test('replaces characters that could break out of the HTML comment', () => {
    expect(marker('a b-->c', 'x<y', 'id!')).toBe('<!-- sagemaker-private-registry-action: a_b--_c x_y id_ -->');
    expect(marker('arn:aws:sagemaker:us-east-1:1:model-package-group/g', 'e', 'x.y_z')).toBe(
      '<!-- sagemaker-private-registry-action: arn:aws:sagemaker:us-east-1:1:model-package-group/g e x.y_z -->'
    );
  });

  test('differs per endpoint and per comment-id', () => {
    expect(marker('g', 'a', '')).not.toBe(marker('g', 'b', ''));
    expect(marker('g', 'a', '')).not.toBe(marker('g', 'a', 'other'));
    expect(marker('g', undefined, '')).not.toBe(marker('g', 'a', ''));
  });
});

describe('encodeState / decodeState', () => {
  test('round trip', () => {
    const history = [entry({ version: 1, arn: 'arn:1', digest: 'sha256:aa' }), entry({ failed: true, commit: 'b'.repeat(40) })];
    const state = encodeState(history);
    expect(state).toMatch(/^<!-- sagemaker-private-registry-action-state: [A-Za-z0-9+/=]+ -->$/);
    expect(decodeState(`some report\n${state}\n`)).toEqual(history);
  });

  test('keeps the last 20 entries', () => {
    const history = Array.from({ length: 25 }, (_, i) => entry({ version: i + 1 }));
    const decoded = decodeState(commentBody('<!-- m -->', 'r', history));
    expect(decoded).toHaveLength(20);
    expect(decoded[0]?.version).toBe(6);
    expect(decoded.at(-1)?.version).toBe(25);
  });

  test('characters that Markdown or HTML would interpret survive as data', () => {
    const history = [entry({ image: 'evil --> <script>alert(1)</script> | `x`' })];
    const state = encodeState(history);
    expect(state).not.toContain('<script>');
    expect(decodeState(`x\n${state}\n`)).toEqual(history);
  });

  test('garbage decodes to an empty history', () => {
    const wrap = (payload: string) => `report\n<!-- sagemaker-private-registry-action-state: ${payload} -->\n`;
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    expect(decodeState('no state here')).toEqual([]);
    expect(decodeState(wrap('!!!'))).toEqual([]);
    expect(decodeState(wrap('AAAA'))).toEqual([]);
    expect(decodeState(wrap(b64('{not json')))).toEqual([]);
    expect(decodeState(wrap(b64('{"commit":"x"}')))).toEqual([]);
    expect(decodeState(wrap(b64('"text"')))).toEqual([]);
  });

  test('entries without a string commit are dropped', () => {
    const payload = Buffer.from(JSON.stringify([null, 3, { commit: 5 }, { image: 'x' }, entry()]), 'utf8').toString('base64');
    expect(decodeState(`r\n<!-- sagemaker-private-registry-action-state: ${payload} -->\n`)).toEqual([entry()]);
  });

  test('entries whose fields are not what the action writes are dropped (a forged state cannot break rendering)', () => {
    const forged = [{ ...entry(), image: 5 }, { ...entry(), version: '1; drop' }, { ...entry(), failed: 'yes' }, { ...entry(), approval: {} }, entry({ version: 2 })];
    const payload = Buffer.from(JSON.stringify({ history: forged }), 'utf8').toString('base64');
    expect(decodeState(`r\n<!-- sagemaker-private-registry-action-state: ${payload} -->\n`)).toEqual([entry({ version: 2 })]);
  });

  test('the state block counts only at its fixed place, the last line', () => {
    const state = encodeState([entry()]);
    expect(decodeState(`r\n${state}\n`)).toEqual([entry()]);
    expect(decodeState(`r\n${state}\nquoted below the state\n`)).toEqual([]);
    expect(decodeState(`r ${state}\n`)).toEqual([]);
    expect(decodeState(`r\n${state}`)).toEqual([]);
  });

  test('the comment id travels with the history; comments from before the id was recorded still decode', () => {
    expect(readState(commentBody('<!-- m -->', 'r', [entry()], 1234))).toEqual({ id: 1234, history: [entry()] });
    expect(readState(commentBody('<!-- m -->', 'r', [entry()]))).toEqual({ history: [entry()] });
    const legacy = Buffer.from(JSON.stringify([entry()]), 'utf8').toString('base64');
    expect(readState(`r\n<!-- sagemaker-private-registry-action-state: ${legacy} -->\n`)).toEqual({ history: [entry()] });
    const badId = Buffer.from(JSON.stringify({ id: '12', history: [entry()] }), 'utf8').toString('base64');
    expect(readState(`r\n<!-- sagemaker-private-registry-action-state: ${badId} -->\n`)).toEqual({ history: [entry()] });
  });
});

describe('mergeHistory', () => {
  test('appends a new version', () => {
    const a = entry({ version: 1, arn: 'arn:1' });
    const b = entry({ version: 2, arn: 'arn:2', commit: 'c'.repeat(40) });
    expect(mergeHistory([a], b)).toEqual([a, b]);
  });

  test('a re-run for the same version replaces its entry and moves it last', () => {
    const a = entry({ version: 1, arn: 'arn:1' });
    const b = entry({ version: 2, arn: 'arn:2' });
    const again = entry({ version: 1, arn: 'arn:1', approval: 'Approved', time: '2025-06-02T00:00:00.000Z' });
    expect(mergeHistory([a, b], again)).toEqual([b, again]);
  });

  test('a failed run for the same commit and image replaces the earlier failure', () => {
    const failed = entry({ failed: true });
    const otherImage = entry({ failed: true, image: 'ghcr.io/acme/fraud-model:v2' });
    const registered = entry({ version: 1, arn: 'arn:1' });
    const again = entry({ failed: true, time: '2025-06-02T00:00:00.000Z' });
    expect(mergeHistory([failed, otherImage, registered], again)).toEqual([otherImage, registered, again]);
  });

  test('a success after failures keeps them (they have no ARN to match)', () => {
    const failed = entry({ failed: true });
    const ok = entry({ version: 1, arn: 'arn:1' });
    expect(mergeHistory([failed], ok)).toEqual([failed, ok]);
  });
});

describe('commentBody', () => {
  test('marker, report, state', () => {
    const history = [entry()];
    expect(commentBody('<!-- m -->', '### Report\n', history)).toBe(`<!-- m -->\n### Report\n\n${encodeState(history)}\n`);
  });
});

describe('tokenLogin', () => {
  test('GET /user answers for a personal token', async () => {
    const { octokit, graphql } = fakeOctokit({ user: async () => ({ data: { login: 'release-bot' } }) });
    await expect(tokenLogin(octokit)).resolves.toBe('release-bot');
    expect(graphql).not.toHaveBeenCalled();
  });

  test('403 from GET /user: the GraphQL viewer with [bot]', async () => {
    const { octokit, graphql } = fakeOctokit({ user: async () => Promise.reject(httpError(403, 'Resource not accessible by integration')) });
    await expect(tokenLogin(octokit)).resolves.toBe('github-actions[bot]');
    expect(graphql).toHaveBeenCalledWith('query { viewer { login } }');
  });

  test('a viewer login that already ends in [bot] is kept', async () => {
    const { octokit } = fakeOctokit({ user: async () => Promise.reject(httpError(403)), graphql: async () => ({ viewer: { login: 'my-app[bot]' } }) });
    await expect(tokenLogin(octokit)).resolves.toBe('my-app[bot]');
  });

  test('another app as viewer', async () => {
    const { octokit } = fakeOctokit({ user: async () => Promise.reject(httpError(403)), graphql: async () => ({ viewer: { login: 'deploy-app' } }) });
    await expect(tokenLogin(octokit)).resolves.toBe('deploy-app[bot]');
  });

  test('a GraphQL failure or empty answer falls back to github-actions[bot]', async () => {
    const failing = fakeOctokit({ user: async () => Promise.reject(httpError(403)), graphql: async () => Promise.reject(new Error('boom')) });
    await expect(tokenLogin(failing.octokit)).resolves.toBe('github-actions[bot]');
    const empty = fakeOctokit({ user: async () => Promise.reject(httpError(403)), graphql: async () => ({}) });
    await expect(tokenLogin(empty.octokit)).resolves.toBe('github-actions[bot]');
  });

  test('other GET /user errors propagate', async () => {
    const err = httpError(500, 'server error');
    const { octokit, graphql } = fakeOctokit({ user: async () => Promise.reject(err) });
    await expect(tokenLogin(octokit)).rejects.toBe(err);
    expect(graphql).not.toHaveBeenCalled();
  });
});

describe('findComment', () => {
  const M = marker('fraud-model', 'fraud-prod', '');
  const target = { owner: 'acme', repo: 'fraud-model', issueNumber: 42 };
  const c = (id: number, body: string, login: string | null): Comment => ({ id, body, html_url: `https://github.com/acme/fraud-model/pull/42#issuecomment-${id}`, user: login ? { login } : null });
  /** A body as the action writes it: marker first, state last (with the comment's own id once recorded). */
  const ours = (text: string, id?: number) => commentBody(M, text, [entry()], id);

  test('requires the marker and the token author, across pages', async () => {
    const { octokit, iterator, listComments } = fakeOctokit({
      user: async () => Promise.reject(httpError(403)),
      pages: [
        [c(1, 'hello', 'github-actions[bot]'), c(2, ours('copied by a person'), 'mallory')],
        [c(3, ours('report'), 'github-actions[bot]'), c(4, 'bye', 'octocat')]
      ]
    });
    await expect(findComment(octokit, target, M)).resolves.toEqual({ id: 3, body: ours('report'), url: 'https://github.com/acme/fraud-model/pull/42#issuecomment-3' });
    expect(iterator).toHaveBeenCalledTimes(1);
    expect(iterator.mock.calls[0]?.[0]).toBe(listComments);
    expect(iterator.mock.calls[0]?.[1]).toEqual({ owner: 'acme', repo: 'fraud-model', issue_number: 42, per_page: 100 });
  });

  test('the oldest matching comment of the author wins when none records its id', async () => {
    const { octokit } = fakeOctokit({ pages: [[c(6, ours('b'), 'octocat')], [c(5, ours('a'), 'octocat')]] });
    await expect(findComment(octokit, target, M)).resolves.toEqual({ id: 5, body: ours('a'), url: 'https://github.com/acme/fraud-model/pull/42#issuecomment-5' });
  });

  test('the comment whose state records its own id is preferred', async () => {
    const { octokit } = fakeOctokit({ pages: [[c(5, ours('unverified'), 'octocat'), c(9, ours('verified', 9), 'octocat')]] });
    await expect(findComment(octokit, target, M)).resolves.toMatchObject({ id: 9 });
  });

  test('a same-author comment that quotes the marker anywhere but at the start is not taken (hijack)', async () => {
    const quoted = `PR description: ${ours('fake history')}`;
    const afterText = `Deploy notes\n${ours('fake history')}`;
    const { octokit } = fakeOctokit({ pages: [[c(2, quoted, 'octocat'), c(3, afterText, 'octocat')]] });
    await expect(findComment(octokit, target, M)).resolves.toBeUndefined();
  });

  test('a marker at the start without the state block at its place is not taken', async () => {
    const { octokit } = fakeOctokit({ pages: [[c(2, `${M}\nno state`, 'octocat'), c(3, `${ours('x')}trailing text\n`, 'octocat')]] });
    await expect(findComment(octokit, target, M)).resolves.toBeUndefined();
  });

  test('a copy of this action\'s comment (its state records another id) is never taken', async () => {
    const genuine = ours('real', 7);
    const { octokit } = fakeOctokit({ pages: [[c(4, genuine, 'octocat'), c(7, genuine, 'octocat')]] });
    await expect(findComment(octokit, target, M)).resolves.toMatchObject({ id: 7 });
    const onlyCopy = fakeOctokit({ pages: [[c(4, genuine, 'octocat')]] });
    await expect(findComment(onlyCopy.octokit, target, M)).resolves.toBeUndefined();
  });

  test('a marker only from others finds nothing', async () => {
    const { octokit } = fakeOctokit({ pages: [[c(2, ours('x'), 'mallory'), c(7, ours('y'), null)]] });
    await expect(findComment(octokit, target, M)).resolves.toBeUndefined();
  });

  test('another marker (other endpoint) does not match', async () => {
    const other = commentBody(marker('fraud-model', 'fraud-staging', ''), 'r', []);
    const { octokit, getAuthenticated } = fakeOctokit({ pages: [[c(8, other, 'octocat')]] });
    await expect(findComment(octokit, target, M)).resolves.toBeUndefined();
    expect(getAuthenticated).not.toHaveBeenCalled();
  });

  test('no comments: no identity lookup', async () => {
    const { octokit, getAuthenticated, graphql } = fakeOctokit({ pages: [[], []] });
    await expect(findComment(octokit, target, M)).resolves.toBeUndefined();
    expect(getAuthenticated).not.toHaveBeenCalled();
    expect(graphql).not.toHaveBeenCalled();
  });
});

describe('isPermissionError', () => {
  test('403, 404 and the integration message', () => {
    expect(isPermissionError(httpError(403))).toBe(true);
    expect(isPermissionError(httpError(404))).toBe(true);
    expect(isPermissionError(new Error('Resource not accessible by integration'))).toBe(true);
    expect(isPermissionError(httpError(500))).toBe(false);
    expect(isPermissionError(new Error('socket hang up'))).toBe(false);
  });
});
