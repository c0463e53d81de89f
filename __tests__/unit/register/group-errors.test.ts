/** When the model package group cannot be created, the error names the SageMaker call that failed. */
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, DescribeModelPackageGroupCommand, ListModelPackagesCommand } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../../../src/errors.js';
import { register } from '../../../src/register/model-registry.js';
import { awsError, makePlan, options, resetWorld, searchFinds, sm, world } from './registry-fixtures.js';

beforeEach(() => {
  resetWorld();
  searchFinds();
  sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] });
});
afterAll(() => sm.restore());

// Changed deliberately (issue 19): the group is no longer described before the write, so a DescribeModelPackageGroup
// error cannot stop a run; a CreateModelPackage error other than a missing group stops it, naming that call.
test('a CreateModelPackage error that is not a missing group stops the run naming CreateModelPackage; no group is touched', async () => {
  sm.on(CreateModelPackageCommand).rejects(awsError('ThrottlingException', 'Rate exceeded'));
  const err = await register(world.client, makePlan(), options()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toBe('sagemaker:CreateModelPackage was throttled by AWS: Rate exceeded. Re-run later or raise max-attempts.');
  expect(sm.commandCalls(DescribeModelPackageGroupCommand)).toHaveLength(0);
  expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
});

test('a group that cannot be created stops the run naming CreateModelPackageGroup, and no version is made', async () => {
  sm.on(CreateModelPackageCommand).rejects(awsError('ResourceNotFound', 'nope'));
  sm.on(CreateModelPackageGroupCommand).rejects(awsError('ResourceLimitExceeded', 'too many groups'));
  const err = await register(world.client, makePlan({ 'create-group': 'true' }), options()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toBe('sagemaker:CreateModelPackageGroup failed: an account quota is exhausted (too many groups). Request an increase in Service Quotas or delete unused resources.');
  // The first CreateModelPackage only learnt that the group is missing; it is not sent again.
  expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(1);
});
