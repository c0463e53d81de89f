import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  ListModelPackagesCommand,
  SearchCommand,
  UpdateModelPackageCommand
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../../../src/errors.js';
import { failureReasons, register } from '../../../src/register/model-registry.js';
import { clientToken } from '../../../src/register/plan.js';
import { SEARCH_LAG_MS } from '../../../src/register/search-lag.js';
import { backoff, WaitTimeout } from '../../../src/aws/poll.js';
import { awsError, ctx, DIGEST, GROUP_ARN, makePlan, options, pushCtx, resetWorld, searchFinds, sm, START, V, version, world } from './registry-fixtures.js';

beforeEach(resetWorld);
afterAll(() => sm.restore());

const updates = () => sm.commandCalls(UpdateModelPackageCommand).map((c) => c.args[0].input);
/** Search finds nothing and the group lists no version: a first registration. */
function nothingYet() {
  searchFinds();
  sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] });
}
/** CreateModelPackage's answer for a group that does not exist, as SageMaker (and the simulator) give it. */
const missingGroup = () => awsError('ValidationException', 'Model Package Group fraud-model does not exist.');

describe('an earlier run already registered the version', () => {
  test('only the per-run fields that changed are written, with one UpdateModelPackage', async () => {
    const plan = makePlan({}, { ...ctx, runAttempt: '2' });
    const earlier = version(V(3), 'Completed', plan);
    Object.assign(earlier.CustomerMetadataProperties!, { ...plan.runMetadata, 'github-run-attempt': '1' });
    searchFinds(earlier);
    const result = await register(world.client, plan, options());
    expect(result).toEqual({ arn: V(3), version: 3, groupArn: GROUP_ARN, approval: 'PendingManualApproval', status: 'Completed', created: false, createdAt: expect.any(Date), foundBy: 'Search' });
    expect(updates()).toEqual([{ ModelPackageArn: V(3), CustomerMetadataProperties: { 'github-run-attempt': '2' } }]);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
    expect(world.arns).toEqual([V(3)]);
    expect(world.logs.info).toContain('Version 3 was already registered for this commit and image (found by Search); reusing it');
  });

  test('nothing changed → no UpdateModelPackage and no other write', async () => {
    const plan = makePlan();
    const earlier = version(V(3), 'Completed', plan);
    Object.assign(earlier.CustomerMetadataProperties!, plan.runMetadata);
    searchFinds(earlier);
    await register(world.client, plan, options());
    // Search finds it; one DescribeModelPackage proves it again as it is now (Search may lag behind an update).
    expect(sm.calls().map((c) => c.args[0].constructor.name)).toEqual(['SearchCommand', 'DescribeModelPackageCommand']);
  });

  test('an approval is applied with who and where; pending never downgrades; auto never overrides a rejection', async () => {
    const approve = makePlan({ approval: 'approved' });
    searchFinds(version(V(3), 'Completed', approve));
    expect((await register(world.client, approve, options())).approval).toBe('Approved');
    expect(updates()[0]).toMatchObject({ ModelApprovalStatus: 'Approved', ApprovalDescription: expect.stringMatching(/^Approved by octocat on pull_request of refs\/pull\/42\/merge .*PR #42.*runs\/77/) });

    resetWorld();
    const pending = makePlan({ approval: 'pending' });
    searchFinds(version(V(3), 'Completed', pending, { ModelApprovalStatus: 'Approved' }));
    expect((await register(world.client, pending, options())).approval).toBe('Approved');
    expect(updates()[0]).not.toHaveProperty('ModelApprovalStatus');

    resetWorld();
    const auto = makePlan({ approval: 'auto' }, pushCtx);
    searchFinds(version(V(3), 'Completed', auto, { ModelApprovalStatus: 'Rejected' }));
    expect((await register(world.client, auto, options())).approval).toBe('Rejected');
    expect(updates()[0]).not.toHaveProperty('ModelApprovalStatus');
  });

  test('the push after a squash merge approves the PR version of the same digest instead of registering another', async () => {
    const pr = makePlan({ approval: 'auto' }, undefined, { digest: DIGEST });
    const push = makePlan({ approval: 'auto' }, { ...pushCtx, sha: 'a'.repeat(40) }, { digest: DIGEST });
    sm.on(SearchCommand).resolvesOnce({ Results: [] }).resolves({ Results: [{ ModelPackage: version(V(5), 'Completed', pr) }] });
    sm.on(DescribeModelPackageCommand).resolves(version(V(5), 'Completed', pr));
    const result = await register(world.client, push, options());
    expect(result).toMatchObject({ arn: V(5), approval: 'Approved', created: false });
    expect(updates()).toHaveLength(1);
    expect(updates()[0]).toMatchObject({ ModelApprovalStatus: 'Approved', ApprovalDescription: expect.stringContaining('Approved by merger on push of refs/heads/main at aaaaaaaaaaaa') });
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
    expect(world.logs.info[0]).toMatch(/^Version 5 was already registered for commit 4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433 with the same image digest/);
  });

  test('a version still in progress is awaited, not duplicated', async () => {
    const plan = makePlan();
    searchFinds(version(V(3), 'InProgress', plan));
    sm.on(DescribeModelPackageCommand)
      .resolvesOnce(version(V(3), 'InProgress', plan))
      .resolvesOnce(version(V(3), 'InProgress', plan))
      .resolves(version(V(3), 'Completed', plan));
    const result = await register(world.client, plan, options());
    expect(result).toMatchObject({ arn: V(3), status: 'Completed', created: false });
    expect(world.sleeps).toEqual([backoff(1)]);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
  });
});

describe('creating a version', () => {
  // Changed deliberately (issue 19): the group is no longer described on every run. CreateModelPackage says when it
  // is missing; the group is then created and the same request sent once more.
  test('group created when CreateModelPackage says it is missing, the plan body sent as it is, then one UpdateModelPackage with the run fields', async () => {
    const plan = makePlan({ 'group-tags': 'team=risk', approval: 'approved' });
    nothingYet();
    sm.on(CreateModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).rejectsOnce(missingGroup()).resolves({ ModelPackageArn: V(4) });
    sm.on(DescribeModelPackageCommand).resolvesOnce(version(V(4), 'Pending', plan)).resolves(version(V(4), 'Completed', plan, { CreationTime: new Date(START + 5000) }));
    const result = await register(world.client, plan, options());
    expect(result).toEqual({ arn: V(4), version: 4, groupArn: GROUP_ARN, approval: 'Approved', status: 'Completed', created: true, createdAt: expect.any(Date) });
    for (const call of sm.commandCalls(CreateModelPackageCommand)) expect(JSON.stringify(call.args[0].input)).toBe(JSON.stringify(plan.createPackage));
    expect(sm.commandCalls(CreateModelPackageGroupCommand)[0]!.args[0].input).toEqual(plan.createGroup);
    expect(updates()).toEqual([{ ModelPackageArn: V(4), ModelApprovalStatus: 'Approved', ApprovalDescription: plan.approvalDescription, CustomerMetadataProperties: plan.runMetadata }]);
    expect(sm.calls().map((c) => c.args[0].constructor.name)).toEqual([
      'SearchCommand',
      'ListModelPackagesCommand',
      'CreateModelPackageCommand',
      'CreateModelPackageGroupCommand',
      'CreateModelPackageCommand',
      'DescribeModelPackageCommand',
      'DescribeModelPackageCommand',
      'UpdateModelPackageCommand'
    ]);
    expect(world.arns).toEqual([V(4)]);
    expect(world.logs.info).toContain('Model package group fraud-model does not exist; creating it');
  });

  test('a new version in an existing group: Search, the listing of the last 30 minutes, create, the status read, the run fields', async () => {
    const plan = makePlan();
    nothingYet();
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V(4) });
    sm.on(DescribeModelPackageCommand).resolves(version(V(4), 'Completed', plan));
    const result = await register(world.client, plan, options());
    expect(result).toMatchObject({ arn: V(4), groupArn: GROUP_ARN, created: true });
    expect(sm.calls().map((c) => c.args[0].constructor.name)).toEqual([
      'SearchCommand',
      'ListModelPackagesCommand',
      'CreateModelPackageCommand',
      'DescribeModelPackageCommand',
      'UpdateModelPackageCommand'
    ]);
    // The window is measured on the run's clock, not the machine's.
    expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input.CreationTimeAfter).toEqual(new Date(START - SEARCH_LAG_MS));
  });

  test('the same body is sent by every run attempt and event, so the token is idempotent', async () => {
    const bodies: string[] = [];
    for (const run of [{}, { runAttempt: '2', runId: '78' }, { eventName: 'workflow_dispatch', actor: 'someone' }]) {
      resetWorld();
      nothingYet();
      sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V(4) });
      const plan = makePlan({}, { ...ctx, ...run });
      sm.on(DescribeModelPackageCommand).resolves(version(V(4), 'Completed', plan));
      await register(world.client, plan, options());
      bodies.push(JSON.stringify(sm.commandCalls(CreateModelPackageCommand)[0]!.args[0].input));
    }
    expect(new Set(bodies).size).toBe(1);
  });

  test('a concurrent run: the token returns the version the other run made (its run id on it) → created false', async () => {
    const plan = makePlan();
    nothingYet();
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V(4) });
    const theirs = version(V(4), 'Completed', plan);
    Object.assign(theirs.CustomerMetadataProperties!, { ...plan.runMetadata, 'github-run-id': '76' });
    sm.on(DescribeModelPackageCommand).resolves(theirs);
    const result = await register(world.client, plan, options());
    expect(result).toMatchObject({ arn: V(4), created: false });
    expect(updates()).toEqual([{ ModelPackageArn: V(4), CustomerMetadataProperties: { 'github-run-id': '77' } }]);
  });

  test('a conflict from CreateModelPackage is resolved by looking up again', async () => {
    const plan = makePlan();
    sm.on(SearchCommand).resolvesOnce({ Results: [] }).resolves({ Results: [{ ModelPackage: version(V(4), 'Completed', plan) }] });
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] });
    sm.on(CreateModelPackageCommand).rejects(awsError('ConflictException', 'A request with this token is in progress'));
    sm.on(DescribeModelPackageCommand).resolves(version(V(4), 'Completed', plan));
    const result = await register(world.client, plan, options());
    expect(result).toMatchObject({ arn: V(4), created: false, foundBy: 'Search' });
  });

  test('a previously Failed version of this body gets a new ClientToken', async () => {
    const plan = makePlan();
    searchFinds(version(V(3), 'Failed', plan));
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V(4) });
    sm.on(DescribeModelPackageCommand).resolves(version(V(4), 'Completed', plan));
    await register(world.client, plan, options());
    const input = sm.commandCalls(CreateModelPackageCommand)[0]!.args[0].input;
    expect(input.ClientToken).toBe(clientToken(plan.createPackage, 1));
    expect({ ...input, ClientToken: plan.clientToken }).toEqual(plan.createPackage);
  });

  // Changed deliberately (issue 19): the missing group is learnt from CreateModelPackage (which fails, writing nothing),
  // not from DescribeModelPackageGroup.
  test('missing group without create-group → ActionError and no group write; a shared group ARN is never created', async () => {
    nothingYet();
    sm.on(CreateModelPackageCommand).rejects(missingGroup());
    const byName = register(world.client, makePlan({ 'create-group': 'false' }), options());
    await expect(byName).rejects.toBeInstanceOf(ActionError);
    await expect(byName).rejects.toThrow("Model package group 'fraud-model' does not exist and create-group is false. Create it first or set create-group: true.");

    const shared = 'arn:aws:sagemaker:us-east-1:210987654321:model-package-group/shared-models';
    resetWorld();
    nothingYet();
    sm.on(CreateModelPackageCommand).rejects(awsError('ResourceNotFound', 'nope'));
    const promise = register(world.client, makePlan({ 'model-package-group': shared, 'create-group': 'true' }), options());
    await expect(promise).rejects.toThrow(`Model package group '${shared}' does not exist or is not shared with this account (a group given by ARN is never created).`);
    expect(sm.commandCalls(CreateModelPackageCommand).map((c) => c.args[0].input.ModelPackageGroupName)).toEqual([shared]);
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
  });

  test('a group another run created in the meantime is used as it is', async () => {
    nothingYet();
    sm.on(CreateModelPackageCommand).rejectsOnce(missingGroup()).resolves({ ModelPackageArn: V(4) });
    sm.on(CreateModelPackageGroupCommand).rejects(awsError('ValidationException', 'Model Package Group already exists: fraud-model'));
    sm.on(DescribeModelPackageCommand).resolves(version(V(4), 'Completed', makePlan()));
    expect((await register(world.client, makePlan(), options())).groupArn).toBe(GROUP_ARN);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(2);
  });

  test('another ValidationException from CreateModelPackage is not taken for a missing group', async () => {
    nothingYet();
    sm.on(CreateModelPackageCommand).rejects(awsError('ValidationException', 'ModelPackage arn:aws:sagemaker:us-east-1:123456789012:model-package/x does not exist.'));
    await expect(register(world.client, makePlan(), options())).rejects.toThrow(/^sagemaker:CreateModelPackage failed/);
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(1);
  });

  test('a Failed version fails with the service reasons; a CreateModelPackage error is explained', async () => {
    nothingYet();
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V(4) });
    sm.on(DescribeModelPackageCommand).resolves(
      version(V(4), 'Failed', undefined, { ModelPackageStatusDetails: { ValidationStatuses: [{ Name: 'validation-1', Status: 'Failed', FailureReason: 'could not be pulled' }] } })
    );
    await expect(register(world.client, makePlan(), options())).rejects.toThrow(`Model package ${V(4)} ended Failed: validation-1: could not be pulled`);
    sm.on(CreateModelPackageCommand).rejects(awsError('ResourceLimitExceeded', 'too many'));
    await expect(register(world.client, makePlan(), options())).rejects.toThrow('sagemaker:CreateModelPackage failed: an account quota is exhausted (too many).');
  });

  test('a version that never completes times out within the budget', async () => {
    nothingYet();
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V(4) });
    sm.on(DescribeModelPackageCommand).resolves(version(V(4), 'InProgress'));
    const promise = register(world.client, makePlan(), options({ timeoutMs: 30_000 }));
    await expect(promise).rejects.toBeInstanceOf(WaitTimeout);
    expect(world.sleeps.reduce((a, b) => a + b, 0)).toBe(30_000);
  });
});

test('failureReasons without details', () => {
  expect(failureReasons({})).toBe('SageMaker gave no reason');
});
