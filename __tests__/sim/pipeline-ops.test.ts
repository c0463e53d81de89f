import {
  BatchDescribeModelPackageCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteModelPackageCommand,
  DescribeModelPackageCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  SearchCommand,
  UpdateModelPackageCommand,
  type SearchCommandInput,
} from '@aws-sdk/client-sagemaker';
import { control, ECR_IMAGE, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim, sm } = useSimulator({ clockSpeed: 0 });
const ACCT = '123456789012';
const OWNER = '210987654321';
const SHARED_ARN = `arn:aws:sagemaker:us-east-1:${OWNER}:model-package-group/shared-models`;


const spec = { Containers: [{ Image: ECR_IMAGE }] };
const group = (name: string) => sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name }));
const version = (groupName: string, extra: Record<string, unknown> = {}) =>
  sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: groupName, InferenceSpecification: spec, ...extra }));
const byMeta = (key: string, value: string, extra: Partial<SearchCommandInput> = {}) =>
  sm.send(new SearchCommand({ Resource: 'ModelPackage', SearchExpression: { Filters: [{ Name: `CustomerMetadataProperties.${key}`, Value: value }] }, ...extra }));
const shareGroup = async () => {
  const res = await control(sim, 'POST', '/_sim/sagemaker/groups', { name: 'shared-models', accountId: OWNER });
  expect(res.status).toBe(200);
  return res.json();
};

describe('BatchDescribeModelPackage', () => {
  it('returns summaries keyed by ARN without metadata, and an error entry for an unknown ARN', async () => {
    await group('g1');
    const a = (await version('g1', { CustomerMetadataProperties: { sha: 'abc' }, MetadataProperties: { CommitId: 'abc' }, ModelPackageDescription: 'd' })).ModelPackageArn as string;
    const b = (await version('g1')).ModelPackageArn as string;
    const missing = `arn:aws:sagemaker:us-east-1:${ACCT}:model-package/g1/9`;
    const out = await sm.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: [a, b, missing] }));
    expect(Object.keys(out.ModelPackageSummaries ?? {}).sort()).toEqual([a, b].sort());
    const s = out.ModelPackageSummaries?.[a];
    expect(s).toMatchObject({
      ModelPackageGroupName: 'g1', ModelPackageVersion: 1, ModelPackageArn: a, ModelPackageDescription: 'd',
      InferenceSpecification: spec, ModelPackageStatus: 'Completed', ModelApprovalStatus: 'PendingManualApproval',
    });
    expect(s?.CreationTime).toBeInstanceOf(Date);
    expect(s).not.toHaveProperty('CustomerMetadataProperties');
    expect(s).not.toHaveProperty('MetadataProperties');
    expect(out.BatchDescribeModelPackageErrorMap).toEqual({
      [missing]: { ErrorCode: 'ValidationException', ErrorResponse: `ModelPackage ${missing} does not exist.` },
    });
  });

  it('validates the list size (1 to 100) like the service model', async () => {
    const empty = await rejection(sm.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: [] })));
    expect(empty.name).toBe('ValidationException');
    expect(empty.message).toContain("'modelPackageArnList' failed to satisfy constraint: Member must have length greater than or equal to 1");
    const arns = Array.from({ length: 101 }, (_, i) => `arn:aws:sagemaker:us-east-1:${ACCT}:model-package/g1/${i + 1}`);
    const tooMany = await rejection(sm.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: arns })));
    expect(tooMany.message).toContain('Member must have length less than or equal to 100');
  });
});

describe('ClientToken and DeleteModelPackage', () => {
  it('two concurrent identical requests with one token create one version', async () => {
    await group('g1');
    const [x, y] = await Promise.all([version('g1', { ClientToken: 'tok-1' }), version('g1', { ClientToken: 'tok-1' })]);
    expect(x.ModelPackageArn).toBe(y.ModelPackageArn);
    const list = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1' }));
    expect(list.ModelPackageSummaryList).toHaveLength(1);
    const changed = await rejection(version('g1', { ClientToken: 'tok-1', ModelPackageDescription: 'other' }));
    expect(changed.name).toBe('ValidationException');
    expect(changed.message).toBe('ClientToken tok-1 has already been used with different parameters.');
  });

  it('deletes a version; version numbers are never reused', async () => {
    await group('g1');
    await version('g1');
    const second = (await version('g1')).ModelPackageArn as string;
    await sm.send(new DeleteModelPackageCommand({ ModelPackageName: second }));
    const gone = await rejection(sm.send(new DescribeModelPackageCommand({ ModelPackageName: second })));
    expect(gone.message).toBe(`ModelPackage ${second} does not exist.`);
    expect((await version('g1')).ModelPackageArn).toMatch(/\/g1\/3$/);
    const list = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1' }));
    expect(list.ModelPackageSummaryList?.map((s) => s.ModelPackageVersion)).toEqual([1, 3]);
  });
});

