/** Who asked for a promotion and where, from the event payload (the write-access check is in github/). */
import type { RunContext } from '../github/context.js';
import { login, type Payload } from '../github/write-access.js';

export { readEvent, requireWriteAccess } from '../github/write-access.js';

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
