/**
 * The caller of a request, from its credentials alone, as on AWS: the first run of 12 digits in the SigV4 access key
 * ID (`Credential=<AKID>/...`) is the account (`AKIA111122223333XMPL` → 111122223333); any other key is the
 * simulator's default account. Keys STS issued (sts/index.js) embed the role's account and name the assumed role.
 *
 * Principal (what AccessDenied messages name): STS keys → `arn:aws:sts::<acct>:assumed-role/<role>/<session>`; other
 * keys → `arn:aws:sts::<acct>:assumed-role/gha/session`, whose role is `arn:aws:iam::<acct>:role/gha`.
 */

/**
 * @typedef {object} Caller
 * @property {string} account 12 digits
 * @property {string} principal the caller's ARN (assumed role)
 * @property {string} roleArn the IAM role behind the principal (a resource policy may name it)
 * @property {string} accessKeyId the access key ID the request was signed with ('' when unsigned)
 */

const AKID = /Credential=([^/,\s]+)\//;

/** The STS part of the state: seeded roles and the sessions AssumeRole issued. @param {any} data */
export function stsOf(data) {
  return (data.sts ??= { roles: {}, sessions: {} });
}

/**
 * The caller of an access key ID.
 * @param {{accountId: string, state: {data: any}}} core @param {string} accessKeyId
 * @returns {Caller}
 */
export function callerOfKey(core, accessKeyId) {
  const account = /[0-9]{12}/.exec(accessKeyId)?.[0] ?? core.accountId;
  const session = core.state.data.sts?.sessions?.[accessKeyId];
  if (session) {
    return { account, principal: `arn:aws:sts::${account}:assumed-role/${session.roleName}/${session.sessionName}`, roleArn: session.roleArn, accessKeyId };
  }
  return { account, principal: `arn:aws:sts::${account}:assumed-role/gha/session`, roleArn: `arn:aws:iam::${account}:role/gha`, accessKeyId };
}

/**
 * The caller of a request (its `authorization` header; the signature is not checked).
 * @param {{accountId: string, state: {data: any}}} core @param {import('node:http').IncomingMessage} req
 */
export function callerOf(core, req) {
  return callerOfKey(core, AKID.exec(String(req.headers.authorization ?? ''))?.[1] ?? '');
}

/** The default caller (control routes without an account). @param {{accountId: string, state: {data: any}}} core @param {string} [account] */
export const defaultCaller = (core, account) => callerOfKey(core, account ?? core.accountId);

/**
 * A control route's optional `account` member (12 digits, default the simulator's account) and the rest of its body.
 * @param {{accountId: string}} core @param {any} input @returns {{account: string, rest: any}}
 */
export function controlAccount(core, input) {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || input.account === undefined) return { account: core.accountId, rest: input };
  const { account, ...rest } = input;
  if (typeof account !== 'string' || !/^[0-9]{12}$/.test(account)) throw new TypeError('account must be 12 digits');
  return { account, rest };
}
