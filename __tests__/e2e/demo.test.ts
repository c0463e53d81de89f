/**
 * `npm run demo` tells its story green, shows digest pinning from the private registry, and with --keep leaves the
 * simulator's state behind with the commands to explore it. (The demo checks every line of its story itself.)
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';
import type { FinishedRun } from '../helpers/action-runner.js';
import { deploymentProblems, savedDeployments } from '../helpers/deployment-check.js';
import { CAPTURE_ENV } from '../helpers/leak-check.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `captureDir`: where the demo's action runs are captured (scripts/run-action.mjs), instead of the suite's folder. */
function demo(args: string[], captureDir?: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', ...(captureDir ? { [CAPTURE_ENV]: captureDir } : {}) };
    execFile(process.execPath, ['scripts/demo.mjs', ...args], { cwd: ROOT, env, timeout: 170_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` })
    );
  });
}

/** The demo's captured runs, handed on to the suite's no-credential check (the files keep their unique names). */
function demoRuns(dir: string): FinishedRun[] {
  const files = readdirSync(dir);
  const suite = process.env[CAPTURE_ENV];
  if (suite) for (const f of files) copyFileSync(join(dir, f), join(suite, f));
  return files
    .filter((f) => f.startsWith('run-'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { outputs: Record<string, string>; stdout: string })
    .map((x) => ({ apiUrl: '', token: '', outputs: x.outputs, stdout: x.stdout }));
}

test('the story, pinned digests, and --keep: the state file and how to explore it', async () => {
  const runsDir = mkdtempSync(join(tmpdir(), 'demo-runs-'));
  const r = await demo(['--keep'], runsDir);
  const runs = demoRuns(runsDir);
  rmSync(runsDir, { recursive: true, force: true });
  expect(r.out).toMatch(/✔ 13 steps did what they say/);
  // One shadow test before the merge: the candidate beside production on the same traffic, side by side, a pass.
  expect(r.out).toMatch(/^ {4}inference experiment fraud-prod-v3-\S+-test: v3 as shadow variant of AllTraffic \(v1\) on 100% of requests; production kept answering$/m);
  expect(r.out).toMatch(/^ {4}invocations +(\d+) +\1$/m);
  expect(r.out).toMatch(/^ {4}model latency p99 +[\d.]+ ms +[\d.]+ ms$/m);
  expect(r.out).toMatch(/^ {4}verdict pass against shadow-gate/m);
  // An approval made in SageMaker reaches production through approval-events and promote; GitHub shows each deploy.
  expect(r.out).toMatch(/^ {4}v4 PendingManualApproval → Approved with the AWS SDK \(as Studio does\): EventBridge sent one repository_dispatch$/m);
  expect(r.out).toMatch(/^ {4}GitHub environment production, newest first: v4 success, (v\d inactive(, )?)+$/m);
  expect(r.code).toBe(0);
  const pinned = [...r.out.matchAll(/image 127\.0\.0\.1:\d+\/ml\/fraud-model:\S+ pinned to sha256:[0-9a-f]{12}…/g)];
  expect(pinned).toHaveLength(3);
  expect(r.out).toMatch(/^ {4}v3 +Approved +production \(RolledBack\)/m);
  expect(r.out).toMatch(/^ {4}v1 +Approved +production \(Deployed\) .*serving fraud-prod/m);
  const statePath = /state is kept in (\S+state\.json)\./.exec(r.out)?.[1];
  expect(statePath && existsSync(statePath)).toBe(true);
  try {
    expect(r.out).toContain(`npm run --silent sim -- --state ${statePath}`);
    const state = readFileSync(statePath!, 'utf8');
    expect(state).toMatch(/ml\/fraud-model@sha256:[0-9a-f]{64}/);
    expect(state).toContain('fraud-prod');
    // The suite's GitHub deployment check (sim.ts runs it for the tests' own simulators), over the demo's runs and the
    // deployments its simulator kept; every demo run uses the workflow token, which has deployments: write.
    expect(runs.filter((x) => x.outputs['endpoint-config-name'] && x.outputs['deployment-status'] !== 'unchanged').length).toBeGreaterThanOrEqual(4);
    expect(deploymentProblems(runs, savedDeployments(JSON.parse(state)), () => true)).toEqual([]);
  } finally {
    rmSync(dirname(statePath!), { recursive: true, force: true });
  }
}, 180_000);

test('--accounts: the multi-account story (docs/multi-account.md), every line checked, and its GitHub deployments', async () => {
  const runsDir = mkdtempSync(join(tmpdir(), 'demo-accounts-runs-'));
  const r = await demo(['--accounts', '--keep'], runsDir);
  const runs = demoRuns(runsDir);
  rmSync(runsDir, { recursive: true, force: true });
  expect(r.out).toMatch(/✔ 10 steps did what they say: shared once, v1 registered in 111122223333 and live in 222233334444 and 333344445555, .*v2 approved in SageMaker and live in 333344445555\./);
  expect(r.out).toMatch(/^ {4}group policy SageMakerPrivateRegistryShareReadVersions: .* → 222233334444, 333344445555$/m);
  expect(r.out).toMatch(/^ {4}changed: false; no PutModelPackageGroupPolicy, no SetRepositoryPolicy$/m);
  expect(r.out).toMatch(/^ {4}model fraud-prod-v1-\S+ and endpoint arn:aws:sagemaker:us-east-1:333344445555:endpoint\/fraud-prod in 333344445555, from v1 of 111122223333; live$/m);
  expect(r.out).toMatch(/^ {4}v1 as the registry account reads it: Approved, stage production/m);
  expect(r.out).toMatch(/^ {4}refused: account 444455556666 lacks sagemaker:\w+ in the registry's group policy/m);
  // The approval event fires in the registry account; the dispatch deploys with production's credentials.
  expect(r.out).toMatch(/^ {4}v2 Approved with the registry account's credentials \(as Studio does\): its EventBridge rule sent one repository_dispatch \(account 111122223333\)$/m);
  expect(r.out).toMatch(/^ {4}production +v2 Approved production \(Deployed\) serving fraud-prod; v1 .* serving -$/m);
  expect(r.code).toBe(0);
  const statePath = /state is kept in (\S+state\.json)\./.exec(r.out)?.[1];
  try {
    expect(deploymentProblems(runs, savedDeployments(JSON.parse(readFileSync(statePath!, 'utf8'))), () => true)).toEqual([]);
    expect(runs.filter((x) => x.outputs['deployment-status'] === 'succeeded')).toHaveLength(3);
  } finally {
    rmSync(dirname(statePath!), { recursive: true, force: true });
  }
}, 120_000);

test('an unknown argument is a usage line, exit 2, before anything starts', async () => {
  const r = await demo(['--kep']);
  expect(r.code).toBe(2);
  expect(r.out.trim()).toBe('unknown argument --kep; usage: npm run demo [-- --verbose] [-- --keep] [-- --accounts]');
});
