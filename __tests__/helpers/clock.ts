/** A virtual clock: sleeping advances it at once, so waits and back-offs take no real time. */
import type { Clock } from '../../src/aws/poll.js';

export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms. */
  readonly sleeps: number[];
  /** Moves the clock on without a sleep. */
  advance(ms: number): void;
}

export function fakeClock(start = 0): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    advance: (ms: number) => void (now += ms)
  };
}

/** The real time, with sleeps that return at once (runs whose waits a test does not look at). */
export const instantClock: Clock = { now: () => Date.now(), sleep: async () => undefined };
