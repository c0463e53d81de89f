/**
 * IAM roles STS AssumeRole can assume, seeded by the control API (`POST /_sim/iam/roles`): a role ARN and the accounts
 * its trust policy trusts. IAM is global: roles and the sessions AssumeRole issues are kept outside accounts and
 * Regions (`state.sts`, accounts.js).
 */
import { stsOf } from '../accounts.js';

/** `arn:aws:iam::<acct>:role/<path/><name>` → account and name (the name is the last path segment). */
export const ROLE_ARN = /^arn:aws:iam::([0-9]{12}):role\/(?:[\x21-\x7E]*\/)?([\w+=,.@-]{1,64})$/;

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Seed (or replace) a role.
 * @param {any} stateData @param {any} body `{roleArn, trustedAccounts: [12-digit...]}`
 * @returns {{roleArn: string, trustedAccounts: string[]}}
 */
export function seedRole(stateData, body) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const unknown = Object.keys(body).filter((k) => !['roleArn', 'trustedAccounts'].includes(k));
  if (unknown.length) throw new TypeError(`unknown member(s): ${unknown.join(', ')}`);
  const { roleArn, trustedAccounts } = body;
  if (typeof roleArn !== 'string' || !ROLE_ARN.test(roleArn)) throw new TypeError('roleArn must look like arn:aws:iam::<12 digits>:role/<name>');
  if (!Array.isArray(trustedAccounts) || trustedAccounts.some((a) => typeof a !== 'string' || !/^[0-9]{12}$/.test(a))) {
    throw new TypeError('trustedAccounts must be a list of 12-digit account ids');
  }
  stsOf(stateData).roles[roleArn] = { roleArn, trustedAccounts: [...new Set(trustedAccounts)] };
  return { roleArn, trustedAccounts: [...new Set(trustedAccounts)] };
}
