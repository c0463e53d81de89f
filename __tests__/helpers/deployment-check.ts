/**
 * The end-to-end suite's GitHub deployment check (issue 20: every deploy leaves a GitHub deployment with the right
 * final status). Each simulator runs it over the action runs made against it (sim.ts: after each test of useSim,
 * and before a reset or close of any simulator), reading the simulator's deployments (GET /_sim/github/deployments).
 * What is right comes from each run's own outputs:
 * - a run whose endpoint update started (an endpoint-config-name output and a deploy outcome) recorded one deployment
 *   (its log names it) when its token has deployments: write; without it, it warned once and recorded none;
 * - that deployment started in_progress and ended as its deployment-status says: succeeded → success (inactive once
 *   a later deployment of the same environment succeeded), failed and rolled-back → failure, timed-out → error;
 *   started (wait: false) and cancelled (the runner ended the process) stay in_progress; a run that warned that
 *   GitHub failed a call (5xx, 429, no answer; the recorder then stops) may leave it without a status or in_progress;
 * - its payload names the run's model-package-arn; a run that started no update (refused, unchanged, dry run,
 *   skipped) recorded nothing, and every deployment of the simulator belongs to a run.
 */
import type { FinishedRun } from './action-runner.js';

export interface SimDeployment {
  id: number;
  repository: string;
  environment: string;
  payload: Record<string, unknown>;
  states: string[];
}

/** The final state each deploy outcome leaves (before a later success makes a success inactive). */
const FINAL: Record<string, string> = { succeeded: 'success', failed: 'failure', 'rolled-back': 'failure', 'timed-out': 'error', started: 'in_progress', cancelled: 'in_progress' };
const RECORDED = /GitHub deployment (\d+) \(environment .*\) (?:is in progress|was created; GitHub did not take its status)\./g;
const NOT_ALLOWED = /::warning::Could not create a GitHub deployment \(HTTP 40[34]: the token needs deployments: write\)/g;
/** The recorder's one warning when GitHub failed a call (5xx, 429, no answer): it records nothing more in that run. */
const GAVE_UP = /::warning::Could not [^\n]* \(HTTP (?:5\d\d|429|error)\); the deploy goes on without a GitHub deployment record\./g;

const startedUpdate = (r: FinishedRun) => Boolean(r.outputs['endpoint-config-name']) && (r.outputs['deployment-status'] ?? '') in FINAL;

/** The state `d` must end in for a run whose deployment-status is `status`. */
function expected(d: SimDeployment, status: string, all: SimDeployment[]): string {
  const superseded = all.some((o) => o.id > d.id && o.repository === d.repository && o.environment === d.environment && o.states.includes('success'));
  return FINAL[status] === 'success' && superseded ? 'inactive' : FINAL[status]!;
}

/**
 * What is wrong, one line each (empty: all right). `canWrite(token)`: whether the token has deployments: write.
 */
export function deploymentProblems(runs: FinishedRun[], deployments: SimDeployment[], canWrite: (token: string) => boolean): string[] {
  const problems: string[] = [];
  const claimed = new Set<number>();
  runs.forEach((r, i) => {
    const status = r.outputs['deployment-status'] ?? '(none)';
    const name = `run ${i + 1} (deployment-status ${status})`;
    const ids = [...r.stdout.matchAll(RECORDED)].map((m) => Number(m[1]));
    ids.forEach((id) => claimed.add(id));
    if (!startedUpdate(r)) {
      if (ids.length) problems.push(`${name} started no endpoint update but recorded GitHub deployment(s) ${ids.join(', ')}`);
      return;
    }
    if (!canWrite(r.token)) {
      const warned = r.stdout.match(NOT_ALLOWED)?.length ?? 0;
      const noToken = r.token === '' && r.stdout.includes('No token or repository: the deploy is not recorded');
      if (ids.length || !(warned === 1 || noToken)) problems.push(`${name}: its token has no deployments: write, so it must warn once and record nothing; it recorded [${ids.join(', ')}] and warned ${warned} time(s)`);
      return;
    }
    // A cancelled run may be ended before its deployment's creation is answered, and a failed creation is warned
    // about: then it names none.
    if (ids.length === 0 && (status === 'cancelled' || r.stdout.match(GAVE_UP)?.length === 1)) return;
    if (ids.length !== 1) return void problems.push(`${name} deployed with a token that has deployments: write but recorded ${ids.length} GitHub deployments`);
    const d = deployments.find((x) => x.id === ids[0]);
    if (!d) return void problems.push(`${name}: GitHub deployment ${ids[0]} is not in the simulator`);
    const want = expected(d, status, deployments);
    // After a GitHub failure it warned about, the record stops where it was: no status, in progress, or the right one.
    const gaveUp = (r.stdout.match(GAVE_UP)?.length ?? 0) === 1 && (d.states.length === 0 || (d.states[0] === 'in_progress' && d.states.length === 1));
    if (!gaveUp && (d.states[0] !== 'in_progress' || d.states.at(-1) !== want)) problems.push(`${name}: GitHub deployment ${d.id} (${d.environment}) has states [${d.states.join(', ')}], expected in_progress … ${want}`);
    const arn = r.outputs['model-package-arn'];
    if (arn && d.payload['model-package-arn'] !== arn) problems.push(`${name}: GitHub deployment ${d.id} names ${String(d.payload['model-package-arn'])}, the run deployed ${arn}`);
  });
  // A creation whose answer was lost (the run warned) or cut short (cancelled) leaves a deployment no run names.
  const unanswered = runs.some((r) => r.outputs['deployment-status'] === 'cancelled' || /::warning::Could not create a GitHub deployment \(HTTP (?:5\d\d|429|error)\)/.test(r.stdout));
  for (const d of deployments) {
    if (claimed.has(d.id) || (unanswered && d.states.every((s) => s === 'in_progress'))) continue;
    problems.push(`GitHub deployment ${d.id} (${d.environment}, states [${d.states.join(', ')}]) belongs to no action run`);
  }
  return problems;
}

/** The deployments of a simulator's saved state (its state file), as GET /_sim/github/deployments shows them. */
export function savedDeployments(state: { github?: { deployments?: { list: (Omit<SimDeployment, 'repository' | 'states'> & { owner: string; repo: string; statuses: { state: string }[] })[] } } }): SimDeployment[] {
  return (state.github?.deployments?.list ?? []).map((d) => ({ id: d.id, repository: `${d.owner}/${d.repo}`, environment: d.environment, payload: d.payload, states: d.statuses.map((s) => s.state) }));
}
