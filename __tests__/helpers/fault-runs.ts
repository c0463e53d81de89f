/**
 * The rest of the fault matrix's pieces (see faults.ts for the deploy ones): a register-only run, the check that
 * a registration converged, whether injected faults really fired, and a run that is sent SIGTERM once it reached a
 * phase, timed from the signal to the process's end.
 */
import { expect } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import type { RunResult } from './action-runner.js';
import { GROUP, inventory, reached, register, type Inventory } from './faults.js';
import type { Sim } from './sim.js';

export { register };

// Seeded: the same requests draw the same faults on every run. `visible`: the simulator logs the faulted answers.
export const RATES = [
  { name: 'throttling on 30 % of AWS calls', fault: { throttle: { rate: 0.3, seed: 7 } }, visible: true },
  { name: 'transient 500 on 20 %', fault: { serverError: { rate: 0.2, seed: 3 } }, visible: true },
  { name: 'transient 503 on 20 %', fault: { unavailable: { rate: 0.2, seed: 5 } }, visible: true },
  { name: 'connections dropped before the call on 15 %', fault: { dropConnection: { rate: 0.15, seed: 11 } }, visible: true },
  { name: 'answers lost after the call ran on 15 %', fault: { dropConnection: { rate: 0.15, seed: 13, after: true } }, visible: false }
];

/** A failed run fails with one clear line: no stack trace, no "Unexpected error". */
export function expectCleanFailure(r: RunResult): void {
  expect(r.code).not.toBe(0);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).not.toMatch(/Unexpected error|\n/);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

/** The registration converged: one version per commit (`commits`), the run's version has `approval`, one group. */
export async function expectRegistered(sim: Sim, r: RunResult, o: { commits: number; approval: string }): Promise<Inventory> {
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const inv = await inventory(sim);
  expect(inv.groups).toEqual([GROUP]);
  expect(Object.keys(inv.versions)).toHaveLength(o.commits);
  expect(inv.versions[r.outputs['model-package-arn']!]).toBe(o.approval);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const state = (await sim.control('state')) as any;
  const packages = Object.values(state.accounts['123456789012']['us-east-1'].packages ?? {}) as { CustomerMetadataProperties?: Record<string, string> }[];
  const commits = packages.map((p) => p.CustomerMetadataProperties?.['git-commit']);
  expect(new Set(commits).size).toBe(o.commits);
  return inv;
}

/** How many requests the simulator answered with an injected fault (throttling, 500, 503, dropped before running). */
export async function faultsFired(sim: Sim): Promise<number> {
  const log = await sim.requests();
  return log.filter((e) => ['ThrottlingException', 'InternalFailure', 'ServiceUnavailable', 'ConnectionDropped'].includes(e.error ?? '')).length;
}

export interface Signalled {
  result: RunResult;
  /** Milliseconds from the signal to the process's end. */
  afterSignalMs: number;
}

/** Starts `run`, waits until the simulator saw `operation` (and `settleMs` more), sends SIGTERM and times the end. */
export async function terminateAt(sim: Sim, operation: string, run: (onSpawn: (c: ChildProcess) => void) => Promise<RunResult>, settleMs = 300): Promise<Signalled> {
  let child: ChildProcess | undefined;
  let ended = 0;
  const running = run((c) => {
    child = c;
    c.on('exit', () => (ended = Date.now()));
  });
  await reached(sim, operation, 60_000);
  await new Promise((r) => setTimeout(r, settleMs));
  expect(ended).toBe(0); // still running when signalled
  const signalled = Date.now();
  child!.kill('SIGTERM');
  const result = await running;
  return { result, afterSignalMs: ended - signalled };
}
