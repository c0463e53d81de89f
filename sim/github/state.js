/**
 * GitHub state (tokens, pull requests, issue comments, repository collaborators), kept in the simulator state under `github`
 * so that it is persisted and reset with the rest. A reset restores the default installation
 * token `ghs_simtoken` (app login `github-actions[bot]`, write access to pull requests, issues and deployments, as the
 * example workflows grant; tests register a token without deployments to see a deploy that cannot record one).
 */
import { createHash } from 'node:crypto';

export const DEFAULT_TOKEN = 'ghs_simtoken';
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };
const LEVELS = ['none', 'read', 'write'];
const PERMISSIONS = ['pull_requests', 'issues', 'metadata', 'contents', 'deployments'];

/**
 * @typedef {{pull_requests: string, issues: string, metadata?: string, contents?: string, deployments?: string}} Permissions
 *   contents and deployments: none unless the token names them (dispatches.js, deployments.js); the default token has deployments: write
 * @typedef {{token: string, login: string, id: number, type: 'app'|'user', permissions: Permissions, rateLimit: number}} Token
 * @typedef {{owner: string, repo: string, number: number, head_sha: string, head_ref: string, base_ref: string, state: string,
 *   title: string, user: {login: string, id: number, type: string}, createdMs: number, id: number, head_repo?: string, merged?: boolean}} Pull
 * @typedef {{id: number, owner: string, repo: string, number: number, body: string, user: {login: string, id: number, type: string},
 *   createdMs: number, updatedMs: number}} Comment
 * @typedef {{login: string, role: string}} Collaborator
 * @typedef {{tokens: Record<string, Token>, pulls: Record<string, Pull>, comments: Comment[], nextCommentId: number,
 *   collaborators?: Record<string, Record<string, Collaborator>>}} GithubState
 *   `collaborators`: lower-case `owner/repo` → lower-case login → role (see collaborators.js)
 */

/** A stable numeric user id for a login (github-actions[bot] keeps its real id). @param {string} login */
export function userId(login) {
  if (login === ACTIONS_BOT.login) return ACTIONS_BOT.id;
  return 10_000_000 + (parseInt(createHash('sha256').update(login.toLowerCase()).digest('hex').slice(0, 7), 16) % 90_000_000);
}

/** @returns {GithubState} */
export function emptyGithub() {
  return {
    tokens: {
      [DEFAULT_TOKEN]: {
        token: DEFAULT_TOKEN, login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'app',
        permissions: { pull_requests: 'write', issues: 'write', metadata: 'read', deployments: 'write' }, rateLimit: 5000,
      },
    },
    pulls: {},
    comments: [],
    collaborators: {},
    nextCommentId: 2_000_000_001,
  };
}

/** The GitHub part of the simulator state (created on first use). @param {{data: any}} state @returns {GithubState} */
export const githubOf = (state) => (state.data.github ??= emptyGithub());

/** `owner/repo#n`, case-insensitive like GitHub's names. */
export const pullKey = (owner, repo, number) => `${owner.toLowerCase()}/${repo.toLowerCase()}#${number}`;

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export const NAME = /^[A-Za-z0-9_.-]+$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/** @param {any} body @param {string[]} known */
export function checkKnown(body, known) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length) throw new TypeError(`unknown member(s): ${unknown.join(', ')}`);
}

/** @param {any} body */
function checkIssueRef(body) {
  if (typeof body.owner !== 'string' || !NAME.test(body.owner)) throw new TypeError('owner must be a GitHub account name');
  if (typeof body.repo !== 'string' || !NAME.test(body.repo)) throw new TypeError('repo must be a GitHub repository name');
  if (!(Number.isInteger(body.number) && body.number >= 1)) throw new TypeError('number must be an integer >= 1');
}

/** @param {any} login */
export function checkLogin(login) {
  if (typeof login !== 'string' || !LOGIN.test(login)) throw new TypeError('login must be a GitHub login (letters, digits, hyphens; optional [bot] suffix)');
}

/**
 * Register (or replace) a token. Control API `POST /_sim/github/tokens`.
 * @param {GithubState} gh @param {any} body
 */
