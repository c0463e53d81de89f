/** share/ inputs: each rule a one-line InputError naming the input and the value, before any call. */
import { describe, expect, test } from '@jest/globals';
import type { CommonConfig } from '../../src/commands/inputs.js';
import { checkOwner, readShare, type ShareConfig } from '../../src/share/inputs.js';

const COMMON = { region: 'us-east-1' } as CommonConfig;
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector';
const BASE: Record<string, string> = { 'model-package-group': 'fraud-detector', accounts: '222233334444' };

const read = (extra: Record<string, string> = {}) => readShare((n) => ({ ...BASE, ...extra })[n] ?? '', COMMON);

function error(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an input error');
}

describe('readShare', () => {
  test('defaults: read, no repositories, no key', () => {
    expect(read()).toEqual({ group: { name: 'fraud-detector' }, accounts: ['222233334444'], grant: 'read', repositories: [] });
  });

  test('accounts and repositories: commas, spaces and new lines; duplicates dropped, order kept', () => {
    const c = read({ accounts: '333344445555, 222233334444\n333344445555  222233334444', 'ecr-repositories': 'fraud-model\nteam/fraud-model, fraud-model', actions: 'Promote' });
    expect(c).toMatchObject({ accounts: ['333344445555', '222233334444'], repositories: ['fraud-model', 'team/fraud-model'], grant: 'promote' });
  });

  test('a group ARN and a key ARN', () => {
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(read({ 'model-package-group': GROUP_ARN, 'kms-key-arn': key })).toMatchObject({ group: { name: 'fraud-detector', arn: GROUP_ARN, accountId: '111122223333' }, kmsKeyArn: key });
  });

  test.each([
    [{ accounts: '' }, "Input 'accounts': \"\" is required: the 12-digit IDs of the accounts that deploy the group's versions"],
    [{ accounts: ' , \n' }, "Input 'accounts': \" , \\n\" is required"],
    [{ accounts: '22223333444' }, "Input 'accounts': \"22223333444\" is not an AWS account ID: 12 digits"],
    [{ accounts: '222233334444;333344445555' }, "Input 'accounts': \"222233334444;333344445555\" is not an AWS account ID: 12 digits"],
    [{ accounts: 'arn:aws:iam::222233334444:root' }, 'is not an AWS account ID'],
    [{ accounts: Array.from({ length: 101 }, (_, i) => String(100000000000 + i)).join(',') }, "Input 'accounts': \"101 accounts\" are more than 100"],
    [{ actions: 'write' }, "Input 'actions': \"write\" must be one of: read, promote"],
    [{ 'model-package-group': 'bad group' }, "Input 'model-package-group': \"bad group\" must be 1-63"],
    [{ 'model-package-group': GROUP_ARN.replace('us-east-1', 'eu-west-1') }, 'is in Region eu-west-1, but the action runs in us-east-1'],
    [{ 'model-package-group': GROUP_ARN, accounts: '222233334444 111122223333' }, "Input 'accounts': \"111122223333\" is the account that owns the group; share/ grants other accounts only"],
    [{ 'ecr-repositories': '111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-model' }, 'must be a repository name (for example fraud-model), not an image URI'],
    [{ 'ecr-repositories': 'fraud-model:v1' }, 'not an image URI'],
    [{ 'ecr-repositories': 'Fraud-Model' }, "Input 'ecr-repositories': \"Fraud-Model\" is not an ECR repository name"],
    [{ 'ecr-repositories': 'a' }, 'is not an ECR repository name'],
    [{ 'ecr-repositories': 'fraud--model-' }, 'is not an ECR repository name'],
    [{ 'kms-key-arn': 'arn:aws:kms:us-east-1:111122223333:alias/models' }, "Input 'kms-key-arn': \"arn:aws:kms:us-east-1:111122223333:alias/models\" must be a KMS key ARN"]
  ])('%j is refused', (extra, message) => {
    const text = error(() => read(extra));
    expect(text).toContain(message);
    expect(text).not.toContain('\n');
  });
});

describe('checkOwner (after DescribeModelPackageGroup named the owner)', () => {
  const config = (extra: Record<string, string> = {}): ShareConfig => read(extra);

  test('the group of the running account, other accounts: accepted', () => {
    expect(() => checkOwner(config({ 'model-package-group': GROUP_ARN }), '111122223333', 'us-east-1')).not.toThrow();
    expect(() => checkOwner(config(), '111122223333', 'us-east-1')).not.toThrow();
  });

  test('a group ARN of another account is refused, naming both accounts', () => {
    expect(error(() => checkOwner(config({ 'model-package-group': GROUP_ARN }), '333344445555', 'us-east-1'))).toBe(
      `Input 'model-package-group': "${GROUP_ARN}" is a group of account 111122223333; share/ runs with the credentials of the account that owns the group (these are of 333344445555)`
    );
  });

  test('a group ARN of another Region than the one the SDK resolved (no aws-region given) is refused', () => {
    const c = readShare((n) => ({ ...BASE, 'model-package-group': GROUP_ARN.replace('us-east-1', 'eu-west-1') })[n] ?? '', {} as CommonConfig);
    expect(error(() => checkOwner(c, '111122223333', 'us-east-1'))).toBe(
      `Input 'model-package-group': "${GROUP_ARN.replace('us-east-1', 'eu-west-1')}" is in Region eu-west-1, but the action runs in us-east-1: set aws-region to the group's Region`
    );
  });

  test('the owner account among the accounts of a group given by name', () => {
    expect(error(() => checkOwner(config({ accounts: '222233334444,111122223333' }), '111122223333', 'us-east-1'))).toBe(
      "Input 'accounts': \"111122223333\" is the account that owns the group; share/ grants other accounts only"
    );
  });
});
