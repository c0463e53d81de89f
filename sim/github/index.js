/**
 * GitHub REST/GraphQL served by the simulator on every path outside /_sim/ that is not an AWS
 * request, for Octokit with `baseUrl` (GITHUB_API_URL) = the simulator URL.
 *
 * Order of checks: route (404), token (401), rate limit (403), faults (throttle → 403 rate limit,
 * deny → 403, serverError → 500), then the operation. Every request is logged with service
 * 'github' and the route template as the operation.
 */
import { randomBytes } from 'node:crypto';
import { AwsError } from '../errors.js';
import {
  createComment, deleteComment, DOCS, getComment, getPull, getUser, GithubError, graphql, listComments, notAccessible, updateComment,
} from './handlers.js';
import { getCollaboratorPermission } from './collaborators.js';
import { listAttestations } from './attestations.js';
import { createDispatch, DISPATCH_DOCS } from './dispatches.js';
import { createDeployment, createDeploymentStatus, getDeployment, listDeployments, listDeploymentStatuses } from './deployments.js';
import { githubOf } from './state.js';

const COMMENTS_DOCS = 'https://docs.github.com/rest/issues/comments';
const DEPLOYMENTS_DOCS = 'https://docs.github.com/rest/deployments/deployments';

/** Route templates as Octokit / the REST docs write them. */
const ROUTES = [
  { method: 'GET', template: '/user', handler: getUser, docs: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' },
  {
    method: 'GET', template: '/repos/{owner}/{repo}/collaborators/{username}/permission', handler: getCollaboratorPermission,
    docs: 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user',
  },
  {
    method: 'GET', template: '/repos/{owner}/{repo}/attestations/{subject_digest}', handler: listAttestations,
    docs: 'https://docs.github.com/rest/repos/attestations#list-attestations',
  },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', handler: getPull, docs: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request' },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: listComments, docs: `${COMMENTS_DOCS}#list-issue-comments` },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: createComment, docs: `${COMMENTS_DOCS}#create-an-issue-comment` },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: getComment, docs: `${COMMENTS_DOCS}#get-an-issue-comment` },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: updateComment, docs: `${COMMENTS_DOCS}#update-an-issue-comment` },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: deleteComment, docs: `${COMMENTS_DOCS}#delete-an-issue-comment` },
  { method: 'POST', template: '/graphql', handler: graphql, docs: 'https://docs.github.com/graphql' },
  { method: 'POST', template: '/repos/{owner}/{repo}/dispatches', handler: createDispatch, docs: DISPATCH_DOCS },
  { method: 'POST', template: '/repos/{owner}/{repo}/deployments', handler: createDeployment, docs: `${DEPLOYMENTS_DOCS}#create-a-deployment` },
  { method: 'GET', template: '/repos/{owner}/{repo}/deployments', handler: listDeployments, docs: `${DEPLOYMENTS_DOCS}#list-deployments` },
  { method: 'GET', template: '/repos/{owner}/{repo}/deployments/{deployment_id}', handler: getDeployment, docs: `${DEPLOYMENTS_DOCS}#get-a-deployment` },
  {
    method: 'POST', template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: createDeploymentStatus,
    docs: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status',
  },
  {
    method: 'GET', template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: listDeploymentStatuses,
    docs: 'https://docs.github.com/rest/deployments/statuses#list-deployment-statuses',
  },
].map((r) => ({
  ...r,
  // numbers are digits; names one path segment
  regex: new RegExp(`^${r.template.replace(/\{(\w+)\}/g, (_, n) => (/number|_id$/.test(n) ? `(?<${n}>[0-9]+)` : `(?<${n}>[^/]+)`))}$`),
}));

/** `XXXX:XXXX:XXXXXX:XXXXXX:XXXXXXXX` like GitHub's request ids. */
function requestId() {
  const h = randomBytes(14).toString('hex').toUpperCase();
  return `${h.slice(0, 4)}:${h.slice(4, 8)}:${h.slice(8, 14)}:${h.slice(14, 20)}:${h.slice(20, 28)}`;
}

/** @param {string} header */
function tokenOf(header) {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}

/**
 * Per-token hourly rate-limit windows on the virtual clock (not persisted; cleared by a reset).
 */
export class RateLimits {
  constructor() {
    /** @type {Map<string, {used: number, resetMs: number}>} */
    this.windows = new Map();
  }

