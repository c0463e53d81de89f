/**
 * Who may act from a comment. Anyone can comment on a public repository's pull requests, and an issue_comment run
 * acts on the PR's head (possibly a fork's): the commenter must have write access.
 */
import { readFileSync } from 'node:fs';
import { ActionError } from '../errors.js';
import type { RunContext } from './context.js';

export type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function readEvent(env: NodeJS.ProcessEnv): Payload {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch {
    return {};
  }
}

/** A GitHub login as it may be shown (anything else is not one). */
export const login = (v: unknown): string | undefined => (typeof v === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : undefined);

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);

/**
 * On issue_comment events the commenter must have write access: author_association OWNER (the account that owns
 * the repository), or the collaborator permission API saying admin, maintain or write. MEMBER and COLLABORATOR are
 * not enough alone: an organisation member or an invited collaborator may hold only read or triage. Anything else
 * (or no answer) is refused.
 */
export async function requireWriteAccess(ctx: RunContext, payload: Payload, token: string): Promise<void> {
  if (ctx.eventName !== 'issue_comment') return;
  await requireWriter(ctx, token, { login: payload.comment?.user?.login, association: payload.comment?.author_association, role: "the comment's author", act: "act from a comment (a fork's PR head is not built, registered or promoted for others)" });
}

export interface Person {
  login: unknown;
  association: unknown;
  /** Who they are in the message: "the comment's author", "the reviewer". */
  role: string;
  /** What they tried: "act from a comment", "promote by a review". */
  act: string;
}

/** Refuses unless `who` has admin, maintain or write on the repository (OWNER, or GitHub's permission API). Fails closed. */
export async function requireWriter(ctx: RunContext, token: string, who: Person): Promise<void> {
  const user = login(who.login);
  const association = String(who.association ?? 'NONE');
  if (user && association === 'OWNER') return;
  const [owner, repo] = ctx.repository.split('/');
  let permission = 'unknown';
  if (user && owner && repo && token) {
    try {
      const { getOctokit } = await import('@actions/github');
      const { data } = await getOctokit(token).rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
      permission = String((data as { role_name?: string }).role_name ?? data.permission);
      if (WRITE_PERMISSIONS.has(permission)) return;
    } catch (err) {
      permission = `not readable: ${String((err as { status?: number }).status ?? 'no answer')}`;
    }
  }
  throw new ActionError(
    `Refused: ${who.role} ${user ? `@${user}` : '(unknown)'} (association ${association.replace(/[^A-Z_]/g, '').slice(0, 20)}, permission ${permission.replace(/[^\w :-]/g, '').slice(0, 60)}) has no write access to ${ctx.repository}; only people with write access may ${who.act}. Nothing was changed.`
  );
}
