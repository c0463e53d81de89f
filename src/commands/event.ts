/**
 * Who asked for a promotion and where, from the event payload, and the write-access check for
 * `/promote` comments (anyone can comment on a public repository's pull requests).
 */
import { readFileSync } from 'node:fs';
import { ActionError } from '../errors.js';
import type { RunContext } from '../github/context.js';

type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function readEvent(env: NodeJS.ProcessEnv): Payload {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch {
    return {};
  }
}

const login = (v: unknown): string | undefined => (typeof v === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : undefined);

/** The person behind this promotion and the words for where it happened. */
export function requester(ctx: RunContext, payload: Payload): { who: string; where: string } {
  const pr = ctx.prNumber !== undefined ? `PR #${ctx.prNumber}` : undefined;
  const prUrl = ctx.prNumber !== undefined && ctx.repositoryUrl ? ` (${ctx.repositoryUrl}/pull/${ctx.prNumber})` : '';
  const actor = login(ctx.actor) ?? 'unknown';
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      if (payload.pull_request?.merged) return { who: login(payload.pull_request.merged_by?.login) ?? actor, where: `on merge of ${pr}${prUrl}` };
      return { who: actor, where: `on ${pr}${prUrl}` };
    case 'pull_request_review':
      return { who: login(payload.review?.user?.login) ?? actor, where: `by an approving review of ${pr}${prUrl}` };
    case 'issue_comment':
      return { who: login(payload.comment?.user?.login) ?? actor, where: `with a comment on ${pr ?? `issue #${payload.issue?.number ?? '?'}`}${prUrl}` };
    default:
      return { who: actor, where: `on ${ctx.eventName || 'a run'} of ${ctx.refName || ctx.sha.slice(0, 12) || 'unknown ref'}` };
  }
}

/** ApprovalDescription: who, where, the run; at most 1024 characters. */
export function approvalDescription(ctx: RunContext, payload: Payload, approval: 'Approved' | 'Rejected', extra?: string): string {
  const { who, where } = requester(ctx, payload);
  const text = `${approval} by @${who} ${where}${ctx.runUrl ? `; run ${ctx.runUrl}` : ''}${extra ? `. ${extra}` : ''}`;
  return text.length > 1024 ? `${text.slice(0, 1023)}…` : text;
}

const WRITERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);

/**
 * On issue_comment events the commenter must have write access: author_association OWNER, MEMBER or COLLABORATOR,
 * or the collaborator permission API saying admin, maintain or write. Anything else (or no answer) is refused.
 */
export async function requireWriteAccess(ctx: RunContext, payload: Payload, token: string): Promise<void> {
  if (ctx.eventName !== 'issue_comment') return;
  const user = login(payload.comment?.user?.login);
  const association = String(payload.comment?.author_association ?? 'NONE');
  if (user && WRITERS.has(association)) return;
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
    `Refused: the comment's author ${user ? `@${user}` : '(unknown)'} (association ${association.slice(0, 20)}, permission ${permission.slice(0, 60)}) has no write access to ${ctx.repository}; only people with write access may promote from a comment. Nothing was changed.`
  );
}
