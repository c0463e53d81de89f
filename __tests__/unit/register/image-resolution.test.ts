import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import { DescribeImagesCommand, DescribeImageScanFindingsCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import type { CopyDestination, CopyOptions, CopyResult, CopySource } from '../../../src/oci/copy.js';
import type { RegistryRef, ResolvedImage, ResolveOptions } from '../../../src/oci/client.js';
import { rejection } from '../../helpers/errors.js';

const resolveDigest = jest.fn<(ref: RegistryRef, opts?: ResolveOptions) => Promise<ResolvedImage>>();
const copyImage = jest.fn<(source: CopySource, dest: CopyDestination, opts?: CopyOptions) => Promise<CopyResult>>();
jest.unstable_mockModule('../../../src/oci/client.js', () => ({ resolveDigest }));
jest.unstable_mockModule('../../../src/oci/copy.js', () => ({ copyImage }));

const { resolveImage } = await import('../../../src/register/image-resolution.js');
const { readRegisterConfig } = await import('../../../src/inputs/inputs.js');
const { ActionError } = await import('../../../src/errors.js');
const { CredentialsRequiredError } = await import('../../../src/oci/errors.js');

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PLATFORM_DIGEST = `sha256:${'cd'.repeat(32)}`;
const ECR_IMAGE = '123456789012.dkr.ecr.us-west-2.amazonaws.com/models/fraud:1.2.3';
const PRIVATE_IMAGE = 'registry.example.com/team/model:v1';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/creds-AbCdEf';
const MIRROR = '210987654321.dkr.ecr.eu-west-1.amazonaws.com/mirror/model';

const ecrMock = mockClient(ECRClient);
const secretsMock = mockClient(SecretsManagerClient);
let logs: { info: string[]; warning: string[] };
let masked: string[];
let ecrRegions: string[];
let secretsCalls: number;
let sleeps: number[];

function config(inputs: Record<string, string>) {
  const all: Record<string, string> = { 'model-package-group': 'fraud-model', ...inputs };
  return readRegisterConfig((n) => all[n] ?? '', {});
}

function deps() {
  return {
    ecr: async (region: string) => {
      ecrRegions.push(region);
      return new ECRClient({ region, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    },
    secrets: async () => {
      secretsCalls++;
      return new SecretsManagerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    },
    clock: {
      now: () => 0,
      sleep: async (ms: number) => void sleeps.push(ms)
    },
    log: { info: (m: string) => void logs.info.push(m), warning: (m: string) => void logs.warning.push(m) },
    setSecret: (v: string) => void masked.push(v)
  };
}

beforeEach(() => {
  ecrMock.reset();
  secretsMock.reset();
  resolveDigest.mockReset();
  copyImage.mockReset();
  logs = { info: [], warning: [] };
  masked = [];
  ecrRegions = [];
  secretsCalls = 0;
  sleeps = [];
});

describe('resolve-digest: off', () => {
  test('no registry or AWS call; the tag is registered', async () => {
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'resolve-digest': 'off', 'registry-secret-arn': SECRET_ARN }), deps())).resolves.toEqual({});
    expect(resolveDigest).not.toHaveBeenCalled();
    expect(ecrRegions).toEqual([]);
    expect(secretsCalls).toBe(0);
    expect(ecrMock.calls()).toHaveLength(0);
    expect(secretsMock.calls()).toHaveLength(0);
    expect(logs.info).toEqual(['resolve-digest is off: registering the tag without asking the registry.']);
  });

  test('an ECR image with a digest is recorded unverified', async () => {
    const image = `123456789012.dkr.ecr.us-west-2.amazonaws.com/models/fraud@${DIGEST}`;
    await expect(resolveImage(config({ image, 'resolve-digest': 'off' }), deps())).resolves.toEqual({});
    expect(ecrMock.calls()).toHaveLength(0);
    expect(ecrRegions).toEqual([]);
    expect(logs.info).toEqual([`resolve-digest is off: recording the digest ${DIGEST} as given, unverified.`]);
  });
});

