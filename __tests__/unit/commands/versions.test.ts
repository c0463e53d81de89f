/**
 * Which versions claim a commit (Search, the versions Search may not show yet, or the newest listed), what each
 * request asks, and what is left out (Deleting, no ARN). A planted claim in either record is never overlooked.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeModelPackageCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  SearchCommand,
  type DescribeModelPackageOutput
} from '@aws-sdk/client-sagemaker';
import { claimsOfCommit, commitOf, describe as describeVersion, listVersions } from '../../../src/commands/versions.js';
import { SEARCH_LAG_MS } from '../../../src/register/search-lag.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const GROUP = { name: 'fraud' };
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud';
const v = (n: number) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/${n}`;
const COMMIT = 'c0'.repeat(20);
const OTHER = 'd1'.repeat(20);
const NOW = Date.parse('2025-06-01T12:00:00Z');

function version(n: number, extra: Partial<DescribeModelPackageOutput> = {}): DescribeModelPackageOutput {
  return { ModelPackageArn: v(n), ModelPackageVersion: n, ModelPackageStatus: 'Completed', MetadataProperties: { CommitId: COMMIT }, ...extra } as DescribeModelPackageOutput;
}

const lines: string[] = [];
const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) };
const options = { log, now: NOW };

/** DescribeModelPackage answers from this table (what SageMaker says now). */
function described(table: DescribeModelPackageOutput[]): void {
  for (const p of table) sm.on(DescribeModelPackageCommand, { ModelPackageName: p.ModelPackageArn }).resolves(p);
}

beforeEach(() => {
  sm.reset();
  lines.length = 0;
});

describe('commitOf', () => {
  test('MetadataProperties first, then the git-commit metadata, else empty', () => {
    const of = (p: Partial<DescribeModelPackageOutput>) => commitOf(p as DescribeModelPackageOutput);
    expect(of({ MetadataProperties: { CommitId: COMMIT }, CustomerMetadataProperties: { 'git-commit': OTHER } })).toBe(COMMIT);
    expect(of({ CustomerMetadataProperties: { 'git-commit': OTHER } })).toBe(OTHER);
    expect(of({})).toBe('');
  });
});

describe('listVersions', () => {
  test('newest first, versioned only, the group by ARN when given; pages until the limit', async () => {
    sm.on(ListModelPackagesCommand)
      .resolvesOnce({ ModelPackageSummaryList: Array.from({ length: 100 }, (_, i) => ({ ModelPackageArn: v(300 - i) })), NextToken: 't1' } as never)
      .resolvesOnce({ ModelPackageSummaryList: Array.from({ length: 50 }, (_, i) => ({ ModelPackageArn: v(200 - i) })), NextToken: 't2' } as never);
    const out = await listVersions(client, { name: 'fraud', arn: GROUP_ARN }, 150);
    expect(out).toHaveLength(150);
    expect(sm.commandCalls(ListModelPackagesCommand).map((c) => c.args[0].input)).toEqual([
      { ModelPackageGroupName: GROUP_ARN, ModelPackageType: 'Versioned', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100 },
      { ModelPackageGroupName: GROUP_ARN, ModelPackageType: 'Versioned', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 50, NextToken: 't1' }
    ]);
  });

  test('stops when there is no next page; a creation time bound is passed on', async () => {
    const after = new Date(NOW);
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [{ ModelPackageArn: v(1) }] } as never);
    expect(await listVersions(client, GROUP, 10, after)).toEqual([{ ModelPackageArn: v(1) }]);
    expect(sm.commandCalls(ListModelPackagesCommand).map((c) => c.args[0].input)).toEqual([
      { ModelPackageGroupName: 'fraud', ModelPackageType: 'Versioned', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 10, CreationTimeAfter: after }
    ]);
  });

  test('a page without a list counts as empty; a limit reached exactly stops the paging', async () => {
    sm.on(ListModelPackagesCommand).resolvesOnce({ NextToken: 't' } as never).resolves({ ModelPackageSummaryList: [{ ModelPackageArn: v(1) }, { ModelPackageArn: v(2) }], NextToken: 'more' } as never);
    expect(await listVersions(client, GROUP, 2)).toHaveLength(2);
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(2);
  });

  test('a failed listing names the operation', async () => {
    sm.on(ListModelPackagesCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
    await expect(listVersions(client, GROUP, 5)).rejects.toThrow('sagemaker:ListModelPackages was denied');
  });
});