export function registerToken(gh, body) {
  checkKnown(body, ['token', 'login', 'type', 'permissions', 'rateLimit']);
  if (typeof body.token !== 'string' || !/^[A-Za-z0-9_.-]{1,255}$/.test(body.token)) throw new TypeError('token must be 1 to 255 letters, digits, _ . -');
  checkLogin(body.login);
  const type = body.type ?? 'user';
  if (!['app', 'user'].includes(type)) throw new TypeError("type must be 'app' or 'user'");
  const given = body.permissions ?? {};
  if (!isRecord(given)) throw new TypeError('permissions must be an object');
  for (const [k, v] of Object.entries(given)) {
    if (!PERMISSIONS.includes(k)) throw new TypeError(`unknown permission ${k} (the simulator models ${PERMISSIONS.join(', ')})`);
    if (!LEVELS.includes(/** @type {string} */ (v))) throw new TypeError(`permission ${k} must be one of ${LEVELS.join(', ')}`);
    if (k === 'metadata' && v === 'write') throw new TypeError("permission metadata must be 'read' or 'none' (GitHub has no metadata write)");
  }
  const rateLimit = body.rateLimit ?? 5000;
  if (!(Number.isInteger(rateLimit) && rateLimit >= 0)) throw new TypeError('rateLimit must be an integer >= 0');
  /** @type {Token} */
  const token = {
    token: body.token, login: body.login, id: userId(body.login), type,
    permissions: {
      pull_requests: given.pull_requests ?? 'write', issues: given.issues ?? 'write', metadata: given.metadata ?? 'read',
      ...(given.contents ? { contents: given.contents } : {}), ...(given.deployments ? { deployments: given.deployments } : {}),
    }, rateLimit,
  };
  gh.tokens[body.token] = token;
  return { login: token.login, id: token.id, type: token.type, permissions: token.permissions, rateLimit };
}

/**
 * Seed a pull request. Control API `POST /_sim/github/pulls`.
 * @param {GithubState} gh @param {any} body @param {number} now
 */
export function seedPull(gh, body, now) {
  checkKnown(body, ['owner', 'repo', 'number', 'head_sha', 'head_ref', 'base_ref', 'state', 'title', 'login', 'head_repo', 'merged']);
  checkIssueRef(body);
  if (typeof body.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(body.head_sha)) throw new TypeError('head_sha must be 40 lower-case hex digits');
  for (const k of ['head_ref', 'base_ref']) {
    if (typeof body[k] !== 'string' || body[k] === '') throw new TypeError(`${k} must be a non-empty string`);
  }
  const state = body.state ?? 'open';
  if (!['open', 'closed'].includes(state)) throw new TypeError("state must be 'open' or 'closed'");
  const login = body.login ?? 'octocat';
  checkLogin(login);
  const headRepo = body.head_repo ?? `${body.owner}/${body.repo}`;
  if (typeof headRepo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(headRepo)) throw new TypeError('head_repo must be owner/name');
  if (body.merged !== undefined && (typeof body.merged !== 'boolean' || (body.merged && state !== 'closed'))) throw new TypeError('merged must be a boolean, true only for a closed pull request');
  /** @type {Pull} */
  const pull = {
    owner: body.owner, repo: body.repo, number: body.number, head_sha: body.head_sha, head_ref: body.head_ref, base_ref: body.base_ref,
    state, title: body.title ?? `Pull request #${body.number}`, user: { login, id: userId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    createdMs: now, id: 1_000_000_000 + body.number, head_repo: headRepo, merged: body.merged === true,
  };
  gh.pulls[pullKey(body.owner, body.repo, body.number)] = pull;
  return { owner: pull.owner, repo: pull.repo, number: pull.number };
}

/**
 * Add a comment (the API's create, and the control API's seeding of other users' comments).
 * @param {GithubState} gh
 * @param {{owner: string, repo: string, number: number, body: string, login: string, type: string}} c
 * @param {number} now
 */
export function addComment(gh, c, now) {
  /** @type {Comment} */
  const comment = {
    id: gh.nextCommentId++, owner: c.owner, repo: c.repo, number: c.number, body: c.body,
    user: { login: c.login, id: userId(c.login), type: c.type }, createdMs: now, updatedMs: now,
  };
  gh.comments.push(comment);
  return comment;
}

/**
 * Seed comments of any user. Control API `POST /_sim/github/comments` `{owner, repo, number, body, login, type?, count?}`.
 * @param {GithubState} gh @param {any} body @param {number} now
 */
export function seedComments(gh, body, now) {
  checkKnown(body, ['owner', 'repo', 'number', 'body', 'login', 'type', 'count']);
  checkIssueRef(body);
  if (typeof body.body !== 'string' || body.body === '' || [...body.body].length > 65536) throw new TypeError('body must be a string of 1 to 65536 characters');
  checkLogin(body.login);
  const type = body.type ?? (body.login.endsWith('[bot]') ? 'Bot' : 'User');
  if (!['User', 'Bot', 'Organization'].includes(type)) throw new TypeError("type must be 'User', 'Bot' or 'Organization'");
  const count = body.count ?? 1;
  if (!(Number.isInteger(count) && count >= 1 && count <= 1000)) throw new TypeError('count must be an integer from 1 to 1000');
  const ids = [];
  for (let i = 0; i < count; i++) ids.push(addComment(gh, { ...body, type }, now).id);
  return { ids };
}

/** Comments of one issue, by id ascending. @param {GithubState} gh */
export function commentsOf(gh, owner, repo, number) {
  const key = pullKey(owner, repo, number);
  return gh.comments.filter((c) => pullKey(c.owner, c.repo, c.number) === key).sort((a, b) => a.id - b.id);
}
