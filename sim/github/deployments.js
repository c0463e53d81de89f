/**
 * Deployments and deployment statuses (https://docs.github.com/rest/deployments), the subset a deploy records:
 *   POST /repos/{o}/{r}/deployments {ref, task?, payload?, environment?, description?, transient_environment?,
 *        production_environment?, auto_merge?, required_contexts?}        201 the deployment
 *   GET  /repos/{o}/{r}/deployments[?sha=&ref=&task=&environment=]      newest first
 *   GET  /repos/{o}/{r}/deployments/{deployment_id}
 *   POST /repos/{o}/{r}/deployments/{deployment_id}/statuses {state, description?, environment?, environment_url?,
 *        log_url?, target_url?, auto_inactive?}                          201 the status
 *   GET  /repos/{o}/{r}/deployments/{deployment_id}/statuses            newest first
 * Assumed: every ref resolves (to itself when it is 40 hex digits, else to a made-up SHA); auto_merge and
 * required_contexts are accepted and ignored (no merge, no commit-status check); the token needs the deployments
 * permission (read for GET, write for POST; none answers 404). `auto_inactive` (default true) adds an `inactive`
 * status to the earlier deployments of the same repository and environment whose last status is `success`,
 * except transient or production ones, as GitHub documents.
 */
import { createHash } from 'node:crypto';
import { GithubError, notAccessible } from './handlers.js';
import { isoSeconds, userView } from './views.js';

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
const DOCS = 'https://docs.github.com/rest/deployments/deployments';
const STATUS_DOCS = 'https://docs.github.com/rest/deployments/statuses';

/** @param {any} gh */
const store = (gh) => (gh.deployments ??= { list: [], nextId: 3_000_000_001, nextStatusId: 4_000_000_001 });
const repoKey = (o, r) => `${o.toLowerCase()}/${r.toLowerCase()}`;
const invalid = (message, docs) => new GithubError(422, `Invalid request.\n\n${message}`, { documentation_url: docs });

/** @param {import('./handlers.js').GhContext} ctx @param {'read'|'write'} level */
function requireDeployments(ctx, level) {
  const have = /** @type {any} */ (ctx.token.permissions).deployments ?? 'none';
  if (have === 'none') throw new GithubError(404, 'Not Found', { documentation_url: ctx.docs });
  if (level === 'write' && have !== 'write') throw notAccessible(ctx);
}

/** @param {import('./handlers.js').GhContext} ctx */
function deploymentOf(ctx) {
  const d = store(ctx.gh).list.find((x) => x.id === Number(ctx.params.deployment_id) && x.repoKey === repoKey(ctx.params.owner, ctx.params.repo));
  if (!d) throw new GithubError(404, 'Not Found', { documentation_url: ctx.docs });
  return d;
}

/** @param {string} base @param {any} d */
function deploymentView(base, d) {
  const url = `${base}/repos/${d.owner}/${d.repo}/deployments/${d.id}`;
  return {
    url, id: d.id, node_id: `DE_sim${d.id}`, sha: d.sha, ref: d.ref, task: d.task, payload: d.payload,
    original_environment: d.original_environment, environment: d.environment, description: d.description, creator: userView(base, d.creator),
    created_at: isoSeconds(d.createdMs), updated_at: isoSeconds(d.updatedMs), statuses_url: `${url}/statuses`,
    repository_url: `${base}/repos/${d.owner}/${d.repo}`, transient_environment: d.transient_environment, production_environment: d.production_environment,
  };
}

/** @param {string} base @param {any} d @param {any} s */
function statusView(base, d, s) {
  const url = `${base}/repos/${d.owner}/${d.repo}/deployments/${d.id}`;
  return {
    url: `${url}/statuses/${s.id}`, id: s.id, node_id: `DES_sim${s.id}`, state: s.state, creator: userView(base, s.creator),
    description: s.description, environment: s.environment, target_url: s.log_url, log_url: s.log_url, environment_url: s.environment_url,
    created_at: isoSeconds(s.createdMs), updated_at: isoSeconds(s.createdMs), deployment_url: url, repository_url: `${base}/repos/${d.owner}/${d.repo}`,
  };
}

/** @param {any} b @param {string} key @param {string} docs @param {number} [max] */
function optionalString(b, key, docs, max) {
  if (b[key] === undefined || b[key] === null) return undefined;
  if (typeof b[key] !== 'string') throw invalid(`For 'properties/${key}', ${JSON.stringify(b[key])} is not a string.`, docs);
  if (max !== undefined && b[key].length > max) throw invalid(`For 'properties/${key}', ${JSON.stringify(b[key])} is too long (maximum is ${max} characters).`, docs);
  return b[key];
}

/** @param {any} b @param {string} key @param {string} docs */
function optionalBoolean(b, key, docs) {
  if (b[key] === undefined) return undefined;
  if (typeof b[key] !== 'boolean') throw invalid(`For 'properties/${key}', ${JSON.stringify(b[key])} is not a boolean.`, docs);
  return b[key];
}

