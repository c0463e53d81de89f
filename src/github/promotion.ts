/**
 * Which events may promote, and which commit they promote, decided from what GitHub reports (the event file the
 * runner wrote, the permission API, the pull request as it is now), never from example `if:` lines:
 * - `pull_request_target` and pull requests from forks never promote;
 * - a pull request promotes only once merged, into an allowed base branch (the default branch unless listed);
 * - an approving review promotes only when the reviewer has write access and reviewed the head being promoted;
 * - a `/promote` comment promotes the head its workflow fixed when the run started (input `commit`), re-checked;
 * - anything GitHub cannot answer refuses the step before any AWS write.
 */
import { ActionError } from '../errors.js';
import type { RunContext } from './context.js';
import { readPull, type PullState } from './pull-request.js';
import { requireWriter, type Payload } from './write-access.js';

export interface PromotionRules {
  token: string;
  /** Allowed base branches; empty: the repository's default branch. */
  branches: string[];
  /** The commit the workflow fixed for a comment (its head when the run started). */
  commit?: string;
}

export interface Authorised {
  /** The commit this event promotes; undefined for events not bound to a pull request. */
  commit?: string;
  /** Called right before the first write: the pull request must still be where it was. */
  recheck: () => Promise<void>;
}

const none: Authorised = { recheck: async () => undefined };
const refuse = (why: string): never => {
  throw new ActionError(`Refused: ${why}. Nothing was changed.`);
};
const safe = (v: unknown) => String(v ?? '').replace(/[^\w./-]/g, '_').slice(0, 100);

/** Pure: the event-file checks that need no call. Returns the PR number the event is about, if any. */
export function checkEventFile(ctx: RunContext, payload: Payload, branches: string[]): number | undefined {
  const event = ctx.eventName;
  if (event === 'pull_request_target') refuse('pull_request_target runs promote nothing (they run for pull requests anyone can open, with the base branch’s secrets)');
  if (event === 'pull_request') {
    const pr = payload.pull_request ?? {};
    if (!(payload.action === 'closed' && pr.merged === true)) refuse(`a pull_request event promotes only when the pull request is merged (this one is ${safe(payload.action)}, not merged)`);
    checkBase(safe(pr.base?.ref), ctx, branches);
    checkSameRepo(safe(pr.head?.repo?.full_name), ctx);
  }
  if (event === 'pull_request_review' && payload.review?.state !== 'approved') refuse(`a review promotes only when it approves (this one is ${safe(payload.review?.state)})`);
  if (event === 'issue_comment' && ctx.prNumber === undefined) refuse('the comment is not on a pull request');
  if (event === 'pull_request_review' && ctx.prNumber === undefined) refuse('the review names no pull request');
  if (event === 'workflow_run') checkWorkflowRun(payload, ctx);
  return event === 'pull_request_review' || event === 'issue_comment' ? ctx.prNumber : undefined;
}

/** A workflow_run of a pull request (possibly a fork's) runs the fork's commit: it promotes nothing. */
function checkWorkflowRun(payload: Payload, ctx: RunContext): void {
  const run = payload.workflow_run ?? {};
  if (String(run.event ?? '').startsWith('pull_request')) refuse(`a workflow_run of a ${safe(run.event)} run promotes nothing (its commit is the pull request's, not reviewed)`);
  checkSameRepo(safe(run.head_repository?.full_name), ctx);
}

function allowedBranches(ctx: RunContext, branches: string[]): string[] {
  return branches.length ? branches : ctx.defaultBranch ? [ctx.defaultBranch] : [];
}

function checkBase(base: string, ctx: RunContext, branches: string[]): void {
  const allowed = allowedBranches(ctx, branches);
  if (!allowed.length) refuse('the default branch is unknown (no event file), so no base branch is allowed; set promote-branches');
  if (!allowed.includes(base)) refuse(`the pull request's base branch is ${base}; promotions come only from pull requests into ${allowed.join(', ')}`);
}

function checkSameRepo(headRepo: string, ctx: RunContext): void {
  if (headRepo !== ctx.repository) refuse(`the pull request comes from ${headRepo || 'an unknown repository'}, not ${ctx.repository}; pull requests from forks are not promoted`);
}

/** Reads the pull request and checks it as GitHub reports it now. */
function checkPull(pull: PullState, ctx: RunContext, branches: string[]): void {
  if (pull.state !== 'open') refuse(`pull request #${pull.number} is ${safe(pull.state)}; reviews and comments promote open pull requests only (a merge promotes on its own)`);
  checkBase(pull.baseRef, ctx, branches);
  checkSameRepo(pull.headRepo, ctx);
}

/** Everything the event must satisfy before this run may write; the commit it promotes. */
export async function authorisePromotion(ctx: RunContext, payload: Payload, rules: PromotionRules): Promise<Authorised> {
  const number = checkEventFile(ctx, payload, rules.branches);
  if (ctx.eventName === 'pull_request') return { commit: ctx.sha, recheck: none.recheck };
  if (number === undefined) return none;
  const review = ctx.eventName === 'pull_request_review';
  const who = review
    ? { login: payload.review?.user?.login, association: payload.review?.author_association, role: 'the reviewer', act: 'promote by an approving review' }
    : { login: payload.comment?.user?.login, association: payload.comment?.author_association, role: "the comment's author", act: 'promote from a comment' };
  await requireWriter(ctx, rules.token, who);
  const pull = await readPull(ctx, rules.token, number);
  checkPull(pull, ctx, rules.branches);
  const commit = review ? reviewedCommit(payload, pull) : commentCommit(rules.commit, pull);
  const recheck = async () => {
    const now = await readPull(ctx, rules.token, number);
    if (now.headSha !== commit) refuse(`pull request #${number}'s head moved to ${now.headSha.slice(0, 12)} while this run waited; it promotes ${commit.slice(0, 12)} only`);
    checkPull(now, ctx, rules.branches);
  };
  return { commit, recheck };
}

function reviewedCommit(payload: Payload, pull: PullState): string {
  const reviewed = safe(payload.review?.commit_id);
  if (reviewed !== pull.headSha) refuse(`the review approved commit ${reviewed.slice(0, 12) || 'unknown'}, but pull request #${pull.number}'s head is now ${pull.headSha.slice(0, 12)}; a commit pushed after the review is not promoted by it`);
  return reviewed;
}

function commentCommit(fixed: string | undefined, pull: PullState): string {
  if (!fixed) return pull.headSha;
  if (!pull.headSha.startsWith(fixed)) refuse(`pull request #${pull.number}'s head is ${pull.headSha.slice(0, 12)}, not ${fixed.slice(0, 12)}, the head when the comment's run started`);
  return pull.headSha;
}
