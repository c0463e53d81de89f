/**
 * registry-role-arn: an IAM role of the registry account (the account owning the group), assumed through STS for
 * the registry writes only (approval and stage: UpdateModelPackage). Checked before any AWS call. Pure.
 */
import { InputError } from '../errors.js';
import { accountFromArn } from '../aws/arns.js';

/** IAM role ARN: partition, 12-digit account, optional path, name of at most 64 characters. */
const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export function readRegistryRoleArn(read: (name: string) => string): string | undefined {
  const value = read('registry-role-arn');
  if (!value) return undefined;
  if (value.length > 2048 || !ROLE_ARN.test(value)) throw new InputError('registry-role-arn', value, 'must be an IAM role ARN: arn:aws:iam::<account>:role/<name>');
  return value;
}

/** The role's 12-digit account. */
export function roleAccount(roleArn: string): string {
  return ROLE_ARN.exec(roleArn)?.[1] ?? '';
}

/**
 * The role must be in the account that owns the versions it writes, named by ARN (`owner`: the account of the group
 * or version ARN given; undefined when the group was given by name, which is always the run's own account).
 */
export function checkRegistryRole(roleArn: string, owner: string | undefined, input: string): void {
  if (!owner) {
    throw new InputError('registry-role-arn', roleArn, `needs ${input} as an ARN of the registry account: a group given by name is in this run's own account, which needs no role`);
  }
  const account = roleAccount(roleArn);
  if (account !== owner) {
    throw new InputError('registry-role-arn', roleArn, `is a role of account ${account}, but ${input} is in account ${owner}: the role must be in the account that owns the group`);
  }
}

/**
 * registry-role-arn of a run that names its version by `modelPackageArn` or its group by `group`: checked against the
 * account that owns them. `deploys` false (the top-level action without endpoint-name): refused, as nothing uses it.
 */
export function readRoleFor(read: (name: string) => string, named: { modelPackageArn?: string; group?: { accountId?: string } }, deploys = true): string | undefined {
  const role = readRegistryRoleArn(read);
  if (!role) return undefined;
  if (!deploys) throw new InputError('registry-role-arn', role, "is used by a deploy's registry writes: set endpoint-name, or leave it empty");
  const arn = named.modelPackageArn;
  checkRegistryRole(role, arn ? accountFromArn(arn) : named.group?.accountId, arn ? 'model-package-arn' : 'model-package-group');
  return role;
}
