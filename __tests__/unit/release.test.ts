import { beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { newer, parseVersion, pinWorkflow } from '../../scripts/release.mjs';

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

describe('release of the reusable workflows: they run the action by commit, not by the moving major tag', () => {
  const SELF = 'acme/sagemaker-private-registry-action';
  const workflows = readdirSync(resolve('.github/workflows')).filter((f) => f.startsWith('model-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  };
  /** A copy of this repository's release-relevant files: the real reusable workflows, action.yml files, a dist/. */
  function actionRepo(dist: string): string {
    write('package.json', readFileSync(resolve('package.json'), 'utf8'));
    for (const file of ['action.yml', 'promote/action.yml', 'rollback/action.yml', 'status/action.yml', 'prune/action.yml']) write(file, readFileSync(resolve(file), 'utf8'));
    for (const file of workflows) write(`.github/workflows/${file}`, readFileSync(resolve('.github/workflows', file), 'utf8'));
    write('.github/workflows/ci.yml', readFileSync(resolve('.github/workflows/ci.yml'), 'utf8'));
    write('dist/index.js', dist);
    git('add', '-A');
    git('commit', '-qm', `action ${dist}`);
    return git('rev-parse', 'HEAD');
  }
  /** Every `uses:` of this action in a workflow at `ref`. */
  const actionUses = (ref: string, file: string) => {
    const doc = parse(git('show', `${ref}:.github/workflows/${file}`)) as { jobs: Record<string, { steps?: { uses?: string }[] }> };
    return Object.values(doc.jobs).flatMap((j) => j.steps ?? []).map((step) => step.uses ?? '').filter((u) => u.startsWith(SELF));
  };
  const actionFiles = (ref: string) => git('ls-tree', '-r', ref, '--', 'dist', 'action.yml', 'promote', 'rollback', 'status', 'prune');

  // This repository's sources name @v0: a history of 0.x releases.
  beforeEach(() => {
    git('tag', '-d', 'v1.2.0', 'v1');
    git('tag', '-a', 'v0.2.0', '-m', 'v0.2.0');
  });

  test('the tag is a release commit whose reusable workflows name the released action code by its 40-hex SHA', () => {
    expect(workflows.length).toBeGreaterThan(3);
    const a = actionRepo('bundle 1');
    const r = release('0.3.0');
    expect(r.code).toBe(0);
    const tagged = tagTarget('v0.3.0');
    expect(tagged).not.toBe(a);
    expect(git('rev-parse', `${tagged}^`)).toBe(a);
    expect(tagTarget('v0')).toBe(tagged);
    expect(git('rev-parse', 'HEAD')).toBe(a);
    expect(git('status', '--porcelain')).toBe('');
    for (const file of workflows) {
      const uses = actionUses('v0.3.0', file);
      expect(uses.length).toBeGreaterThan(0);
      for (const ref of uses) {
        const sha = /@([0-9a-f]{40})$/.exec(ref)?.[1];
        expect(sha).toBe(a);
        // The pinned commit holds the same action code as the tag: dist/ and every action.yml.
        expect(actionFiles(sha!)).toBe(actionFiles('v0.3.0'));
      }
      expect(git('show', `v0.3.0:.github/workflows/${file}`)).toMatch(new RegExp(`@${a} # v0\\.3\\.0\n`));
      // main keeps the major tag in its sources.
      expect(actionUses('HEAD', file).every((u) => u.endsWith('@v0'))).toBe(true);
    }
    expect(git('diff', '--name-only', a, tagged).split('\n').sort()).toEqual(workflows.map((f) => `.github/workflows/${f}`).sort());
  });

  test('the next release pins its own commit; the earlier tag keeps the earlier code', () => {
    const first = actionRepo('bundle 1');
    expect(release('0.3.0').code).toBe(0);
    const second = actionRepo('bundle 2');
    expect(release('0.4.0').code).toBe(0);
    expect(actionUses('v0.3.0', workflows[0]!).every((u) => u.endsWith(`@${first}`))).toBe(true);
    expect(actionUses('v0.4.0', workflows[0]!).every((u) => u.endsWith(`@${second}`))).toBe(true);
    expect(git('show', `${actionUses('v0', workflows[0]!)[0]!.split('@')[1]}:dist/index.js`)).toBe('bundle 2');
  });

  test('refuses when a reference on main names another major tag, and tags nothing', () => {
    actionRepo('bundle 1');
    const before = git('tag', '--list');
    const r = release('2.0.0');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/must name the major tag @v2 on main/);
    expect(git('tag', '--list')).toBe(before);
  });

  test('pinWorkflow: every spelling it cannot pin is a problem, not a reference left on the moving tag', () => {
    const o = { repo: 'sagemaker-private-registry-action', major: 'v0', sha: 'f'.repeat(40), tag: 'v0.3.0' };
    expect(pinWorkflow(`      - uses: ${SELF}/promote@v0\n`, o)).toEqual({ text: `      - uses: ${SELF}/promote@${'f'.repeat(40)} # v0.3.0\n`, count: 1, problems: [] });
    expect(pinWorkflow(`      - uses: '${SELF}@v0'\n`, o).problems[0]).toMatch(/cannot pin/);
    expect(pinWorkflow(`    uses: ${SELF}/.github/workflows/model-promote.yml@v0\n`, o).problems[0]).toMatch(/reusable workflow of this repository/);
    expect(pinWorkflow('      - uses: aws-actions/configure-aws-credentials@v4\n', o)).toMatchObject({ count: 0, problems: [] });
  });
});

test('version helpers', () => {
  expect(parseVersion('v1.20.3')).toEqual([1, 20, 3]);
  expect(parseVersion('01.2.3')).toBeUndefined();
  expect(newer([1, 10, 0], [1, 9, 9])).toBe(true);
  expect(newer([1, 9, 9], [1, 10, 0])).toBe(false);
});
