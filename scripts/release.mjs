/**
 * Releases the action the way actions/typescript-action does: refuses unless main is clean and dist/ is the
 * bundle of the committed source, then tags vX.Y.Z (annotated) and moves the major tag vX to it.
 *   npm run release -- 1.4.0          tag locally, print the push command
 *   npm run release -- 1.4.0 --push   and push both tags to origin
 * The version must be newer than every existing vX.Y.Z tag; package.json's version is not rewritten.
 */
import { execFileSync } from 'node:child_process';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
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

function main() {
  const [arg, ...flags] = process.argv.slice(2);
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
  const tag = `v${version.join('.')}`;
  const major = `v${version[0]}`;
  git('tag', '-a', tag, '-m', `Release ${tag}`);
  git('tag', '-fa', major, '-m', `${major} → ${tag}`, `${tag}^{commit}`);
  console.log(`Tagged ${tag} and moved ${major} to ${git('rev-parse', '--short', `${tag}^{commit}`)}.`);
  if (flags.includes('--push')) {
    git('push', 'origin', tag);
    git('push', '--force', 'origin', major);
    console.log(`Pushed ${tag} and ${major}.`);
  } else {
    console.log(`Push with: git push origin ${tag} && git push --force origin ${major}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
