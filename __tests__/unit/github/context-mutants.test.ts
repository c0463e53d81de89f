/** The run context fields that decide what is built and whether a run is a release, from payloads that mislead. */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReleaseRun, readRunContext, type RunContext } from '../../../src/github/context.js';

const MAIN = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const UPSTREAM = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gh-context-mutants-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function env(eventName: string, payload: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const path = join(dir, 'event.json');
  writeFileSync(path, payload);
  return { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/m', GITHUB_SHA: MAIN, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', ...extra };
}
const read = (eventName: string, payload: unknown, extra: NodeJS.ProcessEnv = {}) => readRunContext(env(eventName, JSON.stringify(payload), extra), () => undefined);

describe('workflow_run fields count only on workflow_run events', () => {
  test('a push whose payload carries a workflow_run keeps its own branch and commit', () => {
    const ctx = read('push', { workflow_run: { head_branch: 'feature/x', head_sha: UPSTREAM, pull_requests: [] }, repository: { default_branch: 'main' } });
    expect(ctx).toMatchObject({ refType: 'branch', refName: 'main', sha: MAIN });
    expect(isReleaseRun(ctx)).toBe(true);
  });

  test('a workflow_run without a head branch falls back to GITHUB_REF', () => {
    expect(read('workflow_run', { workflow_run: { head_sha: UPSTREAM, pull_requests: [] } })).toMatchObject({ refType: 'branch', refName: 'main', sha: UPSTREAM });
  });

  test('a workflow_run of a branch (no pull request) is typed branch, not pull', () => {
    expect(read('workflow_run', { workflow_run: { head_branch: 'feature/x', head_sha: UPSTREAM, pull_requests: [] } })).toMatchObject({ refType: 'branch', refName: 'feature/x' });
  });
});

test('an event file holding JSON that is not an object (a number, a string) is warned about and read as empty', () => {
  for (const text of ['42', '"text"', 'true']) {
    const warn = jest.fn();
    const ctx = readRunContext(env('push', text), warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('is not a JSON object');
    expect(ctx.defaultBranch).toBeUndefined();
  }
});

describe('isReleaseRun', () => {
  const ctx = (extra: Partial<RunContext>) => ({ eventName: 'push', refType: 'branch', refName: 'main', defaultBranch: 'main', ...extra }) as RunContext;

  test('a release event is a release whatever its ref', () => {
    expect(isReleaseRun(ctx({ eventName: 'release', refType: 'other', refName: '' }))).toBe(true);
  });

  test('a push to the default branch is a release only when the ref is a branch', () => {
    expect(isReleaseRun(ctx({}))).toBe(true);
    expect(isReleaseRun(ctx({ refType: 'pull' }))).toBe(false);
    expect(isReleaseRun(ctx({ refType: 'other' }))).toBe(false);
    expect(isReleaseRun(ctx({ eventName: 'workflow_dispatch' }))).toBe(false);
    expect(isReleaseRun(ctx({ defaultBranch: undefined }))).toBe(false);
    expect(isReleaseRun(ctx({ defaultBranch: '', refName: '' }))).toBe(false);
  });
});
