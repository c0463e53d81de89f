import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteModelPackageCommand,
  DeleteModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  ListModelPackagesCommand,
  ListModelPackageGroupsCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { client, ECR_IMAGE, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim, sm } = useSimulator();
const ACCT = '123456789012';


const spec = { Containers: [{ Image: ECR_IMAGE }] };
const group = (name: string) => sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name }));
const version = (groupName: string, extra: Record<string, unknown> = {}) =>
  sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: groupName, InferenceSpecification: spec, ...extra }));

describe('model package groups', () => {
  it('creates a group with an ARN and refuses a duplicate with the service message', async () => {
    const out = await group('Churn-Model');
    expect(out.ModelPackageGroupArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCT}:model-package-group/Churn-Model`);
    const err = await rejection(group('Churn-Model'));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(`Model Package Group already exists: arn:aws:sagemaker:us-east-1:${ACCT}:model-package-group/Churn-Model`);
  });

  it('describes by name or ARN, and a missing group is a ValidationException', async () => {
    const { ModelPackageGroupArn } = await group('g1');
    const byArn = await sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: ModelPackageGroupArn }));
    expect(byArn.ModelPackageGroupName).toBe('g1');
    expect(byArn.ModelPackageGroupStatus).toBe('Completed');
    expect(byArn.CreationTime).toBeInstanceOf(Date);
    const err = await rejection(sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'nope' })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe('ModelPackageGroup nope does not exist.');
  });

  it('lists groups filtered by NameContains', async () => {
    await group('alpha-one');
    await group('beta');
    await group('alpha-two');
    const out = await sm.send(new ListModelPackageGroupsCommand({ NameContains: 'alpha', SortBy: 'Name' }));
    expect(out.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName)).toEqual(['alpha-one', 'alpha-two']);
  });

  it('refuses to delete a group that still has versions', async () => {
    await group('g1');
    const { ModelPackageArn } = await version('g1');
    const err = await rejection(sm.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));
    expect(err.name).toBe('ConflictException');
    await sm.send(new DeleteModelPackageCommand({ ModelPackageName: ModelPackageArn }));
    await sm.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    expect((await rejection(sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })))).name).toBe('ValidationException');
  });
});

describe('CreateModelPackage (versioned)', () => {
  it('numbers versions from 1 per group and keeps the group-name case in the ARN', async () => {
    await group('TurbineModel');
    await group('other');
    const a = await version('TurbineModel');
    const b = await version('TurbineModel');
    const c = await version('other');
    expect(a.ModelPackageArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCT}:model-package/TurbineModel/1`);
    expect(b.ModelPackageArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCT}:model-package/TurbineModel/2`);
    expect(c.ModelPackageArn).toBe(`arn:aws:sagemaker:us-east-1:${ACCT}:model-package/other/1`);
  });

  it('accepts the group as an ARN and uses the region of the request signature', async () => {
    const west = client(sim, 'eu-west-1');
    try {
      const { ModelPackageGroupArn } = await west.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g' }));
      expect(ModelPackageGroupArn).toBe(`arn:aws:sagemaker:eu-west-1:${ACCT}:model-package-group/g`);
      const v = await west.send(new CreateModelPackageCommand({ ModelPackageGroupName: ModelPackageGroupArn, InferenceSpecification: spec }));
      expect(v.ModelPackageArn).toBe(`arn:aws:sagemaker:eu-west-1:${ACCT}:model-package/g/1`);
      // the same ARN used from another region is refused
      const err = await rejection(version(ModelPackageGroupArn as string));
      expect(err.name).toBe('ValidationException');
      expect(err.message).toBe(`ARN should be scoped to correct region: ${ModelPackageGroupArn}`);
      // and the eu-west-1 group does not exist in us-east-1
      const missing = await rejection(version('g'));
      expect(missing.message).toBe('Model Package Group g does not exist.');
    } finally {
      west.destroy();
    }
  });

  it('stores and returns what was sent, with PendingManualApproval by default', async () => {
    await group('g1');
    const sent = {
      ModelPackageDescription: 'first',
      MetadataProperties: { CommitId: 'abc123', Repository: 'https://github.com/org/repo' },
      CustomerMetadataProperties: { 'git-sha': 'abc123', registry: 'ghcr.io' },
      SkipModelValidation: 'All' as const,
    };
    const { ModelPackageArn } = await version('g1', sent);
    const d = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: 'g1/1' }));
    expect(d).toMatchObject({ ...sent, ModelPackageArn, ModelPackageGroupName: 'g1', ModelPackageVersion: 1, ModelApprovalStatus: 'PendingManualApproval', InferenceSpecification: spec });
    expect(d.ModelPackageStatus).toBe('Completed');
  });

  it('refuses Tags on a version, both names, and neither', async () => {
    await group('g1');
    const tags = await rejection(version('g1', { Tags: [{ Key: 'k', Value: 'v' }] }));
    expect(tags.name).toBe('ValidationException');
    expect(tags.message).toBe('Tags are not supported in Model Package versions. Please add them to the Model Package Group');
    const both = await rejection(version('g1', { ModelPackageName: 'x' }));
    expect(both.message).toBe('Both ModelPackageName and ModelPackageGroupName are provided in the input. Cannot determine which one to use.');
    const neither = await rejection(sm.send(new CreateModelPackageCommand({ InferenceSpecification: spec })));
    expect(neither.message).toBe('Missing ARN');
    const missing = await rejection(version('nope'));
    expect(missing.message).toBe('Model Package Group nope does not exist.');
  });

  it('ClientToken: the same token twice creates one version; other parameters with it are refused', async () => {
    await group('g1');
    const first = await version('g1', { ClientToken: 'run-42-abc' });
    const again = await version('g1', { ClientToken: 'run-42-abc' });
    expect(again.ModelPackageArn).toBe(first.ModelPackageArn);
    const list = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1', ModelPackageType: 'Versioned' }));
    expect(list.ModelPackageSummaryList).toHaveLength(1);
    const changed = await rejection(version('g1', { ClientToken: 'run-42-abc', ModelPackageDescription: 'different' }));
    expect(changed.name).toBe('ValidationException');
    // without a token the SDK fills a fresh one: a new version each time
    const next = await version('g1');
    expect(next.ModelPackageArn).toMatch(/\/g1\/2$/);
    const sentToken = sim.requests({ operation: 'CreateModelPackage' }).at(-1)?.request?.ClientToken;
    expect(sentToken).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('ListModelPackages', () => {
  it('without ModelPackageType: the group\'s versions with ModelPackageGroupName, else Unversioned only (documented default)', async () => {
    await group('g1');
    await version('g1');
    const out = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1' }));
    expect(out.ModelPackageSummaryList?.map((s) => s.ModelPackageVersion)).toEqual([1]);
    const noGroup = await sm.send(new ListModelPackagesCommand({}));
    expect(noGroup.ModelPackageSummaryList).toEqual([]);
  });

  it('pages Versioned results in Descending order, summaries without name or customer metadata', async () => {
    await group('g1');
    await group('g2');
    for (let i = 0; i < 5; i++) {
      await version('g1', { CustomerMetadataProperties: { n: String(i) } });
      sim.clock.advance(1000);
    }
    await version('g2');
    const seen: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await sm.send(new ListModelPackagesCommand({
        ModelPackageGroupName: 'g1', ModelPackageType: 'Versioned', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 2, NextToken: token,
      }));
      pages++;
      for (const s of out.ModelPackageSummaryList ?? []) {
        expect(s).not.toHaveProperty('ModelPackageName');
        expect(s).not.toHaveProperty('CustomerMetadataProperties');
        seen.push(s.ModelPackageVersion as number);
      }
      token = out.NextToken;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters by approval status after UpdateModelPackage, and rejects names in UpdateModelPackage', async () => {
    await group('g1');
    await version('g1');
    const { ModelPackageArn } = await version('g1', { CustomerMetadataProperties: { a: '1', b: '2' } });
    await sm.send(new UpdateModelPackageCommand({
      ModelPackageArn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'ok',
      CustomerMetadataProperties: { c: '3' }, CustomerMetadataPropertiesToRemove: ['a'],
    }));
    const approved = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1', ModelPackageType: 'Versioned', ModelApprovalStatus: 'Approved' }));
    expect(approved.ModelPackageSummaryList?.map((s) => s.ModelPackageArn)).toEqual([ModelPackageArn]);
    const d = await sm.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }));
    expect(d.CustomerMetadataProperties).toEqual({ b: '2', c: '3' });
    expect(d.ApprovalDescription).toBe('ok');
    expect(d.LastModifiedTime).toBeInstanceOf(Date);
    const byName = await rejection(sm.send(new UpdateModelPackageCommand({ ModelPackageArn: 'g1/2', ModelApprovalStatus: 'Approved' })));
    expect(byName.name).toBe('ValidationException');
    expect(byName.message).toMatch(/^1 validation error detected: Value 'g1\/2' at 'modelPackageArn' failed to satisfy constraint: Member must satisfy regular expression pattern: \^arn:aws/);
  });

  it('DescribeModelPackage of a missing version names it', async () => {
    await group('g1');
    const err = await rejection(sm.send(new DescribeModelPackageCommand({ ModelPackageName: 'g1/7' })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe('ModelPackage g1/7 does not exist.');
  });
});
