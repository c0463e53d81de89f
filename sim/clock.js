/**
 * Virtual clock shared by every time-based transition of the simulator.
 * now() = start + real elapsed × speed + manual offset. Changing the speed rebases the clock so
 * virtual time never jumps; advance(ms) moves it forward by hand.
 */

export class VirtualClock {
  /**
   * @param {{speed?: number, startMs?: number, realNow?: () => number}} [opts]
   */
  constructor(opts = {}) {
    this.realNow = opts.realNow ?? (() => Date.now());
    this.initialSpeed = opts.speed ?? 1;
    this.restart(opts.startMs);
  }

  /** Restart from `startMs` (default: the real time) at the initial speed, with no offset. */
  restart(startMs) {
    this.baseVirtual = startMs ?? this.realNow();
    this.baseReal = this.realNow();
    this.speed = this.initialSpeed;
  }

  /** @returns {number} virtual epoch milliseconds */
  now() {
    return this.baseVirtual + (this.realNow() - this.baseReal) * this.speed;
  }

  /** @param {number} ms move virtual time forward (negative values are refused) */
  advance(ms) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advanceMs must be a finite number >= 0');
    this.baseVirtual += ms;
  }

  /** @param {number} speed virtual milliseconds per real millisecond (0 freezes the clock) */
  setSpeed(speed) {
    if (!Number.isFinite(speed) || speed < 0) throw new RangeError('clockSpeed must be a finite number >= 0');
    this.baseVirtual = this.now();
    this.baseReal = this.realNow();
    this.speed = speed;
  }

  /** Never let virtual time go below `ms` (used after loading persisted state). */
  atLeast(ms) {
    const now = this.now();
    if (ms > now) this.baseVirtual += ms - now;
  }
}
