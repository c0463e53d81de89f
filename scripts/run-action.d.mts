export const ROOT: string;
export const REPO: string;
export const HEAD_SHA: string;
export interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>;
  outputs: Record<string, { description: string }>;
}
export function actionYml(): ActionYml;
export function pullRequestEvent(number?: number, sha?: string, branch?: string): Record<string, unknown>;
export function pushEvent(ref?: string): Record<string, unknown>;
export interface RunOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  eventName?: string;
  event?: Record<string, unknown>;
  ref?: string;
  sha?: string;
  runId?: string;
  runAttempt?: string;
  /** The value of github.token (default: the simulator's installation token). */
  githubToken?: string;
  /** Receives the action's process (to send it signals, as a cancelled runner does). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  errors: string[];
}
export function runnerEnv(opts: RunOptions, dir: string): { env: Record<string, string>; files: { event: string; output: string; summary: string } };
export function runAction(opts: RunOptions): Promise<RunResult>;
export function parseOutputs(text: string): Record<string, string>;
export function declareSecret(...values: string[]): void;
