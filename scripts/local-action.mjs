/**
 * Runs the action's source through GitHub's own local runner, `@github/local-action`, against the simulator:
 * the check that the action speaks the toolkit (@actions/core) the ecosystem's tools expect.
 *   npm run local-action            register a version in the simulator and print local-action's view
 * Exit code: 0 when local-action saw the outputs and no ::error:: line, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionRuntime, HEAD_SHA, REPO, ROOT } from './run-action.mjs';
import { startSimProcess } from './sim-process.mjs';

const CLI = join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

/** INPUT_* and GITHUB_* for one registration of an ECR image pinned by digest (no registry needed). */
export function registerEnv(simEnv, inputs = {}) {
  return {
    ...simEnv,
    'INPUT_IMAGE': `123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model@sha256:${'a'.repeat(64)}`,
    'INPUT_MODEL-PACKAGE-GROUP': 'fraud-model',
    'INPUT_APPROVAL': 'pending',
    'INPUT_COMMENT': 'false',
    'INPUT_RESOLVE-DIGEST': 'off',
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '77',
    ...inputs
  };
}

/** Runs `local-action run . src/main.ts <env file>` on the action runtime; resolves with its stdout and exit code. */
export async function runLocalAction(env) {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-'));
  const envFile = join(dir, '.env');
  writeFileSync(envFile, Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  const { path } = actionRuntime();
  const child = spawn(path, [CLI, 'run', '.', 'src/main.ts', envFile], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: dir, npm_config_update_notifier: 'false' } });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stdout += d));
  const code = await new Promise((done) => child.on('exit', done));
  rmSync(dir, { recursive: true, force: true });
  return { stdout, code };
}

/** The outputs local-action reports in its "Action Outputs" table. */
export function outputsFromTable(stdout) {
  const outputs = {};
  const at = stdout.indexOf('Action Outputs');
  if (at < 0) return outputs;
  for (const m of stdout.slice(at).matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│/g)) outputs[m[1]] = m[2];
  return outputs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sim = await startSimProcess();
  try {
    const { stdout, code } = await runLocalAction(registerEnv(sim.env));
    process.stdout.write(stdout);
    const outputs = outputsFromTable(stdout);
    const ok = code === 0 && !/^::error::/m.test(stdout) && outputs['model-package-arn']?.startsWith('arn:aws:sagemaker:');
    console.log(ok ? 'local-action saw the outputs.' : 'local-action did NOT see the expected outputs.');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await sim.stop();
  }
}
