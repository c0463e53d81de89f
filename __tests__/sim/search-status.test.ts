import {
  AddTagsCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteTagsCommand,
  DescribeModelPackageCommand,
  ListTagsCommand,
  SearchCommand,
} from '@aws-sdk/client-sagemaker';
import { control, ECR_IMAGE, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim, sm } = useSimulator({ packageDelayMs: 60_000, clockSpeed: 0 });


// eslint-disable-next-line @typescript-eslint/no-explicit-any
const version = (extra: any = {}, image = ECR_IMAGE) =>
  sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', InferenceSpecification: { Containers: [{ Image: image }] }, ...extra }));
const status = async (arn: string | undefined) => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));

describe('model package status on the virtual clock', () => {
  beforeEach(async () => {
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
  });

  it('goes Pending -> InProgress -> Completed as packageDelayMs of virtual time passes', async () => {
    const { ModelPackageArn } = await version();
    expect((await status(ModelPackageArn)).ModelPackageStatus).toBe('Pending');
    sim.clock.advance(30_000);
    expect((await status(ModelPackageArn)).ModelPackageStatus).toBe('InProgress');
    sim.clock.advance(29_999);
    expect((await status(ModelPackageArn)).ModelPackageStatus).toBe('InProgress');
    const res = await control(sim, 'POST', '/_sim/clock', { advanceMs: 1 });
    expect(res.status).toBe(200);
    const done = await status(ModelPackageArn);
    expect(done.ModelPackageStatus).toBe('Completed');
    expect(done.ModelPackageStatusDetails?.ValidationStatuses?.[0]?.Status).toBe('Completed');
  });

  it('the clock speed from the control API drives the transition', async () => {
    const cfg = await control(sim, 'POST', '/_sim/config', { packageDelayMs: 100, clockSpeed: 1000 });
    expect(await cfg.json()).toEqual({
      packageDelayMs: 100, searchDelayMs: 0, clockSpeed: 1000, ecrProxyEndpoint: null, ecrScanDelayMs: 0,
      endpointCreateMs: 4000, fleetCreateMs: 4000, trafficShiftMs: 1000, deleteMs: 2000, instanceLimit: 20, eventDuplicates: false,
    });
    const { ModelPackageArn } = await version();
    await new Promise((r) => setTimeout(r, 20)); // 20 real ms = 20 s virtual
    expect((await status(ModelPackageArn)).ModelPackageStatus).toBe('Completed');
  });

  it('a non-ECR image with SkipModelValidation None ends Failed with a reason; All never checks', async () => {
    const ghcr = 'ghcr.io/org/model@sha256:' + 'b'.repeat(64);
    const checked = await version({ SkipModelValidation: 'None' }, ghcr);
    const skipped = await version({ SkipModelValidation: 'All' }, ghcr);
    sim.clock.advance(60_000);
    const failed = await status(checked.ModelPackageArn);
    expect(failed.ModelPackageStatus).toBe('Failed');
    expect(failed.ModelPackageStatusDetails?.ValidationStatuses?.[0]).toMatchObject({ Status: 'Failed' });
    expect(failed.ModelPackageStatusDetails?.ValidationStatuses?.[0]?.FailureReason).toContain(ghcr);
    const ok = await status(skipped.ModelPackageArn);
    expect(ok.ModelPackageStatus).toBe('Completed');
    expect(ok.SkipModelValidation).toBe('All');
  });

  it('failPackage fault makes the next version fail with the given reason, then stops', async () => {
    await control(sim, 'POST', '/_sim/faults', { failPackage: { count: 1, reason: 'scan found CVEs' } });
    const a = await version();
    const b = await version();
    sim.clock.advance(60_000);
    const da = await status(a.ModelPackageArn);
    expect(da.ModelPackageStatus).toBe('Failed');
    expect(da.ModelPackageStatusDetails?.ValidationStatuses?.[0]?.FailureReason).toBe('scan found CVEs');
    expect((await status(b.ModelPackageArn)).ModelPackageStatus).toBe('Completed');
  });
});