  /** Count one request; returns the header values after counting. */
  take(key, limit, now) {
    let w = this.windows.get(key);
    if (!w || now >= w.resetMs) {
      w = { used: 0, resetMs: now + 3_600_000 };
      this.windows.set(key, w);
    }
    const exceeded = w.used >= limit;
    if (!exceeded) w.used++;
    return { exceeded, limit, used: w.used, remaining: Math.max(0, limit - w.used), reset: Math.ceil(w.resetMs / 1000) };
  }

  clear() {
    this.windows.clear();
  }
}

/** Rate-limit exceeded answer. @param {any} token */
const rateLimited = (token) =>
  new GithubError(403, `API rate limit exceeded for ${token.type === 'app' ? 'installation' : 'user'} ID ${token.id}.`, {
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  }, { 'x-ratelimit-remaining': '0' });

/**
 * Handle one GitHub request.
 * @param {import('../server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {string} rawBody
 * @returns {{status: number, headers: Record<string, string>, body: string}}
 */
export function handleGithubRequest(core, req, rawBody) {
  const url = new URL(req.url ?? '/', 'http://sim');
  const method = (req.method ?? 'GET').toUpperCase();
  const now = core.clock.now();
  const gh = githubOf(core.state);
  const route = ROUTES.find((r) => r.method === method && r.regex.test(url.pathname));
  const operation = route ? `${method} ${route.template}` : `${method} ${url.pathname}`;
  /** @type {Record<string, string>} */
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': requestId(),
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
  };
  let status = 200;
  /** @type {unknown} */
  let payload;
  let error = null;
  let request = null;
  try {
    if (rawBody.trim() !== '') {
      try {
        request = JSON.parse(rawBody);
      } catch {
        throw new GithubError(400, 'Problems parsing JSON', { documentation_url: route?.docs ?? DOCS });
      }
    }
    if (!route) throw new GithubError(404, 'Not Found', { documentation_url: DOCS });
    const tokenValue = tokenOf(String(req.headers.authorization ?? ''));
    const token = tokenValue ? gh.tokens[tokenValue] : undefined;
    const resource = route.template === '/graphql' ? 'graphql' : 'core';
    const rate = core.githubRates.take(token ? `${resource}:${token.token}` : `${resource}:anonymous`, token ? token.rateLimit : 60, now);
    Object.assign(headers, {
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(rate.remaining),
      'x-ratelimit-used': String(rate.used),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-resource': resource,
    });
    if (!token) throw new GithubError(401, 'Bad credentials', { documentation_url: resource === 'graphql' ? route.docs : DOCS });
    if (rate.exceeded) throw rateLimited(token);
    /** @type {import('./handlers.js').GhContext} */
    const ctx = {
      gh,
      token,
      params: /** @type {Record<string, string>} */ ({ ...route.regex.exec(url.pathname)?.groups }),
      query: url.searchParams,
      body: request ?? undefined,
      base: core.url,
      pathname: url.pathname,
      docs: route.docs,
      now,
      changed: () => core.state.save(now),
    };
    try {
      core.faults.beforeOperation(operation, () => ({ principal: token.login, service: 'github', resource: url.pathname }));
    } catch (e) {
      if (!(e instanceof AwsError)) throw e;
      if (e.code === 'ThrottlingException') throw rateLimited(token);
      if (e.code === 'AccessDeniedException') {
        const denied = notAccessible(ctx);
        throw new GithubError(403, denied.message, { documentation_url: route.docs });
      }
      throw new GithubError(500, 'Server Error', {});
    }
    const out = route.handler(ctx);
    status = out.status;
    payload = out.body;
    Object.assign(headers, out.headers ?? {});
  } catch (e) {
    if (!(e instanceof GithubError)) throw e;
    status = e.status;
    error = e.message;
    payload = { message: e.message, ...e.extra };
    if (payload && typeof payload === 'object' && !('documentation_url' in payload) && status !== 500) {
      /** @type {any} */ (payload).documentation_url = route?.docs ?? DOCS;
    }
    Object.assign(headers, e.headers);
  }
  core.log.add({
    time: new Date(now).toISOString(),
    service: 'github',
    operation,
    path: `${url.pathname}${url.search}`,
    status,
    error,
    request,
  });
  if (payload === undefined) {
    delete headers['content-type'];
    return { status, headers, body: '' };
  }
  return { status, headers, body: JSON.stringify(payload) };
}
