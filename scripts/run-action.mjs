/**
 * Runs the bundled action (dist/index.js) exactly as the GitHub runner does: INPUT_* variables
 * (with action.yml defaults filled in), GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 * Used by the end-to-end tests, the demo and the benchmark.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = 'acme/fraud-model';
export const HEAD_SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';

let yml;
export function actionYml() {
  yml ??= parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  return yml;
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
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const value = opts.inputs[name] ?? spec.default ?? '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = expressions[value] ?? value;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, files };
}

export async function runAction(opts) {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const { env, files } = runnerEnv(opts, dir);
  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { env, cwd: dir });
  opts.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((res) => child.on('close', res));
  const result = {
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
