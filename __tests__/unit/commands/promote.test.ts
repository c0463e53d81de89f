import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { readCommon } from '../../../src/commands/inputs.js';
import { readPromote, refusal } from '../../../src/commands/promote.js';
import { approvalDescription, requester } from '../../../src/commands/event.js';
import type { RunContext } from '../../../src/github/context.js';

const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const common = () => readCommon(read({ 'aws-region': 'us-east-1' }), {}, () => undefined);
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/g/3';

describe('readPromote', () => {
  test('one selector at a time; group needed unless an ARN names the version', () => {
    expect(readPromote(read({ 'model-package-group': 'g' }), common())).toEqual({ group: { name: 'g' }, approval: 'Approved', ifMissing: 'fail', branches: [] });
    expect(readPromote(read({ 'model-package-arn': ARN }), common())).toMatchObject({ arn: ARN });
    expect(() => readPromote(read({ 'model-package-arn': ARN, version: '2' }), common())).toThrow("Input 'version': \"2\" cannot be combined with model-package-arn");
    expect(() => readPromote(read({ version: '2' }), common())).toThrow("Input 'model-package-group': \"\" is required");
    expect(() => readPromote(read({ 'model-package-group': 'g', commit: 'main' }), common())).toThrow("Input 'commit'");
    expect(() => readPromote(read({ 'model-package-group': 'g', approval: 'pending' }), common())).toThrow("Input 'approval': \"pending\" must be one of: approved, rejected");
  });

  test('a version ARN of another Region is refused; a rejection cannot deploy', () => {
    expect(() => readPromote(read({ 'model-package-arn': ARN.replace('us-east-1', 'eu-west-1') }), common())).toThrow('is in Region eu-west-1');
    const rejectAndDeploy = { 'model-package-group': 'g', approval: 'rejected', 'endpoint-name': 'prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/x-role-name' };
    expect(() => readPromote(read(rejectAndDeploy), common())).toThrow('cannot be set with approval: rejected');
  });
});

describe('registry-role-arn', () => {
  const GROUP = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/g';
  const ROLE = 'arn:aws:iam::111122223333:role/registry-writer';
  const deploy = { 'endpoint-name': 'prod', 'execution-role-arn': 'arn:aws:iam::333344445555:role/x-role-name' };
  test("read with a group ARN of the role's account; the deploy's registry writes get it too", () => {
    expect(readPromote(read({ 'model-package-group': GROUP, 'registry-role-arn': ROLE }), common())).toMatchObject({ registryRole: ROLE });
    expect(readPromote(read({ 'model-package-group': GROUP, 'registry-role-arn': ROLE, ...deploy }), common()).deploy).toMatchObject({ registryRoleArn: ROLE });
    expect(readPromote(read({ 'model-package-arn': 'arn:aws:sagemaker:us-east-1:111122223333:model-package/g/3', 'registry-role-arn': ROLE }), common())).toMatchObject({ registryRole: ROLE });
    expect(readPromote(read({ 'model-package-group': GROUP, ...deploy }), common()).deploy).not.toHaveProperty('registryRoleArn');
  });
  test('refused before any call: a group by name, a role of another account than the group, a malformed ARN', () => {
    expect(() => readPromote(read({ 'model-package-group': 'g', 'registry-role-arn': ROLE }), common())).toThrow("Input 'registry-role-arn': \"arn:aws:iam::111122223333:role/registry-writer\" needs model-package-group as an ARN");
    expect(() => readPromote(read({ 'model-package-arn': ARN, 'registry-role-arn': ROLE }), common())).toThrow('but model-package-arn is in account 123456789012');
    expect(() => readPromote(read({ 'model-package-group': GROUP, 'registry-role-arn': 'role/x' }), common())).toThrow("Input 'registry-role-arn': \"role/x\" must be an IAM role ARN");
  });
});

describe('refusal', () => {
  const pkg = { ModelPackageArn: ARN, ModelPackageVersion: 3, ModelPackageStatus: 'Completed' } as DescribeModelPackageOutput;
  test('a Rejected version is refused with the recorded reason; rejecting it again is fine', () => {
    const rejected: DescribeModelPackageOutput = { ...pkg, ModelApprovalStatus: 'Rejected', ApprovalDescription: 'Rejected by @qa: drift' };
    expect(refusal(rejected, 'Approved')).toBe(`Version 3 (${ARN}) was rejected (Rejected by @qa: drift); a rejected version is not promoted. Register a fixed image.`);
    expect(refusal(rejected, 'Rejected')).toBeUndefined();
  });
  test('Failed and unfinished versions are refused; a Completed pending one is not', () => {
    const failed: DescribeModelPackageOutput = { ...pkg, ModelPackageStatus: 'Failed', ModelPackageStatusDetails: { ValidationStatuses: [{ Name: 'v', Status: 'Failed', FailureReason: 'bad image' }] } };
    expect(refusal(failed, 'Approved')).toContain('failed to register (v: bad image)');
    expect(refusal({ ...pkg, ModelPackageStatus: 'InProgress' }, 'Approved')).toContain('is InProgress');
    expect(refusal({ ...pkg, ModelApprovalStatus: 'PendingManualApproval' }, 'Approved')).toBeUndefined();
  });
});

describe('who and where', () => {
  const ctx = (eventName: string): RunContext => ({
    eventName, sha: 'a'.repeat(40), ref: '', refName: 'feature/x', refType: 'pull', prNumber: 42, repository: 'acme/m', serverUrl: 'https://github.com',
    apiUrl: '', runId: '7', runAttempt: '1', actor: 'octocat', workflow: 'w', runUrl: 'https://github.com/acme/m/actions/runs/7/attempts/1', repositoryUrl: 'https://github.com/acme/m'
  });
  test('the merger, the reviewer or the commenter, with the PR link and the run', () => {
    expect(requester(ctx('pull_request'), { pull_request: { merged: true, merged_by: { login: 'merger' } } })).toEqual({ who: 'merger', where: 'on merge of PR #42 (https://github.com/acme/m/pull/42)' });
    expect(requester(ctx('pull_request_review'), { review: { user: { login: 'rev' } } }).who).toBe('rev');
    expect(requester(ctx('issue_comment'), { comment: { user: { login: 'c' } } })).toEqual({ who: 'c', where: 'with a comment on PR #42 (https://github.com/acme/m/pull/42)' });
    expect(approvalDescription(ctx('pull_request_review'), { review: { user: { login: 'rev' } } }, 'Approved', 'ok')).toBe(
      'Approved by @rev by an approving review of PR #42 (https://github.com/acme/m/pull/42); run https://github.com/acme/m/actions/runs/7/attempts/1. ok'
    );
  });
  test('a login from the payload that is not a GitHub login falls back to the actor', () => {
    expect(requester(ctx('pull_request_review'), { review: { user: { login: 'x\n::warning::y' } } }).who).toBe('octocat');
  });
});
