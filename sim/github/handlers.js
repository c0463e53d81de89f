/**
 * GitHub REST and GraphQL operations. Each handler gets a request context and returns
 * `{status, body, headers?}` or throws a GithubError.
 */
import { addComment, commentsOf, pullKey } from './state.js';
import { commentView, pullView, userView } from './views.js';

export const DOCS = 'https://docs.github.com/rest';

/** An HTTP error answered in GitHub's JSON shape. */
export class GithubError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, unknown>} [extra] e.g. {errors: [...]}
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, extra = {}, headers = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
    this.headers = headers;
  }
}

/**
 * @typedef {object} GhContext
 * @property {import('./state.js').GithubState} gh
 * @property {import('./state.js').Token} token
 * @property {Record<string, string>} params path parameters of the route template
 * @property {URLSearchParams} query
 * @property {any} body parsed JSON body (undefined when none)
 * @property {string} base simulator base URL
 * @property {string} pathname request path (without the query)
 * @property {string} docs documentation_url of the route
 * @property {number} now virtual epoch ms
 * @property {() => void} changed persist the state
 */

/** 403 as GitHub answers a token that lacks a permission. @param {GhContext} ctx */
export function notAccessible(ctx) {
  const by = ctx.token.type === 'app' ? 'integration' : 'personal access token';
  return new GithubError(403, `Resource not accessible by ${by}`);
}

const LEVEL = { none: 0, read: 1, write: 2 };

/** @param {GhContext} ctx @param {('pull_requests'|'issues')[]} any one of these suffices @param {'read'|'write'} level */
function requirePermission(ctx, any, level) {
  if (!any.some((p) => LEVEL[/** @type {keyof typeof LEVEL} */ (ctx.token.permissions[p])] >= LEVEL[level])) throw notAccessible(ctx);
}

/** @param {GhContext} ctx */
const notFound = (ctx) => new GithubError(404, 'Not Found', { documentation_url: ctx.docs });

/** @param {GhContext} ctx */
export function getUser(ctx) {
  if (ctx.token.type === 'app') throw notAccessible(ctx);
  return { status: 200, body: { ...userView(ctx.base, { login: ctx.token.login, id: ctx.token.id, type: 'User' }), name: null } };
}

/** @param {GhContext} ctx */
export function getPull(ctx) {
  requirePermission(ctx, ['pull_requests'], 'read');
  const { owner, repo, pull_number: n } = ctx.params;
  const pull = ctx.gh.pulls[pullKey(owner, repo, Number(n))];
  if (!pull) throw notFound(ctx);
  return { status: 200, body: pullView(ctx.base, pull) };
}

