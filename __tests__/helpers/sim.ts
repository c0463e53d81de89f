/** Starts the local simulator in-process and reads its control API, for end-to-end tests. */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { startSimulator } from '../../sim/server.js';
import { finishedRuns } from './action-runner.js';
import { deploymentProblems, type SimDeployment } from './deployment-check.js';
import { simLogPath } from './leak-check.mjs';

export interface LoggedRequest {
  seq: number;
  service: string;
  operation: string;
  status: number;
  error: string | null;
  request: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface Sim {
  url: string;
  env: Record<string, string>;
  requests(filter?: { operation?: string; service?: string }): Promise<LoggedRequest[]>;
  control(path: string, body?: unknown, method?: string): Promise<unknown>;
  /** Throws unless every deploy run against this simulator since its last reset left the right GitHub deployment. */
  checkDeployments(): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The sub-action tests' timing: 10 virtual seconds per real second, endpoints ready in half a second. */
export const QUICK_TIMING = { clockSpeed: 10, endpointCreateMs: 5_000, fleetCreateMs: 5_000, trafficShiftMs: 10_000, deleteMs: 1_000 };

/**
 * One simulator for a test file: started before all its tests, reset before each (then given `config`), checked after
 * each (every deploy left the right GitHub deployment: deployment-check.ts), closed after all. The object returned stands for the running simulator in tests and helpers alike.
 */
export function useSim(config?: Record<string, unknown>, options: Record<string, unknown> = {}): Sim {
  let running: Sim | undefined;
  beforeAll(async () => {
    running = await startSim(options);
  });
  afterAll(async () => {
    await running?.close();
  });
  afterEach(async () => {
    await running?.checkDeployments();
  });
  beforeEach(async () => {
    await running!.reset();
    if (config) await running!.control('config', config);
  });
  return new Proxy({} as Sim, {
    get: (_target, key: keyof Sim) => {
      if (!running) throw new Error('the simulator starts in beforeAll');
      const value = running[key];
      return typeof value === 'function' ? value.bind(running) : value;
    }
  });
}

export const WRITE_OPERATIONS = /^(Create|Update|Delete|Put|Add|Start|Stop)/;

export async function startSim(options: Record<string, unknown> = {}): Promise<Sim> {
  // An end-to-end test's simulator logs every request (PR comment bodies included) for the no-credential check.
  const testPath: string = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState().testPath ?? '';
  const logPath = /[/\\]e2e[/\\]/.test(testPath) ? simLogPath() : undefined;
  const sim = await startSimulator({ port: 0, ...(logPath ? { logPath } : {}), ...options });
  const control = async (path: string, body?: unknown, method?: string) => {
    const res = await fetch(`${sim.url}/_sim/${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`simulator ${path}: ${res.status} ${text}`);
    return text;
  };
  // The deployment check reads the runs against this simulator since its last reset, and runs before a reset or close.
  let since = finishedRuns.length;
  const deploymentProblemsNow = async (): Promise<string[]> => {
    const runs = finishedRuns.slice(since).filter((r) => r.apiUrl === sim.url);
    if (!runs.length) return [];
    const read = async (token?: string) =>
      JSON.parse((await control(`github/deployments${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`)) as string) as { deployments: SimDeployment[]; tokenDeployments?: string };
    const { deployments } = await read();
    const writers = new Set<string>();
    for (const token of new Set(runs.map((r) => r.token))) if ((await read(token)).tokenDeployments === 'write') writers.add(token);
    return deploymentProblems(runs, deployments, (t) => writers.has(t));
  };
  const thenThrow = (problems: string[]) => {
    if (problems.length) throw new Error(`GitHub deployment check (__tests__/helpers/deployment-check.ts), simulator ${sim.url}:\n${problems.join('\n')}`);
  };
  const checkDeployments = async () => thenThrow(await deploymentProblemsNow());
  return {
    url: sim.url,
    env: sim.env as Record<string, string>,
    checkDeployments,
    control: async (path, body, method) => {
      const text = (await control(path, body, method)) as string;
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    },
    async requests(filter = {}) {
      const text = (await control('requests')) as string;
      return text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LoggedRequest)
        .filter((r) => (!filter.operation || r.operation === filter.operation) && (!filter.service || r.service === filter.service));
    },
    reset: async () => {
      const problems = await deploymentProblemsNow();
      await control('reset', {});
      since = finishedRuns.length;
      thenThrow(problems);
    },
    close: async () => {
      const problems = await deploymentProblemsNow().catch((err: Error) => [`could not read the deployments: ${err.message}`]);
      await sim.close();
      thenThrow(problems);
    }
  };
}
