export const CAPTURE_ENV: string;
export function setup(): void;
export function noteActionRun(opts?: { githubToken?: string; inputs?: Record<string, string> }): void;
export function simLogPath(): string | undefined;
export function strings(value: unknown, out?: string[]): string[];
export interface CheckResult {
  requested: number;
  runs: number;
  simLogs: number;
  secrets: number;
  leaks: string[];
}
export function check(dir: string): CheckResult;
export function vacuous(result: Pick<CheckResult, 'requested' | 'runs' | 'secrets'>): string | undefined;
export function teardown(): void;
