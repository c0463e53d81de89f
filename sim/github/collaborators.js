/**
 * Repository collaborator roles and GitHub's "Get repository permissions for a user"
 * (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`, Octokit `repos.getCollaboratorPermissionLevel`).
 *
 * GitHub's answer: `{permission, role_name, user}`; `permission` is the legacy base role (admin, write, read, none;
 * maintain is shown as write and triage as read), `role_name` the role itself. Fine-grained tokens need the
 * "Metadata" repository permission (read).
 *
 * Roles are simulator state, set with the control API `POST /_sim/github/collaborators {owner, repo, login, role}`.
 * A login the simulator knows (a token's, a pull request's or comment's author, a collaborator of any repository)
 * that has no role on the repository reads it as anyone can read a public repository: `read`. The login that owns
 * the repository (the `{owner}` of the path) is `admin`. Any other login is not a user: 404.
 */
import { GithubError, notAccessible } from './handlers.js';
import { checkKnown, checkLogin, NAME, userId } from './state.js';
import { userView } from './views.js';

/** Roles from the highest down, with the legacy `permission` GitHub shows for each. */
export const ROLES = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' };
const RANK = ['read', 'triage', 'write', 'maintain', 'admin'];

/** @param {string} owner @param {string} repo */
const repoKey = (owner, repo) => `${owner.toLowerCase()}/${repo.toLowerCase()}`;

/** @param {import('./state.js').GithubState} gh */
const collaboratorsOf = (gh) => (gh.collaborators ??= {});

/**
 * Give a login a role on a repository (replacing any earlier role). Control API `POST /_sim/github/collaborators`.
 * @param {import('./state.js').GithubState} gh @param {any} body
 */
export function seedCollaborator(gh, body) {
  checkKnown(body, ['owner', 'repo', 'login', 'role']);
  if (typeof body.owner !== 'string' || !NAME.test(body.owner)) throw new TypeError('owner must be a GitHub account name');
  if (typeof body.repo !== 'string' || !NAME.test(body.repo)) throw new TypeError('repo must be a GitHub repository name');
  checkLogin(body.login);
  if (!Object.hasOwn(ROLES, body.role)) throw new TypeError(`role must be one of ${Object.keys(ROLES).join(', ')}`);
  const all = collaboratorsOf(gh);
  const repo = (all[repoKey(body.owner, body.repo)] ??= {});
  repo[body.login.toLowerCase()] = { login: body.login, role: body.role };
  return { owner: body.owner, repo: body.repo, login: body.login, role: body.role, permission: ROLES[/** @type {keyof typeof ROLES} */ (body.role)] };
}

/**
 * The login as the simulator knows it (its first-seen spelling), or undefined for a login that is no user.
 * @param {import('./state.js').GithubState} gh @param {string} login
 */
function knownLogin(gh, login) {
  const lower = login.toLowerCase();
  const logins = [
    ...Object.values(collaboratorsOf(gh)).flatMap((r) => Object.values(r).map((c) => c.login)),
    ...Object.values(gh.tokens).map((t) => t.login),
    ...Object.values(gh.pulls).map((p) => p.user.login),
    ...gh.comments.map((c) => c.user.login),
  ];
  return logins.find((l) => l.toLowerCase() === lower);
}

/** @param {string} role */
function permissionsHash(role) {
  const rank = RANK.indexOf(role);
  return { admin: rank >= 4, maintain: rank >= 3, push: rank >= 2, triage: rank >= 1, pull: rank >= 0 };
}

/** @param {string} raw a path segment */
function decoded(raw) {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. @param {import('./handlers.js').GhContext} ctx */
export function getCollaboratorPermission(ctx) {
  if ((ctx.token.permissions.metadata ?? 'read') === 'none') throw notAccessible(ctx);
  const { owner, repo } = ctx.params;
  const username = decoded(ctx.params.username);
  const seeded = collaboratorsOf(ctx.gh)[repoKey(owner, repo)]?.[username.toLowerCase()];
  const isOwner = username.toLowerCase() === owner.toLowerCase();
  const login = seeded?.login ?? (isOwner ? owner : knownLogin(ctx.gh, username));
  if (!login) throw new GithubError(404, 'Not Found', { documentation_url: ctx.docs });
  const role = seeded?.role ?? (isOwner ? 'admin' : 'read');
  const permission = ROLES[/** @type {keyof typeof ROLES} */ (role)];
  const user = { ...userView(ctx.base, { login, id: userId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' }), permissions: permissionsHash(role), role_name: role };
  return { status: 200, body: { permission, role_name: role, user } };
}
