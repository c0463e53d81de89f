/**
 * `POST /repos/{owner}/{repo}/dispatches` (repository_dispatch), with GitHub's rules: `event_type` a string of 1 to
 * 100 characters; `client_payload` (optional) a JSON object of at most 10 top-level properties, the request body
 * at most 64 KB (assumed bound on the whole body; GitHub documents "under 64 KB" for the payload); the token needs
 * Contents write on the repository: none answers 404 (the repository is invisible to it), read answers 403
 * "Resource not accessible by …". Success is 204 with no body; each dispatch is recorded (GET /_sim/github/dispatches,
 * each with the webhook payload a workflow run would get: `event`).
 * The repository is not checked to exist (the simulator has no repository list).
 */
import { GithubError, notAccessible } from './handlers.js';
import { userId } from './state.js';
import { userView } from './views.js';

export const DISPATCH_DOCS = 'https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event';
const MAX_BODY = 64 * 1024;

/** @param {import('./state.js').GithubState} gh @returns {any[]} */
export const dispatchesOf = (gh) => (gh.dispatches ??= []);

/** @param {string} message */
const invalid = (message) => new GithubError(422, `Invalid request.\n\n${message}`, { documentation_url: DISPATCH_DOCS });

/** Contents permission of a token: write, read or none (a token registered without it has none). @param {any} token */
export const contentsOf = (token) => token.permissions.contents ?? 'none';

/** @param {import('./handlers.js').GhContext} ctx */
export function createDispatch(ctx) {
  const level = contentsOf(ctx.token);
  if (level === 'none') throw new GithubError(404, 'Not Found', { documentation_url: DISPATCH_DOCS });
  if (level !== 'write') throw notAccessible(ctx);
  const b = ctx.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw invalid('Body must be a JSON object.');
  if (b.event_type === undefined) throw invalid('"event_type" wasn\'t supplied.');
  if (typeof b.event_type !== 'string') throw invalid(`For 'properties/event_type', ${JSON.stringify(b.event_type)} is not a string.`);
  if (b.event_type.length < 1) throw invalid(`For 'properties/event_type', "" is too short (minimum is 1 characters).`);
  if (b.event_type.length > 100) throw invalid(`For 'properties/event_type', ${JSON.stringify(b.event_type)} is too long (maximum is 100 characters).`);
  const payload = b.client_payload;
  if (payload !== undefined && (typeof payload !== 'object' || payload === null || Array.isArray(payload))) {
    throw invalid(`For 'properties/client_payload', ${JSON.stringify(payload)} is not an object.`);
  }
  const keys = Object.keys(payload ?? {}).length;
  if (keys > 10) throw invalid(`No more than 10 properties are allowed; ${keys} were supplied.`);
  if (Buffer.byteLength(JSON.stringify(b)) > MAX_BODY) throw invalid('client_payload is too large (maximum is 64 KB).');
  dispatchesOf(ctx.gh).push({
    owner: ctx.params.owner, repo: ctx.params.repo, event_type: b.event_type, client_payload: payload ?? {},
    sender: ctx.token.login, at: new Date(ctx.now).toISOString(),
  });
  ctx.changed();
  return { status: 204, body: undefined };
}

/**
 * The `repository_dispatch` webhook payload a workflow run gets for a recorded dispatch (its GITHUB_EVENT_PATH file):
 * `action` is the event type, `branch` the default branch (assumed `main`: the simulator has no repositories).
 * @param {string} base @param {any} d a recorded dispatch
 */
export function dispatchEvent(base, d) {
  const type = d.sender.endsWith('[bot]') ? 'Bot' : 'User';
  return {
    action: d.event_type, branch: 'main', client_payload: d.client_payload,
    repository: { name: d.repo, full_name: `${d.owner}/${d.repo}`, owner: { login: d.owner }, default_branch: 'main' },
    sender: userView(base, { login: d.sender, id: userId(d.sender), type }),
  };
}
