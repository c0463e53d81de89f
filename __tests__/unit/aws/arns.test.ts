/**
 * ARN parsing decides which region the registry secret is read from, which group a version belongs to
 * (a version of another group with the same name is never adopted), and the version number users see.
 */
import { accountFromArn, groupArnFromVersionArn, groupNameFromArn, parseArn, regionFromArn, versionFromArn } from '../../../src/aws/arns.js';

const VERSION = 'arn:aws:sagemaker:eu-west-1:123456789012:model-package/fraud-model/12';
const GROUP = 'arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/fraud-model';
const SECRET = 'arn:aws-cn:secretsmanager:cn-north-1:210987654321:secret:registry/creds-AbCdEf';

describe('parseArn', () => {
  test('splits an ARN into partition, service, region, account and the whole resource (colons included)', () => {
    expect(parseArn(SECRET)).toEqual({
      partition: 'aws-cn',
      service: 'secretsmanager',
      region: 'cn-north-1',
      account: '210987654321',
      resource: 'secret:registry/creds-AbCdEf'
    });
  });

  test('global resources have an empty region and account', () => {
    expect(parseArn('arn:aws:s3:::bucket/key')).toEqual({ partition: 'aws', service: 's3', region: '', account: '', resource: 'bucket/key' });
  });

  test.each([
    ['a name', 'fraud-model'],
    ['text before the arn', `x${SECRET}`],
    ['a line break after it', `${SECRET}\n`],
    ['no partition', 'arn::secretsmanager:us-east-1:123456789012:secret:x'],
    ['no service', 'arn:aws::us-east-1:123456789012:secret:x'],
    ['no resource', 'arn:aws:secretsmanager:us-east-1:123456789012:'],
    ['too few parts', 'arn:aws:secretsmanager:us-east-1']
  ])('%s is not an ARN', (_what, text) => {
    expect(parseArn(text)).toBeUndefined();
  });
});

describe('region and account', () => {
  test('the secret is read in the region of its ARN', () => {
    expect(regionFromArn(SECRET)).toBe('cn-north-1');
    expect(accountFromArn(SECRET)).toBe('210987654321');
  });

  test('no region (a global ARN or not an ARN) leaves the default region in charge', () => {
    expect(regionFromArn('arn:aws:s3:::bucket')).toBeUndefined();
    expect(regionFromArn('registry/creds')).toBeUndefined();
    expect(accountFromArn('arn:aws:s3:::bucket')).toBeUndefined();
    expect(accountFromArn('x')).toBeUndefined();
  });
});

describe('versions and groups', () => {
  test('a version ARN names its group ARN, its group and its number', () => {
    expect(groupArnFromVersionArn(VERSION)).toBe(GROUP);
    expect(groupNameFromArn(VERSION)).toBe('fraud-model');
    expect(groupNameFromArn(GROUP)).toBe('fraud-model');
    expect(versionFromArn(VERSION)).toBe(12);
  });

  test('a version of a longer-named group never maps to a shorter group', () => {
    expect(groupArnFromVersionArn('arn:aws:sagemaker:eu-west-1:123456789012:model-package/fraud-model-v2/3')).not.toBe(GROUP);
  });

  test('anything else is left alone: no group, version 0', () => {
    expect(groupArnFromVersionArn(GROUP)).toBe(GROUP);
    expect(groupArnFromVersionArn(`${VERSION}x`)).toBe(`${VERSION}x`);
    expect(groupNameFromArn(SECRET)).toBeUndefined();
    expect(groupNameFromArn(`${GROUP}/extra/1`)).toBeUndefined();
    expect(versionFromArn(GROUP)).toBe(0);
    expect(versionFromArn(`${VERSION}/`)).toBe(0);
  });
});
