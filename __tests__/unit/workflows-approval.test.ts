/** The approval path's example workflows (workflows/approval.yml and its reusable .github/workflows/model-approval.yml). */
import { expect, test } from '@jest/globals';
import { actionYml } from '../helpers/action-runner.js';
import { readWorkflow as read } from '../helpers/workflow-files.js';

const caller = read('workflows/approval.yml');
const reusable = read('.github/workflows/model-approval.yml');
const job = reusable.jobs.approval!;

test('the caller listens to the repository_dispatch type approval-events sends and the promote sub-action reads', () => {
  const type = actionYml('approval-events').inputs['event-type']!.default;
  expect(caller.on).toEqual({ repository_dispatch: { types: [type] } });
  expect(actionYml('promote').inputs['dispatch-event-type']!.default).toBe(type);
  expect(reusable.on.workflow_call.inputs['dispatch-event-type'].default).toBe(type);
  expect(Object.values(caller.jobs)[0]!.uses).toBe('acme/sagemaker-private-registry-action/.github/workflows/model-approval.yml@v0');
  expect(Object.values(caller.jobs)[0]!.with?.['on-rejected']).toBe('rollback');
});

test('the deploy waits for the production environment, one at a time per stage, with only the permissions its steps use', () => {
  expect(job.environment).toBe('${{ inputs.environment }}');
  expect(reusable.on.workflow_call.inputs.environment.default).toBe('production');
  // The same group as promote, release and rollback: an approval never overlaps another deploy of the stage.
  expect(job.concurrency).toEqual({ group: 'deploy-${{ inputs.deployment-file }}', 'cancel-in-progress': false });
  expect(read('.github/workflows/model-promote.yml').jobs.promote!.concurrency?.group).toBe(job.concurrency?.group);
  // id-token: the deploy role (OIDC); contents: read the deployment file; deployments: the GitHub deployment record.
  const least = { 'id-token': 'write', contents: 'read', deployments: 'write' };
  expect(job.permissions).toEqual(least);
  expect(reusable.permissions).toEqual(least);
  expect(caller.permissions).toEqual(least);
});

test('the promote step takes its settings from the default branch and records the deployment in the gated environment', () => {
  const steps = job.steps!;
  const checkout = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
  const promote = steps.findIndex((s) => s.uses === 'acme/sagemaker-private-registry-action/promote@v0');
  expect(steps[checkout]!.with).toEqual({ ref: '${{ github.event.repository.default_branch }}', 'persist-credentials': false });
  expect(promote).toBeGreaterThan(checkout);
  const given = steps[promote]!.with!;
  expect(given).toMatchObject({ 'on-rejected': '${{ inputs.on-rejected }}', 'github-environment': '${{ inputs.environment }}', 'deployment-file': '${{ inputs.deployment-file }}' });
  // Nothing names a version: on repository_dispatch the version comes from the dispatch, checked by the action.
  for (const name of ['version', 'commit', 'model-package-arn', 'approval']) expect(given[name]).toBeUndefined();
  const declared = Object.keys(actionYml('promote').inputs);
  expect(Object.keys(given).filter((k) => !declared.includes(k))).toEqual([]);
  expect(steps.some((s) => s.run)).toBe(false);
});

test('every example workflow whose job deploys grants deployments: write (the GitHub deployment record), and its caller too', () => {
  const reusables = ['model-pull-request.yml', 'model-promote.yml', 'model-release.yml', 'model-rollback.yml', 'model-approval.yml'];
  for (const file of reusables) {
    const w = read(`.github/workflows/${file}`);
    const deploying = Object.values(w.jobs).filter((j) => (j.steps ?? []).some((s) => s.uses?.startsWith('acme/sagemaker-private-registry-action') && s.with?.['deployment-file']));
    expect({ file, jobs: deploying.length }).toEqual({ file, jobs: expect.any(Number) });
    expect(deploying.length).toBeGreaterThan(0);
    // A job's own permissions replace the workflow's; without its own, the workflow's apply.
    for (const job of deploying) expect({ file, deployments: (job.permissions ?? w.permissions).deployments }).toEqual({ file, deployments: 'write' });
  }
  for (const file of ['pull-request.yml', 'promote.yml', 'release.yml', 'rollback.yml', 'approval.yml']) expect({ file, deployments: read(`workflows/${file}`).permissions.deployments }).toEqual({ file, deployments: 'write' });
});
