/**
 * The multi-account workflows (docs/multi-account.md): the reusable workflows pass registry-role-arn to every step of
 * this action that can write to the registry, the share workflow runs share/ by hand behind an environment with only the
 * permissions it uses, and the multi-account callers name the registry account's group by ARN and its role.
 */
import { expect, test } from '@jest/globals';
import { actionYml } from '../helpers/action-runner.js';
import { readWorkflow as read, type Workflow } from '../helpers/workflow-files.js';

type Inputs = Record<string, { default?: string; required?: boolean }>;
const SELF = 'acme/sagemaker-private-registry-action';
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

test.each(['model-promote.yml', 'model-release.yml', 'model-rollback.yml', 'model-approval.yml'])(
  '%s: takes registry-role-arn (empty by default) and passes it to each promote/rollback step',
  (file) => {
    const w = read(`.github/workflows/${file}`);
    expect(w.on.workflow_call!.inputs['registry-role-arn']).toMatchObject({ default: '' });
    const writers = steps(w).filter((s) => /\/(promote|rollback)@/.test(s.uses ?? ''));
    expect(writers.length).toBeGreaterThan(0);
    for (const step of writers) {
      expect(step.with?.['registry-role-arn']).toBe('${{ inputs.registry-role-arn }}');
      const sub = /\/(promote|rollback)@/.exec(step.uses!)![1]!;
      expect(Object.keys(actionYml(sub).inputs)).toContain('registry-role-arn');
    }
  }
);

test('model-share.yml runs share/ behind an environment, one run per group at a time, with only id-token and contents', () => {
  const w = read('.github/workflows/model-share.yml');
  const job = w.jobs.share!;
  expect(job.environment).toBe('${{ inputs.environment }}');
  expect(w.on.workflow_call!.inputs.environment!.default).toBe('registry');
  expect(job.concurrency).toEqual({ group: 'share-${{ inputs.model-package-group }}', 'cancel-in-progress': false });
  expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
  expect(w.permissions).toEqual(job.permissions);
  const share = job.steps!.find((s) => s.uses === `${SELF}/share@v0`)!;
  // Every input of share/ the workflow declares is passed through as is, and share/ declares each one.
  const declared = Object.keys(actionYml('share').inputs);
  const passed = Object.entries(share.with ?? {});
  expect(passed.length).toBeGreaterThanOrEqual(6);
  for (const [name, value] of passed) {
    expect(declared).toContain(name);
    expect(value).toBe(`\${{ inputs.${name} }}`);
  }
  expect(job.steps!.some((s) => s.run)).toBe(false);
});

test('the share caller runs by hand, a dry run unless asked otherwise, with the registry account’s share role', () => {
  const w = read('workflows/share.yml');
  expect(Object.keys(w.on)).toEqual(['workflow_dispatch']);
  expect((w.on.workflow_dispatch as { inputs: Inputs }).inputs['dry-run']).toMatchObject({ default: true });
  const job = w.jobs.share!;
  expect(job.uses).toBe(`${SELF}/.github/workflows/model-share.yml@v0`);
  expect(job.with).toMatchObject({ 'role-to-assume': 'arn:aws:iam::111122223333:role/sagemaker-registry-share', accounts: '222233334444 333344445555', actions: 'read' });
});

test('the multi-account callers: registration in the registry account by name, promote in production by the group’s ARN with the registry role', () => {
  const pr = read('workflows/multi-account-pull-request.yml').jobs.model!;
  expect(pr.with).toMatchObject({ 'model-package-group': 'fraud-detector', 'role-to-assume': 'arn:aws:iam::111122223333:role/github-model-pr' });
  expect(pr.with?.image).toMatch(/^111122223333\.dkr\.ecr\.us-east-1\.amazonaws\.com\//);
  expect(pr.with?.['deployment-file']).toBeUndefined();
  const promote = read('workflows/multi-account-promote.yml').jobs.promote!;
  expect(promote.with).toMatchObject({
    'model-package-group': 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector',
    'role-to-assume': 'arn:aws:iam::333344445555:role/github-model-deploy',
    'execution-role-arn': 'arn:aws:iam::333344445555:role/sagemaker-execution',
    'registry-role-arn': 'arn:aws:iam::111122223333:role/sagemaker-registry-promoter'
  });
});
