/**
 * The whole suite's no-credential check. globalSetup gives every test process a capture folder;
 * scripts/run-action.mjs writes each action run's stdout, stderr, outputs and summary there, and tests
 * declare the credential values they create (declareSecret). globalTeardown reads everything and fails
 * the run when a declared value appears anywhere outside the runner's own ::add-mask:: lines.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CAPTURE_ENV = 'ACTION_RUN_CAPTURE_DIR';

export function setup() {
  process.env[CAPTURE_ENV] = mkdtempSync(join(tmpdir(), 'action-runs-'));
}

export function check(dir) {
  const files = readdirSync(dir);
  const secrets = new Set(files.filter((f) => f.startsWith('secret-')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)));
  const runs = files.filter((f) => f.startsWith('run-'));
  const leaks = [];
  for (const f of runs) {
    const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n');
    for (const s of secrets) if (text.includes(s)) leaks.push(`${f}: ${s.slice(0, 3)}…`);
  }
  return { runs: runs.length, secrets: secrets.size, leaks };
}

export function teardown() {
  const dir = process.env[CAPTURE_ENV];
  if (!dir) return;
  const { runs, secrets, leaks } = check(dir);
  rmSync(dir, { recursive: true, force: true });
  if (leaks.length) throw new Error(`Credential values leaked into action output:\n${leaks.join('\n')}`);
  process.stdout.write(`\nNo-credential check: ${runs} action runs, ${secrets} declared credential values, no leak.\n`);
}
