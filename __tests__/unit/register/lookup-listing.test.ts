/**
 * The listing fallback of the version lookup (Search denied or lagging): which listed versions are looked at
 * closely, and which one a run adopts. A version of another commit is adopted only by approval auto on a release
 * run with a known digest (the PR's version after a squash merge), and it is recognised by its digest too.
 */
import { BatchDescribeModelPackageCommand, DescribeModelPackageCommand, ListModelPackagesCommand, SearchCommand, type ModelPackage } from '@aws-sdk/client-sagemaker';
import { lookUp, SEARCH_FALLBACK } from '../../../src/register/lookup.js';
import { awsError, DIGEST, makePlan, options, pushCtx, resetWorld, sm, V, version, world } from './registry-fixtures.js';

beforeEach(resetWorld);
afterAll(() => sm.restore());

function listed(packages: ModelPackage[]) {
  const byArn = new Map(packages.map((p) => [p.ModelPackageArn!, p]));
  sm.on(ListModelPackagesCommand).resolves({
    ModelPackageSummaryList: [...byArn.keys()].map((ModelPackageArn) => ({ ModelPackageArn, ModelPackageGroupName: 'fraud-model', CreationTime: new Date(), ModelPackageStatus: 'Completed' }))
  });
  sm.on(BatchDescribeModelPackageCommand).callsFake((input: { ModelPackageArnList: string[] }) => ({
    ModelPackageSummaries: Object.fromEntries(input.ModelPackageArnList.map((arn) => [arn, { ...byArn.get(arn)!, CustomerMetadataProperties: undefined }]))
  }));
  sm.on(DescribeModelPackageCommand).callsFake((input: { ModelPackageName: string }) => byArn.get(input.ModelPackageName));
}

const release = { ...pushCtx, sha: 'a'.repeat(40) };

test('Search denied: the PR version of the same digest, registered under another image name, is adopted by approval auto on a release run', async () => {
  sm.on(SearchCommand).rejects(Object.assign(awsError('AccessDeniedException', 'denied'), { name: undefined }));
  const prVersion = version(V(7), 'Completed', makePlan({ approval: 'auto', image: 'ghcr.io/acme/fraud-model-pr:pr-42' }, undefined, { digest: DIGEST }));
  const unrelated = version(V(6), 'Completed', makePlan({ image: 'ghcr.io/acme/other:v1' }, undefined, { digest: `sha256:${'d4'.repeat(32)}` }));
  listed([prVersion, unrelated]);
  const found = await lookUp(world.client, makePlan({ approval: 'auto' }, release, { digest: DIGEST }), options().log);
  expect(found).toEqual({ exact: [], sameImage: [prVersion], foundBy: 'listing the newest 2 versions' });
  // Only the candidate was described: the unrelated version's image and digest differ.
  expect(sm.commandCalls(DescribeModelPackageCommand).map((c) => c.args[0].input.ModelPackageName)).toEqual([V(7)]);
  // Changed deliberately (issue 19): the warning goes on with what the fallback costs and cannot see (SEARCH_FALLBACK).
  expect(world.logs.warning).toEqual([`Search for an earlier version failed (Error); ${SEARCH_FALLBACK}`]);
});

test('without a digest, a version of another image is never even a candidate', async () => {
  sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
  listed([version(V(7), 'Completed', makePlan({ image: 'ghcr.io/acme/fraud-model-pr:pr-42' }))]);
  const found = await lookUp(world.client, makePlan({ approval: 'auto' }, release), options().log);
  expect(found).toEqual({ exact: [], sameImage: [] });
  expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(0);
});

test('a version of another commit registered from a tag is not adopted, even when SageMaker reports it resolved to this digest', async () => {
  sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'denied'));
  const fromTag = version(V(7), 'Completed', makePlan({ approval: 'auto', image: 'ghcr.io/acme/fraud-model-pr:pr-42' }));
  // SageMaker may fill ImageDigest in for an image it validated; the registration recorded no digest (digest=none).
  fromTag.InferenceSpecification = { ...fromTag.InferenceSpecification!, Containers: [{ ...fromTag.InferenceSpecification!.Containers![0]!, ImageDigest: DIGEST }] };
  expect(fromTag.MetadataProperties!.GeneratedBy).toMatch(/ digest=none$/);
  listed([fromTag]);
  const found = await lookUp(world.client, makePlan({ approval: 'auto' }, release, { digest: DIGEST }), options().log);
  expect(found).toEqual({ exact: [], sameImage: [] });
  // It was a candidate (its digest), described, and ruled out.
  expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(1);
});
