/**
 * Version identity end to end: the bundled action against the simulator, with Search denied, Search lagging
 * behind writes, two overlapping runs, the push after a PR, and a group shared from another account.
 */
import { describe, expect, test } from '@jest/globals';
import { pushEvent, runAction, type RunOptions } from '../helpers/action-runner.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim();

const IMAGE = 'registry.example.com:5000/ml/fraud-model:v1';
const SHARED_ACCOUNT = '210987654321';

function run(inputs: Record<string, string> = {}, extra: Omit<RunOptions, 'inputs'> = {}) {
  return runAction({
    inputs: { 'model-package-group': 'fraud-detector', image: IMAGE, 'resolve-digest': 'off', ...inputs },
    env: sim.env,
    // ACTION_ENTRY: a bundle built elsewhere (never dist/ by hand), for trying changes before the lead rebuilds dist/.
    ...(process.env.ACTION_ENTRY ? { entry: process.env.ACTION_ENTRY } : {}),
    ...extra
  });
}

/** Versions stored in an account (all groups), from the simulator's state. */
async function versionsIn(account = '123456789012'): Promise<string[]> {
  const state = (await sim.control('state')) as { accounts: Record<string, Record<string, { packages: Record<string, { ModelPackageArn: string }> }>> };
  return Object.values(state.accounts[account]?.['us-east-1']?.packages ?? {}).map((p) => p.ModelPackageArn);
}

const creates = async () => (await sim.requests({ operation: 'CreateModelPackage' })).filter((r) => r.status === 200);

describe('a re-run returns the same version', () => {
  test('with Search denied: found by listing, only the run fields updated', async () => {
    const first = await run();
    expect(first.errors).toEqual([]);
    await sim.control('faults', { deny: ['Search'] });
    const second = await run({}, { runAttempt: '2' });
    expect(second.errors).toEqual([]);
    expect(second.outputs['model-package-arn']).toBe(first.outputs['model-package-arn']);
    expect(second.outputs['created']).toBe('false');
    expect(second.stdout).toContain('found by listing the newest 1 versions');
    expect((await sim.requests({ operation: 'Search' })).at(-1)!.error).toBe('AccessDeniedException');
    expect(await creates()).toHaveLength(1);
    const updates = await sim.requests({ operation: 'UpdateModelPackage' });
    expect(updates.at(-1)!.request.CustomerMetadataProperties).toEqual({ 'github-run-attempt': '2' });
    expect(await versionsIn()).toHaveLength(1);
  });

  test('with Search lagging behind the first run: found by listing', async () => {
    await sim.control('config', { searchDelayMs: 3_600_000 });
    const first = await run();
    const second = await run({}, { runAttempt: '2', runId: '9002' });
    expect(second.errors).toEqual([]);
    expect(second.outputs['model-package-arn']).toBe(first.outputs['model-package-arn']);
    // Search answered (it lags): only the versions created in the window in which it may lag are listed.
    expect(second.stdout).toContain('found by listing the 1 version(s) created in the last 30 minutes');
    const searches = await sim.requests({ operation: 'Search' });
    expect(searches.every((s) => s.status === 200)).toBe(true);
    expect(await versionsIn()).toHaveLength(1);
  });

  test('a re-run of the very same run changes nothing', async () => {
    await run();
    const before = (await sim.requests()).length;
    const again = await run();
    expect(again.errors).toEqual([]);
    const after = (await sim.requests()).slice(before).filter((q) => q.service !== 'github');
    // Search finds it; one DescribeModelPackage proves it as it is now; nothing is written.
    expect(after.map((q) => q.operation)).toEqual(['Search', 'DescribeModelPackage']);
  });
});

test('two overlapping runs of one commit: one version, both green, the same ARN', async () => {
  // Neither run can see the other through Search: both reach CreateModelPackage with the identical body.
  await sim.control('config', { searchDelayMs: 3_600_000 });
  const [a, b] = await Promise.all([run({}, { runId: '9101' }), run({}, { runId: '9102' })]);
  expect([a.code, b.code]).toEqual([0, 0]);
  expect([a.errors, b.errors]).toEqual([[], []]);
  expect(b.outputs['model-package-arn']).toBe(a.outputs['model-package-arn']);
  expect(await versionsIn()).toEqual([a.outputs['model-package-arn']]);
  const bodies = new Set((await sim.requests({ operation: 'CreateModelPackage' })).map((r) => JSON.stringify(r.request)));
  expect(bodies.size).toBe(1);
});

test('the push of a PR commit with approval auto approves the PR version', async () => {
  const pr = await run({ approval: 'auto' });
  expect(pr.outputs['approval-status']).toBe('PendingManualApproval');
  const push = await run({ approval: 'auto' }, { eventName: 'push', event: pushEvent('refs/heads/main'), ref: 'refs/heads/main', runId: '9200' });
  expect(push.errors).toEqual([]);
  expect(push.outputs['model-package-arn']).toBe(pr.outputs['model-package-arn']);
  expect(push.outputs['approval-status']).toBe('Approved');
  expect(push.outputs['created']).toBe('false');
  expect(await creates()).toHaveLength(1);
  const update = (await sim.requests({ operation: 'UpdateModelPackage' })).at(-1)!.request;
  expect(update.ModelApprovalStatus).toBe('Approved');
  expect(update.ApprovalDescription).toMatch(/^Approved by octocat on push of refs\/heads\/main at 4f2a9c1e0b7d: https:\/\/github.com\/acme\/fraud-model\/actions\/runs\/9200/);
  expect(update.CustomerMetadataProperties).toMatchObject({ 'git-ref': 'refs/heads/main', 'github-event': 'push', 'github-run-id': '9200' });
});

test('a group shared from another account, given by ARN: created there, found again with Search denied', async () => {
  const { ModelPackageGroupArn: groupArn } = (await sim.control('sagemaker/groups', { name: 'shared-models', accountId: SHARED_ACCOUNT })) as { ModelPackageGroupArn: string };
  const first = await run({ 'model-package-group': groupArn });
  expect(first.errors).toEqual([]);
  expect(first.outputs['model-package-arn']).toBe(`arn:aws:sagemaker:us-east-1:${SHARED_ACCOUNT}:model-package/shared-models/1`);
  // Search with CrossAccountFilterOption returns only RAM-discoverable groups: a group of another account is never searched.
  expect(await sim.requests({ operation: 'Search' })).toEqual([]);
  const again = await run({ 'model-package-group': groupArn }, { runAttempt: '2' });
  expect(again.outputs['model-package-arn']).toBe(first.outputs['model-package-arn']);
  // Its newest versions are listed and described instead (register/lookup.ts).
  expect(again.stdout).toContain(`(found by listing the newest 1 versions of the group in account ${SHARED_ACCOUNT})`);
  await sim.control('faults', { deny: ['Search'] });
  const denied = await run({ 'model-package-group': groupArn }, { runAttempt: '3' });
  expect(denied.errors).toEqual([]);
  expect(denied.outputs['model-package-arn']).toBe(first.outputs['model-package-arn']);
  expect(denied.stdout).toContain('found by listing the newest 1 versions');
  expect(await versionsIn(SHARED_ACCOUNT)).toHaveLength(1);
  expect(await versionsIn()).toEqual([]);
});
