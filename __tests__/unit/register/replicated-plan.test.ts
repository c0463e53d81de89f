/**
 * A private image replicated into ECR (replicate-to-ecr): what SageMaker receives is the ECR copy, so every
 * decision that depends on where the image lives is taken on the registered image, not on the input image.
 * The planted bug this catches: SkipModelValidation decided on the input (private) image after replication.
 */
import { parseImageRef, type ImageRef } from '../../../src/inputs/image-ref.js';
import { readRegisterConfig, type RegisterConfig } from '../../../src/inputs/inputs.js';
import { approvalDescription, containerImage, planRegistration } from '../../../src/register/plan.js';
import { pushContext, SHA } from '../../helpers/run-context.js';
import type { RunContext } from '../../../src/github/context.js';

const DIGEST = `sha256:${'c3'.repeat(32)}`;
const PRIVATE = 'ghcr.io/acme/fraud-model:v1';
const MIRROR = '123456789012.dkr.ecr.us-east-1.amazonaws.com/mirror/fraud-model';

const ctx = pushContext({ workflow: 'register', runId: '1' });

function config(inputs: Record<string, string> = {}): RegisterConfig {
  const all: Record<string, string> = { image: PRIVATE, 'model-package-group': 'fraud-model', 'replicate-to-ecr': MIRROR, ...inputs };
  return readRegisterConfig((name) => all[name] ?? '', {});
}

function ref(text: string): ImageRef {
  const parsed = parseImageRef(text);
  if (typeof parsed === 'string') throw new Error(`${text} ${parsed}`);
  return parsed;
}

/** What resolveImage returns after copying the private image into the ECR mirror. */
const replicated = { digest: DIGEST, image: ref(`${MIRROR}:v1`), replicatedFrom: `ghcr.io/acme/fraud-model@${DIGEST}` };

describe('a private image replicated into ECR is registered as the ECR copy', () => {
  test('SageMaker validates the ECR copy (SkipModelValidation None), although the input image is private', () => {
    const plan = planRegistration(config(), ctx, replicated);
    expect(plan.createPackage.SkipModelValidation).toBe('None');
    // Only what was given: no empty Environment or ModelDataUrl (CreateModelPackage stays byte-identical across runs).
    expect(plan.createPackage.InferenceSpecification.Containers).toStrictEqual([{ Image: `${MIRROR}@${DIGEST}`, ImageDigest: DIGEST }]);
    expect(plan.registryKind).toBe('ecr');
    expect(plan.registry).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com');
  });

  test('the same private image without replication skips validation (SageMaker cannot read it)', () => {
    const plan = planRegistration(config({ 'replicate-to-ecr': '' }), ctx, { digest: DIGEST });
    expect(plan.createPackage.SkipModelValidation).toBe('All');
    expect(plan.createPackage.CustomerMetadataProperties['repository-access-mode']).toBe('Vpc');
    expect(plan.registryKind).toBe('ghcr');
  });

  test('the ECR copy is pulled by SageMaker itself: no VPC access mode, and the origin is recorded', () => {
    const metadata = planRegistration(config(), ctx, replicated).createPackage.CustomerMetadataProperties;
    expect(metadata['repository-access-mode']).toBeUndefined();
    expect(metadata['registry-kind']).toBe('ecr');
    expect(metadata['replicated-from']).toBe(`ghcr.io/acme/fraud-model@${DIGEST}`);
    expect(metadata.image).toBe(`${MIRROR}@${DIGEST}`);
  });

  test('an explicit skip-model-validation still wins over the registered image', () => {
    expect(planRegistration(config({ 'skip-model-validation': 'All' }), ctx, replicated).createPackage.SkipModelValidation).toBe('All');
  });

  test('the version is still keyed on the image as given, so a re-run that replicates again finds it', () => {
    const withCopy = planRegistration(config(), ctx, replicated);
    const unresolved = planRegistration(config(), ctx);
    expect(withCopy.imageAsGiven).toBe(PRIVATE);
    expect(withCopy.idempotencyKey).toBe(unresolved.idempotencyKey);
  });
});

describe('what else a version records', () => {
  test('a kms-key-id encrypts the version itself; without one there is no SecurityConfig', () => {
    const plain = config({ 'replicate-to-ecr': '' });
    expect(planRegistration(plain, ctx).createPackage).not.toHaveProperty('SecurityConfig');
    const withKey = { ...plain, deploy: { ...plain.deploy, kmsKeyId: 'alias/models' } } as RegisterConfig;
    expect(planRegistration(withKey, ctx).createPackage).toHaveProperty('SecurityConfig', { KmsKeyId: 'alias/models' });
  });

  test('the approval description names what is missing as unknown, never as an empty word', () => {
    const bare: RunContext = { ...ctx, actor: '', eventName: '', ref: '', sha: '', runUrl: '' };
    expect(approvalDescription('Approved', bare)).toBe('Approved by unknown on unknown event of unknown ref at unknown commit');
    expect(approvalDescription('Rejected', { ...ctx, ref: 'refs/heads/a\r\n\nb' })).toBe(`Rejected by octocat on push of refs/heads/a b at ${SHA.slice(0, 12)}: ${ctx.runUrl}`);
    expect(approvalDescription('PendingManualApproval', { ...ctx, prNumber: 7 })).toBe(
      `Set to pending by octocat on push of refs/heads/main at ${SHA.slice(0, 12)} (PR #7): ${ctx.runUrl}`
    );
  });

  test('a new group is tagged with the repository only when there is one', () => {
    const create = config({ 'replicate-to-ecr': '', 'create-group': 'true' });
    const tags = (c: RunContext) => planRegistration(create, c).createGroup?.Tags.map((t) => t.Key);
    expect(tags(ctx)).toContain('github-repository');
    expect(tags({ ...ctx, repository: '' })).not.toContain('github-repository');
  });

  test('an image pinned to exactly 255 characters stays pinned; one more keeps the tag instead', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const at = (length: number) => ref(`r.example.com/${'m'.repeat(length - 'r.example.com/'.length - 1 - digest.length)}:v1`);
    expect(containerImage(at(255), digest)).toHaveLength(255);
    expect(containerImage(at(255), digest)).toMatch(/@sha256:/);
    expect(containerImage(at(256), digest)).toMatch(/:v1$/);
  });
});
