/**
 * Lookup cost at scale (issue 19): in a group of 10,000 versions, with Search lagging ten minutes behind writes,
 * a new registration costs what it costs in an empty group, and a version created a minute earlier that Search has
 * not indexed yet is still found and reused (the listing of the last 30 minutes). A first registration in a new
 * group creates the group when CreateModelPackage says it is missing.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { ListModelPackagesCommand, SearchCommand } from '@aws-sdk/client-sagemaker';
import { pullRequestEvent } from '../helpers/action-runner.js';
import { client, runRegister } from '../helpers/pipeline.js';
import { startSim, type LoggedRequest, type Sim } from '../helpers/sim.js';

const GROUP = 'big-group';
const IMAGE = 'registry.example.com:5000/ml/fraud-model:v1';
const COMMIT = 'a1'.repeat(20);
const SEARCH_LAG = 10 * 60_000;

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ searchDelayMs: SEARCH_LAG });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  await sim.reset();
});

function register(group: string, runAttempt = '1') {
  return runRegister({
    inputs: { 'model-package-group': group, image: IMAGE, 'resolve-digest': 'off', comment: 'false' },
    env: sim.env,
    event: pullRequestEvent(42, COMMIT),
    runAttempt
  });
}

/** The AWS requests the simulator logged after request `since`. */
async function awsCallsSince(since: number): Promise<LoggedRequest[]> {
  return (await sim.requests()).filter((q) => q.seq > since && q.service !== 'github');
}
const lastSeq = async () => Math.max(0, ...(await sim.requests()).map((q) => q.seq));

test('a group of 10,000 versions: a new registration makes at most 6 AWS calls; its re-run a minute later, before Search indexes it, reuses it', async () => {
  const seeded = (await sim.control('sagemaker/packages', { group: GROUP, count: 10_000 })) as { lastVersion: number };
  expect(seeded.lastVersion).toBe(10_000);

  const first = await register(GROUP);
  expect(first.errors).toEqual([]);
  expect(first.outputs['created']).toBe('true');
  expect(first.outputs['model-package-version']).toBe('10001');
  const calls = await awsCallsSince(0);
  expect(calls.length).toBeLessThanOrEqual(6);
  // Search, the listing of the window in which Search may lag (empty: the seeded versions are a day old), the write
  // and its status read, the run's fields. No DescribeModelPackageGroup, no listing of the newest 1,000.
  expect(calls.map((q) => q.operation)).toEqual(['Search', 'ListModelPackages', 'CreateModelPackage', 'DescribeModelPackage', 'UpdateModelPackage']);
  expect(calls[1]!.request.CreationTimeAfter).toEqual(expect.any(Number));

  // A minute later Search still does not show the new version (it lags ten minutes here).
  await sim.control('clock', { advanceMs: 60_000 });
  const searched = await client(sim).send(
    new SearchCommand({
      Resource: 'ModelPackage',
      SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: GROUP }, { Name: 'CustomerMetadataProperties.git-commit', Operator: 'Equals', Value: COMMIT }] }
    })
  );
  expect(searched.Results).toEqual([]);

  const before = await lastSeq();
  const rerun = await register(GROUP, '2');
  expect(rerun.errors).toEqual([]);
  expect(rerun.outputs['created']).toBe('false');
  expect(rerun.outputs['model-package-arn']).toBe(first.outputs['model-package-arn']);
  expect(rerun.stdout).toContain('found by listing the 1 version(s) created in the last 30 minutes');
  const again = await awsCallsSince(before);
  // The listing describes the candidate to prove it; the proof is read once more right before the reuse (confirm).
  expect(again.map((q) => q.operation)).toEqual(['Search', 'ListModelPackages', 'BatchDescribeModelPackage', 'DescribeModelPackage', 'DescribeModelPackage', 'UpdateModelPackage']);
  expect(again.filter((q) => q.operation === 'BatchDescribeModelPackage')[0]!.request.ModelPackageArnList).toEqual([first.outputs['model-package-arn']]);
  // No second version: the group holds exactly one version newer than the seeded ones.
  const recent = await client(sim).send(new ListModelPackagesCommand({ ModelPackageGroupName: GROUP, ModelPackageType: 'Versioned', CreationTimeAfter: new Date(Date.now() - 3_600_000), MaxResults: 100 }));
  expect(recent.ModelPackageSummaryList!.map((s) => s.ModelPackageVersion)).toEqual([10_001]);
}, 120_000);

test('a first registration in a new group creates the group through the missing-group answer of CreateModelPackage', async () => {
  const r = await register('new-group');
  expect(r.errors).toEqual([]);
  expect(r.outputs['created']).toBe('true');
  expect(r.outputs['model-package-group-arn']).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package-group/new-group');
  const calls = await awsCallsSince(0);
  expect(calls.map((q) => [q.operation, q.error])).toEqual([
    ['Search', null],
    ['ListModelPackages', null],
    ['CreateModelPackage', 'ValidationException'],
    ['CreateModelPackageGroup', null],
    ['CreateModelPackage', null],
    ['DescribeModelPackage', null],
    ['UpdateModelPackage', null]
  ]);
  // The same request both times: the ClientToken still makes it idempotent.
  expect(calls[4]!.request).toEqual(calls[2]!.request);
}, 60_000);
