import type { RunContext } from '../github/context.js';
import {
  commentBody,
  decodeState,
  findComment,
  isPermissionError,
  marker,
  mergeHistory,
  type CommentLog
} from './github-comment.js';
import { renderReport, toHistory, type HistoryEntry, type Report } from './summary.js';

/** The comment found or written earlier in this run, so progress updates cost one request each. */
const known = new Map<string, { id: number; url: string; body: string; history: HistoryEntry[] } | null>();

export interface CommentOptions {
  mode: 'true' | 'false' | 'on-failure';
  token: string;
  commentId: string;
  /** A separate comment for reports of another kind (status, prune); undefined for the version's own comment. */
  channel?: string;
  log: CommentLog;
  /** Renders the visible body instead of the report (status, prune); the comment's history is kept as it is. */
  render?: () => string;
}

/**
 * Creates or updates this action's one comment on the run's pull request. Never fails the step:
 * no PR is an info line, missing permissions (fork PRs, read-only tokens) a warning.
 * Returns the comment URL when one exists after the call.
 */
export async function upsertComment(ctx: RunContext, report: Report, opts: CommentOptions): Promise<string | undefined> {
  if (opts.mode === 'false') return undefined;
  if (ctx.prNumber === undefined) {
    opts.log.info(`No pull request for this ${ctx.eventName || 'unknown'} event: skipping the PR comment.`);
    return undefined;
  }
  if (!opts.token) {
    opts.log.warning('No github-token: skipping the PR comment.');
    return undefined;
  }
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) return undefined;
  const target = { owner, repo, issueNumber: ctx.prNumber };
  const markerLine = marker(report.group, opts.channel, opts.commentId);
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(opts.token);
    const cacheKey = `${ctx.repository}#${ctx.prNumber} ${markerLine}`;
    // null: looked earlier in this run and found none (so on-failure progress updates list comments once).
    let existing = known.get(cacheKey);
    if (existing === undefined) {
      const found = await findComment(octokit as never, target, markerLine);
      existing = found ? { ...found, history: decodeState(found.body) } : null;
      known.set(cacheKey, existing);
    }
    if (opts.mode === 'on-failure' && !report.error && !existing) return undefined;
    const history = existing?.history ?? [];
    // The state records the comment's own id once it is known, so later runs can tell it from a copy.
    const bodyWith = (id?: number) =>
      opts.render
        ? commentBody(markerLine, opts.render(), history, id)
        : commentBody(markerLine, renderReport(report, history), mergeHistory(history, toHistory(report)), id);
    const body = bodyWith(existing?.id);
    if (existing) {
      // Unchanged, or changed only by recording the id: nothing worth a request.
      if (existing.body === body || existing.body === bodyWith()) {
        opts.log.info(`PR comment unchanged: ${existing.url}`);
        return existing.url;
      }
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      known.set(cacheKey, { ...existing, body, url: data.html_url });
      opts.log.info(`Updated the PR comment: ${data.html_url}`);
      return data.html_url;
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
    known.set(cacheKey, { id: data.id, url: data.html_url, body, history });
    opts.log.info(`Commented on the PR: ${data.html_url}`);
    return data.html_url;
  } catch (err) {
    const message = (err as Error).message?.split('\n')[0] ?? String(err);
    if (isPermissionError(err)) {
      opts.log.warning(
        `Could not write the PR comment (${message}). Fork PRs and read-only tokens cannot comment; grant pull-requests: write to enable it.`
      );
    } else {
      opts.log.warning(`Could not write the PR comment: ${message}`);
    }
    return undefined;
  }
}
