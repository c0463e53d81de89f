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
  const user = login(payload.comment?.user?.login);
  const association = String(payload.comment?.author_association ?? 'NONE');
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
      permission = `not readable: ${String((err as { status?: number }).status ?? (err as Error).message?.split('\n')[0])}`;
    }
  }
  throw new ActionError(
    `Refused: the comment's author ${user ? `@${user}` : '(unknown)'} (association ${association.slice(0, 20)}, permission ${permission.slice(0, 60)}) has no write access to ${ctx.repository}; only people with write access may act from a comment (a fork's PR head is not built, registered or promoted for others). Nothing was changed.`
  );
}