test('describe asks for the version named and names the operation when it fails', async () => {
  described([version(3)]);
  await expect(describeVersion(client, v(3))).resolves.toMatchObject({ ModelPackageVersion: 3 });
  sm.on(DescribeModelPackageCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
  await expect(describeVersion(client, v(3))).rejects.toThrow('sagemaker:DescribeModelPackage was denied');
});

describe('claimsOfCommit through Search', () => {
  test('Search on the group and the commit; each hit described again; the recent versions that claim it added; newest first', async () => {
    // Search shows v2 as it was; DescribeModelPackage says what it is now.
    sm.on(SearchCommand).resolves({ Results: [{ ModelPackage: version(2, { ModelPackageStatus: 'InProgress' }) }, { ModelPackage: version(1) }] });
    const recent = [
      version(5, { MetadataProperties: {}, CustomerMetadataProperties: { 'git-commit': COMMIT } }),
      version(4, { MetadataProperties: { CommitId: OTHER } }),
      version(2)
    ];
    described([version(1), version(2), ...recent]);
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: recent.map((p) => ({ ModelPackageArn: p.ModelPackageArn })) } as never);
    const claims = await claimsOfCommit(client, GROUP, COMMIT, options);
    expect(claims.versions.map((p) => [p.ModelPackageVersion, p.ModelPackageStatus])).toEqual([[5, 'Completed'], [2, 'Completed'], [1, 'Completed']]);
    expect(claims.path).toBe(`Search, and the 3 version(s) created in the last ${SEARCH_LAG_MS / 60_000} minutes`);
    expect(sm.commandCalls(SearchCommand)[0]!.args[0].input).toEqual({
      Resource: 'ModelPackage',
      SearchExpression: {
        Filters: [
          { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'fraud' },
          { Name: 'CustomerMetadataProperties.git-commit', Operator: 'Equals', Value: COMMIT }
        ]
      },
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 100
    });
    const listed = sm.commandCalls(ListModelPackagesCommand).map((c) => c.args[0].input);
    expect(listed).toEqual([expect.objectContaining({ CreationTimeAfter: new Date(NOW - SEARCH_LAG_MS), MaxResults: 100 })]);
    expect(lines).toEqual([]);
  });

  test('hits without an ARN, or Deleting (in Search or now), are left out; summaries without an ARN are not described', async () => {
    sm.on(SearchCommand).resolves({ Results: [{ ModelPackage: { ModelPackageVersion: 9 } }, { ModelPackage: version(8, { ModelPackageStatus: 'Deleting' }) }, { ModelPackage: version(7) }, {}] });
    described([version(7, { ModelPackageStatus: 'Deleting' }), version(6)]);
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [{ ModelPackageGroupName: 'fraud' }, { ModelPackageArn: v(6) }] } as never);
    const claims = await claimsOfCommit(client, GROUP, COMMIT, options);
    expect(claims.versions.map((p) => p.ModelPackageVersion)).toEqual([6]);
    expect(sm.commandCalls(DescribeModelPackageCommand).map((c) => c.args[0].input.ModelPackageName)).toEqual([v(7), v(6)]);
  });

  test('versions without a number sort last', async () => {
    sm.on(SearchCommand).resolves({ Results: [{ ModelPackage: version(1) }, { ModelPackage: version(3) }] });
    described([version(1, { ModelPackageVersion: undefined }), version(3)]);
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
    expect((await claimsOfCommit(client, GROUP, COMMIT, options)).versions.map((p) => p.ModelPackageArn)).toEqual([v(3), v(1)]);
  });

  test('Search pages are followed with their token, up to 1000 hits', async () => {
    let n = 0;
    sm.on(SearchCommand).callsFake(() => ({ Results: Array.from({ length: 100 }, () => ({ ModelPackage: version(++n) })), NextToken: `t${n}` }));
    sm.on(DescribeModelPackageCommand).callsFake((input: { ModelPackageName: string }) => version(Number(input.ModelPackageName.split('/').pop())));
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
    const claims = await claimsOfCommit(client, GROUP, COMMIT, options);
    const searches = sm.commandCalls(SearchCommand).map((c) => c.args[0].input.NextToken);
    expect(searches).toEqual([undefined, 't100', 't200', 't300', 't400', 't500', 't600', 't700', 't800', 't900']);
    expect(claims.versions).toHaveLength(1000);
  });

  test('the recent versions are at most `scan`', async () => {
    sm.on(SearchCommand).resolves({ Results: [] });
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
    await claimsOfCommit(client, GROUP, COMMIT, { ...options, scan: 7 });
    expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input.MaxResults).toBe(7);
  });
});

