/** The end-to-end tests run the bundled action through the same runner as the demo and the benchmark. */
import { runAction as runBundled, type RunOptions, type RunResult } from '../../scripts/run-action.mjs';
import { noteActionRun } from './leak-check.mjs';

export * from '../../scripts/run-action.mjs';

/** Runs the action; the suite's no-credential check expects the run and looks for its GitHub token everywhere. */
export function runAction(opts: RunOptions): Promise<RunResult> {
  noteActionRun(opts);
  return runBundled(opts);
}
