/** The end-to-end tests run the bundled action through the same runner as the demo and the benchmark. */
import { runAction as runBundled, type RunOptions, type RunResult } from '../../scripts/run-action.mjs';
import { noteActionRun } from './leak-check.mjs';

export * from '../../scripts/run-action.mjs';

/** A finished run, as the suite's GitHub deployment check (deployment-check.ts) reads it. */
export interface FinishedRun {
  /** The GitHub API the run talked to (its simulator's URL). */
  apiUrl: string;
  /** The token the action used: the github-token input, else github.token. */
  token: string;
  outputs: Record<string, string>;
  stdout: string;
}

/** Every run this test file finished, oldest first (the simulators' deployment checks read it). */
export const finishedRuns: FinishedRun[] = [];

/** Runs the action; the suite's no-credential check expects the run and looks for its GitHub token everywhere. */
export async function runAction(opts: RunOptions): Promise<RunResult> {
  noteActionRun(opts);
  const result = await runBundled(opts);
  finishedRuns.push({
    apiUrl: opts.env?.GITHUB_API_URL ?? '',
    token: opts.inputs['github-token'] ?? opts.githubToken ?? 'ghs_simtoken',
    outputs: result.outputs,
    stdout: result.stdout
  });
  return result;
}
