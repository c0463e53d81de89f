import { beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newer, parseVersion } from '../../scripts/release.mjs';

const SCRIPT = resolve('scripts/release.mjs');
let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const commit = (name: string) => {
  writeFileSync(join(repo, name), name);
  git('add', name);
  git('commit', '-qm', name);
  return git('rev-parse', 'HEAD');
};
function release(version: string, check = 'true') {
  const r = spawnSync(process.execPath, [SCRIPT, version], { cwd: repo, encoding: 'utf8', env: { ...process.env, RELEASE_CHECK: check } });
  return { code: r.status, out: r.stdout + r.stderr };
}
const tagTarget = (tag: string) => git('rev-parse', `${tag}^{commit}`);

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'release-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  commit('a');
  git('tag', '-a', 'v1.2.0', '-m', 'v1.2.0');
  git('tag', '-a', 'v1', '-m', 'v1');
});

describe('release', () => {
  test('tags vX.Y.Z and moves the major tag to the same commit', () => {
    const head = commit('b');
    const r = release('1.3.0');
    expect(r.code).toBe(0);
    expect(tagTarget('v1.3.0')).toBe(head);
    expect(tagTarget('v1')).toBe(head);
    expect(r.out).toContain('git push origin v1.3.0 && git push --force origin v1');
  });

  test('a new major version gets its own major tag and leaves v1 alone', () => {
    const old = tagTarget('v1');
    const head = commit('b');
    expect(release('2.0.0').code).toBe(0);
    expect(tagTarget('v2')).toBe(head);
    expect(tagTarget('v1')).toBe(old);
  });

  test.each([
    ['an older version', '1.1.9', /not newer than the latest release v1\.2\.0/],
    ['the same version', '1.2.0', /not newer/],
    ['a malformed version', '1.3', /must be X\.Y\.Z/]
  ])('refuses %s and tags nothing', (_what, version, message) => {
    commit('b');
    const before = git('tag', '--list');
    const r = release(version);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(message);
    expect(git('tag', '--list')).toBe(before);
  });

  test('refuses a dirty working tree', () => {
    writeFileSync(join(repo, 'a'), 'changed');
    const r = release('1.3.0');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/uncommitted changes/);
  });

  test('refuses when dist/ is not the bundle of the source', () => {
    commit('b');
    const r = release('1.3.0', 'false');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/dist\/ is not the bundle/);
    expect(git('tag', '--list', 'v1.3.0')).toBe('');
  });
});

test('version helpers', () => {
  expect(parseVersion('v1.20.3')).toEqual([1, 20, 3]);
  expect(parseVersion('01.2.3')).toBeUndefined();
  expect(newer([1, 10, 0], [1, 9, 9])).toBe(true);
  expect(newer([1, 9, 9], [1, 10, 0])).toBe(false);
});