describe('Search indexing delay and denial', () => {
  it('a created or updated version is visible to Search only after searchDelayMs', async () => {
    const cfg = await control(sim, 'POST', '/_sim/config', { searchDelayMs: 5000 });
    expect((await cfg.json()).searchDelayMs).toBe(5000);
    await group('g1');
    const arn = (await version('g1', { CustomerMetadataProperties: { sha: 'aaa' } })).ModelPackageArn as string;
    expect((await byMeta('sha', 'aaa')).Results).toEqual([]);
    sim.clock.advance(5000);
    expect((await byMeta('sha', 'aaa')).Results?.map((r) => r.ModelPackage?.ModelPackageArn)).toEqual([arn]);
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, CustomerMetadataProperties: { sha: 'bbb' } }));
    sim.clock.advance(4999);
    expect((await byMeta('sha', 'bbb')).Results).toEqual([]);
    expect((await byMeta('sha', 'aaa')).Results).toHaveLength(1); // the old values are still indexed
    sim.clock.advance(1);
    expect((await byMeta('sha', 'bbb')).Results).toHaveLength(1);
    expect((await byMeta('sha', 'aaa')).Results).toEqual([]);
    // Describe is never delayed
    const d = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(d.CustomerMetadataProperties).toEqual({ sha: 'bbb' });
  });

  it('the deny fault answers AccessDeniedException for Search', async () => {
    await control(sim, 'POST', '/_sim/faults', { deny: ['Search'] });
    const err = await rejection(byMeta('sha', 'x'));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toContain('is not authorized to perform: sagemaker:Search');
  });
});

describe('groups shared from another account', () => {
  it('creates versions in the owner account through the group ARN', async () => {
    expect(await shareGroup()).toEqual({ ModelPackageGroupArn: SHARED_ARN, sharedWith: [ACCT] });
    const out = await version(SHARED_ARN, { CustomerMetadataProperties: { sha: 'x1' } });
    expect(out.ModelPackageArn).toBe(`arn:aws:sagemaker:us-east-1:${OWNER}:model-package/shared-models/1`);
    const arn = out.ModelPackageArn as string;
    const d = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(d.ModelPackageGroupName).toBe('shared-models');
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
    const list = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: SHARED_ARN }));
    expect(list.ModelPackageSummaryList?.map((s) => [s.ModelPackageArn, s.ModelApprovalStatus])).toEqual([[arn, 'Approved']]);
    const batch = await sm.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: [arn] }));
    expect(batch.ModelPackageSummaries?.[arn]?.ModelApprovalStatus).toBe('Approved');
    // the name alone means the caller's own group, which does not exist
    const byName = await rejection(version('shared-models'));
    expect(byName.message).toBe('Model Package Group shared-models does not exist.');
    // not in the caller's own listing
    expect((await sm.send(new ListModelPackagesCommand({ ModelPackageType: 'Versioned' }))).ModelPackageSummaryList).toEqual([]);
  });

  it('Search never finds versions shared by a group policy, even with CrossAccountFilterOption=CrossAccount (only RAM-discoverable ones, not modelled)', async () => {
    await shareGroup();
    await group('own');
    const own = (await version('own', { CustomerMetadataProperties: { sha: 's' } })).ModelPackageArn;
    await version(SHARED_ARN, { CustomerMetadataProperties: { sha: 's' } });
    const same = await byMeta('sha', 's');
    expect(same.Results?.map((r) => r.ModelPackage?.ModelPackageArn)).toEqual([own]);
    const explicit = await byMeta('sha', 's', { CrossAccountFilterOption: 'SameAccount' });
    expect(explicit.Results).toHaveLength(1);
    const cross = await byMeta('sha', 's', { CrossAccountFilterOption: 'CrossAccount', SortOrder: 'Ascending' });
    expect(cross.Results?.map((r) => r.ModelPackage?.ModelPackageArn)).toEqual([own]);
    const groups = await sm.send(new ListModelPackageGroupsCommand({ CrossAccountFilterOption: 'CrossAccount' }));
    expect(groups.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupArn)).not.toContain(SHARED_ARN);
  });

  it('a group of another account that is not shared with the caller is refused (AccessDeniedException: no resource-based policy)', async () => {
    const res = await control(sim, 'POST', '/_sim/sagemaker/groups', { name: 'private', accountId: OWNER, shareWith: [] });
    expect(res.status).toBe(200);
    const arn = `arn:aws:sagemaker:us-east-1:${OWNER}:model-package-group/private`;
    const err = await rejection(version(arn));
    expect(err.message).toBe(
      `User: arn:aws:sts::${ACCT}:assumed-role/gha/session is not authorized to perform: sagemaker:CreateModelPackage on resource: arn:aws:sagemaker:us-east-1:${OWNER}:model-package/private/* because no resource-based policy allows the sagemaker:CreateModelPackage action`
    );
    const bad = await control(sim, 'POST', '/_sim/sagemaker/groups', { name: 'x', accountId: '12' });
    expect(bad.status).toBe(400);
  });
});
