/**
 * Releases the action the way actions/typescript-action does: refuses unless main is clean and dist/ is the
 * bundle of the committed source, then tags vX.Y.Z (annotated) and moves the major tag vX to it.
 *   npm run release -- 1.4.0          tag locally, print the push command
 *   npm run release -- 1.4.0 --push   and push both tags to origin
 * The version must be newer than every existing vX.Y.Z tag; package.json's version is not rewritten.
 *
 * Reusable workflows run the action by commit. On main, .github/workflows/model-*.yml name this action as
 * `uses: <owner>/<repo>[/<sub-action>]@vX`. A step's `uses:` cannot be an expression, and a commit cannot
 * contain its own SHA, so a caller that pins a reusable workflow (to vX.Y.Z or a SHA) would still run whatever
 * vX points to later. So the release makes two commits:
 *   A  the checked commit on main (its dist/ is the bundle of its source); main stays at A;
 *   B  a child of A in which every such `uses:` in .github/workflows/model-*.yml names `@<A's SHA> # vX.Y.Z`.
 *      Nothing else differs: A and B hold the same dist/ and action.yml files.
 * vX.Y.Z and vX are tags on B. A caller of `model-*.yml@vX.Y.Z` (or @vX, or B's SHA) runs exactly the action
 * code of that release; B stays reachable through its tags. A repository without reusable workflows that use
 * the action is tagged at A. (GitHub now documents job.workflow_sha, but only as an expression for steps such as
 * a checkout, not for `uses:`, and not on every GitHub Enterprise Server; the pinned reference works everywhere.)
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const gitRaw = (...args) => execFileSync('git', args, { encoding: 'utf8' });
const git = (...args) => gitRaw(...args).trim();
const gitWith = (env, input, ...args) => execFileSync('git', args, { encoding: 'utf8', input, env: { ...process.env, ...env } }).trim();
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

export function parseVersion(text) {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function newer(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of a reusable workflow with this action's references pinned to `sha`, and how many it pinned.
 * `repo` is the repository's name (package.json's name); every `uses: <owner>/<repo>[/<sub>]@<ref>` must name
 * the major tag `major`, and none may be a reusable workflow of this repository (it would need B's own SHA).
 */
export function pinWorkflow(text, { repo, major, sha, tag }) {
  const line = new RegExp(`^(\\s*(?:-\\s+)?uses:\\s*)([\\w.-]+/${escape(repo)})((?:/[\\w.-]+)*)@([^\\s#]+)[ \\t]*(#.*)?$`, 'gm');
  const problems = [];
  let count = 0;
  const pinned = text.replace(line, (_all, prefix, name, sub, ref) => {
    if (sub.startsWith('/.github/workflows/')) problems.push(`${name}${sub}@${ref} is a reusable workflow of this repository: call it with a relative path`);
    else if (ref !== major) problems.push(`${name}${sub}@${ref} must name the major tag @${major} on main`);
    count += 1;
    return `${prefix}${name}${sub}@${sha} # ${tag}`;
  });
  // Any other spelling (quoted, inline) would stay on the moving tag: refused rather than left behind.
  const left = new RegExp(`/${escape(repo)}(?:/[\\w.-]+)*@(?![0-9a-f]{40} # )`).exec(pinned);
  if (left) problems.push(`a reference to this action the release cannot pin: ${JSON.stringify(pinned.slice(Math.max(0, left.index - 40), left.index + 40).trim())}`);
  return { text: pinned, count, problems };
}

/** The reusable workflows at `commit` that use the action, with their pinned text. */
function pinnedWorkflows(commit, options) {
  const files = git('ls-tree', '--name-only', commit, '.github/workflows/')
    .split('\n')
    .filter((f) => /^\.github\/workflows\/model-[^/]*\.ya?ml$/.test(f));
  if (!files.length) return [];
  // The repository's name, as the reusable workflows spell it after the owner: package.json's name.
  const repo = JSON.parse(gitRaw('show', `${commit}:package.json`)).name;
  const out = [];
  for (const file of files) {
    const pinned = pinWorkflow(gitRaw('show', `${commit}:${file}`), { ...options, repo });
    for (const problem of pinned.problems) fail(`${file}: ${problem}`);
    if (pinned.count) out.push({ file, text: pinned.text });
  }
  return out;
}

/** Commit B: A's tree with the pinned workflows, as a child of A. The branch and the working tree stay as they are. */
function releaseCommit(a, workflows, tag) {
  const index = `${git('rev-parse', '--git-path', 'index')}.release-${process.pid}`;
  const env = { GIT_INDEX_FILE: index };
  let tree;
  try {
    gitWith(env, undefined, 'read-tree', a);
    for (const { file, text } of workflows) {
      const blob = gitWith({}, text, 'hash-object', '-w', '--stdin');
      const mode = git('ls-tree', a, '--', file).split(/\s/)[0];
      gitWith(env, undefined, 'update-index', '--cacheinfo', `${mode},${blob},${file}`);
    }
    tree = gitWith(env, undefined, 'write-tree');
  } finally {
    rmSync(index, { force: true });
  }
  const b = gitWith({}, undefined, 'commit-tree', tree, '-p', a, '-m', `Release ${tag}: the reusable workflows run the action at ${a}`);
  const changed = git('diff', '--name-only', a, b).split('\n').filter(Boolean).sort();
  const expected = workflows.map((w) => w.file).sort();
  if (JSON.stringify(changed) !== JSON.stringify(expected)) fail(`the release commit changes ${changed.join(', ')}, not only ${expected.join(', ')}`);
  return b;
}

function checks(arg) {
  const version = parseVersion(arg);
  if (!version) fail(`the version ${JSON.stringify(arg ?? '')} must be X.Y.Z (e.g. 1.4.0)`);
  if (git('status', '--porcelain')) fail('the working tree has uncommitted changes: commit or stash them first');
  const tags = git('tag', '--list', 'v*.*.*').split('\n').map(parseVersion).filter(Boolean);
  const latest = tags.reduce((a, b) => (newer(b, a) ? b : a), [0, 0, 0]);
  if (tags.length && !newer(version, latest)) fail(`v${version.join('.')} is not newer than the latest release v${latest.join('.')}`);
  // RELEASE_CHECK replaces the dist/ check only in the release script's own tests.
  try {
    execFileSync(process.env.RELEASE_CHECK ?? 'node scripts/check-dist.mjs', { stdio: 'inherit', shell: true });
  } catch {
    fail('dist/ is not the bundle of the committed source: run npm run bundle and commit dist/');
  }
  return version;
}

function main() {
  const [arg, ...flags] = process.argv.slice(2);
  const version = checks(arg);
  const tag = `v${version.join('.')}`;
  const major = `v${version[0]}`;
  const a = git('rev-parse', 'HEAD');
  const workflows = pinnedWorkflows(a, { major, sha: a, tag });
  const target = workflows.length ? releaseCommit(a, workflows, tag) : a;
  git('tag', '-a', tag, '-m', `Release ${tag}`, target);
  git('tag', '-fa', major, '-m', `${major} → ${tag}`, `${tag}^{commit}`);
  const pinned = workflows.length ? ` (reusable workflows pin the action to ${a.slice(0, 12)})` : '';
  console.log(`Tagged ${tag} and moved ${major} to ${git('rev-parse', '--short', `${tag}^{commit}`)}${pinned}.`);
  if (flags.includes('--push')) {
    git('push', 'origin', tag);
    git('push', '--force', 'origin', major);
    console.log(`Pushed ${tag} and ${major}.`);
  } else {
    console.log(`Push with: git push origin ${tag} && git push --force origin ${major}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
