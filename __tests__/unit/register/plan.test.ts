import { METADATA_PATTERN } from '../../../src/inputs/constraints.js';
import type { RunContext } from '../../../src/github/context.js';
import { pullRequestContext, SHA } from '../../helpers/run-context.js';
import { readRegisterConfig, RESERVED_METADATA_KEYS, USER_METADATA_MAX, type RegisterConfig as Config } from '../../../src/inputs/inputs.js';
import { containerRecord } from '../../../src/register/proof.js';
import { ACTION_NAME, approvalStatus, canonicalJson, clientToken, idempotencyKey, metadataValue, planRegistration } from '../../../src/register/plan.js';

const OTHER_SHA = '0000000000000000000000000000000000000001';
const DIGEST = `sha256:${'c3'.repeat(32)}`;
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/creds-AbCdEf';
const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:registry-creds';
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:210987654321:model-package-group/shared-models';
const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud:1.2.3';

const prContext: RunContext = pullRequestContext({ workflow: 'register', runAttempt: '2', refName: 'feature/better-features' });

const pushMain: RunContext = { ...prContext, eventName: 'push', ref: 'refs/heads/main', refName: 'main', refType: 'branch', prNumber: undefined };
delete pushMain.prNumber;

function cfg(inputs: Record<string, string>): Config {
  const all: Record<string, string> = { image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', ...inputs };
  return readRegisterConfig((name) => all[name] ?? '', {});
}

describe('planRegistration: CreateModelPackage request', () => {
  test('the exact request for a private image on a pull request', () => {
    const config = cfg({
      'registry-secret-arn': SECRET_ARN,
      'model-data-url': 's3://models/fraud/model.tar.gz',
      environment: 'MODEL_NAME=fraud',
      'content-types': 'application/json',
      'response-types': 'application/json',
      'realtime-instance-types': 'ml.m5.large',
      description: 'Fraud model',
      metadata: 'team=risk'
    });
    const plan = planRegistration(config, prContext);
    const key = idempotencyKey('fraud-model', SHA, 'ghcr.io/acme/fraud-model:v1');
    expect(plan.idempotencyKey).toBe(key);
    expect(plan.idempotencyKey).toMatch(/^[a-f0-9]{32}$/);
    expect(plan.clientToken).toBe(clientToken(plan.createPackage));
    expect(plan.createPackage).toEqual({
      ModelPackageGroupName: 'fraud-model',
      ModelPackageDescription: 'Fraud model',
      ModelApprovalStatus: 'PendingManualApproval',
      SkipModelValidation: 'All',
      ClientToken: plan.clientToken,
      InferenceSpecification: {
        Containers: [{ Image: 'ghcr.io/acme/fraud-model:v1', ModelDataUrl: 's3://models/fraud/model.tar.gz', Environment: { MODEL_NAME: 'fraud' } }],
        SupportedContentTypes: ['application/json'],
        SupportedResponseMIMETypes: ['application/json'],
        SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large']
      },
      MetadataProperties: { CommitId: SHA, Repository: 'https://github.com/acme/fraud-model', GeneratedBy: containerRecord(plan.createPackage.InferenceSpecification, undefined) },
      CustomerMetadataProperties: {
        'git-commit': SHA,
        'github-repository': 'acme/fraud-model',
        image: 'ghcr.io/acme/fraud-model:v1',
        'image-tag': 'v1',
        registry: 'ghcr.io',
        'registry-kind': 'ghcr',
        'registry-secret-arn': SECRET_ARN,
        'repository-access-mode': 'Vpc',
        'idempotency-key': key,
        'generated-by': ACTION_NAME,
        team: 'risk'
      }
    });
    expect(plan.createPackage).not.toHaveProperty('Tags');
    // What differs per run is applied afterwards with UpdateModelPackage.
    expect(plan.runMetadata).toEqual({
      'git-ref': 'refs/pull/42/merge',
      'github-pr': '42',
      'github-run-id': '9876543210',
      'github-run-attempt': '2',
      'github-actor': 'octocat',
      'github-event': 'pull_request'
    });
    expect(plan.approvalDescription).toBe(
      `Set to pending by octocat on pull_request of refs/pull/42/merge at ${SHA.slice(0, 12)} (PR #42): https://github.com/acme/fraud-model/actions/runs/9876543210/attempts/2`
    );
    expect(plan).toMatchObject({ groupName: 'fraud-model', groupNameOrArn: 'fraud-model', image: 'ghcr.io/acme/fraud-model:v1', approval: 'PendingManualApproval' });
    expect(plan.imageDigest).toBeUndefined();
  });

  test('a minimal config leaves optional request fields out', () => {
    const plan = planRegistration(cfg({}), prContext);
    expect(plan.createPackage.InferenceSpecification).toEqual({ Containers: [{ Image: 'ghcr.io/acme/fraud-model:v1' }] });
    expect(plan.createPackage).not.toHaveProperty('ModelPackageDescription');
    expect(plan.createPackage.CustomerMetadataProperties).not.toHaveProperty('image-digest');
    expect(plan.createPackage.CustomerMetadataProperties).not.toHaveProperty('registry-secret-arn');
    expect(plan.createPackage.CustomerMetadataProperties).not.toHaveProperty('registry-credentials-provider-arn');
  });

  test('MetadataProperties omits empty fields', () => {
    const plan = planRegistration(cfg({}), { ...prContext, runId: '', runUrl: '', repositoryUrl: '' });
    expect(plan.createPackage.MetadataProperties).toEqual({ CommitId: SHA, GeneratedBy: containerRecord(plan.createPackage.InferenceSpecification, undefined) });
    expect(plan.runMetadata).not.toHaveProperty('github-run-id');
  });

  test('a resolved digest pins the image and is recorded', () => {
    const plan = planRegistration(cfg({}), prContext, { digest: DIGEST });
    expect(plan.image).toBe(`ghcr.io/acme/fraud-model@${DIGEST}`);
    expect(plan.imageDigest).toBe(DIGEST);
    expect(plan.createPackage.InferenceSpecification.Containers).toEqual([{ Image: `ghcr.io/acme/fraud-model@${DIGEST}`, ImageDigest: DIGEST }]);
    expect(plan.createPackage.CustomerMetadataProperties['image-digest']).toBe(DIGEST);
    expect(plan.createPackage.CustomerMetadataProperties['image-tag']).toBe('v1');
    // The key follows the image as given, so a re-run that cannot resolve the digest finds the same version.
    expect(plan.idempotencyKey).toBe(idempotencyKey('fraud-model', SHA, 'ghcr.io/acme/fraud-model:v1'));
    expect(planRegistration(cfg({}), prContext).idempotencyKey).toBe(plan.idempotencyKey);
  });

  test('a digest in the input is used when none is resolved', () => {
    const plan = planRegistration(cfg({ image: `ghcr.io/acme/fraud-model:v1@${DIGEST}` }), prContext);
    expect(plan.imageDigest).toBe(DIGEST);
    expect(plan.createPackage.InferenceSpecification.Containers[0]!.Image).toBe(`ghcr.io/acme/fraud-model@${DIGEST}`);
  });

  test('Docker Hub images are sent with the full host', () => {
    const plan = planRegistration(cfg({ image: 'ubuntu' }), prContext);
    expect(plan.image).toBe('docker.io/library/ubuntu:latest');
    expect(plan.createPackage.CustomerMetadataProperties).toMatchObject({ registry: 'registry-1.docker.io', 'registry-kind': 'docker-hub', 'repository-access-mode': 'Vpc' });
    expect(plan.createPackage.CustomerMetadataProperties).not.toHaveProperty('image-tag');
  });

  test('ECR images have no repository-access-mode and SkipModelValidation None', () => {
    const plan = planRegistration(cfg({ image: ECR_IMAGE }), prContext);
    expect(plan.createPackage.SkipModelValidation).toBe('None');
    expect(plan.createPackage.CustomerMetadataProperties).not.toHaveProperty('repository-access-mode');
    expect(plan.createPackage.CustomerMetadataProperties['registry-kind']).toBe('ecr');
    expect(plan.createPackage.CustomerMetadataProperties.registry).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com');
  });

  test('the credentials provider ARN is recorded', () => {
    const plan = planRegistration(cfg({ 'registry-credentials-provider-arn': LAMBDA_ARN }), prContext);
    expect(plan.createPackage.CustomerMetadataProperties['registry-credentials-provider-arn']).toBe(LAMBDA_ARN);
  });
});

describe('ClientToken and idempotency key', () => {
  const rerun: RunContext = { ...prContext, runId: '1', runAttempt: '5', actor: 'someone', runUrl: 'https://github.com/acme/fraud-model/actions/runs/1/attempts/5' };
  const push: RunContext = { ...pushMain, runId: '555', runAttempt: '1', actor: 'merger', runUrl: 'https://github.com/acme/fraud-model/actions/runs/555/attempts/1' };

  test.each([
    ['a re-run (attempt, run, actor)', rerun, 'pending'],
    ['the push after the PR (event, ref, no PR, approval auto)', push, 'auto'],
    ['a workflow_dispatch by someone else', { ...rerun, eventName: 'workflow_dispatch', ref: 'refs/heads/x', refName: 'x' }, 'approved']
  ] as const)('the serialised CreateModelPackage request is byte-identical for %s', (_label, other, approval) => {
    const config = { 'registry-secret-arn': SECRET_ARN, metadata: 'team=risk\nz=1\na=2', environment: 'B=1\nA=2' };
    const a = planRegistration(cfg(config), prContext, { digest: DIGEST });
    const b = planRegistration(cfg({ ...config, approval }), other, { digest: DIGEST });
    expect(JSON.stringify(b.createPackage)).toBe(JSON.stringify(a.createPackage));
    expect(canonicalJson(b.createPackage)).toBe(canonicalJson(a.createPackage));
    expect(b.clientToken).toBe(a.clientToken);
    // ... while the run's own fields do differ, and travel separately.
    expect(b.runMetadata).not.toEqual(a.runMetadata);
  });

  test('the token follows the body: another description gives another token, never the same token with another body', () => {
    const a = planRegistration(cfg({}), prContext);
    const b = planRegistration(cfg({ description: 'different description' }), prContext);
    expect(b.idempotencyKey).toBe(a.idempotencyKey);
    expect(b.clientToken).not.toBe(a.clientToken);
    expect(b.clientToken).toBe(clientToken(b.createPackage));
  });

  test('the token has UUID layout and is stable for the same inputs', () => {
    const a = planRegistration(cfg({}), prContext);
    const b = planRegistration(cfg({}), { ...prContext, runId: '1', runAttempt: '5', actor: 'someone' });
    expect(a.createPackage.ClientToken).toMatch(/^[a-f0-9-]{36}$/);
    expect(a.createPackage.ClientToken).toMatch(/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/);
    expect(b.createPackage.ClientToken).toBe(a.createPackage.ClientToken);
    expect(b.idempotencyKey).toBe(a.idempotencyKey);
  });

  test('a different commit, image or group gives a different token', () => {
    const a = planRegistration(cfg({}), prContext);
    const commit = planRegistration(cfg({}), { ...prContext, sha: OTHER_SHA });
    const image = planRegistration(cfg({ image: 'ghcr.io/acme/fraud-model:v2' }), prContext);
    const group = planRegistration(cfg({ 'model-package-group': 'other-group' }), prContext);
    const tokens = new Set([a, commit, image, group].map((p) => p.createPackage.ClientToken));
    expect(tokens.size).toBe(4);
    expect(commit.createPackage.CustomerMetadataProperties['idempotency-key']).not.toBe(a.idempotencyKey);
  });

  test('idempotencyKey and clientToken are pure functions', () => {
    expect(idempotencyKey('g', 'c', 'i')).toBe(idempotencyKey('g', 'c', 'i'));
    expect(idempotencyKey('g', 'c', 'i')).not.toBe(idempotencyKey('g', 'c\ni', ''));
    const body = planRegistration(cfg({}), prContext).createPackage;
    expect(clientToken(body)).toBe(clientToken({ ...body, ClientToken: 'ignored' }));
    expect(clientToken(body, 1)).not.toBe(clientToken(body));
    expect(clientToken(body, 2)).not.toBe(clientToken(body, 1));
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('metadataValue', () => {
  test('replaces disallowed characters with _', () => {
    expect(metadataValue("feature/fix#12-it's*done")).toBe('feature/fix_12-it_s_done');
    expect(metadataValue('refs/heads/ü-branch (v2)')).toBe('refs/heads/ü-branch _v2_');
    expect(metadataValue('a\nb\tc')).toBe('a_b_c');
    expect(metadataValue('emoji-🚀')).toBe('emoji-_');
  });

  test('keeps allowed characters as they are', () => {
    expect(metadataValue('user@example.com:/path=1+2 x_y.z-w')).toBe('user@example.com:/path=1+2 x_y.z-w');
  });

  test('truncates to 256 characters and never returns an empty string', () => {
    expect(metadataValue('b'.repeat(400))).toBe('b'.repeat(256));
    expect(metadataValue('')).toBe('_');
  });

  test('a branch with disallowed characters is sanitised in git-ref', () => {
    const ctx = { ...pushMain, ref: 'refs/heads/fix/<script>&"quotes"', refName: 'fix/<script>&"quotes"' };
    const plan = planRegistration(cfg({}), ctx);
    expect(plan.runMetadata['git-ref']).toBe('refs/heads/fix/_script___quotes_');
  });
});

describe('approval', () => {
  const tagPush: RunContext = { ...pushMain, ref: 'refs/tags/v1.0.0', refName: 'v1.0.0', refType: 'tag' };
  const release: RunContext = { ...tagPush, eventName: 'release' };
  const featurePush: RunContext = { ...pushMain, ref: 'refs/heads/feature', refName: 'feature' };
  const dispatchMain: RunContext = { ...pushMain, eventName: 'workflow_dispatch' };

  test.each([
    ['pull request', prContext, 'PendingManualApproval'],
    ['push to the default branch', pushMain, 'Approved'],
    ['push of a tag', tagPush, 'Approved'],
    ['release', release, 'Approved'],
    ['push to another branch', featurePush, 'PendingManualApproval'],
    ['workflow_dispatch on the default branch', dispatchMain, 'PendingManualApproval'],
    ['push without a known default branch', { ...pushMain, defaultBranch: undefined }, 'PendingManualApproval']
  ] as const)('auto on a %s → %s', (_label, ctx, expected) => {
    expect(approvalStatus(cfg({ approval: 'auto' }), ctx)).toBe(expected);
    expect(planRegistration(cfg({ approval: 'auto' }), ctx).approval).toBe(expected);
    // Created pending whatever the run wants: UpdateModelPackage applies the approval.
    expect(planRegistration(cfg({ approval: 'auto' }), ctx).createPackage.ModelApprovalStatus).toBe('PendingManualApproval');
  });

  test('explicit approvals ignore the event', () => {
    expect(approvalStatus(cfg({ approval: 'approved' }), prContext)).toBe('Approved');
    expect(approvalStatus(cfg({ approval: 'rejected' }), pushMain)).toBe('Rejected');
    expect(approvalStatus(cfg({ approval: 'pending' }), release)).toBe('PendingManualApproval');
    expect(approvalStatus(cfg({}), pushMain)).toBe('PendingManualApproval');
  });
});

describe('createGroup', () => {
  test('a group name with create-group true gives CreateModelPackageGroup with tags', () => {
    const plan = planRegistration(cfg({ 'group-tags': 'cost-center=1234', 'group-description': 'Fraud models' }), prContext);
    expect(plan.createGroup).toEqual({
      ModelPackageGroupName: 'fraud-model',
      ModelPackageGroupDescription: 'Fraud models',
      Tags: [
        { Key: 'managed-by', Value: ACTION_NAME },
        { Key: 'cost-center', Value: '1234' },
        { Key: 'github-repository', Value: 'acme/fraud-model' }
      ]
    });
  });

  test('omitted when create-group is false', () => {
    expect(planRegistration(cfg({ 'create-group': 'false' }), prContext)).not.toHaveProperty('createGroup');
  });

  test('omitted for a group ARN, which is used as the group name in the request', () => {
    const plan = planRegistration(cfg({ 'model-package-group': GROUP_ARN }), prContext);
    expect(plan).not.toHaveProperty('createGroup');
    expect(plan.groupName).toBe('shared-models');
    expect(plan.groupNameOrArn).toBe(GROUP_ARN);
    expect(plan.createPackage.ModelPackageGroupName).toBe(GROUP_ARN);
    expect(plan.idempotencyKey).toBe(idempotencyKey(GROUP_ARN, SHA, 'ghcr.io/acme/fraud-model:v1'));
  });
});

describe('customer metadata stays within SageMaker limits', () => {
  const hostile: RunContext = {
    ...prContext,
    ref: `refs/heads/${'é#<>'.repeat(100)}`,
    refName: 'é#<>'.repeat(100),
    actor: 'bot[bot] <evil>',
    repository: 'acme/fraud-model',
    runId: '1'.repeat(300)
  };

  function maxUserMetadata(): string {
    return Array.from({ length: USER_METADATA_MAX }, (_, i) => {
      const key = `${String(i).padStart(2, '0')}-${'k'.repeat(125)}`;
      return `${key}=${'v'.repeat(256)}`;
    }).join('\n');
  }

  test.each([
    ['private registry with both credential ARNs', { 'registry-secret-arn': SECRET_ARN, 'registry-credentials-provider-arn': LAMBDA_ARN }],
    ['ECR', { image: ECR_IMAGE }]
  ])('%s with the maximum user metadata', (_label, extra: Record<string, string>) => {
    const config = cfg({ ...extra, image: extra.image ?? `registry.example.com/team/model:v1@${DIGEST}`, metadata: maxUserMetadata() });
    expect(Object.keys(config.metadata)).toHaveLength(USER_METADATA_MAX);
    const plan = planRegistration(config, hostile, { digest: DIGEST });
    const metadata = { ...plan.createPackage.CustomerMetadataProperties, ...plan.runMetadata };
    const entries = Object.entries(metadata);
    expect(entries.length).toBeLessThanOrEqual(50);
    for (const [key, value] of entries) {
      expect(key).toMatch(METADATA_PATTERN());
      expect(value).toMatch(METADATA_PATTERN());
      expect(key.length).toBeLessThanOrEqual(128);
      expect(value.length).toBeLessThanOrEqual(256);
      expect(value.length).toBeGreaterThan(0);
    }
    expect(metadata['git-ref']).toBe(`refs/heads/${'é___'.repeat(100)}`.slice(0, 256));
    expect(metadata['github-actor']).toBe('bot_bot_ _evil_');
    expect(metadata['github-run-id']).toBe('1'.repeat(256));
  });

  test('every key the action writes is reserved, so user metadata cannot collide', () => {
    const config = cfg({ 'registry-secret-arn': SECRET_ARN, 'registry-credentials-provider-arn': LAMBDA_ARN });
    const resolved = { digest: DIGEST, platform: 'linux/amd64', platformDigest: `sha256:${'d4'.repeat(32)}`, replicatedFrom: 'ghcr.io/acme/fraud-model:v1' };
    const plan = planRegistration(config, prContext, resolved);
    const keys = [...Object.keys(plan.createPackage.CustomerMetadataProperties), ...Object.keys(plan.runMetadata)];
    expect(keys).toHaveLength(RESERVED_METADATA_KEYS.size);
    for (const key of keys) expect(RESERVED_METADATA_KEYS.has(key)).toBe(true);
  });
});

describe('limits found in review', () => {
  test('metadataValue never splits a character outside the BMP', () => {
    const v = metadataValue(`${'a'.repeat(255)}𠀀b`);
    expect([...v]).toHaveLength(256);
    expect(v.endsWith('𠀀')).toBe(true);
    expect(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u.test(v)).toBe(true);
  });

  test('a pinned image that would pass 255 characters keeps its tag in Image and the digest in ImageDigest', () => {
    const image = `registry.example.com/${'m'.repeat(170)}:${'t'.repeat(30)}`;
    const cfg = readRegisterConfig((n) => ({ image, 'model-package-group': 'g' })[n] ?? '', {});
    const digest = `sha256:${'b'.repeat(64)}`;
    const plan = planRegistration(cfg, prContext, { digest });
    const container = plan.createPackage.InferenceSpecification.Containers[0]!;
    expect(container.Image).toBe(image);
    expect(container.ImageDigest).toBe(digest);
    const short = planRegistration(readRegisterConfig((n) => ({ image: 'registry.example.com/m:v1', 'model-package-group': 'g' })[n] ?? '', {}), prContext, { digest });
    expect(short.createPackage.InferenceSpecification.Containers[0]).toEqual({ Image: `registry.example.com/m@${digest}`, ImageDigest: digest });
  });

  test('a group never gets more than 50 tags', () => {
    const tags = Array.from({ length: 48 }, (_, i) => `t${i}=v`).join('\n');
    const cfg = readRegisterConfig((n) => ({ image: 'registry.example.com/m:v1', 'model-package-group': 'g', 'group-tags': tags })[n] ?? '', {});
    expect(planRegistration(cfg, prContext).createGroup!.Tags).toHaveLength(50);
  });
});
