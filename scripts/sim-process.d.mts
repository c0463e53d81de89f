export interface SimProcess {
  env: Record<string, string>;
  control(path: string, body?: unknown): Promise<string>;
  requests(): Promise<Array<{ operation: string; [key: string]: unknown }>>;
  stop(): Promise<unknown>;
}
export function startSimProcess(args?: string[]): Promise<SimProcess>;
