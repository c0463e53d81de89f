/**
 * The whole suite's no-credential check. globalSetup gives every test process a capture folder;
 * scripts/run-action.mjs writes each action run's stdout, stderr, outputs and summary there; the end-to-end
 * helpers note every run they start (with the run's GitHub token as a credential) and give each simulator a
 * request log there, which holds every PR comment body the simulator received; tests declare the other
 * credential values they create (declareSecret). globalTeardown reads everything, value by value (never a
 * JSON encoding, whose escapes would hide a password containing `"` or `\`), and fails the run when a declared
 * value appears anywhere outside the runner's own ::add-mask:: lines, or when action runs were started but no
 * run or no credential was checked (a check that looked at nothing proves nothing).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CAPTURE_ENV = 'ACTION_RUN_CAPTURE_DIR';
/** The token the simulator answers by default, and the one runAction passes when a test names none. */
const DEFAULT_TOKEN = 'ghs_simtoken';

export function setup() {
  process.env[CAPTURE_ENV] = mkdtempSync(join(tmpdir(), 'action-runs-'));
}

function captureDir() {
  const dir = process.env[CAPTURE_ENV];
  if (!dir) throw new Error(`${CAPTURE_ENV} is not set: the suite-wide no-credential check (jest globalSetup) cannot see this action run`);
  return dir;
}

/** Called for every action run an end-to-end test starts: the run is expected, its GitHub token is a credential. */
export function noteActionRun(opts = {}) {
  const dir = captureDir();
  writeFileSync(join(dir, `requested-${randomUUID()}`), '');
  const tokens = [opts.githubToken ?? DEFAULT_TOKEN, opts.inputs?.['github-token']].filter(Boolean);
  writeFileSync(join(dir, `secret-${randomUUID()}.txt`), tokens.join('\n'));
}

/** Where an end-to-end test's simulator appends its request log, or undefined outside the suite. */
export function simLogPath() {
  const dir = process.env[CAPTURE_ENV];
  return dir ? join(dir, `sim-${randomUUID()}.jsonl`) : undefined;
}

/** Every string in a parsed JSON value, keys included. */
export function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** A workflow command's escapes undone (%25 %0D %0A, and %3A %2C in properties), so an escaped value is found too. */
function unescapeCommands(text) {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

/** The texts of one captured run: log lines (as written and unescaped), outputs and summary, each a raw value. */
function runTexts(r) {
  const stdout = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  return [stdout, unescapeCommands(stdout), r.stderr, ...strings(r.outputs), r.summary];
}

/** The texts of one simulator request log: every value of every request (PR comment bodies included). */
function simTexts(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap((line) => strings(JSON.parse(line)));
}

export function check(dir) {
  const files = readdirSync(dir);
  const secrets = new Set(files.filter((f) => f.startsWith('secret-')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)));
  const runs = files.filter((f) => f.startsWith('run-'));
  const logs = files.filter((f) => f.startsWith('sim-'));
  const leaks = [];
  const scan = (name, texts) => {
    for (const s of secrets) if (texts.some((t) => t.includes(s))) leaks.push(`${name}: ${s.slice(0, 3)}…`);
  };
  for (const f of runs) scan(f, runTexts(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  for (const f of logs) scan(f, simTexts(join(dir, f)));
  return { requested: files.filter((f) => f.startsWith('requested-')).length, runs: runs.length, simLogs: logs.length, secrets: secrets.size, leaks };
}

/** Why the result proves nothing, or undefined. A jest run without action runs (unit tests only) has nothing to check. */
export function vacuous({ requested, runs, secrets }) {
  if (!requested) return undefined;
  if (!runs) return `${requested} action runs were started but none was captured`;
  if (!secrets) return `${runs} action runs were captured but no credential value was declared to look for`;
  return undefined;
}

export function teardown() {
  const dir = process.env[CAPTURE_ENV];
  if (!dir) return;
  const result = check(dir);
  rmSync(dir, { recursive: true, force: true });
  if (result.leaks.length) throw new Error(`Credential values leaked into action output or PR comments:\n${result.leaks.join('\n')}`);
  const empty = vacuous(result);
  if (empty) throw new Error(`The no-credential check checked nothing: ${empty}.`);
  const { runs, simLogs, secrets } = result;
  const what = runs ? `${runs} action runs and ${simLogs} simulator request logs (PR comments included), ${secrets} declared credential values, no leak` : 'no action runs in this jest run, nothing to check';
  process.stdout.write(`\nNo-credential check: ${what}.\n`);
}
