import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  SageMakerClient,
  SearchCommand,
  UpdateModelPackageCommand,
  type ModelPackage
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../../src/errors.js';
import type { RunContext } from '../../../src/github/context.js';
import { readRegisterConfig } from '../../../src/inputs/inputs.js';
import { groupArnFromVersionArn, versionFromArn } from '../../../src/aws/arns.js';
import { failureReasons, register, type RegisterOptions } from '../../../src/register/model-registry.js';
import { clientToken, planRegistration, type RegistrationPlan } from '../../../src/register/plan.js';
import { backoff, WaitTimeout, type Clock } from '../../../src/aws/poll.js';

const START = Date.parse('2025-06-01T12:00:00Z');
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud-model';
const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const V4 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/4';

const ctx: RunContext = {
  eventName: 'pull_request',
  sha: '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433',
  ref: 'refs/pull/42/merge',
  refName: 'feature/x',
  refType: 'pull',
  prNumber: 42,
  repository: 'acme/fraud-model',
  defaultBranch: 'main',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runId: '77',
  runAttempt: '1',
  actor: 'octocat',
  workflow: 'register',
  runUrl: 'https://github.com/acme/fraud-model/actions/runs/77/attempts/1',
  repositoryUrl: 'https://github.com/acme/fraud-model'
};

function makePlan(inputs: Record<string, string> = {}): RegistrationPlan {
  const all: Record<string, string> = { image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', ...inputs };
  return planRegistration(readRegisterConfig((n) => all[n] ?? '', {}), ctx);
}

function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

const sm = mockClient(SageMakerClient);
let client: SageMakerClient;
let now: number;
let sleeps: number[];
let logs: { info: string[]; warning: string[] };
let arns: string[];

function options(extra: Partial<RegisterOptions> = {}): RegisterOptions {
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    }
  };
  return {
    clock,
    timeoutMs: 60_000,
    log: { info: (m) => logs.info.push(m), warning: (m) => logs.warning.push(m) },
    onArn: (arn) => arns.push(arn),
    ...extra
  };
}

function version(arn: string, status: string, extra: Partial<ModelPackage> = {}): ModelPackage {
  return {
    ModelPackageArn: arn,
    ModelPackageGroupName: 'fraud-model',
    ModelPackageVersion: versionFromArn(arn),
    ModelPackageStatus: status as ModelPackage['ModelPackageStatus'],
    ModelApprovalStatus: 'PendingManualApproval',
    CreationTime: new Date(START),
    ...extra
  };
}

function searchFinds(...packages: ModelPackage[]) {
  sm.on(SearchCommand).resolves({ Results: packages.map((ModelPackage) => ({ ModelPackage })) });
}

beforeEach(() => {
  sm.reset();
  client = new SageMakerClient({ region: 'us-east-1' });
  now = START;
  sleeps = [];
  logs = { info: [], warning: [] };
  arns = [];
});

afterAll(() => sm.restore());

