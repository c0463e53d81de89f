/**
 * The simulator's own tests: one simulator and a SageMaker client on it for a test file, started before all its
 * tests, reset before each, closed after all. The objects returned stand for the running ones.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { SimOptions, Simulator } from '../../sim/server.js';
import { startSim } from '../sim/helpers.js';

function standIn<T extends object>(get: () => T | undefined): T {
  return new Proxy({} as T, {
    get: (_target, key) => {
      const running = get();
      if (!running) throw new Error('the simulator starts in beforeAll');
      const value = (running as Record<string | symbol, unknown>)[key];
      return typeof value === 'function' ? value.bind(running) : value;
    }
  });
}

export function useSimulator(opts: SimOptions = {}): { sim: Simulator; sm: SageMakerClient } {
  let running: { sim: Simulator; sm: SageMakerClient } | undefined;
  beforeAll(async () => {
    running = await startSim(opts);
  });
  afterAll(async () => {
    running?.sm.destroy();
    await running?.sim.close();
  });
  beforeEach(() => running!.sim.reset());
  return { sim: standIn(() => running?.sim), sm: standIn(() => running?.sm) };
}
