import { describe, expect, test } from '@jest/globals';
import type { FinishedRun } from '../helpers/action-runner.js';
import { deploymentProblems, type SimDeployment } from '../helpers/deployment-check.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/1';
const recorded = (id: number) => `::group::x\nGitHub deployment ${id} (environment production) is in progress.\n`;
const NO_PERMISSION = '::warning::Could not create a GitHub deployment (HTTP 404: the token needs deployments: write); the deploy goes on without a GitHub deployment record.\n';

function run(status: string, stdout: string, more: Partial<FinishedRun> = {}): FinishedRun {
  return { apiUrl: 'http://127.0.0.1:1', token: 'ghs_simtoken', stdout, outputs: { 'deployment-status': status, 'endpoint-config-name': 'fraud-prod-config-1', 'model-package-arn': ARN }, ...more };
}
const dep = (id: number, states: string[], environment = 'production'): SimDeployment => ({ id, repository: 'acme/fraud-model', environment, payload: { 'model-package-arn': ARN }, states });
const writer = (t: string) => t === 'ghs_simtoken';

describe('the suite-wide GitHub deployment check', () => {
  test('each outcome ends in its state; a later success makes the earlier success inactive', () => {
    const runs = [run('succeeded', recorded(1)), run('rolled-back', recorded(2)), run('timed-out', recorded(3)), run('started', recorded(4)), run('succeeded', recorded(5))];
    const deployments = [dep(1, ['in_progress', 'success', 'inactive']), dep(2, ['in_progress', 'failure']), dep(3, ['in_progress', 'error']), dep(4, ['in_progress']), dep(5, ['in_progress', 'success'])];
    expect(deploymentProblems(runs, deployments, writer)).toEqual([]);
  });

  test('a wrong final state, a superseded success left live, a missing record and an orphan are each reported', () => {
    const runs = [run('succeeded', recorded(1)), run('failed', recorded(2)), run('succeeded', recorded(3)), run('succeeded', 'no record line\n')];
    const deployments = [dep(1, ['in_progress', 'success']), dep(2, ['in_progress', 'success']), dep(3, ['in_progress', 'success']), dep(9, ['in_progress', 'success'], 'staging')];
    expect(deploymentProblems(runs, deployments, writer)).toEqual([
      'run 1 (deployment-status succeeded): GitHub deployment 1 (production) has states [in_progress, success], expected in_progress … inactive',
      'run 2 (deployment-status failed): GitHub deployment 2 (production) has states [in_progress, success], expected in_progress … failure',
      'run 4 (deployment-status succeeded) deployed with a token that has deployments: write but recorded 0 GitHub deployments',
      'GitHub deployment 9 (staging, states [in_progress, success]) belongs to no action run'
    ]);
  });

  test('without deployments: write a deploy warns once and records nothing; a run that started no update records nothing', () => {
    const ok = [run('succeeded', NO_PERMISSION, { token: 'ghs_other' }), run('unchanged', 'x\n'), run('skipped', 'x\n', { outputs: { 'deployment-status': 'skipped', 'endpoint-config-name': '' } })];
    expect(deploymentProblems(ok, [], writer)).toEqual([]);
    expect(deploymentProblems([run('succeeded', 'x\n', { token: 'ghs_other' })], [], writer)).toEqual([
      'run 1 (deployment-status succeeded): its token has no deployments: write, so it must warn once and record nothing; it recorded [] and warned 0 time(s)'
    ]);
    expect(deploymentProblems([run('unchanged', recorded(1))], [dep(1, ['in_progress', 'success'])], writer)).toEqual(['run 1 (deployment-status unchanged) started no endpoint update but recorded GitHub deployment(s) 1']);
  });

  test('the deployment names the version the run deployed; a cancelled run may leave it in progress or unnamed', () => {
    const other = { ...dep(1, ['in_progress', 'success']), payload: { 'model-package-arn': `${ARN}0` } };
    expect(deploymentProblems([run('succeeded', recorded(1))], [other], writer)).toEqual([`run 1 (deployment-status succeeded): GitHub deployment 1 names ${ARN}0, the run deployed ${ARN}`]);
    expect(deploymentProblems([run('cancelled', 'x\n')], [dep(1, ['in_progress'])], writer)).toEqual([]);
    expect(deploymentProblems([run('cancelled', recorded(1))], [dep(1, ['in_progress', 'error'])], writer)).toHaveLength(1);
  });

  test('after a GitHub failure the run warned about, the record may stop where it was, and only then', () => {
    const gaveUp = (what: string) => `${recorded(1)}::warning::Could not ${what} (HTTP 503); the deploy goes on without a GitHub deployment record.\n`;
    expect(deploymentProblems([run('succeeded', gaveUp("set the GitHub deployment's status to in_progress"))], [dep(1, [])], writer)).toEqual([]);
    expect(deploymentProblems([run('succeeded', gaveUp("set the GitHub deployment's status to success"))], [dep(1, ['in_progress'])], writer)).toEqual([]);
    expect(deploymentProblems([run('succeeded', gaveUp('x'))], [dep(1, ['in_progress', 'failure'])], writer)).toHaveLength(1);
    expect(deploymentProblems([run('succeeded', recorded(1))], [dep(1, ['in_progress'])], writer)).toHaveLength(1);
    const lost = '::warning::Could not create a GitHub deployment (HTTP error); the deploy goes on without a GitHub deployment record.\n';
    expect(deploymentProblems([run('succeeded', lost)], [dep(7, [])], writer)).toEqual([]);
    expect(deploymentProblems([run('succeeded', 'x\n')], [dep(7, [])], writer)).toHaveLength(2);
  });
});
