import { jest } from '@jest/globals';
import { backoff, poll, WaitTimeout, type Clock } from '../../../src/aws/poll.js';

/** A clock that only moves when the code sleeps (and, optionally, on each read). */
function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    }
  };
  return { clock, sleeps, advance: (ms: number) => (t += ms), elapsed: () => t - start };
}

describe('backoff', () => {
  test('starts at 1 s, never decreases and levels off at 15 s', () => {
    const delays = Array.from({ length: 30 }, (_, i) => backoff(i + 1));
    expect(delays[0]).toBe(1000);
    expect(backoff(0)).toBe(1000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(15_000);
    expect(delays.at(-1)).toBe(15_000);
    expect(backoff(1000)).toBe(15_000);
  });

  test('the documented schedule: 1, 1, 2, 2, 4, 4, 8, 8, then 15 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(backoff)).toEqual([1000, 1000, 2000, 2000, 4000, 4000, 8000, 8000, 15000, 15000]);
  });
});

/** The sleeps poll should make with the default backoff when nothing is ever done within budgetMs. */
function expectedSleeps(budgetMs: number): number[] {
  const out: number[] = [];
  let used = 0;
  for (let attempt = 1; used < budgetMs; attempt++) {
    const ms = Math.min(backoff(attempt), budgetMs - used);
    out.push(ms);
    used += ms;
  }
  return out;
}

describe('poll', () => {
  test('reads immediately and returns without sleeping when already done', async () => {
    const { clock, sleeps } = fakeClock();
    let reads = 0;
    const onWait = jest.fn();
    const state = await poll({ read: async () => ++reads, done: () => true, clock, timeoutMs: 1000, what: 'x', onWait });
    expect(state).toBe(1);
    expect(reads).toBe(1);
    expect(sleeps).toEqual([]);
    expect(onWait).not.toHaveBeenCalled();
  });

  test('polls with the default backoff until done and reports each wait', async () => {
    const { clock, sleeps } = fakeClock();
    const states = ['Pending', 'InProgress', 'InProgress', 'Completed'];
    let i = 0;
    const waits: [string, number][] = [];
    const state = await poll({
      read: async () => states[i++]!,
      done: (s) => s === 'Completed',
      clock,
      timeoutMs: 60_000,
      what: 'the package',
      onWait: (s, elapsed) => waits.push([s, elapsed])
    });
    expect(state).toBe('Completed');
    expect(i).toBe(4);
    expect(sleeps).toEqual([backoff(1), backoff(2), backoff(3)]);
    expect(waits).toEqual([
      ['Pending', 0],
      ['InProgress', backoff(1)],
      ['InProgress', backoff(1) + backoff(2)]
    ]);
  });

  test('uses a custom delay function with the 1-based attempt number', async () => {
    const { clock, sleeps } = fakeClock();
    let n = 0;
    const attempts: number[] = [];
    await poll({
      read: async () => ++n,
      done: (v) => v === 4,
      clock,
      timeoutMs: 10_000,
      what: 'x',
      delayMs: (attempt) => {
        attempts.push(attempt);
        return 100 * attempt;
      }
    });
    expect(attempts).toEqual([1, 2, 3]);
    expect(sleeps).toEqual([100, 200, 300]);
  });

  test('times out with a message naming what was awaited, never sleeping past the budget', async () => {
    const { clock, sleeps, elapsed } = fakeClock();
    let reads = 0;
    const onWait = jest.fn();
    const promise = poll({
      read: async () => ++reads,
      done: () => false,
      clock,
      timeoutMs: 9_000,
      what: 'model package arn:aws:sagemaker:us-east-1:1:model-package/g/1 to complete',
      onWait
    });
    await expect(promise).rejects.toThrow(new WaitTimeout('Timed out after 9 s waiting for model package arn:aws:sagemaker:us-east-1:1:model-package/g/1 to complete'));
    await expect(promise).rejects.toBeInstanceOf(WaitTimeout);
    // The backoff delays in order, the last one cut to what is left of the budget.
    const expected = expectedSleeps(9_000);
    expect(sleeps).toEqual(expected);
    expect(expected.slice(0, -1)).toEqual(expected.slice(0, -1).map((_, i) => backoff(i + 1)));
    expect(expected.at(-1)!).toBeLessThan(backoff(expected.length)); // 9 s is not a sum of whole delays
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(9_000);
    expect(elapsed()).toBe(9_000);
    expect(reads).toBe(expected.length + 1);
    expect(onWait).toHaveBeenCalledTimes(expected.length + 1);
    expect(onWait).toHaveBeenLastCalledWith(expected.length + 1, 9_000);
  });

  test('time spent in reads counts against the budget', async () => {
    const { clock, sleeps, advance } = fakeClock();
    const promise = poll({
      read: async () => {
        advance(4000);
        return 'busy';
      },
      done: () => false,
      clock,
      timeoutMs: 9000,
      what: 'the endpoint',
      delayMs: () => 2000
    });
    // read (ends at 4 s) → sleep 2 s → read (ends at 10 s): nothing left of the 9 s budget → stop.
    await expect(promise).rejects.toThrow('Timed out after 10 s waiting for the endpoint');
    expect(sleeps).toEqual([2000]);
  });

  test('a zero budget reads once and fails without sleeping', async () => {
    const { clock, sleeps } = fakeClock();
    await expect(poll({ read: async () => 'x', done: () => false, clock, timeoutMs: 0, what: 'nothing' })).rejects.toThrow(
      'Timed out after 0 s waiting for nothing'
    );
    expect(sleeps).toEqual([]);
  });

  test('errors from read propagate unchanged', async () => {
    const { clock } = fakeClock();
    const boom = new Error('AccessDenied');
    await expect(poll({ read: async () => { throw boom; }, done: () => true, clock, timeoutMs: 1000, what: 'x' })).rejects.toBe(boom);
  });
});
