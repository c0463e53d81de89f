/**
 * promote/ (the bundled sub-action) against the simulator: the version a PR registered is approved in place,
 * chosen by commit, version or ARN; refusals change nothing; /promote needs write access.
 */
import { expect, test } from '@jest/globals';
import { DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, commentEvent, GROUP, prEvent, REPO, registerPr, ROLE, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

const describeVersion = (arn: string) => client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
const writes = async () => (await sim.requests()).filter((r) => WRITE_OPERATIONS.test(r.operation) || /^(POST|PATCH|PUT|DELETE) /.test(r.operation));

async function registered(commit: string): Promise<string> {
  const r = await registerPr(sim, commit);
  expect(r.errors).toEqual([]);
  return r.outputs['model-package-arn']!;
}

test('an approving review promotes the PR head commit’s version: same ARN, Approved, who and where recorded, nothing registered', async () => {
  const arn = await registered(sha(1));
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: sha(1), head_ref: 'feature/x', base_ref: 'main' });
  await sim.control('github/collaborators', { owner: 'acme', repo: 'fraud-model', login: 'reviewer-1', role: 'write' });
  const before = (await sim.requests({ operation: 'CreateModelPackage' })).length;
  const r = await runSub('promote', {
    env: sim.env,
    eventName: 'pull_request_review',
    event: { ...prEvent(42, sha(1)), action: 'submitted', review: { state: 'approved', commit_id: sha(1), user: { login: 'reviewer-1' }, author_association: 'COLLABORATOR' } },
    inputs: { 'model-package-group': GROUP, comment: 'false' }
  });
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ 'model-package-arn': arn, 'model-package-version': '1', 'approval-status': 'Approved', 'previous-approval-status': 'PendingManualApproval', 'deployment-status': 'skipped' });
  expect((await sim.requests({ operation: 'CreateModelPackage' })).length).toBe(before);
  const pkg = await describeVersion(arn);
  expect(pkg.ModelApprovalStatus).toBe('Approved');
  expect(pkg.ApprovalDescription).toContain('@reviewer-1');
  expect(pkg.ApprovalDescription).toContain(`PR #42 (https://github.com/${REPO}/pull/42)`);
  expect(r.summary).toContain('SageMaker model promotion');
});

test('by version number on a push, with a stage; by ARN with approval rejected', async () => {
  await registered(sha(1));
  const second = await registered(sha(2));
  const byNumber = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP, version: '1', stage: 'production' } });
  expect(byNumber.errors).toEqual([]);
  expect(byNumber.outputs['model-package-version']).toBe('1');
  const first = await describeVersion(byNumber.outputs['model-package-arn']!);
  expect(first).toMatchObject({ ModelApprovalStatus: 'Approved', ModelLifeCycle: { Stage: 'production', StageStatus: 'Approved' } });

  const rejected = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: { 'model-package-arn': second, approval: 'rejected', 'approval-note': 'latency regression' } });
  expect(rejected.errors).toEqual([]);
  expect(rejected.outputs['approval-status']).toBe('Rejected');
  const pkg = await describeVersion(second);
  expect(pkg.ModelApprovalStatus).toBe('Rejected');
  expect(pkg.ApprovalDescription).toMatch(/^Rejected by @octocat .*latency regression$/);
});

test('a rejected version is refused with its reason and nothing is written', async () => {
  const arn = await registered(sha(3));
  await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: { 'model-package-arn': arn, approval: 'rejected', 'approval-note': 'data leak' } });
  const seq = (await sim.requests()).length;
  const r = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(3), inputs: { 'model-package-group': GROUP, 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE } });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Version 1 \(.*\) was rejected \(Rejected by @octocat .*data leak\); a rejected version is not promoted/);
  expect((await writes()).filter((w) => w.seq > seq)).toEqual([]);
  expect(r.outputs['approval-status']).toBe('Rejected');
});

test('a commit without a version fails clearly, or is skipped with if-missing: skip', async () => {
  await registered(sha(4));
  const r = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(5), inputs: { 'model-package-group': GROUP } });
  expect(r.errors).toEqual([`No version of ${GROUP} was registered for commit ${sha(5).slice(0, 12)}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`]);
  const skipped = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(5), inputs: { 'model-package-group': GROUP, 'if-missing': 'skip' } });
  expect(skipped.code).toBe(0);
  expect(skipped.outputs['model-package-arn']).toBe('');
});

test('Search denied or not caught up: the version is still found by listing the group', async () => {
  const arn = await registered(sha(6));
  await sim.control('faults', { deny: ['Search'] });
  const r = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(6), inputs: { 'model-package-group': GROUP } });
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).toBe(arn);
  expect(r.stdout).toContain('seen through the newest 1 versions of the group (Search was not available; older versions are not seen)');
});

test('/promote from a commenter without write access is refused with zero writes, to AWS or GitHub', async () => {
  await registered(sha(7));
  const seq = (await sim.requests()).length;
  const r = await runSub('promote', { env: sim.env, eventName: 'issue_comment', event: commentEvent(42, 'stranger', 'NONE'), sha: 'e'.repeat(40), inputs: { 'model-package-group': GROUP } });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Refused: the comment's author @stranger \(association NONE, permission .*\) has no write access to acme\/fraud-model; .* Nothing was changed\.$/);
  const after = (await sim.requests()).filter((q) => q.seq > seq);
  expect(after.filter((q) => q.service !== 'github')).toEqual([]);
  expect(after.filter((q) => !q.operation.startsWith('GET '))).toEqual([]);
});

