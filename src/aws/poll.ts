import { ActionError } from '../errors.js';

/** Time as the action sees it. Tests swap in a fake so they never really wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export interface PollOptions<T> {
  /** Reads the current state (one AWS call). */
  read: () => Promise<T>;
  /** Returns true when the wait is over (success or a terminal failure the caller inspects). */
  done: (state: T) => boolean;
  clock: Clock;
  timeoutMs: number;
  /** Delay before poll number `attempt` (1-based); defaults to a gentle backoff from 1 s to 15 s. */
  delayMs?: (attempt: number) => number;
  /** Called after each read that is not done. */
  onWait?: (state: T, elapsedMs: number) => void;
  /** Describes what is being waited for, for the time-out message. */
  what: string;
}

/** A wait that ran out of time: an expected outcome with a one-line message, not a crash. */
export class WaitTimeout extends ActionError {
  override name = 'WaitTimeout';
}

/** 1 s, 1 s, 2 s, 2 s, 4 s, 4 s, 8 s, 8 s, then every 15 s: quick near the expected end, light on the API after. */
export const backoff = (attempt: number): number => Math.min(15_000, 1000 * 2 ** Math.floor(Math.max(0, attempt - 1) / 2));

/** Reads immediately, then polls until done or the time budget runs out. */
export async function poll<T>(opts: PollOptions<T>): Promise<T> {
  const start = opts.clock.now();
  const delay = opts.delayMs ?? backoff;
  for (let attempt = 1; ; attempt++) {
    const state = await opts.read();
    if (opts.done(state)) return state;
    const elapsed = opts.clock.now() - start;
    opts.onWait?.(state, elapsed);
    const remaining = opts.timeoutMs - elapsed;
    if (remaining <= 0) {
      throw new WaitTimeout(`Timed out after ${Math.round(elapsed / 1000)} s waiting for ${opts.what}`);
    }
    await opts.clock.sleep(Math.min(delay(attempt), remaining));
  }
}
