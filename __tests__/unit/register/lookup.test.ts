import { BatchDescribeModelPackageCommand, DescribeModelPackageCommand, ListModelPackagesCommand, SearchCommand, type ModelPackage } from '@aws-sdk/client-sagemaker';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CONFIRM_LIMIT, LIST_LIMIT, lookUp, OTHER_ACCOUNT_LIMIT, SEARCH_FALLBACK } from '../../../src/register/lookup.js';
import { SEARCH_LAG_MS } from '../../../src/register/search-lag.js';
import type { RegistrationPlan } from '../../../src/register/plan.js';
import { awsError, ctx, DIGEST, makePlan, options, pushCtx, resetWorld, searchFinds, sm, START, V, version, world } from './registry-fixtures.js';

const sts = mockClient(STSClient);
beforeEach(() => {
  resetWorld();
  sts.reset();
});
afterAll(() => {
  sm.restore();
  sts.restore();
});

const SHARED = 'arn:aws:sagemaker:us-east-1:210987654321:model-package-group/fraud-model';
const log = () => options().log;

/** The group's versions, newest first, as ListModelPackages (CreationTimeAfter too) + BatchDescribeModelPackage + DescribeModelPackage see them. */
function groupHolds(packages: ModelPackage[], pageCap = 100) {
  const byArn = new Map(packages.map((p) => [p.ModelPackageArn!, p]));
  sm.on(ListModelPackagesCommand).callsFake((input: { NextToken?: string; MaxResults?: number; CreationTimeAfter?: Date }) => {
    const after = input.CreationTimeAfter?.getTime();
    const arns = packages.filter((p) => after === undefined || p.CreationTime!.getTime() > after).map((p) => p.ModelPackageArn!);
    const start = Number(input.NextToken ?? 0);
    // A page may hold fewer than MaxResults (with a NextToken), as the service allows.
    const end = start + Math.min(input.MaxResults ?? 10, pageCap);
    return {
      ModelPackageSummaryList: arns.slice(start, end).map((ModelPackageArn) => ({ ModelPackageArn, ModelPackageGroupName: 'fraud-model', CreationTime: new Date(), ModelPackageStatus: 'Completed' })),
      ...(end < arns.length ? { NextToken: String(end) } : {})
    };
  });
  sm.on(BatchDescribeModelPackageCommand).callsFake((input: { ModelPackageArnList: string[] }) => {
    if (input.ModelPackageArnList.length > 100) throw awsError('ValidationException', 'at most 100');
    // Summaries as the service gives them: no CustomerMetadataProperties.
    const summaries = Object.fromEntries(
      input.ModelPackageArnList.map((arn) => {
        const summary = { ...byArn.get(arn)! };
        delete summary.CustomerMetadataProperties;
        return [arn, summary];
      })
    );
    return { ModelPackageSummaries: summaries, BatchDescribeModelPackageErrorMap: {} };
  });
  sm.on(DescribeModelPackageCommand).callsFake((input: { ModelPackageName: string }) => byArn.get(input.ModelPackageName));
}

function otherCommit(plan: RegistrationPlan, arn: string): ModelPackage {
  const p = version(arn, 'Completed', plan);
  p.CustomerMetadataProperties = { ...p.CustomerMetadataProperties, 'git-commit': 'f'.repeat(40), 'idempotency-key': 'f'.repeat(32) };
  return p;
}