/** Link header in GitHub's format (`<url>; rel="next", <url>; rel="last"`; order prev, next, last, first). */
function linkHeader(ctx, page, lastPage) {
  const url = (p) => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    return `<${ctx.base}${ctx.pathname}?${q.toString()}>`;
  };
  const links = [];
  if (page > 1) links.push(`${url(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) {
    links.push(`${url(page + 1)}; rel="next"`);
    links.push(`${url(lastPage)}; rel="last"`);
  }
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  return links.join(', ');
}

/** @param {string|null} v @param {number} dflt */
function positiveInt(v, dflt) {
  if (v === null || !/^\d+$/.test(v)) return dflt;
  const n = Number(v);
  return n >= 1 ? n : dflt;
}

/** @param {GhContext} ctx */
export function listComments(ctx) {
  requirePermission(ctx, ['issues', 'pull_requests'], 'read');
  const { owner, repo, issue_number: n } = ctx.params;
  const perPage = Math.min(positiveInt(ctx.query.get('per_page'), 30), 100);
  const page = positiveInt(ctx.query.get('page'), 1);
  let all = commentsOf(ctx.gh, owner, repo, Number(n));
  const since = ctx.query.get('since');
  if (since !== null) {
    const t = Date.parse(since);
    if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(since)) {
      throw new GithubError(422, 'Invalid request.\n\nInvalid input: `since` must be an ISO 8601 timestamp (YYYY-MM-DDTHH:MM:SSZ).', { documentation_url: ctx.docs });
    }
    all = all.filter((c) => c.updatedMs >= t);
  }
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(ctx, page, lastPage);
  return { status: 200, body: items.map((c) => commentView(ctx.base, c, ctx.gh)), headers: link ? { link } : {} };
}

/** GitHub's checks of a comment body (create and update). @param {GhContext} ctx */
function commentBody(ctx) {
  const b = ctx.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b) || b.body === undefined) {
    throw new GithubError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', { documentation_url: ctx.docs });
  }
  if (typeof b.body !== 'string') {
    throw new GithubError(422, `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(b.body)} is not a string.`, { documentation_url: ctx.docs });
  }
  if (b.body.trim() === '') {
    throw new GithubError(422, 'Validation Failed', { errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], documentation_url: ctx.docs });
  }
  if ([...b.body].length > 65536) {
    throw new GithubError(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: ctx.docs,
    });
  }
  return b.body;
}

/** @param {GhContext} ctx */
export function createComment(ctx) {
  requirePermission(ctx, ['issues', 'pull_requests'], 'write');
  const body = commentBody(ctx);
  const { owner, repo, issue_number: n } = ctx.params;
  const c = addComment(ctx.gh, { owner, repo, number: Number(n), body, login: ctx.token.login, type: ctx.token.type === 'app' ? 'Bot' : 'User' }, ctx.now);
  ctx.changed();
  const view = commentView(ctx.base, c, ctx.gh);
  return { status: 201, body: view, headers: { location: view.url } };
}

/** The comment of the route, in the route's repository, or 404. @param {GhContext} ctx */
function findComment(ctx) {
  const { owner, repo, comment_id: id } = ctx.params;
  const c = ctx.gh.comments.find((x) => x.id === Number(id));
  if (!c || c.owner.toLowerCase() !== owner.toLowerCase() || c.repo.toLowerCase() !== repo.toLowerCase()) throw notFound(ctx);
  return c;
}

/** Editing or deleting someone else's comment. @param {GhContext} ctx @param {import('./state.js').Comment} c */
function requireAuthor(ctx, c) {
  if (c.user.login.toLowerCase() === ctx.token.login.toLowerCase()) return;
  if (ctx.token.type === 'app') throw notAccessible(ctx);
  throw new GithubError(403, 'Must have admin rights to Repository.', { documentation_url: ctx.docs });
}

/** @param {GhContext} ctx */
export function getComment(ctx) {
  requirePermission(ctx, ['issues', 'pull_requests'], 'read');
  return { status: 200, body: commentView(ctx.base, findComment(ctx), ctx.gh) };
}

/** @param {GhContext} ctx */
export function updateComment(ctx) {
  requirePermission(ctx, ['issues', 'pull_requests'], 'write');
  const c = findComment(ctx);
  requireAuthor(ctx, c);
  c.body = commentBody(ctx);
  c.updatedMs = Math.max(ctx.now, c.updatedMs);
  ctx.changed();
  return { status: 200, body: commentView(ctx.base, c, ctx.gh) };
}

/** @param {GhContext} ctx */
export function deleteComment(ctx) {
  requirePermission(ctx, ['issues', 'pull_requests'], 'write');
  const c = findComment(ctx);
  requireAuthor(ctx, c);
  ctx.gh.comments = ctx.gh.comments.filter((x) => x !== c);
  ctx.changed();
  return { status: 204, body: undefined };
}

/** `{ viewer { login } }` in any layout, optionally as a named/anonymous `query`. */
const VIEWER_LOGIN = /^(query(\s+[_A-Za-z][_0-9A-Za-z]*)?\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}$/;

/** @param {GhContext} ctx */
export function graphql(ctx) {
  const query = ctx.body?.query;
  if (typeof query !== 'string') {
    throw new GithubError(400, 'Problems parsing JSON', { documentation_url: 'https://docs.github.com/graphql' });
  }
  if (!VIEWER_LOGIN.test(query.trim())) {
    return {
      status: 200,
      body: { errors: [{ type: 'SIMULATOR_UNSUPPORTED', message: 'The simulator only answers the GraphQL query `{ viewer { login } }`' }] },
    };
  }
  // GitHub's GraphQL API names an app's bot user without the [bot] suffix
  const login = ctx.token.type === 'app' ? ctx.token.login.replace(/\[bot\]$/, '') : ctx.token.login;
  return { status: 200, body: { data: { viewer: { login } } } };
}
