/**
 * The simulator's GitHub API for authorisePromotion tests: a pull request, collaborators, and the run context and
 * event payloads GitHub would give. @actions/github reads GITHUB_API_URL when it is first imported, so the test file
 * calls `useSim` before any code under test asks for Octokit.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { RunContext } from '../../src/github/context.js';
import type { Payload } from '../../src/github/write-access.js';
import { startSim, type Sim } from './sim.js';

export const OWNER = 'acme';
export const REPO = 'fraud-model';
export const TOKEN = 'ghs_simtoken';
export const HEAD = 'a1'.repeat(20);
export const NEW_HEAD = 'b2'.repeat(20);
export const OLD_HEAD = 'c3'.repeat(20);
export const DEFAULT_SHA = 'd4'.repeat(20);
export const NUMBER = 42;
export const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
export const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';

export interface PullSeed {
  head_sha?: string;
  base_ref?: string;
  state?: 'open' | 'closed';
  head_repo?: string;
}

export interface SimGithub {
  sim: () => Sim;
  seedPull: (p?: PullSeed) => Promise<unknown>;
  /** The GitHub operations called since the last reset, in order. */
  calls: () => Promise<string[]>;
  /** Answer 500 (or 403 with deny) on a route from now on. */
  fail: (route: string, how?: 'serverError' | 'deny') => Promise<unknown>;
}

/** Starts the simulator for the file; each test starts with PR #42 (open, head HEAD, into main) and these roles. */
export function useSim(roles: Record<string, string>): SimGithub {
  let sim: Sim;
  const saved = process.env.GITHUB_API_URL;
  const seedPull = (p: PullSeed = {}) =>
    sim.control('github/pulls', { owner: OWNER, repo: REPO, number: NUMBER, head_sha: HEAD, head_ref: 'feature/x', base_ref: 'main', ...p });
  beforeAll(async () => {
    sim = await startSim({ clockSpeed: 0 });
    process.env.GITHUB_API_URL = sim.url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = saved;
    await sim.close();
  });
  beforeEach(async () => {
    await sim.reset();
    await seedPull();
    for (const [login, role] of Object.entries(roles)) await sim.control('github/collaborators', { owner: OWNER, repo: REPO, login, role });
  });
  return {
    sim: () => sim,
    seedPull,
    calls: async () => (await sim.requests({ service: 'github' })).map((r) => r.operation),
    fail: (route, how = 'serverError') => sim.control('faults', how === 'deny' ? { deny: [route] } : { serverError: { rate: 1, operations: [route] } })
  };
}

export const context = (eventName: string, more: Partial<RunContext> = {}): RunContext =>
  ({ eventName, repository: `${OWNER}/${REPO}`, defaultBranch: 'main', sha: DEFAULT_SHA, prNumber: NUMBER, ...more }) as RunContext;

/** `commit` null: a review without commit_id. */
export const review = (login: string, association = 'COLLABORATOR', commit: string | null = HEAD): Payload => ({
  review: { state: 'approved', user: { login }, author_association: association, ...(commit ? { commit_id: commit } : {}) },
  pull_request: { number: NUMBER }
});

export const comment = (login: string, association = 'MEMBER'): Payload => ({
  comment: { user: { login }, author_association: association, body: '/promote' },
  issue: { number: NUMBER, pull_request: {} }
});

/** The refusal's message, or '' when the promise resolved. */
export const refusal = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => '',
    (e: Error) => e.message
  );
