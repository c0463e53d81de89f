/** The runs the tests use, as readRunContext reports them; override what a test is about. */
import type { RunContext } from '../../src/github/context.js';

export const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';

interface Run {
  workflow: string;
  runId?: string;
  runAttempt?: string;
}

function run(o: Run): Pick<RunContext, 'runId' | 'runAttempt' | 'workflow' | 'runUrl' | 'repository' | 'defaultBranch' | 'serverUrl' | 'apiUrl' | 'actor' | 'repositoryUrl' | 'sha'> {
  const runId = o.runId ?? '9876543210';
  const runAttempt = o.runAttempt ?? '1';
  return {
    sha: SHA,
    repository: 'acme/fraud-model',
    defaultBranch: 'main',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId,
    runAttempt,
    actor: 'octocat',
    workflow: o.workflow,
    runUrl: `https://github.com/acme/fraud-model/actions/runs/${runId}/attempts/${runAttempt}`,
    repositoryUrl: 'https://github.com/acme/fraud-model'
  };
}

/** A push run of acme/fraud-model on main, as the plan tests use it. */
export function pushContext(o: Run): RunContext {
  return { eventName: 'push', ref: 'refs/heads/main', refName: 'main', refType: 'branch', ...run(o) };
}

/** A pull_request run of PR #42 (feature/x into main) of acme/fraud-model. */
export function pullRequestContext(o: Run & { refName?: string }): RunContext {
  return { eventName: 'pull_request', ref: 'refs/pull/42/merge', refName: o.refName ?? 'feature/x', refType: 'pull', prNumber: 42, ...run(o) };
}
