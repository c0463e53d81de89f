import { ActionError } from '../errors.js';
import type { RunContext } from './context.js';

/** What GitHub reports about a pull request now (never the event payload's copy). */
export interface PullState {
  number: number;
  headSha: string;
  headRef: string;
  /** owner/name of the repository the head branch lives in (a fork's for fork PRs). */
  headRepo: string;
  baseRef: string;
  state: string;
  merged: boolean;
}

const text = (v: unknown, max = 255) => (typeof v === 'string' ? v.slice(0, max) : '');

/**
 * One GET of the pull request. Fails closed: a pull request that cannot be read stops the step before any write
 * (the caller would otherwise act on the default branch's commit, which nobody reviewed).
 */
export async function readPull(ctx: RunContext, token: string, number: number): Promise<PullState> {
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo || !token) throw new ActionError(`Refused: pull request #${number} cannot be read (${token ? 'no repository' : 'no github-token'}); nothing was changed.`);
  try {
    const { getOctokit } = await import('@actions/github');
    const { data } = await getOctokit(token).rest.pulls.get({ owner, repo, pull_number: number });
    const sha = text(data.head?.sha);
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error('no head commit in the answer');
    return {
      number,
      headSha: sha,
      headRef: text(data.head?.ref),
      headRepo: text(data.head?.repo?.full_name),
      baseRef: text(data.base?.ref),
      state: text(data.state, 20),
      merged: data.merged === true
    };
  } catch (err) {
    const status = (err as { status?: number }).status;
    throw new ActionError(`Refused: pull request #${number} of ${ctx.repository} could not be read (${status ? `HTTP ${status}` : 'no answer'}); nothing was changed.`);
  }
}

/**
 * An issue_comment on a pull request runs on the default branch: GITHUB_SHA is not the PR's commit. The PR's
 * head commit and branch come from the pull request itself; without an answer the step fails (fail closed).
 */
export async function withPullRequestHead(ctx: RunContext, token: string, log: { info(m: string): void }): Promise<RunContext> {
  if (ctx.eventName !== 'issue_comment' || ctx.prNumber === undefined) return ctx;
  const pull = await readPull(ctx, token, ctx.prNumber);
  log.info(`Pull request #${ctx.prNumber}: head ${pull.headSha} on ${pull.headRef.replace(/[^\w./-]/g, '_')}`);
  return { ...ctx, sha: pull.headSha, refName: pull.headRef, refType: 'pull' };
}
