/**
 * share/'s effects against mocked SageMaker and ECR clients: what counts as "no policy", what fails (naming the IAM
 * action), and the command's order: every read, then the writes, the outputs following each write (a later failure
 * still reports the group policy it wrote).
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { ECRClient, ECRServiceException, GetRepositoryPolicyCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import {
  DescribeModelPackageGroupCommand, GetModelPackageGroupPolicyCommand, PutModelPackageGroupPolicyCommand, SageMakerClient, SageMakerServiceException
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import type { CommonConfig } from '../../src/commands/inputs.js';
import type { CommandState, Io } from '../../src/commands/run.js';
import { shareSpec } from '../../src/commands/share.js';
import { describeGroup, readGroupPolicy, readRepositoryPolicy } from '../../src/share/apply.js';
import type { ShareConfig } from '../../src/share/inputs.js';

const smMock = mockClient(SageMakerClient);
const ecrMock = mockClient(ECRClient);
const sm = new SageMakerClient({ region: 'us-east-1' });
const ecr = new ECRClient({ region: 'us-east-1' });
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector';
const smError = (name: string, message: string) => new SageMakerServiceException({ name, $fault: 'client', message, $metadata: { httpStatusCode: name === 'AccessDeniedException' ? 403 : 400 } });
const ecrError = (name: string, message: string) => new ECRServiceException({ name, $fault: 'client', message, $metadata: { httpStatusCode: 400 } });

beforeEach(() => {
  smMock.reset();
  ecrMock.reset();
});

describe('reads', () => {
  test('a group without a policy reads as undefined; the group is described by name', async () => {
    smMock.on(GetModelPackageGroupPolicyCommand).rejects(smError('ValidationException', `Cannot find resource policy for: ${GROUP_ARN}`));
    expect(await readGroupPolicy(sm, 'fraud-detector')).toBeUndefined();
    expect(smMock.commandCalls(GetModelPackageGroupPolicyCommand)[0]!.args[0].input).toEqual({ ModelPackageGroupName: 'fraud-detector' });
  });

  test('any other error fails, naming the IAM action', async () => {
    smMock.on(GetModelPackageGroupPolicyCommand).rejects(smError('AccessDeniedException', 'User: x is not authorized'));
    await expect(readGroupPolicy(sm, 'fraud-detector')).rejects.toThrow(/^sagemaker:GetModelPackageGroupPolicy was denied: the role this workflow assumed needs sagemaker:GetModelPackageGroupPolicy/);
    smMock.on(GetModelPackageGroupPolicyCommand).rejects(smError('ValidationException', 'Cannot find Model Package Group: fraud-detector'));
    await expect(readGroupPolicy(sm, 'fraud-detector')).rejects.toThrow(/^sagemaker:GetModelPackageGroupPolicy failed/);
  });

  test('a group given by ARN but not found in this account says why share/ looked here', async () => {
    smMock.on(DescribeModelPackageGroupCommand).rejects(smError('ValidationException', 'ModelPackageGroup fraud-detector does not exist.'));
    await expect(describeGroup(sm, 'fraud-detector', GROUP_ARN)).rejects.toThrow(/not found\. .* share\/ runs with the credentials of the account that owns arn:aws:sagemaker:us-east-1:111122223333:model-package-group\/fraud-detector\.$/);
    await expect(describeGroup(sm, 'fraud-detector', undefined)).rejects.toThrow(/^sagemaker:DescribeModelPackageGroup failed: not found\. ModelPackageGroup fraud-detector does not exist\.$/);
  });

  test('a repository without a policy reads as undefined; a missing repository fails', async () => {
    ecrMock.on(GetRepositoryPolicyCommand).rejects(ecrError('RepositoryPolicyNotFoundException', 'Repository policy does not exist'));
    expect(await readRepositoryPolicy(ecr, 'ml/fraud-model')).toBeUndefined();
    ecrMock.on(GetRepositoryPolicyCommand).rejects(ecrError('RepositoryNotFoundException', "The repository with name 'ml/x' does not exist"));
    await expect(readRepositoryPolicy(ecr, 'ml/x')).rejects.toThrow(/^ecr:GetRepositoryPolicy failed: not found/);
  });
});

describe('the command', () => {
  const config: ShareConfig = { group: { name: 'fraud-detector' }, accounts: ['333344445555'], grant: 'read', repositories: ['ml/fraud-model', 'ml/other'] };
  const io = { clients: { sagemaker: async () => sm, ecr: async () => ecr } } as unknown as Io;
  const state = (dryRun: boolean): CommandState<ShareConfig> => ({ common: { dryRun } as CommonConfig, config, outputs: { policy: '', changed: '' } });

  beforeEach(() => {
    smMock.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    smMock.on(GetModelPackageGroupPolicyCommand).rejects(smError('ValidationException', `Cannot find resource policy for: ${GROUP_ARN}`));
    smMock.on(PutModelPackageGroupPolicyCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    ecrMock.on(GetRepositoryPolicyCommand).rejects(ecrError('RepositoryPolicyNotFoundException', 'none'));
  });

  test('reads everything first, then writes the group and each repository; outputs follow each write', async () => {
    ecrMock.on(SetRepositoryPolicyCommand, { repositoryName: 'ml/fraud-model' }).resolves({});
    ecrMock.on(SetRepositoryPolicyCommand, { repositoryName: 'ml/other' }).rejects(ecrError('AccessDeniedException', 'denied'));
    const s = state(false);
    await expect(shareSpec.execute(s, config, io)).rejects.toThrow(/^ecr:SetRepositoryPolicy was denied/);
    expect(ecrMock.commandCalls(GetRepositoryPolicyCommand)).toHaveLength(2);
    const put = smMock.commandCalls(PutModelPackageGroupPolicyCommand);
    expect(put).toHaveLength(1);
    expect(s.outputs).toEqual({ policy: put[0]!.args[0].input.ResourcePolicy, changed: 'true' });
    expect(JSON.parse(s.outputs.policy!).Statement.map((st: { Sid: string }) => st.Sid)).toEqual(['SageMakerPrivateRegistryShareReadGroup', 'SageMakerPrivateRegistryShareReadVersions']);
  });

  test('a dry run reads and writes nothing; its outputs are the policy as it is', async () => {
    const s = state(true);
    await shareSpec.execute(s, config, io);
    expect(smMock.commandCalls(PutModelPackageGroupPolicyCommand)).toHaveLength(0);
    expect(ecrMock.commandCalls(SetRepositoryPolicyCommand)).toHaveLength(0);
    expect(s.outputs).toEqual({ policy: '', changed: 'false' });
    expect(s.markdown).toContain('📝 Dry run: nothing was written (3 policies would change).');
  });

  test('a policy over the limit fails before any write', async () => {
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Big', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: `${GROUP_ARN}${'x'.repeat(20_200)}` }] });
    smMock.on(GetModelPackageGroupPolicyCommand).resolves({ ResourcePolicy: big });
    await expect(shareSpec.execute(state(false), config, io)).rejects.toThrow(/would be 20,[0-9]{3} characters with these accounts; the service accepts at most 20,480/);
    expect(smMock.commandCalls(PutModelPackageGroupPolicyCommand)).toHaveLength(0);
    expect(ecrMock.commandCalls(SetRepositoryPolicyCommand)).toHaveLength(0);
  });
});
