import { describe, expect, test } from '@jest/globals';
import { readCommit, readCommon, readGroupInput, readVersionArn, readVersionNumber, versionRef } from '../../../src/commands/inputs.js';

const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const noSecret = () => undefined;
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/g/3';

describe('readCommon', () => {
  test('defaults: no Region, 8 attempts, no dry run, 30 minutes, 15 s polls, comments on, no comment id or token', () => {
    expect(readCommon(read({}), {}, noSecret)).toEqual({
      maxAttempts: 8,
      dryRun: false,
      waitTimeoutSeconds: 1800,
      pollSeconds: 15,
      comment: 'true',
      commentId: '',
      githubToken: ''
    });
  });

  test('the github-token is registered as a secret before anything else is checked; an empty token is not', () => {
    const secrets: string[] = [];
    expect(() => readCommon(read({ 'github-token': 'ghs_abc', 'aws-region': 'not a region' }), {}, (s) => void secrets.push(s))).toThrow("Input 'aws-region'");
    expect(secrets).toEqual(['ghs_abc']);
    readCommon(read({}), {}, (s) => void secrets.push(s));
    expect(secrets).toEqual(['ghs_abc']);
  });

  test('the Region: the input, else AWS_REGION, else AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'ap-south-1' };
    expect(readCommon(read({ 'aws-region': 'us-east-2' }), env, noSecret).region).toBe('us-east-2');
    expect(readCommon(read({}), env, noSecret).region).toBe('eu-west-1');
    expect(readCommon(read({}), { AWS_DEFAULT_REGION: 'ap-south-1' }, noSecret).region).toBe('ap-south-1');
    expect(readCommon(read({}), { AWS_REGION: '', AWS_DEFAULT_REGION: '' }, noSecret)).not.toHaveProperty('region');
  });

  test('a Region that is not a Region code is refused, from the input or the environment', () => {
    expect(() => readCommon(read({ 'aws-region': 'US-EAST-1' }), {}, noSecret)).toThrow(`Input 'aws-region': "US-EAST-1" is not an AWS Region code such as us-east-1`);
    expect(() => readCommon(read({}), { AWS_REGION: 'us-east-1; rm -rf' }, noSecret)).toThrow(`Input 'aws-region': "us-east-1; rm -rf" is not an AWS Region code`);
  });

  test('max-attempts 1..20 and poll-interval 1..300', () => {
    expect(readCommon(read({ 'max-attempts': '1', 'poll-interval': '1' }), {}, noSecret)).toMatchObject({ maxAttempts: 1, pollSeconds: 1 });
    expect(readCommon(read({ 'max-attempts': '20', 'poll-interval': '300' }), {}, noSecret)).toMatchObject({ maxAttempts: 20, pollSeconds: 300 });
    expect(() => readCommon(read({ 'max-attempts': '0' }), {}, noSecret)).toThrow(`Input 'max-attempts': "0" must be between 1 and 20`);
    expect(() => readCommon(read({ 'max-attempts': '21' }), {}, noSecret)).toThrow(`Input 'max-attempts': "21" must be between 1 and 20`);
    expect(() => readCommon(read({ 'poll-interval': '0' }), {}, noSecret)).toThrow(`Input 'poll-interval': "0" must be between 1 and 300`);
    expect(() => readCommon(read({ 'poll-interval': '301' }), {}, noSecret)).toThrow(`Input 'poll-interval': "301" must be between 1 and 300`);
  });

  test('dry-run, wait-timeout and comment are read', () => {
    const c = readCommon(read({ 'dry-run': 'true', 'wait-timeout': '90s', comment: 'On-Failure' }), {}, noSecret);
    expect(c).toMatchObject({ dryRun: true, waitTimeoutSeconds: 90, comment: 'on-failure' });
    expect(readCommon(read({ comment: 'false' }), {}, noSecret).comment).toBe('false');
    expect(() => readCommon(read({ comment: 'always' }), {}, noSecret)).toThrow(`Input 'comment': "always" must be one of: true, false, on-failure`);
    expect(() => readCommon(read({ 'dry-run': 'yes' }), {}, noSecret)).toThrow(`Input 'dry-run'`);
  });

  test('comment-id: letters, digits, . _ - and at most 64 of them', () => {
    expect(readCommon(read({ 'comment-id': 'a.B_9-z' }), {}, noSecret).commentId).toBe('a.B_9-z');
    expect(readCommon(read({ 'comment-id': 'x'.repeat(64) }), {}, noSecret).commentId).toBe('x'.repeat(64));
    const rule = 'may contain only letters, digits, . _ - (at most 64)';
    for (const bad of ['x'.repeat(65), 'a b', 'a/b', '<!-- x -->', 'ok\nbad', 'bad\nok']) {
      expect(() => readCommon(read({ 'comment-id': bad }), {}, noSecret)).toThrow(`Input 'comment-id': ${JSON.stringify(bad)} ${rule}`);
    }
  });

  test('the token is kept for the GitHub calls', () => {
    expect(readCommon(read({ 'github-token': 'ghs_abc' }), {}, noSecret).githubToken).toBe('ghs_abc');
  });
});

