import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  SageMakerClient,
  SearchCommand,
  UpdateModelPackageCommand
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/main.js';
import { instantClock } from '../helpers/clock.js';
import { useActionFiles } from '../helpers/action-files.js';

const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud-model';
const V1 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/1';

const sm = mockClient(SageMakerClient);
const files = useActionFiles('main-test');
const clock = instantClock;

beforeEach(() => {
  sm.reset();
});

function actionEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const event = join(files.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/fraud-model', default_branch: 'main' } }));
  const env: NodeJS.ProcessEnv = {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/fraud-model',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '55',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat'
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

const outputs = files.outputs;

const sagemaker = async () => new SageMakerClient({ region: 'us-east-1' });

describe('run', () => {
  test('registers a version and sets every output and the summary', async () => {
    sm.on(SearchCommand).resolves({ Results: [] });
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).resolves({ ModelPackageArn: V1 });
    sm.on(DescribeModelPackageCommand).resolves({ ModelPackageArn: V1, ModelPackageVersion: 1, ModelPackageStatus: 'Completed', ModelApprovalStatus: 'PendingManualApproval', CreationTime: new Date() });
    sm.on(UpdateModelPackageCommand).resolves({ ModelPackageArn: V1 });

    await run({ env: actionEnv({ image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', approval: 'auto', 'resolve-digest': 'off' }), clock, sagemaker });

    expect(process.exitCode).toBeUndefined();
    expect(outputs()).toEqual({
      'model-package-arn': V1,
      'model-package-version': '1',
      'model-package-group-arn': GROUP_ARN,
      'approval-status': 'Approved',
      'image-digest': '',
      created: 'true',
      gate: '',
      metrics: '',
      'comment-url': '',
      'deployment-status': 'skipped',
      'endpoint-arn': '',
      'endpoint-config-name': '',
      'model-name': ''
    });
    // The version is created pending (the same request on every run) and approved afterwards, for this push.
    expect(sm.commandCalls(CreateModelPackageCommand)[0]!.args[0].input.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(sm.commandCalls(UpdateModelPackageCommand)[0]!.args[0].input).toMatchObject({ ModelPackageArn: V1, ModelApprovalStatus: 'Approved' });
    const summary = files.summary();
    expect(summary).toContain('| Version | [1](https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/model-registry/model-package-groups/fraud-model/versions/1) |');
    expect(files.stdout.join('')).toContain(`Registered version 1${EOL}`);
  });

  test('an input error fails the step with the one-line message and calls no AWS API', async () => {
    const factory = jest.fn(sagemaker);
    await run({ env: actionEnv({ image: 'ghcr.io/acme/Fraud', 'model-package-group': 'fraud-model' }), clock, sagemaker: factory });
    expect(process.exitCode).toBe(1);
    expect(factory).not.toHaveBeenCalled();
    expect(sm.calls()).toHaveLength(0);
    expect(files.stdout.join('')).toContain(
      `::error::Input 'image': "ghcr.io/acme/Fraud" is not a valid image reference: repository names must be lowercase${EOL}`
    );
    // The same convention as every sub-action: each output written (empty), a summary that says what failed.
    expect(outputs()).toMatchObject({ 'model-package-arn': '', created: '', 'deployment-status': 'skipped', 'comment-url': '' });
    const summary = files.summary();
    expect(summary).toContain('### SageMaker model registration: ❌ failed');
    expect(summary).toContain("**What failed:** Input 'image'");
  });

  test('a dry run makes read calls only and reports created=false', async () => {
    sm.on(SearchCommand).resolves({ Results: [] });
    await run({ env: actionEnv({ image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', 'dry-run': 'true', 'resolve-digest': 'off' }), clock, sagemaker });
    expect(process.exitCode).toBeUndefined();
    // Search finds nothing, so the lookup falls back to listing the group: reads only.
    expect(sm.calls().map((c) => c.args[0].constructor.name)).toEqual(['SearchCommand', 'ListModelPackagesCommand']);
    expect(sm.commandCalls(CreateModelPackageGroupCommand)).toHaveLength(0);
    expect(outputs()).toMatchObject({ 'model-package-arn': '', created: 'false', 'approval-status': 'PendingManualApproval' });
    expect(files.stdout.join('')).toContain('Plan: CreateModelPackage {');
    expect(files.summary()).toContain('dry run: nothing was written');
  });

  test('an AWS failure fails the step and is written to the summary', async () => {
    sm.on(SearchCommand).resolves({ Results: [] });
    sm.on(DescribeModelPackageGroupCommand).resolves({ ModelPackageGroupArn: GROUP_ARN });
    sm.on(CreateModelPackageCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }));
    await run({ env: actionEnv({ image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', 'resolve-digest': 'off' }), clock, sagemaker });
    const explanation = 'sagemaker:CreateModelPackage was denied: the role this workflow assumed needs sagemaker:CreateModelPackage (see the IAM section of the README).';
    expect(process.exitCode).toBe(1);
    // The job log has AWS's own text; the summary (public, unmasked) has the explanation and the error's name only.
    expect(files.stdout.join('')).toContain(`::error::${explanation} AWS said: denied${EOL}`);
    const summary = files.summary();
    expect(summary).toContain(`**What failed:** ${explanation.replace(/[()]/g, '\\$&')} \\(AccessDeniedException; AWS's message is in the job log\\)`);
    expect(summary).not.toContain('AWS said');
  });

  test('no AWS Region anywhere: one line that says how to set it, no stack trace', async () => {
    const env = actionEnv({ image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', 'resolve-digest': 'off' });
    // No Region input, variable or profile for the SDK to find.
    Object.assign(env, { AWS_CONFIG_FILE: join(files.dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(files.dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true' });
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE']) delete process.env[name];
    Object.assign(process.env, { AWS_CONFIG_FILE: env.AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE: env.AWS_SHARED_CREDENTIALS_FILE, AWS_EC2_METADATA_DISABLED: 'true' });
    await run({ env, clock });
    expect(process.exitCode).toBe(1);
    const errors = files.stdout.join('').split(EOL).filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual(["::error::No AWS Region: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it with its aws-region)."]);
    expect(files.stdout.join('')).not.toMatch(/Unexpected error|\n\s+at /);
  });

  test('an image without a tag is registered with a warning that it is :latest', async () => {
    sm.on(SearchCommand).resolves({ Results: [] });
    await run({ env: actionEnv({ image: 'ghcr.io/acme/fraud-model', 'model-package-group': 'fraud-model', 'dry-run': 'true', 'resolve-digest': 'off' }), clock, sagemaker });
    expect(process.exitCode).toBeUndefined();
    expect(files.stdout.join('')).toContain(`::warning::Image "ghcr.io/acme/fraud-model" has no tag: it is registered as ghcr.io/acme/fraud-model:latest (whatever was pushed last). Name the tag or the digest to register.${EOL}`);
  });

  test('a deploy its preflight refuses (a pending version) is failed in the outputs and the summary, never in progress', async () => {
    sm.on(DescribeModelPackageCommand).resolves({ ModelPackageArn: V1, ModelPackageVersion: 1, ModelPackageStatus: 'Completed', ModelApprovalStatus: 'PendingManualApproval', CreationTime: new Date() });
    const inputs = { 'model-package-arn': V1, 'endpoint-name': 'fraud-prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/SageMakerExecution' };
    await run({ env: actionEnv(inputs), clock, sagemaker });
    expect(process.exitCode).toBe(1);
    expect(outputs()['deployment-status']).toBe('failed');
    expect(files.summary()).toContain('### SageMaker deployment to `fraud-prod`: ❌ failed');
    expect(files.summary()).not.toContain('in progress');
  });
});
