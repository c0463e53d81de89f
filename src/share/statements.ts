/**
 * The statements share/ owns, for a group and the accounts it shares with: pure. The group's resource policy gets
 * the `read` grant (the group described; its versions described and listed, and deployed with CreateModel) and, for
 * `promote`, UpdateModelPackage on its versions (approval and stage). ECR repository policies get the image pull a
 * deploying account's endpoint needs; the KMS key policy statement is only printed (share/ never writes a key policy).
 */
import type { Grant } from './inputs.js';
import { OWN_SID_PREFIX, type Wanted } from './merge.js';
import { accountsOf, rootArn, statementsOf, type PolicyDoc, type Statement } from './policy.js';

export const SIDS = {
  readGroup: `${OWN_SID_PREFIX}ReadGroup`,
  readVersions: `${OWN_SID_PREFIX}ReadVersions`,
  promote: `${OWN_SID_PREFIX}Promote`,
  pull: `${OWN_SID_PREFIX}Pull`,
  key: `${OWN_SID_PREFIX}Key`
} as const;

export const READ_GROUP_ACTIONS = ['sagemaker:DescribeModelPackageGroup'];
export const READ_VERSION_ACTIONS = ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:CreateModel'];
export const PROMOTE_ACTIONS = ['sagemaker:UpdateModelPackage'];
export const ECR_PULL_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
export const KMS_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKey*', 'kms:Encrypt', 'kms:ReEncrypt*'];

/** `model-package/<group>/*` of a group ARN: the group's versions. */
export const versionsArn = (groupArn: string) => `${groupArn.replace(':model-package-group/', ':model-package/')}/*`;

/** The group policy statements a run wants: read for every listed account, promote too when asked. */
export function groupStatements(groupArn: string, accounts: string[], grant: Grant): Wanted[] {
  const versions = versionsArn(groupArn);
  return [
    { sid: SIDS.readGroup, actions: READ_GROUP_ACTIONS, resources: [groupArn], accounts },
    { sid: SIDS.readVersions, actions: READ_VERSION_ACTIONS, resources: [versions], accounts },
    { sid: SIDS.promote, actions: PROMOTE_ACTIONS, resources: [versions], accounts: grant === 'promote' ? accounts : [] }
  ];
}

export function pullStatement(accounts: string[]): Wanted {
  return { sid: SIDS.pull, actions: ECR_PULL_ACTIONS, accounts };
}

/** The statement a repository policy needs (printed even when no repository is given). */
export function ecrStatement(partition: string, accounts: string[]): Statement {
  return { Sid: SIDS.pull, Effect: 'Allow', Principal: { AWS: accounts.map((a) => rootArn(partition, a)) }, Action: ECR_PULL_ACTIONS };
}

/** The statement for the key policy of the key that encrypts the versions' artifacts ("*" in a key policy: this key). */
export function kmsStatement(partition: string, accounts: string[]): Statement {
  return { Sid: SIDS.key, Effect: 'Allow', Principal: { AWS: accounts.map((a) => rootArn(partition, a)) }, Action: KMS_ACTIONS, Resource: '*' };
}

export type Level = 'promote' | 'read' | 'partial';

/**
 * What each account can do now by the action's own statements of a group policy: promote (all three), read (both read
 * statements), partial (some of them only, for example after a statement was edited by hand).
 */
export function grantsOf(doc: PolicyDoc): { account: string; level: Level }[] {
  const by = (sid: string) => new Set(statementsOf(doc).filter((st) => st.Sid === sid).flatMap(accountsOf));
  const [group, versions, promote] = [by(SIDS.readGroup), by(SIDS.readVersions), by(SIDS.promote)];
  const all = [...new Set([...group, ...versions, ...promote])].sort();
  return all.map((account) => {
    const read = group.has(account) && versions.has(account);
    return { account, level: read && promote.has(account) ? 'promote' : read && !promote.has(account) ? 'read' : 'partial' };
  });
}