describe('ECR images', () => {
  test('DescribeImages in the image Region, any status; returns the digest', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST, imageStatus: 'ACTIVE' }] });
    await expect(resolveImage(config({ image: ECR_IMAGE }), deps())).resolves.toEqual({ digest: DIGEST });
    expect(ecrRegions).toEqual(['us-west-2']);
    expect(ecrMock.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input)).toEqual([
      { registryId: '123456789012', repositoryName: 'models/fraud', imageIds: [{ imageTag: '1.2.3' }], filter: { imageStatus: 'ANY' } }
    ]);
    expect(resolveDigest).not.toHaveBeenCalled();
    expect(logs.info).toEqual([`Resolved ${ECR_IMAGE} to ${DIGEST} (ECR)`]);
    expect(ecrMock.commandCalls(DescribeImageScanFindingsCommand)).toHaveLength(0);
  });

  test('an archived image fails clearly', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST, imageStatus: 'ARCHIVED' }] });
    const err = await rejection(resolveImage(config({ image: ECR_IMAGE }), deps()));
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe('ECR image models/fraud:1.2.3 in registry 123456789012 is archived: SageMaker cannot pull it. Restore it (ecr:UpdateImageStorageClass) and re-run.');
  });

  test('resolve-digest auto does not turn an ECR error into a warning', async () => {
    ecrMock.on(DescribeImagesCommand).rejects(Object.assign(new Error('gone'), { name: 'ImageNotFoundException', $metadata: { httpStatusCode: 400 } }));
    await expect(resolveImage(config({ image: ECR_IMAGE }), deps())).rejects.toThrow(
      'ECR image models/fraud:1.2.3 in registry 123456789012 was not found: push it first or check the tag.'
    );
    expect(logs.warning).toEqual([]);
  });

  test('scan gate: refuses findings at or above the gate, with the counts', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST }] });
    ecrMock
      .on(DescribeImageScanFindingsCommand)
      .resolvesOnce({ imageScanStatus: { status: 'IN_PROGRESS' } })
      .resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: { findingSeverityCounts: { CRITICAL: 2, HIGH: 4, LOW: 9 } } });
    const err = await rejection(resolveImage(config({ image: ECR_IMAGE, 'scan-gate': 'HIGH' }), deps()));
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(`scan-gate HIGH: models/fraud@${DIGEST} has findings at or above HIGH (CRITICAL: 2, HIGH: 4); not registering it.`);
    expect(ecrMock.commandCalls(DescribeImageScanFindingsCommand).map((c) => c.args[0].input)).toEqual([
      { registryId: '123456789012', repositoryName: 'models/fraud', imageId: { imageDigest: DIGEST } },
      { registryId: '123456789012', repositoryName: 'models/fraud', imageId: { imageDigest: DIGEST } }
    ]);
    expect(sleeps).toEqual([1000]);
    expect(logs.info).toContain('Waiting for the image scan: IN_PROGRESS');
  });

  test('scan gate: passes below the gate', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST }] });
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: { findingSeverityCounts: { MEDIUM: 3 } } });
    await expect(resolveImage(config({ image: ECR_IMAGE, 'scan-gate': 'HIGH' }), deps())).resolves.toEqual({ digest: DIGEST });
    expect(logs.info).toEqual([`Resolved ${ECR_IMAGE} to ${DIGEST} (ECR)`, 'Image scan passed the HIGH gate.']);
  });
});

