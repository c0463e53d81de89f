/** Starts the local simulator in-process and reads its control API, for end-to-end tests. */
import { startSimulator } from '../../sim/server.js';
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
  reset(): Promise<void>;
  close(): Promise<void>;
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
  return {
    url: sim.url,
    env: sim.env as Record<string, string>,
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
      await control('reset', {});
    },
    close: () => sim.close()
  };
}
