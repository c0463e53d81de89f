/**
 * Resource-based policies (SageMaker model package group policies, ECR repository policies): parsing and the
 * evaluation of one request against one policy, as IAM evaluates a resource policy for a caller of another account.
 *
 * A statement applies when its Principal, Action and Resource match (Action case-insensitive, Resource
 * case-sensitive, `*` and `?` wildcards in both; no Resource = the resource the policy is attached to and what it
 * holds). Principal matches `"*"`, `{"AWS": "*"}`, or `{"AWS": [...]}` naming one of the caller's identities
 * (`arn:aws:iam::<acct>:root`, `<acct>`, or the caller's role ARN); `Service` principals are accepted and never match an
 * account's caller. A statement with a Condition is not applied
 * when it allows and applied when it denies (worst case: conditions are not evaluated). An explicit Deny wins.
 * NotPrincipal, NotAction and NotResource are refused when the policy is written (not evaluated here).
 */

const VERSIONS = ['2012-10-17', '2008-10-17'];
const KNOWN = ['Sid', 'Effect', 'Principal', 'Action', 'Resource', 'Condition'];
const UNSUPPORTED = ['NotPrincipal', 'NotAction', 'NotResource'];

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? v : null);

/** `{"AWS": …, "Service": …}`: at least one of them, each a string or a non-empty list of strings. @param {unknown} p */
const validPrincipal = (p) => isRecord(p) && Object.keys(p).length > 0 && Object.entries(p).every(([k, v]) => ['AWS', 'Service'].includes(k) && strings(v));

/**
 * Why a policy text is not a policy the simulator evaluates, or null when it is one.
 * @param {string} text @param {{resourceRequired?: boolean}} [opts]
 * @returns {string|null}
 */
export function policyProblem(text, opts = {}) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'the policy is not JSON';
  }
  if (!isRecord(doc)) return 'the policy is not a JSON object';
  if (!VERSIONS.includes(doc.Version)) return `Version must be one of ${VERSIONS.join(', ')}`;
  const statements = isRecord(doc.Statement) ? [doc.Statement] : doc.Statement;
  if (!Array.isArray(statements) || statements.length === 0) return 'Statement must be a statement or a non-empty list of statements';
  for (const [i, s] of statements.entries()) {
    const where = `Statement ${i + 1}`;
    if (!isRecord(s)) return `${where} is not an object`;
    const unsupported = UNSUPPORTED.find((k) => k in s);
    if (unsupported) return `${where}: ${unsupported} is not supported by the simulator`;
    const unknown = Object.keys(s).find((k) => !KNOWN.includes(k));
    if (unknown) return `${where}: unknown element ${unknown}`;
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') return `${where}: Effect must be Allow or Deny`;
    if (s.Principal !== '*' && !validPrincipal(s.Principal)) return `${where}: Principal must be "*" or {"AWS": ..., "Service": ...}`;
    if (!strings(s.Action)) return `${where}: Action must be a string or a non-empty list of strings`;
    if (s.Resource === undefined ? opts.resourceRequired : !strings(s.Resource)) return `${where}: Resource must be a string or a non-empty list of strings`;
    if (s.Condition !== undefined && !isRecord(s.Condition)) return `${where}: Condition must be an object`;
  }
  return null;
}

/** `*` and `?` wildcards. @param {string} pattern @param {string} value @param {boolean} caseless */
export function wildcardMatch(pattern, value, caseless) {
  const re = new RegExp(`^${pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('')}$`, caseless ? 'is' : 's');
  return re.test(value);
}

/**
 * @typedef {object} PolicyRequest
 * @property {string} account the caller's account
 * @property {string[]} [roleArns] the caller's role ARNs a Principal may name
 * @property {string} action e.g. `sagemaker:DescribeModelPackage`
 * @property {string} resource the resource ARN asked for
 */

/** @param {any} s @param {PolicyRequest} r */
function principalMatches(s, r) {
  if (s.Principal === '*') return true;
  const ids = [`arn:aws:iam::${r.account}:root`, r.account, ...(r.roleArns ?? [])];
  return (strings(s.Principal.AWS) ?? []).some((p) => p === '*' || ids.includes(p));
}

/**
 * The decision of a policy for a request: 'deny' (an explicit Deny applies), 'allow', or 'none' (no statement allows).
 * @param {string|undefined} text the stored policy (valid, see policyProblem), or undefined when there is none
 * @param {PolicyRequest} r
 * @returns {'allow'|'deny'|'none'}
 */
export function evaluatePolicy(text, r) {
  if (text === undefined) return 'none';
  const doc = JSON.parse(text);
  const statements = isRecord(doc.Statement) ? [doc.Statement] : doc.Statement;
  let allowed = false;
  for (const s of statements) {
    const applies = principalMatches(s, r)
      && /** @type {string[]} */ (strings(s.Action)).some((a) => wildcardMatch(a, r.action, true))
      && (s.Resource === undefined || /** @type {string[]} */ (strings(s.Resource)).some((p) => wildcardMatch(p, r.resource, false)));
    if (!applies) continue;
    if (s.Effect === 'Deny') return 'deny';
    if (s.Condition === undefined) allowed = true;
  }
  return allowed ? 'allow' : 'none';
}

/**
 * The AccessDenied message of a refused cross-account call (IAM's wording).
 * @param {{principal: string}} caller @param {string} action @param {string} resource @param {'deny'|'none'} decision
 */
export function refusal(caller, action, resource, decision) {
  const why = decision === 'deny' ? 'with an explicit deny in a resource-based policy' : `because no resource-based policy allows the ${action} action`;
  return `User: ${caller.principal} is not authorized to perform: ${action} on resource: ${resource} ${why}`;
}
