import { readFileSync } from 'node:fs';
import * as log from '../log.js';

/** What the action knows about the workflow run, read from the runner's environment and event payload. */
export interface RunContext {
  eventName: string;
  /** The commit the run is about: the PR head for pull-request events, else GITHUB_SHA. */
  sha: string;
  ref: string;
  /** Branch or tag name (for PRs: the head branch). */
  refName: string;
  refType: 'branch' | 'tag' | 'pull' | 'other';
  prNumber?: number;
  repository: string;
  defaultBranch?: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  runAttempt: string;
  actor: string;
  workflow: string;
  runUrl: string;
  repositoryUrl: string;
}

type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * `warn` hears about an event file that is missing or not JSON: the run goes on, but without what only the
 * event says (the pull request number, so no PR comment; the PR head commit and branch; the default branch).
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env, warn: (message: string) => void = log.warning): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH, warn);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const repository = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const pr = payload.pull_request;
  const workflowRun = payload.workflow_run;
  const prNumber = pullRequestNumber(eventName, payload);
  let refType: RunContext['refType'] = 'other';
  let refName = env.GITHUB_REF_NAME ?? '';
  if (pr?.head?.ref) {
    refType = 'pull';
    refName = String(pr.head.ref);
  } else if (eventName === 'workflow_run' && workflowRun?.head_branch) {
    refType = prNumber !== undefined ? 'pull' : 'branch';
    refName = String(workflowRun.head_branch);
  } else if (ref.startsWith('refs/heads/')) {
    refType = 'branch';
    refName = ref.slice('refs/heads/'.length);
  } else if (ref.startsWith('refs/tags/')) {
    refType = 'tag';
    refName = ref.slice('refs/tags/'.length);
  } else if (ref.startsWith('refs/pull/')) {
    refType = 'pull';
  }
  const ctx: RunContext = {
    eventName,
    // For workflow_run the commit that triggered the upstream run, not the default branch's head.
    sha: String(pr?.head?.sha ?? (eventName === 'workflow_run' ? workflowRun?.head_sha : undefined) ?? env.GITHUB_SHA ?? ''),
    ref,
    refName,
    refType,
    repository,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    runId,
    runAttempt,
    actor: env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}` : '',
    repositoryUrl: repository ? `${serverUrl}/${repository}` : ''
  };
  if (prNumber !== undefined) ctx.prNumber = prNumber;
  const defaultBranch = payload.repository?.default_branch;
  if (typeof defaultBranch === 'string') ctx.defaultBranch = defaultBranch;
  return ctx;
}

const LOST = 'so the pull request number (and with it the PR comment), the PR head commit and branch, and the default branch are unknown for this run';

function readPayload(path: string | undefined, warn: (message: string) => void): Payload {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    warn(`The event file GITHUB_EVENT_PATH=${path} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}), ${LOST}.`);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Payload;
  } catch {
    // reported below
  }
  warn(`The event file GITHUB_EVENT_PATH=${path} is not a JSON object, ${LOST}.`);
  return {};
}

function pullRequestNumber(eventName: string, payload: Payload): number | undefined {
  const candidates = [
    payload.pull_request?.number,
    eventName === 'issue_comment' && payload.issue?.pull_request ? payload.issue.number : undefined,
    payload.workflow_run?.pull_requests?.[0]?.number
  ];
  for (const n of candidates) if (Number.isInteger(n) && n > 0) return n as number;
  return undefined;
}

/** Pushes to the default branch and release tags count as releases for approval: auto. */
export function isReleaseRun(ctx: RunContext): boolean {
  if (ctx.eventName === 'release') return true;
  if (ctx.refType === 'tag') return true;
  return ctx.refType === 'branch' && ctx.eventName === 'push' && !!ctx.defaultBranch && ctx.refName === ctx.defaultBranch;
}
