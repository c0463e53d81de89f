/**
 * `npm run demo` tells its story green, shows digest pinning from the private registry, and with --keep leaves the
 * simulator's state behind with the commands to explore it. (The demo checks every line of its story itself.)
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function demo(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1' };
    execFile(process.execPath, ['scripts/demo.mjs', ...args], { cwd: ROOT, env, timeout: 170_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` })
    );
  });
}

test('the story, pinned digests, and --keep: the state file and how to explore it', async () => {
  const r = await demo(['--keep']);
  expect(r.out).toMatch(/✔ 12 steps did what they say/);
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
  } finally {
    rmSync(dirname(statePath!), { recursive: true, force: true });
  }
}, 180_000);

test('an unknown argument is a usage line, exit 2, before anything starts', async () => {
  const r = await demo(['--kep']);
  expect(r.code).toBe(2);
  expect(r.out.trim()).toBe('unknown argument --kep; usage: npm run demo [-- --verbose] [-- --keep]');
});