test('/promote from a collaborator promotes the PR head (looked up through the API) and updates the sticky comment', async () => {
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: sha(8), head_ref: 'feature/x', base_ref: 'main' });
  await sim.control('github/collaborators', { owner: 'acme', repo: 'fraud-model', login: 'maintainer', role: 'maintain' });
  const reg = await registerPr(sim, sha(8), { inputs: { comment: 'true' } });
  expect(reg.outputs['comment-url']).toMatch(/^https:\/\//);
  const r = await runSub('promote', { env: sim.env, eventName: 'issue_comment', event: commentEvent(42, 'maintainer', 'COLLABORATOR'), sha: 'e'.repeat(40), inputs: { 'model-package-group': GROUP } });
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).toBe(reg.outputs['model-package-arn']);
  expect(r.outputs['comment-url']).toBe(reg.outputs['comment-url']);
  const comments = (await sim.control('github/comments?owner=acme&repo=fraud-model&number=42')) as { body: string }[];
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('approval PendingManualApproval → Approved');
  expect(comments[0]!.body).toContain('maintainer with a comment on PR');
  expect(comments[0]!.body).not.toContain('@maintainer'); // no mention: the name is neutralised
});

test('promote with endpoint-name deploys the approved version blue/green and reports the deploy outputs', async () => {
  const arn = await registered(sha(9));
  const r = await runSub('promote', {
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(9),
    inputs: { 'model-package-group': GROUP, 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE, 'poll-interval': '1', stage: 'production' }
  });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': arn, 'deployment-status': 'succeeded', 'endpoint-arn': 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod' });
  expect((await describeVersion(arn)).ModelLifeCycle).toMatchObject({ Stage: 'production', StageStatus: 'Deployed' });
});

test('a dry run of promote with endpoint-name on a pending version says what it would approve and deploy, and writes nothing', async () => {
  const arn = await registered(sha(8));
  const before = (await writes()).length;
  const r = await runSub('promote', {
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(8),
    inputs: { 'model-package-group': GROUP, 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE, 'dry-run': 'true' }
  });
  expect(r.errors).toEqual([]);
  expect(r.stdout).toContain('Dry run: would set version 1 to Approved');
  expect(r.outputs['model-package-arn']).toBe(arn);
  expect((await writes()).length).toBe(before);
  expect((await describeVersion(arn)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('a deploy its inputs cannot make (an image outside ECR, no VPC inputs) is refused before the approval write, and reported failed everywhere', async () => {
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: sha(10), head_ref: 'feature/x', base_ref: 'main' });
  await sim.control('github/collaborators', { owner: 'acme', repo: 'fraud-model', login: 'maintainer', role: 'maintain' });
  const reg = await registerPr(sim, sha(10), { inputs: { image: `registry.example.com/ml/fraud:${sha(10).slice(0, 12)}`, comment: 'true' } });
  expect(reg.errors).toEqual([]);
  const seq = (await sim.requests()).length;
  const r = await runSub('promote', {
    env: sim.env,
    eventName: 'issue_comment',
    event: commentEvent(42, 'maintainer', 'COLLABORATOR'),
    sha: 'e'.repeat(40),
    inputs: { 'model-package-group': GROUP, 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE }
  });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toContain('set vpc-subnets and vpc-security-groups');
  // Nothing was written to AWS: the version is still pending, no model, no endpoint.
  expect((await writes()).filter((w) => w.seq > seq && w.service !== 'github')).toEqual([]);
  expect((await describeVersion(reg.outputs['model-package-arn']!)).ModelApprovalStatus).toBe('PendingManualApproval');
  // Failed in the outputs (a documented value), the summary and the comment; never "in progress".
  expect(r.outputs).toMatchObject({ 'deployment-status': 'failed', 'approval-status': 'PendingManualApproval' });
  const comments = (await sim.control('github/comments?owner=acme&repo=fraud-model&number=42')) as { body: string }[];
  for (const text of [r.summary, comments[0]!.body]) {
    expect(text).toContain('### SageMaker deployment to `fraud-prod`: ❌ failed');
    expect(text).toContain('**What failed:**');
    expect(text).not.toContain('in progress');
  }
});

test('a group that does not exist is named as such, not as a commit without a version', async () => {
  await registered(sha(11));
  const r = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(11), inputs: { 'model-package-group': 'fraud-detecter' } });
  expect(r.code).toBe(1);
  expect(r.errors).toEqual(['Model package group fraud-detecter does not exist in us-east-1: check model-package-group and aws-region (the group is created by the first registration).']);
  // The group that exists still answers as before.
  const other = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(12), inputs: { 'model-package-group': GROUP } });
  expect(other.errors).toEqual([`No version of ${GROUP} was registered for commit ${sha(12).slice(0, 12)}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`]);
});
