import type { RunContext } from './context.js';

/**
 * An issue_comment on a pull request runs on the default branch: GITHUB_SHA is not the PR's commit. The PR's
 * head commit and branch come from the pull request itself (one GET). Without access the run goes on with a
 * warning and the default branch's commit.
 */
export async function withPullRequestHead(ctx: RunContext, token: string, log: { info(m: string): void; warning(m: string): void }): Promise<RunContext> {
  if (ctx.eventName !== 'issue_comment' || ctx.prNumber === undefined || !token) return ctx;
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) return ctx;
  try {
    const { getOctokit } = await import('@actions/github');
    const { data } = await getOctokit(token).rest.pulls.get({ owner, repo, pull_number: ctx.prNumber });
    log.info(`Pull request #${ctx.prNumber}: head ${data.head.sha} on ${data.head.ref}`);
    return { ...ctx, sha: data.head.sha, refName: data.head.ref, refType: 'pull' };
  } catch (err) {
    log.warning(`Could not read pull request #${ctx.prNumber} (${(err as Error).message?.split('\n')[0]}); using ${ctx.sha} as the commit.`);
    return ctx;
  }
}
