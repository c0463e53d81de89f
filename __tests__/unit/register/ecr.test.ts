import { beforeEach, describe, expect, test } from '@jest/globals';
import { DescribeImagesCommand, DescribeImageScanFindingsCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { describeEcrImage, ecrLogin, ecrPushHost, findingsAtOrAbove, scanGate } from '../../../src/register/ecr.js';
import { ActionError } from '../../../src/errors.js';
import { parseImageRef, type ImageRef } from '../../../src/inputs/image-ref.js';
import { WaitTimeout } from '../../../src/aws/poll.js';
import { fakeClock, type FakeClock } from '../../helpers/clock.js';
import { awsError, rejection } from '../../helpers/errors.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

function ref(text: string): ImageRef {
  const r = parseImageRef(text);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

const TAGGED = ref('123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud:1.2.3');
const PINNED = ref(`123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@${DIGEST}`);
const UNTAGGED = ref('123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud');

const ecrMock = mockClient(ECRClient);
let ecr: ECRClient;
let clock: FakeClock;
let logs: string[];
const log = { info: (m: string) => void logs.push(m) };

beforeEach(() => {
  ecrMock.reset();
  ecr = new ECRClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
  clock = fakeClock(1_700_000_000_000);
  logs = [];
});

describe('findingsAtOrAbove', () => {
  const counts = { CRITICAL: 2, HIGH: 5, MEDIUM: 0, LOW: 3, INFORMATIONAL: 7, UNDEFINED: 4 };

  test('lists the severities at or above the gate, most severe first', () => {
    expect(findingsAtOrAbove(counts, 'CRITICAL')).toBe('CRITICAL: 2');
    expect(findingsAtOrAbove(counts, 'HIGH')).toBe('CRITICAL: 2, HIGH: 5');
    expect(findingsAtOrAbove(counts, 'MEDIUM')).toBe('CRITICAL: 2, HIGH: 5');
    expect(findingsAtOrAbove(counts, 'LOW')).toBe('CRITICAL: 2, HIGH: 5, LOW: 3');
    expect(findingsAtOrAbove(counts, 'INFORMATIONAL')).toBe('CRITICAL: 2, HIGH: 5, LOW: 3, INFORMATIONAL: 7');
  });

  test('UNDEFINED findings are never counted', () => {
    expect(findingsAtOrAbove(counts, 'UNDEFINED')).toBe('CRITICAL: 2, HIGH: 5, LOW: 3, INFORMATIONAL: 7');
    expect(findingsAtOrAbove({ UNDEFINED: 9 }, 'UNDEFINED')).toBe('');
  });

  test('none: an empty string', () => {
    expect(findingsAtOrAbove({}, 'INFORMATIONAL')).toBe('');
    expect(findingsAtOrAbove({ LOW: 4, MEDIUM: 1 }, 'HIGH')).toBe('');
    expect(findingsAtOrAbove({ HIGH: 0 }, 'HIGH')).toBe('');
  });
});

describe('describeEcrImage', () => {
  test('a tag: one DescribeImages call with any image status', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST, imageStatus: 'ACTIVE' }] });
    await expect(describeEcrImage(ecr, TAGGED)).resolves.toEqual({ imageDigest: DIGEST, imageStatus: 'ACTIVE' });
    expect(ecrMock.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input)).toEqual([
      { registryId: '123456789012', repositoryName: 'models/fraud', imageIds: [{ imageTag: '1.2.3' }], filter: { imageStatus: 'ANY' } }
    ]);
  });

  test('a digest is looked up by digest; no tag means latest', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: DIGEST }] });
    await describeEcrImage(ecr, PINNED);
    await describeEcrImage(ecr, UNTAGGED);
    expect(ecrMock.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input.imageIds)).toEqual([[{ imageDigest: DIGEST }], [{ imageTag: 'latest' }]]);
  });

  test('archived and restoring images get a clear error', async () => {
    ecrMock.on(DescribeImagesCommand).resolvesOnce({ imageDetails: [{ imageDigest: DIGEST, imageStatus: 'ARCHIVED' }] }).resolves({ imageDetails: [{ imageDigest: DIGEST, imageStatus: 'ACTIVATING' }] });
    const archived = await rejection(describeEcrImage(ecr, TAGGED));
    expect(archived).toBeInstanceOf(ActionError);
    expect(archived.message).toBe(
      'ECR image models/fraud:1.2.3 in registry 123456789012 is archived: SageMaker cannot pull it. Restore it (ecr:UpdateImageStorageClass) and re-run.'
    );
    await expect(describeEcrImage(ecr, TAGGED)).rejects.toThrow(
      'ECR image models/fraud:1.2.3 in registry 123456789012 is still being restored from the archive: SageMaker cannot pull it. Restore it (ecr:UpdateImageStorageClass) and re-run.'
    );
  });

  test('missing images and repositories', async () => {
    ecrMock.on(DescribeImagesCommand).rejectsOnce(awsError('ImageNotFoundException', 'not found')).rejectsOnce(awsError('RepositoryNotFoundException', 'no repo')).resolves({ imageDetails: [] });
    await expect(describeEcrImage(ecr, TAGGED)).rejects.toThrow('ECR image models/fraud:1.2.3 in registry 123456789012 was not found: push it first or check the tag.');
    await expect(describeEcrImage(ecr, TAGGED)).rejects.toThrow('ECR repository models/fraud does not exist in registry 123456789012 (us-east-1).');
    await expect(describeEcrImage(ecr, PINNED)).rejects.toThrow(`ECR image models/fraud:${DIGEST} in registry 123456789012 was not found.`);
  });

  test('other errors are explained', async () => {
    ecrMock.on(DescribeImagesCommand).rejects(awsError('AccessDeniedException', 'no access'));
    const err = await rejection(describeEcrImage(ecr, TAGGED));
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe('ecr:DescribeImages was denied: the role this workflow assumed needs ecr:DescribeImages (see the IAM section of the README). AWS said: no access');
  });
});

