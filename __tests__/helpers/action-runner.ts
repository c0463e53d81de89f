/**
 * Runs the bundled action (dist/index.js) exactly as the GitHub runner does: INPUT_* variables
 * (with action.yml defaults filled in), GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../..');

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export function actionYml(): ActionYml {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

export interface RunOptions {
  inputs: Record<string, string>;
  /** Extra environment (the simulator's endpoints and credentials, for example). */
  env?: Record<string, string>;
  eventName?: string;
  event?: Record<string, unknown>;
  ref?: string;
  sha?: string;
  runId?: string;
  runAttempt?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The ::error:: lines, unescaped. */
  errors: string[];
}

export const REPO = 'acme/fraud-model';
export const HEAD_SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';

export function pullRequestEvent(number = 42, sha = HEAD_SHA, branch = 'feature/better-features'): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha, ref: branch }, base: { ref: 'main' }, html_url: `https://github.com/${REPO}/pull/${number}` },
    repository: { full_name: REPO, default_branch: 'main' }
  };
}

export function pushEvent(ref = 'refs/heads/main'): Record<string, unknown> {
  return { ref, repository: { full_name: REPO, default_branch: 'main' } };
}

export async function runAction(opts: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? pullRequestEvent()));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const eventName = opts.eventName ?? 'pull_request';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
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
  // The runner sets every declared input, using its default when the workflow gives none.
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const value = opts.inputs[name] ?? spec.default ?? '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(opts.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    errors: stdout
      .split('\n')
      .filter((l) => l.startsWith('::error::'))
      .map((l) => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
  };
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter … delimiter, or name=value). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