describe('register: an earlier run already registered the version', () => {
  test('a Completed version is reused without any write', async () => {
    const plan = makePlan();
    searchFinds(version(V3, 'Completed'));
    const result = await register(client, plan, options());
    expect(result).toEqual({ arn: V3, version: 3, groupArn: GROUP_ARN, approval: 'PendingManualApproval', status: 'Completed', created: false, createdAt: expect.any(Date) });
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
    expect(sm.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
    expect(sm.commandCalls(DescribeModelPackageGroupCommand)).toHaveLength(0);
    expect(arns).toEqual([V3]);
    expect(logs.info).toContain('Version 3 was already registered for this commit and image; reusing it');
  });

  test('the Search filters on the group name and the idempotency key', async () => {
    const plan = makePlan();
    searchFinds(version(V3, 'Completed'));
    await register(client, plan, options());
    const calls = sm.commandCalls(SearchCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({
      Resource: 'ModelPackage',
      SearchExpression: {
        Filters: [
          { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'fraud-model' },
          { Name: 'CustomerMetadataProperties.idempotency-key', Operator: 'Equals', Value: plan.idempotencyKey }
        ]
      },
      SortBy: 'CreationTime',
      SortOrder: 'Ascending',
      MaxResults: 20
    });
  });

  test('pending never downgrades an approved version', async () => {
    searchFinds(version(V3, 'Completed', { ModelApprovalStatus: 'Approved' }));
    const result = await register(client, makePlan({ approval: 'pending' }), options());
    expect(result.approval).toBe('Approved');
    expect(sm.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
  });

  test('an explicit approval updates a pending version', async () => {
    searchFinds(version(V3, 'Completed'));
    sm.on(UpdateModelPackageCommand).resolves({ ModelPackageArn: V3 });
    const result = await register(client, makePlan({ approval: 'approved' }), options({ approvalDescription: `Set by ${ctx.runUrl}` }));
    expect(result.approval).toBe('Approved');
    expect(result.created).toBe(false);
    const updates = sm.commandCalls(UpdateModelPackageCommand);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.args[0].input).toEqual({ ModelPackageArn: V3, ModelApprovalStatus: 'Approved', ApprovalDescription: `Set by ${ctx.runUrl}` });
    expect(logs.info).toContain('Changing approval of version 3 from PendingManualApproval to Approved');
  });

  test('an explicit rejection updates an approved version, without ApprovalDescription when none is given', async () => {
    searchFinds(version(V3, 'Completed', { ModelApprovalStatus: 'Approved' }));
    sm.on(UpdateModelPackageCommand).resolves({ ModelPackageArn: V3 });
    const result = await register(client, makePlan({ approval: 'rejected' }), options());
    expect(result.approval).toBe('Rejected');
    expect(sm.commandCalls(UpdateModelPackageCommand)[0]!.args[0].input).toEqual({ ModelPackageArn: V3, ModelApprovalStatus: 'Rejected' });
  });

  test('no update when the approval already matches', async () => {
    searchFinds(version(V3, 'Completed', { ModelApprovalStatus: 'Approved' }));
    const result = await register(client, makePlan({ approval: 'approved' }), options());
    expect(result.approval).toBe('Approved');
    expect(sm.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
  });

  test('an UpdateModelPackage failure is explained', async () => {
    searchFinds(version(V3, 'Completed'));
    sm.on(UpdateModelPackageCommand).rejects(awsError('AccessDeniedException', 'not allowed'));
    await expect(register(client, makePlan({ approval: 'approved' }), options())).rejects.toThrow(
      'sagemaker:UpdateModelPackage was denied: the role this workflow assumed needs sagemaker:UpdateModelPackage (see the IAM section of the README). AWS said: not allowed'
    );
  });

  test('a version still in progress is awaited, not duplicated', async () => {
    searchFinds(version(V3, 'InProgress'));
    sm.on(DescribeModelPackageCommand)
      .resolvesOnce(version(V3, 'InProgress'))
      .resolvesOnce(version(V3, 'InProgress'))
      .resolves(version(V3, 'Completed'));
    const result = await register(client, makePlan(), options());
    expect(result).toMatchObject({ arn: V3, status: 'Completed', created: false });
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(3);
    expect(sm.commandCalls(DescribeModelPackageCommand)[0]!.args[0].input).toEqual({ ModelPackageName: V3 });
    expect(sleeps).toEqual([backoff(1), backoff(2)]);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
  });

  test('Failed and Deleting versions are not reused', async () => {
    searchFinds(version(V3, 'Deleting'));
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(version(V4, 'Completed'));
    const result = await register(client, makePlan(), options());
    expect(result.arn).toBe(V4);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(1);
  });
});

describe('register: creating a version', () => {
  test('missing group with create-group → CreateModelPackageGroup, then CreateModelPackage, then wait', async () => {
    const plan = makePlan({ 'group-tags': 'team=risk' });
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).rejects(awsError('ValidationException', 'ModelPackageGroup fraud-model does not exist.'));
    sm.on(CreateModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand)
      .resolvesOnce(version(V4, 'Pending'))
      .resolves(version(V4, 'Completed', { CreationTime: new Date(START + 5000) }));

    const result = await register(client, plan, options());

    expect(result).toEqual({ arn: V4, version: 4, groupArn: GROUP_ARN, approval: 'PendingManualApproval', status: 'Completed', created: true, createdAt: expect.any(Date) });
    const groupCalls = sm.commandCalls(CreateModelPackageGroupCommand);
    expect(groupCalls).toHaveLength(1);
    expect(groupCalls[0]!.args[0].input).toEqual({
      ModelPackageGroupName: 'fraud-model',
      Tags: [
        { Key: 'managed-by', Value: 'sagemaker-private-registry-action' },
        { Key: 'team', Value: 'risk' },
        { Key: 'github-repository', Value: 'acme/fraud-model' }
      ]
    });
    const createCalls = sm.commandCalls(CreateModelPackageCommand);
    expect(createCalls).toHaveLength(1);
    expect(createCalls[0]!.args[0].input).toEqual(plan.createPackage);
    expect(createCalls[0]!.args[0].input).not.toHaveProperty('Tags');
    expect(createCalls[0]!.args[0].input.ClientToken).toBe(plan.clientToken);
    const order = sm.calls().map((c) => c.args[0].constructor.name);
    expect(order).toEqual([
      'SearchCommand',
      'DescribeModelPackageGroupCommand',
      'CreateModelPackageGroupCommand',
      'CreateModelPackageCommand',
      'DescribeModelPackageCommand',
      'DescribeModelPackageCommand'
    ]);
    expect(arns).toEqual([V4]);
    expect(logs.info).toContain('Creating model package group fraud-model');
    expect(logs.info).toContain('Model package status: Pending (0 s)');
  });

  test('ResourceNotFound on the group also counts as missing', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).rejects(awsError('ResourceNotFound', 'nope'));
    sm.on(CreateModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(version(V4, 'Completed'));
    await register(client, makePlan(), options());
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(1);
  });

  test('a group another run created in the meantime is described again', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand)
      .rejectsOnce(awsError('ResourceNotFound', 'nope'))
      .resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageGroupCommand).rejects(awsError('ValidationException', 'Model Package Group already exists: fraud-model'));
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(version(V4, 'Completed'));
    const result = await register(client, makePlan(), options());
    expect(result.groupArn).toBe(GROUP_ARN);
    expect(sm.commandCalls(DescribeModelPackageGroupCommand)).toHaveLength(2);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(1);
  });

  test('missing group without create-group → ActionError and no write', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).rejects(awsError('ResourceNotFound', 'nope'));
    const promise = register(client, makePlan({ 'create-group': 'false' }), options());
    await expect(promise).rejects.toBeInstanceOf(ActionError);
    await expect(promise).rejects.toThrow(
      "Model package group 'fraud-model' does not exist and create-group is false. Create it first or set create-group: true."
    );
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
  });

  test('a shared group given by ARN is described by ARN and never created', async () => {
    const shared = 'arn:aws:sagemaker:us-east-1:210987654321:model-package-group/shared-models';
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).rejects(awsError('ResourceNotFound', 'nope'));
    await expect(register(client, makePlan({ 'model-package-group': shared }), options())).rejects.toThrow(
      `Model package group '${shared}' does not exist and create-group is false. Create it first or set create-group: true.`
    );
    expect(sm.commandCalls(DescribeModelPackageGroupCommand)[0]!.args[0].input).toEqual({ ModelPackageGroupName: shared });
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
  });

  test('other DescribeModelPackageGroup errors are explained and stop the run', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).rejects(awsError('AccessDeniedException', 'denied'));
    await expect(register(client, makePlan(), options())).rejects.toThrow(
      'sagemaker:DescribeModelPackageGroup was denied: the role this workflow assumed needs sagemaker:DescribeModelPackageGroup (see the IAM section of the README). AWS said: denied'
    );
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
  });

  test('a Failed version fails with the ValidationStatuses reason', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(
      version(V4, 'Failed', {
        ModelPackageStatusDetails: {
          ValidationStatuses: [
            { Name: 'validation-1', Status: 'Failed', FailureReason: 'Image ghcr.io/acme/fraud-model:v1 could not be pulled' },
            { Name: 'validation-2', Status: 'Completed' }
          ],
          ImageScanStatuses: [{ Name: 'scan', Status: 'Failed' }]
        }
      })
    );
    const promise = register(client, makePlan(), options());
    await expect(promise).rejects.toBeInstanceOf(ActionError);
    await expect(promise).rejects.toThrow(
      `Model package ${V4} ended Failed: validation-1: Image ghcr.io/acme/fraud-model:v1 could not be pulled; scan: no reason given`
    );
    expect(arns).toEqual([V4]);
  });

  test('a previously Failed version with the same key gets a new ClientToken', async () => {
    const plan = makePlan();
    searchFinds(version(V3, 'Failed'));
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(version(V4, 'Completed'));
    const result = await register(client, plan, options());
    expect(result).toMatchObject({ arn: V4, version: 4, created: true });
    const input = sm.commandCalls(CreateModelPackageCommand)[0]!.args[0].input;
    expect(input.ClientToken).toBe(clientToken(`${plan.idempotencyKey}:1`));
    expect(input.ClientToken).not.toBe(plan.clientToken);
    expect(input.ClientToken).toMatch(/^[a-f0-9-]{36}$/);
    expect({ ...input, ClientToken: plan.clientToken }).toEqual(plan.createPackage);
    expect(plan.createPackage.ClientToken).toBe(plan.clientToken); // the plan itself is not mutated
  });

  test('two earlier failures give yet another token', async () => {
    const plan = makePlan();
    searchFinds(version(V3, 'Failed'), version(V4, 'Failed'));
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4.replace(/4$/, '5') });
    sm.on(DescribeModelPackageCommand).resolves(version(V4.replace(/4$/, '5'), 'Completed'));
    await register(client, plan, options());
    expect(sm.commandCalls(CreateModelPackageCommand)[0]!.args[0].input.ClientToken).toBe(clientToken(`${plan.idempotencyKey}:2`));
  });

  test('Search ValidationException → warning, then CreateModelPackage with the plan token', async () => {
    const plan = makePlan();
    sm.on(SearchCommand).rejects(awsError('ValidationException', 'Search is not supported'));
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(version(V4, 'Completed', { CreationTime: new Date(START) }));
    const result = await register(client, plan, options());
    expect(logs.warning).toEqual([
      'Could not search for an earlier version (ValidationException); relying on the ClientToken alone to avoid a duplicate.'
    ]);
    expect(sm.commandCalls(CreateModelPackageCommand)[0]!.args[0].input.ClientToken).toBe(plan.clientToken);
    expect(result.created).toBe(true);
  });

  test('without Search, an old CreationTime means the ClientToken returned an earlier version', async () => {
    sm.on(SearchCommand).rejects(awsError('AccessDeniedException', 'no search'));
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V3 });
    sm.on(DescribeModelPackageCommand).resolves(version(V3, 'Completed', { CreationTime: new Date(START - 3_600_000), ModelApprovalStatus: 'Approved' }));
    const result = await register(client, makePlan(), options());
    expect(result).toEqual({ arn: V3, version: 3, groupArn: GROUP_ARN, approval: 'Approved', status: 'Completed', created: false, createdAt: expect.any(Date) });
    expect(logs.warning).toHaveLength(1);
  });

  test('other Search errors are explained and nothing is written', async () => {
    sm.on(SearchCommand).rejects(Object.assign(awsError('ThrottlingException', 'Rate exceeded'), { $metadata: { attempts: 8 } }));
    await expect(register(client, makePlan(), options())).rejects.toThrow(
      'sagemaker:Search was throttled by AWS after 8 attempts: Rate exceeded. Re-run later or raise max-attempts.'
    );
    expect(sm.commandCalls(CreateModelPackageCommand)).toHaveLength(0);
    expect(sm.commandCalls(DescribeModelPackageGroupCommand)).toHaveLength(0);
  });

  test('a CreateModelPackage failure is explained', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).rejects(awsError('ResourceLimitExceeded', 'too many'));
    await expect(register(client, makePlan(), options())).rejects.toThrow(
      'sagemaker:CreateModelPackage failed: an account quota is exhausted (too many). Request an increase in Service Quotas or delete unused resources.'
    );
  });

  test('a version that never completes times out within the budget', async () => {
    searchFinds();
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V4 });
    sm.on(DescribeModelPackageCommand).resolves(version(V4, 'InProgress'));
    const promise = register(client, makePlan(), options({ timeoutMs: 30_000 }));
    await expect(promise).rejects.toBeInstanceOf(WaitTimeout);
    await expect(promise).rejects.toThrow(`Timed out after 30 s waiting for model package ${V4} to complete`);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(30_000);
    expect(arns).toEqual([V4]);
  });
});

