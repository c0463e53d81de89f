/** What a registry's refusal means for the person reading the log: messages only, never credentials. Pure. */
import { ActionError } from '../errors.js';
import { parseChallenges } from './auth.js';
import { CredentialsRequiredError } from './errors.js';

/** Who asked: the repository, whether to push, whether credentials were given, whether a token was in use. */
export interface Who {
  where: string;
  push: boolean;
  hasCredentials: boolean;
  bearer: boolean;
}

export function missingHint(push: boolean | undefined): string {
  return push ? 'give credentials that may push' : 'set registry-secret-arn to a secret holding them';
}

/** The message for a 401 or 403. Without credentials it is a CredentialsRequiredError (callers may fall back). */
export function refusal(who: Who, status: number, challenge?: string | null): ActionError {
  const { where, push } = who;
  const verb = push ? 'pushing to' : 'pulling';
  const scopeError = challenge ? parseChallenges(challenge).find((c) => c.params.error)?.params.error : undefined;
  if (status === 401) {
    if (!who.hasCredentials) return new CredentialsRequiredError(`${where} requires credentials (HTTP 401) and none were given: ${missingHint(push)}.`);
    if (who.bearer && scopeError === 'insufficient_scope') {
      return new ActionError(`${where} refused the token (HTTP 401, insufficient_scope): the credentials do not allow ${verb} this repository.`);
    }
    return new ActionError(`${where} rejected the credentials (HTTP 401): check the username and password${push ? ' for pushing' : ' in the registry secret'}.`);
  }
  const anonymous = push ? 'anonymous pushes are not allowed' : 'anonymous pulls are not allowed; set registry-secret-arn';
  if (!who.hasCredentials) return new CredentialsRequiredError(`${where} denied access (HTTP ${status}): ${anonymous}.`);
  return new ActionError(`${where} denied access (HTTP ${status}): the credentials do not allow ${verb} this repository.`);
}

/** The message for any other unexpected status; `subject` says what was asked for. */
export function statusError(who: Pick<Who, 'where'>, a: { status: number; codes: string[]; subject: string; retries: number }): ActionError {
  const tries = a.status === 429 || a.status >= 500 ? ` after ${a.retries + 1} attempt${a.retries ? 's' : ''}` : '';
  return new ActionError(`${who.where} answered HTTP ${a.status}${a.codes.length ? ` (${a.codes.join(', ')})` : ''} for ${a.subject}${tries}.`);
}