/** @param {import('./handlers.js').GhContext} ctx */
export function createDeployment(ctx) {
  requireDeployments(ctx, 'write');
  const b = ctx.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw invalid('Body must be a JSON object.', DOCS);
  if (b.ref === undefined) throw invalid('"ref" wasn\'t supplied.', DOCS);
  const ref = optionalString(b, 'ref', DOCS) ?? '';
  const environment = optionalString(b, 'environment', DOCS) ?? 'production';
  if (b.payload !== undefined && typeof b.payload !== 'string' && (typeof b.payload !== 'object' || b.payload === null || Array.isArray(b.payload))) {
    throw invalid(`For 'properties/payload', ${JSON.stringify(b.payload)} is not an object or string.`, DOCS);
  }
  for (const k of ['auto_merge', 'transient_environment', 'production_environment']) optionalBoolean(b, k, DOCS);
  const s = store(ctx.gh);
  const d = {
    id: s.nextId++, owner: ctx.params.owner, repo: ctx.params.repo, repoKey: repoKey(ctx.params.owner, ctx.params.repo), ref,
    sha: /^[0-9a-f]{40}$/.test(ref) ? ref : createHash('sha1').update(ref).digest('hex'), task: optionalString(b, 'task', DOCS) ?? 'deploy',
    payload: b.payload ?? {}, environment, original_environment: environment, description: optionalString(b, 'description', DOCS) ?? null,
    transient_environment: b.transient_environment ?? false, production_environment: b.production_environment ?? environment === 'production',
    creator: { login: ctx.token.login, id: ctx.token.id, type: ctx.token.type === 'app' ? 'Bot' : 'User' }, createdMs: ctx.now, updatedMs: ctx.now, statuses: [],
  };
  s.list.push(d);
  ctx.changed();
  return { status: 201, body: deploymentView(ctx.base, d) };
}

/** @param {import('./handlers.js').GhContext} ctx */
export function listDeployments(ctx) {
  requireDeployments(ctx, 'read');
  const key = repoKey(ctx.params.owner, ctx.params.repo);
  const q = ctx.query;
  const found = store(ctx.gh).list.filter((d) => d.repoKey === key
    && (!q.get('sha') || d.sha === q.get('sha')) && (!q.get('ref') || d.ref === q.get('ref'))
    && (!q.get('task') || d.task === q.get('task')) && (!q.get('environment') || d.environment === q.get('environment')));
  return { status: 200, body: found.reverse().slice(0, 100).map((d) => deploymentView(ctx.base, d)) };
}

/** @param {import('./handlers.js').GhContext} ctx */
export function getDeployment(ctx) {
  requireDeployments(ctx, 'read');
  return { status: 200, body: deploymentView(ctx.base, deploymentOf(ctx)) };
}

/** @param {import('./handlers.js').GhContext} ctx */
export function createDeploymentStatus(ctx) {
  requireDeployments(ctx, 'write');
  const d = deploymentOf(ctx);
  const b = ctx.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw invalid('Body must be a JSON object.', STATUS_DOCS);
  if (b.state === undefined) throw invalid('"state" wasn\'t supplied.', STATUS_DOCS);
  if (!STATES.includes(b.state)) throw invalid(`For 'properties/state', ${JSON.stringify(b.state)} is not one of ${STATES.map((x) => `"${x}"`).join(', ')}.`, STATUS_DOCS);
  const description = optionalString(b, 'description', STATUS_DOCS, 140) ?? '';
  const environment = optionalString(b, 'environment', STATUS_DOCS);
  if (environment !== undefined) d.environment = environment;
  const status = {
    id: 0, state: b.state, description, environment: d.environment,
    log_url: optionalString(b, 'log_url', STATUS_DOCS) ?? optionalString(b, 'target_url', STATUS_DOCS) ?? '',
    environment_url: optionalString(b, 'environment_url', STATUS_DOCS) ?? '',
    creator: { login: ctx.token.login, id: ctx.token.id, type: ctx.token.type === 'app' ? 'Bot' : 'User' }, createdMs: ctx.now,
  };
  const autoInactive = optionalBoolean(b, 'auto_inactive', STATUS_DOCS) ?? true;
  const s = store(ctx.gh);
  status.id = s.nextStatusId++;
  d.statuses.push(status);
  d.updatedMs = ctx.now;
  if (b.state === 'success' && autoInactive) {
    for (const old of s.list) {
      if (old === d || old.repoKey !== d.repoKey || old.environment !== d.environment || old.transient_environment || old.production_environment) continue;
      if (old.statuses.at(-1)?.state !== 'success') continue;
      old.statuses.push({ ...status, id: s.nextStatusId++, state: 'inactive', description: '', environment: old.environment });
      old.updatedMs = ctx.now;
    }
  }
  ctx.changed();
  return { status: 201, body: statusView(ctx.base, d, status) };
}

/** @param {import('./handlers.js').GhContext} ctx */
export function listDeploymentStatuses(ctx) {
  requireDeployments(ctx, 'read');
  const d = deploymentOf(ctx);
  return { status: 200, body: [...d.statuses].reverse().map((x) => statusView(ctx.base, d, x)) };
}

/**
 * Every deployment with its states (oldest first), and the deployments permission of `token`: control API
 * GET /_sim/github/deployments, read by the end-to-end suite's deployment check.
 * @param {any} gh @param {string | null} token
 */
export function deploymentsRecord(gh, token) {
  const deployments = store(gh).list.map((d) => ({
    id: d.id, repository: `${d.owner}/${d.repo}`, environment: d.environment, production_environment: d.production_environment,
    payload: d.payload, states: d.statuses.map((s) => s.state),
  }));
  return { deployments, ...(token === null ? {} : { tokenDeployments: gh.tokens[token]?.permissions.deployments ?? 'none' }) };
}