describe('lookUp', () => {
  test('found by Search: one call, newest first, nothing listed', async () => {
    const plan = makePlan();
    searchFinds(version(V(3), 'Completed', plan));
    const found = await lookUp(world.client, plan, log());
    expect(found.foundBy).toBe('Search');
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([V(3)]);
    expect(sm.commandCalls(SearchCommand)[0]!.args[0].input).toEqual({
      Resource: 'ModelPackage',
      SearchExpression: {
        Filters: [
          { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'fraud-model' },
          { Name: 'CustomerMetadataProperties.idempotency-key', Operator: 'Equals', Value: plan.idempotencyKey }
        ]
      },
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 20
    });
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(0);
  });

  // Changed deliberately (issue 19): a lagging Search (it answers, finds nothing) no longer lists the newest versions,
  // only the window in which Search may lag (next tests). A denied or failing Search still does, whatever the clock.
  test.each([
    ['denied', () => sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'not authorized to perform: sagemaker:Search'))],
    ['failing', () => sm.on(SearchCommand).rejects(Object.assign(awsError('InternalFailure', 'boom'), { $metadata: { httpStatusCode: 500 } }))],
    ['lagging, with no clock given (the dry run)', () => searchFinds()]
  ])('Search %s → the newest versions are listed, batch-described and the candidate confirmed', async (label, arrange) => {
    const plan = makePlan();
    arrange();
    groupHolds([otherCommit(plan, V(3)), version(V(2), 'Completed', plan), version(V(1), 'Completed', makePlan({ image: 'ghcr.io/acme/other:v1' }))]);
    const found = await lookUp(world.client, plan, log(), label.startsWith('lagging') ? undefined : START);
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([V(2)]);
    expect(found.foundBy).toBe('listing the newest 3 versions');
    expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input).toEqual({
      ModelPackageGroupName: 'fraud-model',
      ModelPackageType: 'Versioned',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 100
    });
    expect(sm.commandCalls(BatchDescribeModelPackageCommand)[0]!.args[0].input).toEqual({ ModelPackageArnList: [V(3), V(2), V(1)] });
    // Only the two versions with the same image are described; v3 (another commit) is ruled out by its key.
    expect(sm.commandCalls(DescribeModelPackageCommand).map((c) => c.args[0].input.ModelPackageName)).toEqual([V(3), V(2)]);
  });

  test('a denied Search is logged as a warning, not an error', async () => {
    sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
    groupHolds([]);
    const logger = options().log;
    const found = await lookUp(world.client, makePlan(), logger);
    expect(found).toEqual({ exact: [], sameImage: [] });
    // Changed deliberately (issue 19): the warning says what the fallback costs and what it cannot see.
    expect(world.logs.warning).toEqual([`Search for an earlier version failed (AccessDeniedException); ${SEARCH_FALLBACK}`]);
    expect(SEARCH_FALLBACK).toBe(
      'looking through the newest versions of the group instead: up to 10 ListModelPackages and 10 BatchDescribeModelPackage calls, and a version older than the newest 1000 is not found (allow sagemaker:Search to keep the lookup at a few calls in any group).'
    );
  });

  test('Search answers but has not indexed it yet: only the versions created in the last 30 minutes are listed, and it is found', async () => {
    const plan = makePlan();
    searchFinds();
    const now = START + 10 * 24 * 3_600_000;
    const old = makePlan({ image: 'ghcr.io/acme/other:v1' });
    const recent = version(V(1001), 'Completed', plan, { CreationTime: new Date(now - 60_000) });
    groupHolds([recent, ...Array.from({ length: 1000 }, (_, i) => version(V(1000 - i), 'Completed', old))]);
    const found = await lookUp(world.client, plan, log(), now);
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([V(1001)]);
    expect(found.foundBy).toBe('listing the 1 version(s) created in the last 30 minutes');
    expect(sm.commandCalls(ListModelPackagesCommand).map((c) => c.args[0].input)).toEqual([
      { ModelPackageGroupName: 'fraud-model', ModelPackageType: 'Versioned', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100, CreationTimeAfter: new Date(now - SEARCH_LAG_MS) }
    ]);
    expect(sm.commandCalls(BatchDescribeModelPackageCommand).map((c) => c.args[0].input.ModelPackageArnList)).toEqual([[V(1001)]]);
    expect(sm.commandCalls(DescribeModelPackageCommand).map((c) => c.args[0].input.ModelPackageName)).toEqual([V(1001)]);
    expect(world.logs.warning).toEqual([]);
  });

  test('a new registration in a big group: one Search and one listing of an empty window, whatever the group holds', async () => {
    const plan = makePlan();
    searchFinds();
    groupHolds(Array.from({ length: 1000 }, (_, i) => version(V(1000 - i), 'Completed', plan, { CreationTime: new Date(START - SEARCH_LAG_MS - 1) })));
    const found = await lookUp(world.client, plan, log(), START);
    expect(found).toEqual({ exact: [], sameImage: [] });
    expect(sm.calls().map((c) => c.args[0].constructor.name)).toEqual(['SearchCommand', 'ListModelPackagesCommand']);
  });

  test(`the listing stops at the newest ${LIST_LIMIT} versions, 100 per page and per batch`, async () => {
    const plan = makePlan();
    // Changed deliberately (issue 19): the whole listing is the path of a denied Search (it was a lagging one).
    sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
    const other = makePlan({ image: 'ghcr.io/acme/other:v1' });
    groupHolds(Array.from({ length: 1250 }, (_, i) => version(V(1250 - i), 'Completed', other)));
    const found = await lookUp(world.client, plan, log(), START);
    expect(found.exact).toEqual([]);
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(10);
    const batches = sm.commandCalls(BatchDescribeModelPackageCommand).map((c) => c.args[0].input.ModelPackageArnList!.length);
    expect(batches).toEqual(Array(10).fill(100));
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(0);
  });

  test(`short pages: still no more than the newest ${LIST_LIMIT} versions are looked at`, async () => {
    sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
    groupHolds(Array.from({ length: 1250 }, (_, i) => version(V(1250 - i), 'Completed', makePlan({ image: 'ghcr.io/acme/other:v1' }))), 60);
    await lookUp(world.client, makePlan(), log(), START);
    const described = sm.commandCalls(BatchDescribeModelPackageCommand).flatMap((c) => c.args[0].input.ModelPackageArnList!);
    expect(described).toHaveLength(LIST_LIMIT);
    expect(described.at(-1)).toBe(V(251));
    expect(sm.commandCalls(ListModelPackagesCommand).at(-1)!.args[0].input.MaxResults).toBe(40);
  });

  test('a denied listing, batch or describe call names the permission the role needs', async () => {
    const plan = makePlan();
    for (const command of [ListModelPackagesCommand, BatchDescribeModelPackageCommand, DescribeModelPackageCommand] as const) {
      resetWorld();
      sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
      groupHolds([version(V(1), 'Completed', plan)]);
      sm.on(command as typeof ListModelPackagesCommand).rejects(awsError('AccessDeniedException', 'not authorized'));
      const action = `sagemaker:${command.name.replace(/Command$/, '')}`;
      await expect(lookUp(world.client, plan, log(), START)).rejects.toThrow(`${action} was denied: the role this workflow assumed needs ${action}`);
    }
  });

  test('listing: planted versions claiming this key are reported, matched by their image as pinned or as given', async () => {
    const plan = makePlan({}, ctx, { digest: DIGEST });
    expect(plan.image).not.toBe(plan.imageAsGiven);
    // Registered as this plan would, then given other containers: no ImageDigest, so only the image name finds them.
    const withImage = (n: number, Image: string): ModelPackage => {
      const p = version(V(n), 'Completed', plan);
      return { ...p, InferenceSpecification: { ...p.InferenceSpecification!, Containers: [{ Image }] } };
    };
    const sidecar = version(V(1), 'Completed', plan);
    sidecar.InferenceSpecification = { ...sidecar.InferenceSpecification!, Containers: [...sidecar.InferenceSpecification!.Containers!, { Image: 'ghcr.io/acme/sidecar:v1' }] };
    sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
    groupHolds([withImage(3, plan.image), withImage(2, plan.imageAsGiven), sidecar]);
    const found = await lookUp(world.client, plan, log(), START);
    expect(found).toEqual({ exact: [], sameImage: [], unproven: [V(3), V(2), V(1)] });
  });

  test('the listing stops at the page where a usable version is confirmed', async () => {
    const plan = makePlan();
    searchFinds();
    const others = Array.from({ length: 150 }, (_, i) => version(V(150 - i), 'Completed', makePlan({ image: 'ghcr.io/acme/other:v1' })));
    groupHolds([version(V(151), 'Completed', plan), ...others]);
    const found = await lookUp(world.client, plan, log());
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([V(151)]);
    expect(found.foundBy).toBe('listing the newest 100 versions');
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(1);
  });

  test(`the listing stops at the page where the ${CONFIRM_LIMIT}th candidate was described`, async () => {
    const plan = makePlan();
    searchFinds();
    const other = makePlan({ image: 'ghcr.io/acme/other:v1' });
    // Page 1: 25 candidates (another commit, same image) among 75 others; page 2: more candidates.
    const page1 = Array.from({ length: 100 }, (_, i) => (i < CONFIRM_LIMIT ? otherCommit(plan, V(200 - i)) : version(V(200 - i), 'Completed', other)));
    groupHolds([...page1, ...Array.from({ length: 50 }, (_, i) => otherCommit(plan, V(100 - i)))]);
    await lookUp(world.client, plan, log());
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(CONFIRM_LIMIT);
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(1);
    expect(sm.commandCalls(BatchDescribeModelPackageCommand)).toHaveLength(1);
  });

  test('the listing stops as soon as a usable version is confirmed', async () => {
    const plan = makePlan();
    searchFinds();
    groupHolds([...Array.from({ length: 150 }, (_, i) => version(V(300 - i), 'Completed', makePlan({ image: 'ghcr.io/acme/other:v1' }))), version(V(150), 'Completed', plan)]);
    const found = await lookUp(world.client, plan, log());
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([V(150)]);
    expect(found.foundBy).toBe('listing the newest 151 versions');
  });

  test(`at most ${CONFIRM_LIMIT} candidates are described`, async () => {
    const plan = makePlan();
    searchFinds();
    groupHolds(Array.from({ length: 60 }, (_, i) => otherCommit(plan, V(60 - i))));
    await lookUp(world.client, plan, log());
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(CONFIRM_LIMIT);
  });

  test('a group of another account: no Search (it sees only RAM-discoverable groups), its newest versions listed by ARN and described one by one, said once', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    const plan = makePlan({ 'model-package-group': SHARED });
    const mine = version(SHARED.replace('model-package-group', 'model-package') + '/4', 'Completed', plan);
    const other = otherCommit(plan, SHARED.replace('model-package-group', 'model-package') + '/5');
    searchFinds(mine);
    groupHolds([other, mine]);
    const logger = log();
    const found = await lookUp(world.client, plan, logger);
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([mine.ModelPackageArn]);
    expect(found.foundBy).toBe('listing the newest 2 versions of the group in account 210987654321');
    expect(sm.commandCalls(SearchCommand)).toHaveLength(0);
    expect(sm.commandCalls(BatchDescribeModelPackageCommand)).toHaveLength(0);
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(2);
    expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input).toMatchObject({ ModelPackageGroupName: SHARED, MaxResults: 100 });
    expect(world.logs.info.filter((m) => m.includes('Search does not see groups shared by a group policy'))).toHaveLength(1);
    expect(world.logs.info[0]).toContain('is in account 210987654321, not this run');
    // Said once per run: a second look-up of the same group is quiet.
    await lookUp(world.client, plan, logger);
    expect(world.logs.info.filter((m) => m.includes('Search does not see'))).toHaveLength(1);
  });

  test('a group of another account: the describing stops at the first version that proves the registration', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    const plan = makePlan({ 'model-package-group': SHARED });
    const at = (n: number) => `${SHARED.replace('model-package-group', 'model-package')}/${n}`;
    groupHolds([version(at(40), 'Completed', plan), ...Array.from({ length: 39 }, (_, i) => otherCommit(plan, at(39 - i)))]);
    const found = await lookUp(world.client, plan, log());
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([at(40)]);
    expect(found.foundBy).toBe('listing the newest 1 versions of the group in account 210987654321');
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(1);
  });

  test(`a group of another account: at most ${OTHER_ACCOUNT_LIMIT} versions are described, and none found means none`, async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    const plan = makePlan({ 'model-package-group': SHARED });
    groupHolds(Array.from({ length: 130 }, (_, i) => otherCommit(plan, `${SHARED.replace('model-package-group', 'model-package')}/${130 - i}`)));
    const found = await lookUp(world.client, plan, log());
    expect(found.exact).toEqual([]);
    expect(found.foundBy).toBeUndefined();
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(OTHER_ACCOUNT_LIMIT);
  });

  test('STS cannot tell the account: a group ARN is treated as another account (never concluded from Search)', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('InvalidClientTokenId', 'no'));
    const plan = makePlan({ 'model-package-group': SHARED.replace('fraud-model', 'fraud-model-b') });
    groupHolds([]);
    await lookUp(world.client, plan, log());
    expect(sm.commandCalls(SearchCommand)).toHaveLength(0);
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(1);
  });

  test("a group ARN of the run's own account is searched without CrossAccountFilterOption (which would leave out the caller's own resources)", async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '210987654321' });
    const plan = makePlan({ 'model-package-group': SHARED });
    const mine = version(SHARED.replace('model-package-group', 'model-package') + '/4', 'Completed', plan);
    const sameNameElsewhere = version(V(9), 'Completed', plan);
    searchFinds(sameNameElsewhere, mine);
    const found = await lookUp(world.client, plan, log());
    expect(found.exact.map((p) => p.ModelPackageArn)).toEqual([mine.ModelPackageArn]);
    expect(found.foundBy).toBe('Search');
    expect(sm.commandCalls(SearchCommand)[0]!.args[0].input).not.toHaveProperty('CrossAccountFilterOption');
  });

  test('approval auto on a release run also looks for the same digest (the PR version of a squash merge)', async () => {
    const prPlan = makePlan({ approval: 'auto' }, undefined, { digest: DIGEST });
    const pushPlan = makePlan({ approval: 'auto' }, { ...pushCtx, sha: 'a'.repeat(40) }, { digest: DIGEST });
    const prVersion = version(V(5), 'Completed', prPlan);
    sm.on(SearchCommand)
      .resolvesOnce({ Results: [] })
      .resolves({ Results: [{ ModelPackage: prVersion }] });
    const found = await lookUp(world.client, pushPlan, log());
    expect(found.exact).toEqual([]);
    expect(found.sameImage.map((p) => p.ModelPackageArn)).toEqual([V(5)]);
    expect(sm.commandCalls(SearchCommand)[1]!.args[0].input.SearchExpression!.Filters![1]).toEqual({
      Name: 'CustomerMetadataProperties.image-digest',
      Operator: 'Equals',
      Value: DIGEST
    });

    // Without a digest (a mutable tag) or without approval auto, no other commit's version is ever taken.
    resetWorld();
    searchFinds(prVersion);
    groupHolds([prVersion]);
    expect((await lookUp(world.client, makePlan({ approval: 'approved' }, { ...pushCtx, sha: 'a'.repeat(40) }, { digest: DIGEST }), log())).sameImage).toEqual([]);
  });
});