describe('scanGate', () => {
  const input = { registryId: '123456789012', repositoryName: 'models/fraud', imageId: { imageDigest: DIGEST } };

  test('waits while the scan is IN_PROGRESS, then refuses findings at or above the gate', async () => {
    ecrMock
      .on(DescribeImageScanFindingsCommand)
      .resolvesOnce({ imageScanStatus: { status: 'IN_PROGRESS' } })
      .resolvesOnce({ imageScanStatus: { status: 'PENDING' } })
      .resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: { findingSeverityCounts: { CRITICAL: 1, HIGH: 3, MEDIUM: 12 } } });
    const err = await rejection(scanGate(ecr, TAGGED, DIGEST, { gate: 'HIGH', clock, timeoutMs: 60_000, log }));
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(`scan-gate HIGH: models/fraud@${DIGEST} has findings at or above HIGH (CRITICAL: 1, HIGH: 3); not registering it.`);
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(logs).toEqual(['Waiting for the image scan: IN_PROGRESS', 'Waiting for the image scan: PENDING']);
    expect(ecrMock.commandCalls(DescribeImageScanFindingsCommand).map((c) => c.args[0].input)).toEqual([input, input, input]);
  });

  test('passes when nothing reaches the gate', async () => {
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: { findingSeverityCounts: { MEDIUM: 12, LOW: 1 } } });
    await expect(scanGate(ecr, TAGGED, DIGEST, { gate: 'HIGH', clock, timeoutMs: 60_000, log })).resolves.toBeUndefined();
    expect(logs).toEqual(['Image scan passed the HIGH gate.']);
    expect(clock.sleeps).toEqual([]);
  });

  test('enhanced scanning reports ACTIVE; no findings at all passes', async () => {
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'ACTIVE' } });
    await expect(scanGate(ecr, TAGGED, DIGEST, { gate: 'LOW', clock, timeoutMs: 60_000, log })).resolves.toBeUndefined();
    expect(logs).toEqual(['Image scan passed the LOW gate.']);
  });

  test('a failed scan cannot be checked', async () => {
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'FAILED', description: 'UnsupportedImageError: unsupported OS' } });
    await expect(scanGate(ecr, TAGGED, DIGEST, { gate: 'CRITICAL', clock, timeoutMs: 60_000, log })).rejects.toThrow(
      `scan-gate: the ECR scan of models/fraud@${DIGEST} is FAILED (UnsupportedImageError: unsupported OS); cannot check findings.`
    );
  });

  test('a scan that never finishes times out within the budget', async () => {
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'IN_PROGRESS' } });
    const err = await rejection(scanGate(ecr, TAGGED, DIGEST, { gate: 'HIGH', clock, timeoutMs: 5000, log }));
    expect(err).toBeInstanceOf(WaitTimeout);
    expect(err.message).toBe(`Timed out after 5 s waiting for the ECR scan of models/fraud@${DIGEST}`);
    expect(clock.sleeps).toEqual([1000, 1000, 2000, 1000]);
  });

  test('a DescribeImageScanFindings error is explained', async () => {
    ecrMock.on(DescribeImageScanFindingsCommand).rejects(awsError('ScanNotFoundException', 'no scan'));
    await expect(scanGate(ecr, TAGGED, DIGEST, { gate: 'HIGH', clock, timeoutMs: 5000, log })).rejects.toThrow('ecr:DescribeImageScanFindings failed: not found. no scan');
  });
});

