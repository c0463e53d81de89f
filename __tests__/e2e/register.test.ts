import { describe, expect, test } from '@jest/globals';
import { DescribeModelPackageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { HEAD_SHA, pullRequestEvent, pushEvent, runAction, type RunOptions } from '../helpers/action-runner.js';
import { useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim();

const PRIVATE_IMAGE = 'registry.example.com:5000/ml/fraud-model:v1';
const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model:v1';

/** The version as the service stores it, read back through the SDK. */
async function stored(arn: string) {
  const sm = new SageMakerClient({ endpoint: sim.env.AWS_ENDPOINT_URL_SAGEMAKER, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  return sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
}

function run(inputs: Record<string, string>, extra: Omit<RunOptions, 'inputs'> = {}) {
  // These tests are about registration; resolving digests against real registries is registry.test.ts.
  return runAction({ inputs: { 'model-package-group': 'fraud-detector', image: PRIVATE_IMAGE, 'resolve-digest': 'off', ...inputs }, env: sim.env, ...extra });
}


describe('register from a private registry', () => {
  test('creates the group and a version with SkipModelValidation All and full provenance', async () => {
    const r = await run({ 'group-description': 'Fraud models', metadata: 'team=risk\ndataset=2026-11' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['model-package-arn']).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/1');
    expect(r.outputs['model-package-version']).toBe('1');
    expect(r.outputs['model-package-group-arn']).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud-detector');
    expect(r.outputs['approval-status']).toBe('PendingManualApproval');
    expect(r.outputs['created']).toBe('true');
    expect(r.outputs['image-digest']).toBe('');

    const [group] = await sim.requests({ operation: 'CreateModelPackageGroup' });
    expect(group!.request.ModelPackageGroupDescription).toBe('Fraud models');
    const [create] = await sim.requests({ operation: 'CreateModelPackage' });
    const req = create!.request;
    expect(req.SkipModelValidation).toBe('All');
    expect(req.Tags).toBeUndefined();
    expect(req.ClientToken).toMatch(/^[a-f0-9-]{36}$/);
    expect(req.InferenceSpecification.Containers).toEqual([{ Image: PRIVATE_IMAGE }]);
    // The create request holds only what identifies the registration (the same bytes on every run of this commit);
    // the run's own facts follow in one UpdateModelPackage.
    expect(req.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(req.MetadataProperties).toEqual({
      CommitId: HEAD_SHA,
      Repository: 'https://github.com/acme/fraud-model',
      // The action's name and the immutable record of the containers it registered (src/register/proof.ts).
      GeneratedBy: expect.stringMatching(/^sagemaker-private-registry-action spec-sha256=[0-9a-f]{64} digest=none$/)
    });
    expect(req.CustomerMetadataProperties['github-run-id']).toBeUndefined();
    const version = await stored(r.outputs['model-package-arn']!);
    expect(version.CustomerMetadataProperties).toMatchObject({
      'git-commit': HEAD_SHA,
      'github-pr': '42',
      'github-run-id': '9001',
      'github-run-attempt': '1',
      'github-actor': 'octocat',
      image: PRIVATE_IMAGE,
      registry: 'registry.example.com:5000',
      'registry-kind': 'private',
      'repository-access-mode': 'Vpc',
      team: 'risk',
      dataset: '2026-11'
    });
    // The version as the service stored it, read back through the SDK path the action used.
    const [describeCall] = await sim.requests({ operation: 'DescribeModelPackage' });
    expect(describeCall!.status).toBe(200);
    expect(r.summary).toContain('fraud-detector');
    expect(r.summary).toContain('Pending manual approval');
    expect(r.stdout).toContain('console.aws.amazon.com/sagemaker/home?region=us-east-1');
  });

  test('records the registry secret and credentials provider ARNs', async () => {
    const secret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/acme-AbCdEf';
    const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:sagemaker-registry-creds';
    const r = await run({ 'registry-secret-arn': secret, 'registry-credentials-provider-arn': lambda });
    expect(r.code).toBe(0);
    const [create] = await sim.requests({ operation: 'CreateModelPackage' });
    expect(create!.request.CustomerMetadataProperties['registry-secret-arn']).toBe(secret);
    expect(create!.request.CustomerMetadataProperties['registry-credentials-provider-arn']).toBe(lambda);
  });
});

test('an ECR image is pinned with DescribeImages, registered with SkipModelValidation None and reaches Completed', async () => {
  const digest = `sha256:${'e'.repeat(64)}`;
  await sim.control('ecr/images', { repositoryName: 'fraud-model', imageTag: 'v1', imageDigest: digest });
  const r = await run({ image: ECR_IMAGE, 'resolve-digest': 'auto' });
  expect(r.errors).toEqual([]);
  expect(r.outputs['image-digest']).toBe(digest);
  const [describe] = await sim.requests({ operation: 'DescribeImages' });
  expect(describe!.request).toMatchObject({ registryId: '123456789012', repositoryName: 'fraud-model', imageIds: [{ imageTag: 'v1' }] });
  const [create] = await sim.requests({ operation: 'CreateModelPackage' });
  expect(create!.request.InferenceSpecification.Containers[0]).toEqual({
    Image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model@${digest}`,
    ImageDigest: digest
  });
  expect(create!.request.SkipModelValidation).toBe('None');
  expect(create!.request.CustomerMetadataProperties['registry-kind']).toBe('ecr');
  expect(create!.request.CustomerMetadataProperties['repository-access-mode']).toBeUndefined();
  expect(r.outputs['created']).toBe('true');
});

test('a private image with skip-model-validation None fails with the service reason', async () => {
  const r = await run({ 'skip-model-validation': 'None' });
  expect(r.code).toBe(1);
  expect(r.errors[0]).toMatch(/ended Failed: .+/);
  expect(r.outputs['model-package-arn']).toMatch(/model-package\/fraud-detector\/1$/);
});

describe('approval', () => {
  test.each([
    ['pending', 'pull_request', 'PendingManualApproval'],
    ['approved', 'pull_request', 'Approved'],
    ['rejected', 'pull_request', 'Rejected'],
    ['auto', 'pull_request', 'PendingManualApproval'],
    ['auto', 'push', 'Approved'],
    ['auto', 'push-tag', 'Approved'],
    ['auto', 'push-branch', 'PendingManualApproval']
  ])('approval %s on %s → %s', async (approval, kind, expected) => {
    const extra: Omit<RunOptions, 'inputs'> =
      kind === 'pull_request'
        ? {}
        : kind === 'push'
          ? { eventName: 'push', event: pushEvent('refs/heads/main'), ref: 'refs/heads/main' }
          : kind === 'push-tag'
            ? { eventName: 'push', event: pushEvent('refs/tags/v1.2.0'), ref: 'refs/tags/v1.2.0' }
            : { eventName: 'push', event: pushEvent('refs/heads/dev'), ref: 'refs/heads/dev' };
    const r = await run({ approval }, extra);
    expect(r.errors).toEqual([]);
    expect(r.outputs['approval-status']).toBe(expected);
    const [create] = await sim.requests({ operation: 'CreateModelPackage' });
    expect(create!.request.ModelApprovalStatus).toBe('PendingManualApproval');
    const version = await stored(r.outputs['model-package-arn']!);
    expect(version.ModelApprovalStatus).toBe(expected);
    const approvals = (await sim.requests({ operation: 'UpdateModelPackage' })).filter((u) => u.request.ModelApprovalStatus);
    if (expected === 'PendingManualApproval') expect(approvals).toEqual([]);
    else expect(approvals.map((u) => u.request.ApprovalDescription)).toEqual([expect.stringMatching(/by octocat on (push|pull_request)/)]);
  });
});

describe('idempotency', () => {
  test('a re-run for the same commit and image returns the same version and records only its attempt', async () => {
    const first = await run({});
    expect(first.outputs['created']).toBe('true');
    const before = (await sim.requests()).length;
    const second = await run({}, { runAttempt: '2' });
    expect(second.errors).toEqual([]);
    expect(second.outputs['created']).toBe('false');
    expect(second.outputs['model-package-arn']).toBe(first.outputs['model-package-arn']);
    const after = (await sim.requests()).slice(before);
    const writes = after.filter((q) => WRITE_OPERATIONS.test(q.operation));
    expect(writes.map((q) => [q.operation, q.request.CustomerMetadataProperties])).toEqual([['UpdateModelPackage', { 'github-run-attempt': '2' }]]);
    // Search finds it; DescribeModelPackage proves it again as it is now (Search may lag behind an update).
    expect(after.filter((q) => q.service !== 'github').map((q) => q.operation)).toEqual(['Search', 'DescribeModelPackage', 'UpdateModelPackage']);
    expect(second.summary).toContain('♻️ already registered');
  });

  test('a new commit makes a new version', async () => {
    const first = await run({});
    const second = await run({}, { event: pullRequestEvent(42, 'b'.repeat(40)) });
    expect(second.outputs['model-package-arn']).not.toBe(first.outputs['model-package-arn']);
    expect(second.outputs['model-package-version']).toBe('2');
    expect(second.outputs['created']).toBe('true');
  });

  test('a re-run with approval approved promotes the existing version instead of creating one', async () => {
    await run({});
    const second = await run({ approval: 'approved' });
    expect(second.outputs['created']).toBe('false');
    expect(second.outputs['approval-status']).toBe('Approved');
    const approvals = (await sim.requests({ operation: 'UpdateModelPackage' })).filter((u) => u.request.ModelApprovalStatus);
    expect(approvals.map((u) => u.request.ModelApprovalStatus)).toEqual(['Approved']);
    // The first run's CreateModelPackage learnt that the group was missing (400), then created the version.
    expect((await sim.requests({ operation: 'CreateModelPackage' })).filter((q) => q.status === 200)).toHaveLength(1);
  });
});

describe('groups', () => {
  test('a missing group with create-group false is a clear error and nothing is written', async () => {
    const r = await run({ 'create-group': 'false' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      "Model package group 'fraud-detector' does not exist and create-group is false. Create it first or set create-group: true."
    ]);
    // CreateModelPackage is what says the group is missing (and writes nothing); no write succeeded.
    expect((await sim.requests()).filter((q) => WRITE_OPERATIONS.test(q.operation)).map((q) => [q.operation, q.status])).toEqual([['CreateModelPackage', 400]]);
  });

  test('an existing group is used as it is with create-group false', async () => {
    await run({});
    const r = await run({ 'create-group': 'false' }, { event: pullRequestEvent(43, 'c'.repeat(40)) });
    expect(r.errors).toEqual([]);
    expect(r.outputs['model-package-version']).toBe('2');
    expect(await sim.requests({ operation: 'CreateModelPackageGroup' })).toHaveLength(1);
  });
});

test('dry-run prints the requests and makes no write call', async () => {
  const r = await run({ 'dry-run': 'true' });
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Plan: CreateModelPackage');
  expect(r.stdout).toContain('"SkipModelValidation": "All"');
  const calls = await sim.requests();
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.filter((q) => WRITE_OPERATIONS.test(q.operation))).toEqual([]);
  expect(r.outputs['created']).toBe('false');
  expect(r.summary).toContain('dry run');
});

test('throttling is retried and the run succeeds', async () => {
  await sim.control('faults', { throttle: { count: 2, operations: ['CreateModelPackage'] } });
  const r = await run({});
  expect(r.errors).toEqual([]);
  const creates = await sim.requests({ operation: 'CreateModelPackage' });
  // Throttled twice (retried by the SDK), then the missing-group answer, the group, and the same request again.
  expect(creates.map((c) => c.error)).toEqual(['ThrottlingException', 'ThrottlingException', 'ValidationException', null]);
  expect(r.outputs['model-package-version']).toBe('1');
});

test('access denied names the IAM action to grant', async () => {
  await sim.control('faults', { deny: ['CreateModelPackageGroup'] });
  const r = await run({});
  expect(r.code).toBe(1);
  expect(r.errors[0]).toContain('sagemaker:CreateModelPackageGroup was denied');
  // Only the CreateModelPackage that said the group is missing: no version was made.
  expect((await sim.requests({ operation: 'CreateModelPackage' })).map((q) => q.error)).toEqual(['ValidationException']);
});

test('missing credentials fail with a message saying how to configure them', async () => {
  const env = { ...sim.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' };
  const r = await runAction({ inputs: { 'model-package-group': 'fraud-detector', image: PRIVATE_IMAGE, 'resolve-digest': 'off' }, env });
  expect(r.code).toBe(1);
  expect(r.errors[0]).toMatch(/no AWS credentials were found.*configure-aws-credentials/);
  expect((await sim.requests()).filter((q) => q.service !== 'github')).toEqual([]);
});