describe('readGroupInput', () => {
  test('empty: required is an input error, optional is undefined', () => {
    expect(() => readGroupInput(read({}), undefined, true)).toThrow(`Input 'model-package-group': "" is required`);
    expect(readGroupInput(read({}), undefined, false)).toBeUndefined();
  });

  test('a name or a group ARN of the action Region', () => {
    expect(readGroupInput(read({ 'model-package-group': 'fraud' }), 'us-east-1', false)).toEqual({ name: 'fraud' });
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud';
    expect(readGroupInput(read({ 'model-package-group': arn }), 'us-east-1', true)).toEqual({ name: 'fraud', arn, region: 'us-east-1', accountId: '123456789012' });
    expect(() => readGroupInput(read({ 'model-package-group': arn }), 'eu-west-1', true)).toThrow('is in Region us-east-1, but the action runs in eu-west-1');
  });
});

describe('readVersionArn', () => {
  test('empty: undefined; a version ARN of the Region (or any Region when none is known)', () => {
    expect(readVersionArn(read({}), 'to', 'us-east-1')).toBeUndefined();
    expect(readVersionArn(read({ to: ARN }), 'to', 'us-east-1')).toBe(ARN);
    expect(readVersionArn(read({ to: ARN }), 'to', undefined)).toBe(ARN);
  });

  test('anything else names the input and the rule', () => {
    expect(() => readVersionArn(read({ to: 'g/3' }), 'to', undefined)).toThrow(
      `Input 'to': "g/3" must be a model package version ARN: arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>`
    );
    expect(() => readVersionArn(read({ to: ARN }), 'to', 'eu-west-1')).toThrow(`Input 'to': "${ARN}" is in Region us-east-1, but the action runs in eu-west-1`);
  });
});

describe('readVersionNumber', () => {
  test('1 to 999999999, no sign, no leading zero', () => {
    expect(readVersionNumber(read({}), 'version')).toBeUndefined();
    expect(readVersionNumber(read({ version: '1' }), 'version')).toBe(1);
    expect(readVersionNumber(read({ version: '999999999' }), 'version')).toBe(999999999);
    for (const bad of ['0', '07', '1000000000', '-1', '+2', '1.0', 'x2', '2x', ' 2']) {
      expect(() => readVersionNumber(read({ version: bad }), 'version')).toThrow(`Input 'version': ${JSON.stringify(bad)} must be a version number (1, 2, …)`);
    }
  });
});

describe('readCommit', () => {
  test('7 to 64 hex digits, returned in lower case; the input name defaults to commit', () => {
    expect(readCommit(read({}))).toBeUndefined();
    expect(readCommit(read({ commit: 'ABCDEF1' }))).toBe('abcdef1');
    expect(readCommit(read({ commit: 'a'.repeat(64) }))).toBe('a'.repeat(64));
    expect(readCommit(read({ sha: 'abcdef1' }), 'sha')).toBe('abcdef1');
    for (const bad of ['abcdef', 'a'.repeat(65), 'main', 'g123456', 'abcdef1\n', ' abcdef1']) {
      expect(() => readCommit(read({ commit: bad }))).toThrow(`Input 'commit': ${JSON.stringify(bad)} must be a git commit SHA (7 to 64 hex digits)`);
    }
  });
});

describe('versionRef', () => {
  test('group/n for a name; the version ARN for a group ARN (shared groups)', () => {
    expect(versionRef({ name: 'fraud' }, 4)).toBe('fraud/4');
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud';
    expect(versionRef({ name: 'fraud', arn }, 4)).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/4');
  });
});
