#!/usr/bin/env node
/**
 * npm run bench: measured figures, not assertions.
 *  - cold start: `node dist/index.js` failing on its first input check, against `node -e 0`, both on the
 *    Node the action runs on (the pinned node24, see run-action.mjs)
 *  - calls per run: AWS requests for a first registration and for a re-run
 *  - wait overhead: wall time of a registration beyond the simulated time SageMaker takes
 *  - deploy: AWS calls and wall time of an endpoint creation and a canary update on the simulator's
 *    sped-up clock, against the time the simulated service itself takes
 *  - scale: a re-run in a group that already holds many versions
 *  - lookup: calls and time of a new registration and its re-run in groups of 10, 1,000 and 10,000 versions, side by
 *    side (bench-lookup.mjs)
 *  - accounts: registration into another account's group (by ARN: listed and described, at most 100) against the
 *    own account's (Search), in groups of 10, 100 and 1,000 versions, where that listing stops finding a registration,
 *    and a promote from the production account with and without registry-role-arn against a single-account promote:
 *    calls by account and operation, wall time, peak RSS (bench-accounts.mjs, on a simulator of their own);
 *    `--accounts-only` runs just these rows
 *  - copy: replicate-to-ecr against skopeo copy, alternately, on the same image (bench-copy.mjs); `--copy-only`
 *    runs just this row (BENCH_COPY_RUNS runs, default 3)
 * ACTION_DIST_DIR runs a bundle built elsewhere (`node scripts/bundle.mjs /tmp/dist`) instead of dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCopy, copyRow } from './bench-copy.mjs';
import { benchAccounts } from './bench-accounts.mjs';
import { benchLookup } from './bench-lookup.mjs';
import { actionRuntime, describeRuntime, pullRequestEvent, pushEvent, ROOT, runAction } from './run-action.mjs';
import { startSimProcess } from './sim-process.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 31);
const dist = process.env.ACTION_DIST_DIR ?? join(ROOT, 'dist');
const entry = join(dist, 'index.js');
// Every figure is for the Node the action runs on (node24 as the runner runs it), not the bench's own Node.
const node = actionRuntime();

/** Median wall time of each command, run alternately so background load hits them alike. */
function timeCommands(commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([args, env], k) => {
      const t = process.hrtime.bigint();
      spawnSync(node.path, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
      times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

const figures = [];
const report = (name, value, note = '') => {
  figures.push({ name, value, note });
  console.log(`${name.padEnd(44)} ${String(value).padStart(10)}  ${note}`);
};

console.log(`${describeRuntime()}; bench driver node ${process.version}; ${runs} runs per timing (median)\n`);
const copyOnly = process.argv.includes('--copy-only');
const copyFigures = async () => {
  const copy = await benchCopy({ runs: Number(process.env.BENCH_COPY_RUNS ?? 3), entry });
  for (const line of copyRow(copy)) console.log(line);
};
if (copyOnly) {
  await copyFigures();
  process.exit(0);
}
// A simulator of their own, whose clock agrees with the runner's as AWS's does: the deploy rows leave the first one's
// clock minutes ahead, and on a clock 10x fast every answer's Date shows a new skew, so the SDK corrects its clock and
// retries even the 'Could not find endpoint' a new endpoint's first read gets (8 attempts, about 4 s of backoff).
const accountRows = async () => {
  const sim = await startSimProcess();
  await benchAccounts(sim, { entry, report }).finally(() => sim.stop());
};
if (process.argv.includes('--accounts-only')) {
  await accountRows();
  process.exit(0);
}
// An empty ES module: the floor for any ESM action (the @actions/* packages are ESM-only).
const esmDir = mkdtempSync(join(tmpdir(), 'bench-esm-'));
writeFileSync(join(esmDir, 'package.json'), '{"type":"module"}');
writeFileSync(join(esmDir, 'empty.js'), '');
const [base, esm, start] = timeCommands([
  [['-e', '0'], {}],
  [[join(esmDir, 'empty.js')], {}],
  [[entry], { GITHUB_OUTPUT: '/dev/null' }]
]);
report('cold start: node -e 0 (ms)', base.toFixed(1));
report('cold start: an empty ES module (ms)', esm.toFixed(1), `${(esm / base).toFixed(2)}x node -e 0`);
report('cold start: dist/index.js to first check (ms)', start.toFixed(1), `${(start / base).toFixed(2)}x node -e 0 (@actions/core included: the toolkit GitHub's tools expect)`);

const inputs = { image: 'registry.acme.internal:5000/ml/fraud-model:v1', 'model-package-group': 'bench-group', 'resolve-digest': 'off', comment: 'false' };
const sim = await startSimProcess(['--package-delay-ms', '3000']);
try {
  const count = async (fn) => {
    const before = (await sim.requests()).length;
    const t = Date.now();
    const r = await fn();
    if (r.code !== 0) throw new Error(r.stdout);
    return { calls: (await sim.requests()).slice(before), ms: Date.now() - t };
  };
  const first = await count(() => runAction({ inputs, env: sim.env, entry }));
  report('calls: first registration', first.calls.length, first.calls.map((c) => c.operation).join(' '));
  const rerun = await count(() => runAction({ inputs, env: sim.env, runAttempt: '2', entry }));
  report('calls: idempotent re-run', rerun.calls.length, rerun.calls.map((c) => c.operation).join(' '));
  const polls = first.calls.filter((c) => c.operation === 'DescribeModelPackage').length;
  report('wait: simulated time to Completed (ms)', 3000);
  report('wait: registration wall time (ms)', first.ms, `overhead ${first.ms - 3000} ms over the service's 3000 ms, ${polls} status reads`);

  await sim.control('config', { packageDelayMs: 0, clockSpeed: 10, endpointCreateMs: 60_000, fleetCreateMs: 60_000, trafficShiftMs: 30_000, deleteMs: 10_000 });
  const deploy = {
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model:v1',
    'model-package-group': 'bench-deploy',
    'resolve-digest': 'off',
    approval: 'approved',
    comment: 'false',
    'endpoint-name': 'bench-prod',
    'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution',
    'instance-count': '2',
    'poll-interval': '1'
  };
  const created = await count(() => runAction({ inputs: deploy, env: sim.env, sha: 'c'.repeat(40), eventName: 'push', event: pushEvent(), entry }));
  const endpointPolls = (c) => c.calls.filter((q) => q.operation === 'DescribeEndpoint').length;
  report('deploy: create endpoint, AWS calls', created.calls.length, `${endpointPolls(created)} DescribeEndpoint; ${created.ms} ms wall for 6 s of simulated creation`);
  const canaryInputs = { ...deploy, 'traffic-routing': 'canary', 'canary-size': '50%', 'wait-interval': '120' };
  const canary = await count(() => runAction({ inputs: canaryInputs, env: sim.env, sha: 'd'.repeat(40), eventName: 'push', event: pushEvent(), entry }));
  // Simulated: fleet 60 s + shift 30 s + bake 120 s + shift 30 s + delete 10 s = 250 s at 10x = 25 s.
  report('deploy: canary update, AWS calls', canary.calls.length, `${endpointPolls(canary)} DescribeEndpoint`);
  report('deploy: canary wall time (ms)', canary.ms, `service takes 25000 ms; overhead ${canary.ms - 25000} ms (registration included)`);
  await sim.control('config', { clockSpeed: 1 });

  const many = Number(process.env.BENCH_VERSIONS ?? 100);
  const t = Date.now();
  for (let i = 0; i < many; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, many - i) }, (_, j) =>
        runAction({ inputs, env: sim.env, event: pullRequestEvent(7, (i + j + 1).toString(16).padStart(40, '0')), entry })
      )
    );
  }
  report(`scale: ${many} registrations, 25 at a time (s)`, ((Date.now() - t) / 1000).toFixed(1));
  const big = await count(() => runAction({ inputs, env: sim.env, runAttempt: '3', entry }));
  report(`scale: re-run with ${many + 1} versions in group`, big.calls.length, `calls, ${big.ms} ms`);
  await benchLookup(sim, { entry, report });
} finally {
  await sim.stop();
}
await accountRows();
await copyFigures();
const sizes = execFileSync('du', ['-k', entry, ...execFileSync('ls', [dist], { encoding: 'utf8' }).split('\n').filter((f) => /^\d+\.index\.js$/.test(f)).map((f) => join(dist, f))], { encoding: 'utf8' });
console.log(`\nbundle (KiB): ${sizes.trim().replace(/\n/g, '; ')}`);