describe('Search', () => {
  beforeEach(async () => {
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1', Tags: [{ Key: 'team', Value: 'ml' }] }));
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g2' }));
    await version({ CustomerMetadataProperties: { 'git-sha': 'aaa', pr: '1' } });
    sim.clock.advance(1000);
    await version({ CustomerMetadataProperties: { 'git-sha': 'bbb', pr: '2' }, ModelApprovalStatus: 'Approved' });
    sim.clock.advance(1000);
    await sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g2', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] }, CustomerMetadataProperties: { 'git-sha': 'bbb' } }));
  });

  it('finds versions by CustomerMetadataProperties.<key> within a group, with the full record', async () => {
    const out = await sm.send(new SearchCommand({
      Resource: 'ModelPackage',
      SearchExpression: {
        Filters: [
          { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'g1' },
          { Name: 'CustomerMetadataProperties.git-sha', Value: 'bbb' },
        ],
      },
    }));
    expect(out.Results).toHaveLength(1);
    const mp = out.Results?.[0]?.ModelPackage;
    expect(mp?.ModelPackageArn).toMatch(/model-package\/g1\/2$/);
    expect(mp?.CustomerMetadataProperties).toEqual({ 'git-sha': 'bbb', pr: '2' });
    expect(mp?.ModelApprovalStatus).toBe('Approved');
  });

  it('supports Or, numeric comparison on ModelPackageVersion, Exists, sorting and paging', async () => {
    const or = await sm.send(new SearchCommand({
      Resource: 'ModelPackage',
      SearchExpression: { Operator: 'Or', Filters: [{ Name: 'ModelPackageGroupName', Value: 'g2' }, { Name: 'CustomerMetadataProperties.pr', Value: '1' }] },
      SortBy: 'CreationTime', SortOrder: 'Ascending',
    }));
    expect(or.Results?.map((r) => r.ModelPackage?.ModelPackageArn?.split('/').slice(-2).join('/'))).toEqual(['g1/1', 'g2/1']);
    const gt = await sm.send(new SearchCommand({
      Resource: 'ModelPackage',
      SearchExpression: { Filters: [{ Name: 'ModelPackageVersion', Operator: 'GreaterThan', Value: '1' }] },
    }));
    expect(gt.Results?.map((r) => r.ModelPackage?.ModelPackageVersion)).toEqual([2]);
    const first = await sm.send(new SearchCommand({
      Resource: 'ModelPackage', MaxResults: 2,
      SearchExpression: { Filters: [{ Name: 'CustomerMetadataProperties.git-sha', Operator: 'Exists' }] },
    }));
    // default order: CreationTime Descending
    expect(first.Results?.map((r) => r.ModelPackage?.ModelPackageGroupName)).toEqual(['g2', 'g1']);
    expect(first.NextToken).toBeDefined();
    const second = await sm.send(new SearchCommand({
      Resource: 'ModelPackage', MaxResults: 2, NextToken: first.NextToken,
      SearchExpression: { Filters: [{ Name: 'CustomerMetadataProperties.git-sha', Operator: 'Exists' }] },
    }));
    expect(second.Results?.map((r) => r.ModelPackage?.ModelPackageVersion)).toEqual([1]);
    expect(second.NextToken).toBeUndefined();
  });

  it('finds groups by name and by tag', async () => {
    const byName = await sm.send(new SearchCommand({ Resource: 'ModelPackageGroup', SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Value: 'g2' }] } }));
    expect(byName.Results?.map((r) => r.ModelPackageGroup?.ModelPackageGroupName)).toEqual(['g2']);
    const byTag = await sm.send(new SearchCommand({ Resource: 'ModelPackageGroup', SearchExpression: { Filters: [{ Name: 'Tags.team', Value: 'ml' }] } }));
    expect(byTag.Results?.map((r) => r.ModelPackageGroup?.Tags)).toEqual([[{ Key: 'team', Value: 'ml' }]]);
  });

  it('does not pretend to search resources it does not model', async () => {
    const err = await rejection(sm.send(new SearchCommand({ Resource: 'TrainingJob' })));
    expect(err.name).toBe('UnknownOperationException');
  });
});

describe('tags on groups', () => {
  it('adds, lists and deletes tags; versions cannot be tagged', async () => {
    const { ModelPackageGroupArn } = await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1', Tags: [{ Key: 'a', Value: '1' }] }));
    await sm.send(new AddTagsCommand({ ResourceArn: ModelPackageGroupArn, Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '3' }] }));
    const listed = await sm.send(new ListTagsCommand({ ResourceArn: ModelPackageGroupArn }));
    expect(listed.Tags).toEqual([{ Key: 'a', Value: '3' }, { Key: 'b', Value: '2' }]);
    await sm.send(new DeleteTagsCommand({ ResourceArn: ModelPackageGroupArn, TagKeys: ['a'] }));
    expect((await sm.send(new ListTagsCommand({ ResourceArn: ModelPackageGroupArn }))).Tags).toEqual([{ Key: 'b', Value: '2' }]);
    const { ModelPackageArn } = await version();
    const err = await rejection(sm.send(new AddTagsCommand({ ResourceArn: ModelPackageArn, Tags: [{ Key: 'x', Value: 'y' }] })));
    expect(err.name).toBe('ValidationException');
  });
});
