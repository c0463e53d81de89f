import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import { readConfig } from '../../../src/inputs/inputs.js';
import { bucketProblem, httpsUrlProblem, keyProblem, s3UriProblem } from '../../../src/inputs/s3-uri.js';

describe('S3 bucket names', () => {
  test.each(['abc', 'my-bucket', 'my.bucket.example', '123', 'a'.repeat(63), 'my-ap-abcdef0123456789-s3alias'])('%s is accepted', (bucket) => {
    expect(bucketProblem(bucket)).toBeUndefined();
  });

  test.each([
    ['my bucket', 'breaks'],
    [' mybucket', 'breaks'],
    ['mybucket ', 'breaks'],
    ['ab', 'breaks'],
    ['a'.repeat(64), 'breaks'],
    ['My-Bucket', 'breaks'],
    ['my_bucket', 'breaks'],
    ['-bucket', 'breaks'],
    ['bucket-', 'breaks'],
    ['.bucket', 'breaks'],
    ['bucket.', 'breaks'],
    ['bücket', 'breaks'],
    ['my..bucket', 'two adjacent dots'],
    ['192.168.5.4', 'IP address']
  ])('%j is refused (%s)', (bucket, rule) => {
    expect(bucketProblem(bucket)).toContain(rule);
    expect(bucketProblem(bucket)).toContain(JSON.stringify(bucket));
  });
});

describe('S3 URIs and keys', () => {
  test.each(['s3://bucket', 's3://bucket/', 's3://bucket/models/model.tar.gz', 's3://bucket/a key with spaces/ünïcode.tar.gz'])('%s is accepted', (uri) => {
    expect(s3UriProblem(uri)).toBeUndefined();
  });

  test.each([
    ['s3://my bucket/model.tar.gz', 'bucket name "my bucket"'],
    ['s3:///model.tar.gz', 'bucket name ""'],
    ['s3://Bucket/model.tar.gz', 'bucket name "Bucket"'],
    ['s3://bucket/model\n.tar.gz', 'control character'],
    ['s3://bucket/model\t.tar.gz', 'control character'],
    [`s3://bucket/${'é'.repeat(513)}`, 'over 1024 bytes'],
    ['https://bucket/key', 'must be an S3 URI']
  ])('%j is refused (%s)', (uri, rule) => {
    expect(s3UriProblem(uri)).toContain(rule);
  });

  test('a key of exactly 1024 bytes is accepted', () => {
    expect(keyProblem('k'.repeat(1024))).toBeUndefined();
    expect(keyProblem('k'.repeat(1025))).toContain('over 1024 bytes');
  });

  test('https URLs: a DNS host and no blanks', () => {
    expect(httpsUrlProblem('https://bucket.s3.us-east-1.amazonaws.com/models/model.tar.gz')).toBeUndefined();
    expect(httpsUrlProblem('https://my bucket.s3.amazonaws.com/m.tar.gz')).toContain('not a DNS name');
    expect(httpsUrlProblem('https://bucket.s3.amazonaws.com/my model.tar.gz')).toContain('blank or control character');
    expect(httpsUrlProblem('https://-bad.example.com/m')).toContain('not a DNS name');
    expect(httpsUrlProblem('s3://bucket/m')).toBe('must be an https:// URL');
  });
});

describe('the inputs that take S3 locations', () => {
  const base = { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud:v1', 'model-package-group': 'fraud' };
  const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  const refusal = (values: Record<string, string>): InputError => {
    try {
      readConfig(read({ ...base, ...values }), {});
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return err as InputError;
    }
    throw new Error('expected an InputError');
  };

  test('model-data-url with a space in the bucket is refused while the inputs are read', () => {
    const err = refusal({ 'model-data-url': 's3://my bucket/model.tar.gz' });
    expect(err.message).toBe(`Input 'model-data-url': "s3://my bucket/model.tar.gz" has the bucket name "my bucket", which breaks S3's naming rules: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit`);
  });

  test('model-data-url: a valid S3 URI or https URL is kept', () => {
    expect(readConfig(read({ ...base, 'model-data-url': 's3://bucket/m/model.tar.gz' }), {}).modelDataUrl).toBe('s3://bucket/m/model.tar.gz');
    const https = 'https://bucket.s3.us-east-1.amazonaws.com/model.tar.gz';
    expect(readConfig(read({ ...base, 'model-data-url': https }), {}).modelDataUrl).toBe(https);
    expect(refusal({ 'model-data-url': 'https://bucket.s3.amazonaws.com/my model.tar.gz' }).input).toBe('model-data-url');
  });

  test('data-capture with a bad bucket is refused', () => {
    const deploy = { 'endpoint-name': 'fraud-prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/sm' };
    const err = refusal({ ...deploy, 'data-capture': 's3://Captures_Bucket/fraud 20' });
    expect(err.input).toBe('data-capture');
    expect(err.rule).toContain('"Captures_Bucket"');
    expect(readConfig(read({ ...base, ...deploy, 'data-capture': 's3://captures/fraud 20' }), {}).deploy?.dataCapture).toEqual({ destination: 's3://captures/fraud', samplingPercent: 20 });
  });
});
