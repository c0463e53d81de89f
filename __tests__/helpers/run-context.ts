/** A push run of acme/fraud-model on main, as the plan tests use it; override what a test is about. */
import type { RunContext } from '../../src/github/context.js';

export const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';

export function pushContext(o: { workflow: string; runId?: string; runAttempt?: string }): RunContext {
  const runId = o.runId ?? '9876543210';
  const runAttempt = o.runAttempt ?? '1';
  return {
    eventName: 'push',
    sha: SHA,
    ref: 'refs/heads/main',
    refName: 'main',
    refType: 'branch',
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