describe('claimsOfCommit without Search', () => {
  const listing = (table: DescribeModelPackageOutput[]) => {
    described(table);
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [...table.map((p) => ({ ModelPackageArn: p.ModelPackageArn })), {}] } as never);
  };

  test.each(['AccessDeniedException', 'ValidationException', 'ThrottlingException', 'InternalFailure', 'ServiceUnavailable'])(
    'Search failing with %s: the newest versions are described and those claiming the commit in either record kept',
    async (name) => {
      sm.on(SearchCommand).rejects(Object.assign(new Error('x'), { name }));
      listing([
        version(4, { MetadataProperties: { CommitId: OTHER }, CustomerMetadataProperties: { 'git-commit': COMMIT } }),
        version(3, { MetadataProperties: { CommitId: OTHER } }),
        version(2, { ModelPackageStatus: 'Deleting' }),
        version(1)
      ]);
      const claims = await claimsOfCommit(client, GROUP, COMMIT, options);
      expect(claims.versions.map((p) => p.ModelPackageVersion)).toEqual([4, 1]);
      expect(claims.path).toBe('the newest 3 versions of the group (Search was not available; older versions are not seen)');
      expect(lines).toEqual([`Search could not look up commit ${COMMIT.slice(0, 12)} (${name}); listing the group's versions instead.`]);
      expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 100 });
      expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input.CreationTimeAfter).toBeUndefined();
    }
  );

  test('an error without a name is not one Search may be skipped for: it fails, naming Search', async () => {
    sm.on(SearchCommand).rejects(Object.assign(new Error('x'), { name: undefined }));
    listing([version(1)]);
    await expect(claimsOfCommit(client, GROUP, COMMIT, options)).rejects.toThrow('sagemaker:Search');
    sm.on(SearchCommand).rejects(Object.assign(new Error('x'), { name: 'ResourceNotFound' }));
    await expect(claimsOfCommit(client, GROUP, COMMIT, options)).rejects.toThrow('sagemaker:Search');
    expect(lines).toEqual([]);
  });

  test('a group given by ARN is never searched: the newest `scan` versions (200 unless said)', async () => {
    listing([version(2), version(1, { MetadataProperties: { CommitId: OTHER } })]);
    const claims = await claimsOfCommit(client, { name: 'fraud', arn: GROUP_ARN }, COMMIT, options);
    expect(claims.versions.map((p) => p.ModelPackageVersion)).toEqual([2]);
    expect(claims.path).toBe('the newest 2 versions of the group (Search is not used for a group given by ARN; older versions are not seen)');
    expect(sm.commandCalls(SearchCommand)).toHaveLength(0);
    expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input).toMatchObject({ ModelPackageGroupName: GROUP_ARN, MaxResults: 100 });
  });

  test('scan bounds the listing', async () => {
    listing([version(2)]);
    await claimsOfCommit(client, { name: 'fraud', arn: GROUP_ARN }, COMMIT, { ...options, scan: 3 });
    expect(sm.commandCalls(ListModelPackagesCommand)[0]!.args[0].input.MaxResults).toBe(3);
  });
});
