/**
 * The merge of share/'s statements into a resource policy: pure. The statements whose Sid starts with
 * `SageMakerPrivateRegistryShare` are the action's; every other statement is kept as it is, in its place. Each wanted
 * statement only ever gains: its accounts (as `arn:<partition>:iam::<acct>:root`), actions and resources are added to
 * what the statement already holds, so a listed account never gets less than it had and a re-run with the same inputs
 * changes nothing (and the caller then writes nothing). A changed policy must fit the service's limit, checked here,
 * before any write.
 */
import { ActionError } from '../errors.js';
import { accountOf, awsPrincipals, parsePolicy, rootArn, shownSid, statementsOf, stringList, type PolicyDoc, type Statement } from './policy.js';

export const OWN_SID_PREFIX = 'SageMakerPrivateRegistryShare';

export interface Wanted {
  sid: string;
  actions: string[];
  /** Omitted in an ECR repository policy, whose statements name no resource. */
  resources?: string[];
  accounts: string[];
}

export type ChangeKind = 'added' | 'changed' | 'unchanged';

/** One statement of the merged policy and what this run adds to it. */
export interface StatementChange {
  name: string;
  kind: ChangeKind;
  own: boolean;
  accounts: string[];
  actions: string[];
  resources: string[];
}

export interface Merged {
  /** The policy text after the merge: the current text itself when nothing changed. */
  text: string;
  doc: PolicyDoc;
  changed: boolean;
  changes: StatementChange[];
}

export interface MergeOptions {
  partition: string;
  /** The service's maximum policy length, in characters. */
  limit: number;
  /** The policy, as messages name it ("The resource policy of group fraud-detector"). */
  what: string;
}

/** Values of `want` that `have` lacks; IAM actions compare without regard to case. */
function missing(have: string[], want: string[], caseless: boolean): string[] {
  const norm = (s: string) => (caseless ? s.toLowerCase() : s);
  const present = new Set(have.map(norm));
  return want.filter((w) => !present.has(norm(w)));
}

/** The accounts of `want` that a statement's principals do not name as a whole account yet. */
function missingAccounts(st: Statement, want: string[]): string[] {
  const have = new Set(awsPrincipals(st).map(accountOf));
  return want.filter((a) => !have.has(a));
}

/** An own statement this action can add to: Allow, AWS principals, no Condition and no Not* element. */
function checkOwn(st: Statement, name: string, what: string): void {
  const principal = st.Principal;
  const reason =
    st.Effect !== 'Allow' ? 'its Effect is not Allow'
    : ['Condition', 'NotPrincipal', 'NotAction', 'NotResource'].find((k) => k in st) ? `it has a ${['Condition', 'NotPrincipal', 'NotAction', 'NotResource'].find((k) => k in st)}`
    : !principal || typeof principal !== 'object' || Array.isArray(principal) || !('AWS' in principal) ? 'its Principal names no AWS accounts'
    : '';
  if (reason) throw new ActionError(`${what}: statement ${name} has a Sid of share/ but ${reason}, so share/ cannot add to it. Rename its Sid or remove it. Nothing was written.`);
}

const asList = (before: unknown, added: string[]) => (added.length ? [...stringList(before), ...added] : before);

function grow(st: Statement, w: Wanted, partition: string): { next: Statement; change: Omit<StatementChange, 'name' | 'own'> } {
  const accounts = missingAccounts(st, w.accounts);
  const actions = missing(stringList(st.Action), w.actions, true);
  const resources = w.resources ? missing(stringList(st.Resource), w.resources, false) : [];
  if (!accounts.length && !actions.length && !resources.length) return { next: st, change: { kind: 'unchanged', accounts, actions, resources } };
  const principal = st.Principal as Record<string, unknown>;
  const next: Statement = {
    ...st,
    Principal: { ...principal, AWS: asList(principal.AWS, accounts.map((a) => rootArn(partition, a))) },
    Action: asList(st.Action, actions),
    ...(w.resources ? { Resource: asList(st.Resource, resources) } : {})
  };
  return { next, change: { kind: 'changed', accounts, actions, resources } };
}

function fresh(w: Wanted, partition: string): Statement {
  const resource = w.resources ? { Resource: w.resources.length === 1 ? w.resources[0] : w.resources } : {};
  return { Sid: w.sid, Effect: 'Allow', Principal: { AWS: w.accounts.map((a) => rootArn(partition, a)) }, Action: w.actions.length === 1 ? w.actions[0] : w.actions, ...resource };
}

/** Merges `wanted` into the policy `current` (undefined or empty: no policy yet). Throws before any write on what it cannot merge. */
export function mergePolicy(current: string | undefined, wanted: Wanted[], o: MergeOptions): Merged {
  const doc = parsePolicy(current, o.what);
  const statements = statementsOf(doc);
  const out = [...statements];
  const changes: StatementChange[] = statements.map((st, i) => ({ name: shownSid(st, i), kind: 'unchanged', own: typeof st.Sid === 'string' && st.Sid.startsWith(OWN_SID_PREFIX), accounts: [], actions: [], resources: [] }));
  // A wanted statement without accounts (promote on a read run) leaves its statement alone, whatever it holds.
  for (const w of wanted.filter((x) => x.accounts.length)) {
    const at = statements.flatMap((st, i) => (st.Sid === w.sid ? [i] : []));
    if (at.length > 1) throw new ActionError(`${o.what} holds ${at.length} statements with Sid ${w.sid}; share/ keeps one. Remove the others. Nothing was written.`);
    if (at.length === 1) {
      const i = at[0]!;
      checkOwn(statements[i]!, w.sid, o.what);
      const { next, change } = grow(statements[i]!, w, o.partition);
      out[i] = next;
      changes[i] = { ...changes[i]!, ...change };
    } else {
      out.push(fresh(w, o.partition));
      changes.push({ name: w.sid, kind: 'added', own: true, accounts: w.accounts, actions: w.actions, resources: w.resources ?? [] });
    }
  }
  const changed = changes.some((c) => c.kind !== 'unchanged');
  if (!changed) return { text: current ?? '', doc, changed, changes };
  // An existing policy keeps its Version (or none): a new Version could change what its other statements mean.
  const merged: PolicyDoc = { ...doc, Statement: out };
  const text = JSON.stringify(merged);
  if (text.length > o.limit) {
    throw new ActionError(`${o.what} would be ${text.length.toLocaleString('en-US')} characters with these accounts; the service accepts at most ${o.limit.toLocaleString('en-US')}. Share with fewer accounts or shorten the other statements. Nothing was written.`);
  }
  return { text, doc: merged, changed, changes };
}