describe('ARN helpers and failure reasons', () => {
  test('groupArnFromVersionArn', () => {
    expect(groupArnFromVersionArn(V3)).toBe(GROUP_ARN);
    expect(groupArnFromVersionArn('arn:aws-cn:sagemaker:cn-north-1:123456789012:model-package/my-group-2/17')).toBe(
      'arn:aws-cn:sagemaker:cn-north-1:123456789012:model-package-group/my-group-2'
    );
    expect(groupArnFromVersionArn('arn:aws:sagemaker:us-east-1:123456789012:model-package/unversioned')).toBe(
      'arn:aws:sagemaker:us-east-1:123456789012:model-package/unversioned'
    );
  });

  test('versionFromArn', () => {
    expect(versionFromArn(V3)).toBe(3);
    expect(versionFromArn('arn:aws:sagemaker:us-east-1:1:model-package/g/120')).toBe(120);
    expect(versionFromArn('arn:aws:sagemaker:us-east-1:1:model-package/g')).toBe(0);
  });

  test('failureReasons without details', () => {
    expect(failureReasons({})).toBe('SageMaker gave no reason');
    expect(failureReasons({ ModelPackageStatusDetails: { ValidationStatuses: [{ Name: 'v', Status: 'Completed' }] } })).toBe('SageMaker gave no reason');
  });
});
