/**
 * The demos' runner of steps (scripts/demo.mjs and demo-accounts.mjs): each run of a bundled action is one workflow run
 * against the simulator (ACTION_DIST_DIR runs a bundle built elsewhere instead of dist/), with the AWS requests it
 * made; each numbered step prints its title, then the fact lines its body returns (each already checked), and under
 * --verbose every run's log, calls, outputs and summary (in the default view, only a failed run's end of log).
 */
import { join } from 'node:path';
import { bold, printFailure, printRunDetails, StoryError } from './demo-report.mjs';
import { runAction } from './run-action.mjs';

/** `env`: what every run gets (the simulator's variables and the workspace); a run's own `env` is added to it. */
export function createStory({ sim, env, githubToken, verbose }) {
  let runs = [];
  let runId = 100;
  let steps = 0;

  /**
   * Runs the top-level action (no `action`) or a sub-action from its folder's action.yml, as one workflow run; a run
   * that fails stops the story unless `opts.mayFail` (a refusal the story shows).
   */
  async function run(action, opts) {
    const before = (await sim.requests()).length;
    const dist = process.env.ACTION_DIST_DIR;
    const entry = dist ? { entry: join(dist, `${action ?? 'index'}.js`) } : {};
    const { mayFail, ...rest } = opts;
    const r = await runAction({ runId: String(++runId), githubToken, ...rest, env: { ...env, ...rest.env }, ...(action ? { action } : {}), ...entry });
    r.requests = (await sim.requests()).slice(before);
    r.label = action ?? 'register';
    r.mayFail = !!mayFail;
    runs.push(r);
    if (!mayFail && (r.code !== 0 || r.errors.length)) throw new StoryError(`the ${r.label} run failed (exit code ${r.code})${r.errors.length ? `: ${r.errors.join('; ')}` : ''}`);
    return r;
  }

  /** One numbered step: its title, then the fact lines its body returns (each already checked). */
  async function step(title, body) {
    console.log(`${String(++steps).padStart(2)}. ${bold(title)}`);
    runs = [];
    try {
      for (const line of await body()) console.log(`    ${line}`);
    } finally {
      for (const r of runs) {
        const aws = r.requests.filter((q) => q.service !== 'github').map((q) => `${q.operation}${q.error ? ` (${q.error})` : ''}`);
        if (verbose) printRunDetails(r, { aws, github: r.requests.filter((q) => q.service === 'github') });
        else if (!r.mayFail && (r.code !== 0 || r.errors.length)) printFailure(r);
      }
    }
  }

  return { run, step, steps: () => steps, lastRunId: () => String(runId) };
}

/** The requests of one run for an operation. */
export const calls = (r, op) => r.requests.filter((q) => q.operation === op);
