/**
 * The inputs of share/: the group (in the running account), the accounts to grant, the grant (read | promote), the
 * ECR repositories whose policies get the pull statement, and the KMS key the printed key statement names.
 * Everything is checked here, before any call; the checks that need the group's own account (an ARN of another
 * account, an account that owns the group) run in `checkOwner` once DescribeModelPackageGroup has answered.
 */
import { InputError } from '../errors.js';
import { readGroupInput, type CommonConfig } from '../commands/inputs.js';
import type { GroupRef } from '../inputs/inputs.js';
import { oneOf, type InputReader } from '../inputs/readers.js';

export const GRANTS = ['read', 'promote'] as const;
export type Grant = (typeof GRANTS)[number];

export interface ShareConfig {
  group: GroupRef;
  /** 12-digit account IDs, de-duplicated, in the order given. */
  accounts: string[];
  grant: Grant;
  /** ECR repository names in the running account and Region (empty: the statement is only printed). */
  repositories: string[];
  kmsKeyArn?: string;
}

const ACCOUNT = /^\d{12}$/;
/** ECR's RepositoryName: 2-256 characters of the model's pattern. */
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]{1,128}$/;
/** At most this many accounts: each adds about 40 characters to each of three statements of a 20,480-character policy. */
export const MAX_ACCOUNTS = 100;
export const MAX_REPOSITORIES = 20;

/** Comma, space or newline separated; blanks dropped. */
const items = (value: string) => value.split(/[\s,]+/).filter(Boolean);

export function readShare(read: InputReader, common: CommonConfig): ShareConfig {
  const group = readGroupInput(read, common.region, true)!;
  const accounts = readAccounts(read('accounts'));
  if (group.accountId && accounts.includes(group.accountId)) throw ownAccount(group.accountId);
  const grant = oneOf(read, 'actions', GRANTS, 'read');
  const repositories = readRepositories(read('ecr-repositories'));
  const kmsKeyArn = read('kms-key-arn');
  if (kmsKeyArn && !KMS_KEY_ARN.test(kmsKeyArn)) throw new InputError('kms-key-arn', kmsKeyArn, 'must be a KMS key ARN: arn:aws:kms:<region>:<account>:key/<key id> (a key policy belongs to a key, not an alias)');
  return { group, accounts, grant, repositories, ...(kmsKeyArn ? { kmsKeyArn } : {}) };
}

function readAccounts(value: string): string[] {
  const out: string[] = [];
  for (const account of items(value)) {
    if (!ACCOUNT.test(account)) throw new InputError('accounts', account, 'is not an AWS account ID: 12 digits');
    if (!out.includes(account)) out.push(account);
  }
  if (!out.length) throw new InputError('accounts', value, 'is required: the 12-digit IDs of the accounts that deploy the group\'s versions');
  if (out.length > MAX_ACCOUNTS) throw new InputError('accounts', `${out.length} accounts`, `are more than ${MAX_ACCOUNTS}; share with fewer, or use AWS Organizations conditions in a statement of your own`);
  return out;
}

function readRepositories(value: string): string[] {
  const out: string[] = [];
  for (const name of items(value)) {
    if (/\.dkr\.ecr\.|[:@]/.test(name)) throw new InputError('ecr-repositories', name, 'must be a repository name (for example fraud-model), not an image URI; the repository is in the running account and Region');
    if (name.length < 2 || name.length > 256 || !REPOSITORY.test(name)) throw new InputError('ecr-repositories', name, 'is not an ECR repository name: 2-256 lowercase letters, digits and . _ - / as ECR allows');
    if (!out.includes(name)) out.push(name);
  }
  if (out.length > MAX_REPOSITORIES) throw new InputError('ecr-repositories', `${out.length} repositories`, `are more than ${MAX_REPOSITORIES}`);
  return out;
}

function ownAccount(account: string): InputError {
  return new InputError('accounts', account, 'is the account that owns the group; share/ grants other accounts only');
}

/**
 * Once DescribeModelPackageGroup (by name, so in the running account and Region) has given the group's ARN: a group
 * ARN of another account or Region, or an account that owns the group, is refused before any write.
 */
export function checkOwner(c: ShareConfig, owner: string, region: string): void {
  if (c.group.accountId && c.group.accountId !== owner) {
    throw new InputError('model-package-group', c.group.arn ?? c.group.name, `is a group of account ${c.group.accountId}; share/ runs with the credentials of the account that owns the group (these are of ${owner})`);
  }
  if (c.group.region && c.group.region !== region) {
    throw new InputError('model-package-group', c.group.arn ?? c.group.name, `is in Region ${c.group.region}, but the action runs in ${region}: set aws-region to the group's Region`);
  }
  if (c.accounts.includes(owner)) throw ownAccount(owner);
}