describe('ecrLogin', () => {
  test('decodes user:password, masks the token and the password, returns the endpoint', async () => {
    const token = Buffer.from('AWS:eyJwYXNzd29yZCI6Ik9uZTp0d28ifQ==:more').toString('base64');
    ecrMock.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [{ authorizationToken: token, proxyEndpoint: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com' }] });
    const masked: string[] = [];
    await expect(ecrLogin(ecr, (v) => void masked.push(v))).resolves.toEqual({
      username: 'AWS',
      password: 'eyJwYXNzd29yZCI6Ik9uZTp0d28ifQ==:more',
      endpoint: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com'
    });
    expect(masked).toEqual([token, 'eyJwYXNzd29yZCI6Ik9uZTp0d28ifQ==:more']);
    expect(ecrMock.commandCalls(GetAuthorizationTokenCommand)[0]?.args[0].input).toEqual({});
  });

  test('no proxy endpoint: empty', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [{ authorizationToken: Buffer.from('AWS:pw').toString('base64') }] });
    await expect(ecrLogin(ecr, () => undefined)).resolves.toEqual({ username: 'AWS', password: 'pw', endpoint: '' });
  });

  test('no token: an error, nothing masked', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [] });
    const masked: string[] = [];
    await expect(ecrLogin(ecr, (v) => void masked.push(v))).rejects.toThrow('ecr:GetAuthorizationToken returned no token.');
    expect(masked).toEqual([]);
  });

  test('a denied call is explained', async () => {
    ecrMock.on(GetAuthorizationTokenCommand).rejects(awsError('AccessDeniedException', 'denied'));
    await expect(ecrLogin(ecr, () => undefined)).rejects.toThrow(
      'ecr:GetAuthorizationToken was denied: the role this workflow assumed needs ecr:GetAuthorizationToken (see the IAM section of the README). AWS said: denied'
    );
  });
});

describe('ecrPushHost: the copy goes only to the validated replicate-to-ecr host', () => {
  const target = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
  const warnings: string[] = [];
  const log = { warning: (m: string) => void warnings.push(m) };
  beforeEach(() => void warnings.splice(0));

  test('the ECR endpoint of the target over https is used, with no warning', () => {
    expect(ecrPushHost(`https://${target}`, target, {}, log)).toBe(target);
    expect(warnings).toEqual([]);
  });

  test('another host, or plain http, is refused without an endpoint override', () => {
    expect(() => ecrPushHost('https://evil.example', target, {}, log)).toThrow(
      `ecr:GetAuthorizationToken named https://evil.example as the registry endpoint, not https://${target} (replicate-to-ecr); not sending the copy or the ECR credentials there.`
    );
    expect(() => ecrPushHost(`http://${target}`, target, {}, log)).toThrow(ActionError);
    expect(() => ecrPushHost('http://127.0.0.1:5000', target, {}, log)).toThrow(ActionError);
  });

  test('with AWS_ENDPOINT_URL_ECR set (a simulator), its loopback endpoint is used with a warning', () => {
    expect(ecrPushHost('http://127.0.0.1:5000', target, { AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566' }, log)).toBe('127.0.0.1:5000');
    expect(warnings).toEqual([
      `AWS endpoint override set (AWS_ENDPOINT_URL_ECR): pushing the copy to http://127.0.0.1:5000, the proxyEndpoint of ecr:GetAuthorizationToken, not ${target}.`
    ]);
  });

  test('an override does not allow plain http to a host that is not loopback', () => {
    expect(() => ecrPushHost('http://evil.example', target, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' }, log)).toThrow(ActionError);
  });
});
