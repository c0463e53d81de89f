/**
 * End-to-end helpers for the sub-actions (promote, rollback, status, prune): each runs through its own
 * action.yml (input defaults, runs.main into the shared dist/). ACTION_DIST_DIR runs a bundle built elsewhere
 * (`node scripts/bundle.mjs /tmp/dist`) instead of the committed dist/.
 */
import { join } from 'node:path';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { HEAD_SHA, REPO, runAction, type RunOptions, type RunResult } from './action-runner.js';
import type { Sim } from './sim.js';

export const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model';
export const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-execution';
export const GROUP = 'fraud-detector';
export const sha = (n: number) => n.toString(16).padStart(40, 'c');

type Opts = Omit<RunOptions, 'action' | 'entry'>;

export function runSub(action: 'promote' | 'rollback' | 'status' | 'prune' | 'approval-events' | 'share', opts: Opts): Promise<RunResult> {
  const dist = process.env.ACTION_DIST_DIR;
  return runAction({ ...opts, action, ...(dist ? { entry: join(dist, `${action}.js`) } : {}) });
}

/** The top-level (register + deploy) action. */
export function runRegister(opts: Opts): Promise<RunResult> {
  const dist = process.env.ACTION_DIST_DIR;
  return runAction({ ...opts, ...(dist ? { entry: join(dist, 'index.js') } : {}) });
}

export function client(sim: Sim): SageMakerClient {
  return new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 });
}

/** Registers `commit`'s image the way the pull-request workflow does (pending, PR event). */
export function registerPr(sim: Sim, commit: string, extra: Partial<Opts> & { inputs?: Record<string, string> } = {}): Promise<RunResult> {
  return runRegister({
    env: sim.env,
    eventName: 'pull_request',
    event: prEvent(42, commit),
    sha: 'f'.repeat(40),
    ...extra,
    inputs: { image: `${ECR_IMAGE}:${commit.slice(0, 12)}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'pending', comment: 'false', ...extra.inputs }
  });
}

export function prEvent(number: number, head: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: head, ref: 'feature/x', repo: { full_name: REPO } }, base: { ref: 'main' }, html_url: `https://github.com/${REPO}/pull/${number}`, ...extra },
    repository: { full_name: REPO, default_branch: 'main' }
  };
}

export function commentEvent(number: number, login: string, association: string, body = '/promote'): Record<string, unknown> {
  return {
    action: 'created',
    issue: { number, pull_request: { url: `https://api.github.com/repos/${REPO}/pulls/${number}` } },
    comment: { id: 1, body, user: { login }, author_association: association },
    repository: { full_name: REPO, default_branch: 'main' }
  };
}

export { HEAD_SHA, REPO };