describe('private registries', () => {
  test('resolves with the platform and records the platform digest', async () => {
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.index.v1+json', platformDigest: PLATFORM_DIGEST });
    await expect(resolveImage(config({ image: PRIVATE_IMAGE }), deps())).resolves.toEqual({ digest: DIGEST, platform: 'linux/amd64', platformDigest: PLATFORM_DIGEST });
    expect(resolveDigest).toHaveBeenCalledTimes(1);
    const [ref, opts] = resolveDigest.mock.calls[0]!;
    expect(ref).toEqual({ registry: 'registry.example.com', repository: 'team/model', tag: 'v1', kind: 'private' });
    expect(Object.keys(opts ?? {}).sort()).toEqual(['log', 'platform', 'setSecret', 'sleep']);
    expect(opts?.platform).toBe('linux/amd64');
    expect(logs.info).toEqual([`Resolved registry.example.com/team/model:v1 to ${DIGEST} (linux/amd64: ${PLATFORM_DIGEST})`]);
    expect(secretsCalls).toBe(0);
  });

  test('insecure-registry and the run deadline reach the registry client', async () => {
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    const d = deps();
    await resolveImage(config({ image: PRIVATE_IMAGE, 'insecure-registry': 'registry.example.com' }), { ...d, deadline: d.clock.now() + 60_000 });
    const opts = resolveDigest.mock.calls[0]![1]!;
    expect(opts.insecure).toBe(true);
    expect(opts.deadline! - Date.now()).toBeGreaterThan(50_000);
    expect(opts.deadline! - Date.now()).toBeLessThanOrEqual(60_000);
  });

  test("platform 'any' asks for no platform", async () => {
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, platform: 'any' }), deps())).resolves.toEqual({ digest: DIGEST });
    expect(resolveDigest.mock.calls[0]?.[1]).not.toHaveProperty('platform');
    expect(logs.info).toEqual([`Resolved registry.example.com/team/model:v1 to ${DIGEST}`]);
  });

  test('credentials from Secrets Manager are masked and passed on', async () => {
    const secret = '{"username":"robot$ci","password":"s3cr3t-pass"}';
    secretsMock.on(GetSecretValueCommand).resolves({ SecretString: secret });
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'registry-secret-arn': SECRET_ARN }), deps())).resolves.toEqual({ digest: DIGEST });
    expect(secretsMock.commandCalls(GetSecretValueCommand).map((c) => c.args[0].input)).toEqual([{ SecretId: SECRET_ARN }]);
    expect(resolveDigest.mock.calls[0]?.[1]?.credentials).toEqual({ username: 'robot$ci', password: 's3cr3t-pass' });
    expect([...new Set(masked)]).toEqual([secret, 'robot$ci', 's3cr3t-pass', Buffer.from('robot$ci:s3cr3t-pass').toString('base64')]);
  });

  test('every value of a Docker config.json secret is masked: other registries, identity tokens, trimmed passwords', async () => {
    const other = Buffer.from('eve:other-Registry-Pass').toString('base64');
    const secret = JSON.stringify({
      auths: {
        'registry.example.com': { username: 'robot', password: ' padded-Pass-9 ' },
        'ghcr.io': { auth: other },
        'quay.io': { identitytoken: 'id-Token-Value-42' }
      }
    }) + '\n';
    secretsMock.on(GetSecretValueCommand).resolves({ SecretString: secret });
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    await resolveImage(config({ image: PRIVATE_IMAGE, 'registry-secret-arn': SECRET_ARN }), deps());
    for (const value of [secret.trim(), other, 'eve:other-Registry-Pass', 'other-Registry-Pass', 'id-Token-Value-42', ' padded-Pass-9 ', 'padded-Pass-9']) {
      expect(masked).toContain(value);
    }
  });

  test('auto without credentials: a registry that wants them gives a warning and the tag', async () => {
    resolveDigest.mockRejectedValue(new CredentialsRequiredError('registry.example.com asked for credentials, but none were given (HTTP 401).'));
    await expect(resolveImage(config({ image: PRIVATE_IMAGE }), deps())).resolves.toEqual({});
    expect(logs.warning).toEqual([
      'Could not resolve the digest (registry.example.com asked for credentials, but none were given (HTTP 401).); registering the tag. Set registry-secret-arn to pin it, or resolve-digest: required to fail instead.'
    ]);
  });

  test('auto without credentials: Docker Hub refusing anonymous pulls is also a warning', async () => {
    resolveDigest.mockRejectedValue(new CredentialsRequiredError('Docker Hub: anonymous pulls are not allowed for this repository'));
    await expect(resolveImage(config({ image: 'docker.io/acme/private-model:v1' }), deps())).resolves.toEqual({});
    expect(logs.warning).toHaveLength(1);
  });

  test('auto: the decision is the error type, not its wording (a message that merely quotes "none were given" fails the step)', async () => {
    const err = new ActionError('registry.example.com answered HTTP 500 (none were given)');
    resolveDigest.mockRejectedValue(err);
    await expect(resolveImage(config({ image: PRIVATE_IMAGE }), deps())).rejects.toBe(err);
    expect(logs.warning).toEqual([]);
  });

  test('required: the same failure fails the step', async () => {
    const err = new CredentialsRequiredError('registry.example.com asked for credentials, but none were given (HTTP 401).');
    resolveDigest.mockRejectedValue(err);
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'resolve-digest': 'required' }), deps())).rejects.toBe(err);
    expect(logs.warning).toEqual([]);
  });

  test('a digest in the image: the failure is not hidden', async () => {
    const err = new CredentialsRequiredError('none were given');
    resolveDigest.mockRejectedValue(err);
    await expect(resolveImage(config({ image: `registry.example.com/team/model@${DIGEST}` }), deps())).rejects.toBe(err);
  });

  test('wrong credentials fail the step even in auto', async () => {
    secretsMock.on(GetSecretValueCommand).resolves({ SecretString: 'robot:wrong' });
    const err = new ActionError('registry.example.com rejected the credentials (HTTP 401); none were given access.');
    resolveDigest.mockRejectedValue(err);
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'registry-secret-arn': SECRET_ARN }), deps())).rejects.toBe(err);
    expect(logs.warning).toEqual([]);
  });

  test('other failures (missing tag, unreachable) fail the step in auto', async () => {
    const err = new ActionError('registry.example.com has no tag v1 in team/model (MANIFEST_UNKNOWN).');
    resolveDigest.mockRejectedValue(err);
    await expect(resolveImage(config({ image: PRIVATE_IMAGE }), deps())).rejects.toBe(err);
    expect(logs.warning).toEqual([]);
  });
});

