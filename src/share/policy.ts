/**
 * Resource policy documents as share/ reads them: parsed from the text a service returned, statements listed, and
 * the accounts a statement's `Principal.AWS` names (a root ARN or a bare 12-digit ID). Pure. Whatever a policy holds is
 * someone else's text: nothing here trusts its shape, and `shownSid` is how a statement is named in messages.
 */
import { ActionError } from '../errors.js';

export type Statement = Record<string, unknown>;
export interface PolicyDoc {
  [key: string]: unknown;
  Statement?: Statement | Statement[];
}

export const POLICY_VERSION = '2012-10-17';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The document, or a new one when there is no policy yet; an ActionError (naming `what`) when the text is not one. */
export function parsePolicy(text: string | undefined, what: string): PolicyDoc {
  if (text === undefined || !text.trim()) return { Version: POLICY_VERSION, Statement: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ActionError(`${what} is not JSON (${text.length} characters); share/ merges only into a policy document. Nothing was written.`);
  }
  if (!isObject(doc)) throw new ActionError(`${what} is not a JSON object; share/ merges only into a policy document. Nothing was written.`);
  const st = doc.Statement;
  if (st !== undefined && !isObject(st) && !(Array.isArray(st) && st.every(isObject))) {
    throw new ActionError(`${what} has a Statement that is neither an object nor a list of objects; share/ merges only into a policy document. Nothing was written.`);
  }
  return doc as PolicyDoc;
}

export function statementsOf(doc: PolicyDoc): Statement[] {
  const st = doc.Statement;
  return st === undefined ? [] : Array.isArray(st) ? st : [st];
}

/** A string or a list of strings, as a list; anything else as an empty list. */
export function stringList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export const rootArn = (partition: string, account: string) => `arn:${partition}:iam::${account}:root`;

/** The account a principal string stands for as a whole account (`arn:…:iam::<acct>:root` or `<acct>`), else undefined. */
export function accountOf(principal: string): string | undefined {
  return /^(?:arn:aws[a-z-]*:iam::(\d{12}):root|(\d{12}))$/.exec(principal)?.slice(1).find(Boolean);
}

/** The AWS principals a statement names (Principal.AWS), as written. */
export function awsPrincipals(st: Statement): string[] {
  const p = st.Principal;
  return isObject(p) ? stringList(p.AWS) : [];
}

/** The whole accounts a statement names. */
export function accountsOf(st: Statement): string[] {
  return [...new Set(awsPrincipals(st).map(accountOf).filter((a): a is string => !!a))];
}

/** How a statement is named in the log and summary: its Sid, else its position; untrusted, so cut to 64 characters. */
export function shownSid(st: Statement, index: number): string {
  const sid = typeof st.Sid === 'string' && st.Sid ? st.Sid : '';
  return sid ? (sid.length > 64 ? `${sid.slice(0, 64)}…` : sid) : `statement ${index + 1} (no Sid)`;
}
