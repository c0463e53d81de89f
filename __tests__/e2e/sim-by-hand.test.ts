/**
 * sim/README.md's "Running the bundled action against it by hand" works as written: its shell block is run with
 * bash (on a free port instead of 4566, and on ACTION_DIST_DIR when set), and registers a digest-pinned version
 * and lists it with status/.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEADING = '### Running the bundled action against it by hand';

function block(): string {
  const readme = readFileSync(`${ROOT}sim/README.md`, 'utf8');
  const at = readme.indexOf(HEADING);
  expect(at).toBeGreaterThan(0);
  const m = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  return m![1]!;
}

test('the by-hand block registers a pinned version and status/ lists it', async () => {
  const original = block();
  expect(original).toContain('npm run --silent sim > /tmp/sim.env &');
  const dist = process.env.ACTION_DIST_DIR;
  const script = original
    .replace('npm run --silent sim > /tmp/sim.env &', 'node sim/cli.js --port 0 > "$SIM_ENV" &')
    .replace('. /tmp/sim.env', '. "$SIM_ENV"')
    .replace(/dist\/(index|status)\.js/g, (_m, name: string) => (dist ? `${dist}/${name}.js` : `dist/${name}.js`))
    .replace('sleep 1 &&', 'for i in $(seq 100); do grep -q SIM_URL "$SIM_ENV" 2>/dev/null && break; sleep 0.1; done;');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', SIM_ENV: `/tmp/sim-by-hand-${process.pid}.env` };
  const { stdout } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
    execFile('bash', ['-c', `set -e\n${script}\nwait`], { cwd: ROOT, env, timeout: 60_000 }, (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${out}\n${errOut}`)) : resolve({ stdout: out, stderr: errOut })))
  ).finally(() => rmSync(env.SIM_ENV, { force: true }));
  expect(stdout).toMatch(/^model-package-arn<<[\s\S]*?\narn:aws:sagemaker:us-east-1:123456789012:model-package\/fraud-model\/1\n/m);
  expect(stdout).toContain(`Resolved 123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model:v1 to sha256:${'a'.repeat(64)}`);
  expect(stdout).toMatch(/image-digest<<\S+\nsha256:a{64}\n/);
  expect(stdout).toContain('### SageMaker model versions of `fraud-model`');
  expect(stdout).toMatch(/"operation":"CreateModelPackage"/);
});