describe('replication into ECR', () => {
  const target = {
    registry: '210987654321.dkr.ecr.eu-west-1.amazonaws.com',
    repository: 'mirror/model',
    tag: 'v1',
    kind: 'ecr',
    ecr: { accountId: '210987654321', region: 'eu-west-1', partition: 'aws' }
  };

  function withLogin() {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ authorizationToken: Buffer.from('AWS:ecr-password').toString('base64'), proxyEndpoint: 'https://210987654321.dkr.ecr.eu-west-1.amazonaws.com' }]
    });
  }

  test('copies by digest into the target repository and registers the copy', async () => {
    withLogin();
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    copyImage.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json', copiedBlobs: 3, skippedBlobs: 1, copiedBytes: 100, manifests: 1 });
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'replicate-to-ecr': MIRROR }), deps())).resolves.toEqual({
      digest: DIGEST,
      image: target,
      replicatedFrom: `registry.example.com/team/model@${DIGEST}`
    });
    expect(ecrRegions).toEqual(['eu-west-1']);
    const [source, dest, opts] = copyImage.mock.calls[0]!;
    expect(source).toEqual({ registry: 'registry.example.com', repository: 'team/model', reference: DIGEST });
    expect(dest).toEqual({ registry: '210987654321.dkr.ecr.eu-west-1.amazonaws.com', repository: 'mirror/model', tag: 'v1' });
    expect(opts?.destCredentials).toEqual({ username: 'AWS', password: 'ecr-password' });
    expect(opts).not.toHaveProperty('sourceCredentials');
    expect(masked).toContain('ecr-password');
    expect(logs.info).toContain('Replicated to ECR: 3 blobs copied, 1 already present.');
  });

  test('a copy with another digest is refused', async () => {
    withLogin();
    resolveDigest.mockResolvedValue({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
    copyImage.mockResolvedValue({ digest: PLATFORM_DIGEST, mediaType: 'x', copiedBlobs: 0, skippedBlobs: 0, copiedBytes: 0, manifests: 1 });
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'replicate-to-ecr': MIRROR }), deps())).rejects.toThrow(
      `Replication changed the digest (${DIGEST} → ${PLATFORM_DIGEST}); not registering the copy.`
    );
  });

  test('replication never falls back to the tag', async () => {
    const err = new ActionError('registry.example.com asked for credentials, but none were given (HTTP 401).');
    resolveDigest.mockRejectedValue(err);
    await expect(resolveImage(config({ image: PRIVATE_IMAGE, 'replicate-to-ecr': MIRROR }), deps())).rejects.toBe(err);
    expect(copyImage).not.toHaveBeenCalled();
  });
});
