/**
 * Records a deploy as a GitHub deployment (deployment-record.ts says what): created with status in_progress once the
 * endpoint update has started, then success, failure or error. A success supersedes the environment's earlier
 * successful deployments: GitHub's auto_inactive marks them inactive, except in production environments, where it
 * does not (GitHub documents this), so those are marked inactive here. It needs `deployments: write`; without it
 * (403/404), or on any other failure, it warns once and stops recording: it never fails the deploy.
 */
import type { RunContext } from './context.js';
import { deploymentRequest, stateDescription, type DeploymentState, type RecordFacts } from './deployment-record.js';

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** Superseded deployments looked at after a success (the newest of the environment). */
const SUPERSEDED_MAX = 10;

export class DeploymentRecorder {
  private octokit?: Octokit;
  private id?: number;
  private production = false;
  private off = false;

  constructor(
    private readonly ctx: RunContext,
    private readonly token: string,
    private readonly facts: RecordFacts,
    private readonly log: Log
  ) {}

  private repo(): { owner: string; repo: string } {
    const [owner = '', repo = ''] = this.ctx.repository.split('/');
    return { owner, repo };
  }

  /** Runs one call; the first failure warns and switches recording off for the rest of the run. */
  private async call<T>(what: string, fn: (o: Octokit) => Promise<T>): Promise<T | undefined> {
    if (this.off) return undefined;
    try {
      if (!this.octokit) this.octokit = (await import('@actions/github')).getOctokit(this.token);
      return await fn(this.octokit);
    } catch (err) {
      this.off = true;
      const status = (err as { status?: number }).status;
      const why = status === 403 || status === 404 ? `HTTP ${status}: the token needs deployments: write` : `HTTP ${status ?? 'error'}`;
      this.log.warning(`Could not ${what} (${why}); the deploy goes on without a GitHub deployment record.`);
      return undefined;
    }
  }

  /** Creates the deployment and marks it in_progress. */
  async start(): Promise<void> {
    if (!this.token || !/^[^/]+\/[^/]+$/.test(this.ctx.repository)) {
      this.off = true;
      return this.log.info('No token or repository: the deploy is not recorded as a GitHub deployment.');
    }
    const created = await this.call('create a GitHub deployment', (o) => o.request('POST /repos/{owner}/{repo}/deployments', { ...this.repo(), ...(deploymentRequest(this.facts) as { ref: string }) }));
    const data = created?.data as { id?: number; production_environment?: boolean } | undefined;
    if (!data?.id) return;
    this.id = data.id;
    this.production = data.production_environment === true;
    const where = `GitHub deployment ${this.id} (environment ${this.facts.environment})`;
    this.log.info((await this.status('in_progress')) ? `${where} is in progress.` : `${where} was created; GitHub did not take its status.`);
  }

  /** The final status; after a success, the superseded ones become inactive. */
  async finish(state: DeploymentState | undefined, outcome: string): Promise<void> {
    if (this.id === undefined || !state) return;
    await this.status(state, outcome);
    if (state === 'success' && this.production) await this.supersede();
  }

  /** Sets a status; whether GitHub took it. */
  private async status(state: DeploymentState, outcome?: string, id = this.id!): Promise<boolean> {
    const body = {
      ...this.repo(),
      deployment_id: id,
      state,
      description: stateDescription(state, this.facts, outcome as never),
      environment_url: this.facts.url,
      ...(this.ctx.runUrl ? { log_url: this.ctx.runUrl } : {})
    };
    const set = await this.call(`set the GitHub deployment's status to ${state}`, (o) => o.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', body as never));
    return set !== undefined;
  }

  private async supersede(): Promise<void> {
    const list = await this.call('list the environment’s GitHub deployments', (o) => o.request('GET /repos/{owner}/{repo}/deployments', { ...this.repo(), environment: this.facts.environment, per_page: SUPERSEDED_MAX }));
    for (const d of (list?.data ?? []) as { id: number }[]) {
      if (d.id === this.id) continue;
      const statuses = await this.call('read a GitHub deployment’s status', (o) => o.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo(), deployment_id: d.id, per_page: 1 }));
      if ((statuses?.data as { state?: string }[] | undefined)?.[0]?.state === 'success') await this.status('inactive', undefined, d.id);
    }
  }
}
