/** JSON shapes of GitHub REST resources, with URLs on the simulator's base URL. */
import { pullKey } from './state.js';

/** ISO 8601 without milliseconds, as GitHub writes timestamps. @param {number} ms */
export const isoSeconds = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const WEB = 'https://github.com';

/** @param {string} base @param {{login: string, id: number, type: string}} u */
export function userView(base, u) {
  return {
    login: u.login,
    id: u.id,
    node_id: `${u.type === 'Bot' ? 'BOT' : 'U'}_sim${u.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    url: `${base}/users/${encodeURIComponent(u.login)}`,
    html_url: u.type === 'Bot' ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
    type: u.type,
    site_admin: false,
  };
}

/**
 * @param {string} base
 * @param {import('./state.js').Comment} c
 * @param {import('./state.js').GithubState} gh
 */
export function commentView(base, c, gh) {
  const isPull = Boolean(gh.pulls[pullKey(c.owner, c.repo, c.number)]);
  return {
    url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `${WEB}/${c.owner}/${c.repo}/${isPull ? 'pull' : 'issues'}/${c.number}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${c.owner}/${c.repo}/issues/${c.number}`,
    id: c.id,
    node_id: `IC_sim${c.id}`,
    user: userView(base, c.user),
    created_at: isoSeconds(c.createdMs),
    updated_at: isoSeconds(c.updatedMs),
    author_association: 'NONE',
    body: c.body,
    performed_via_github_app: null,
  };
}

/** @param {string} base @param {import('./state.js').Pull} p */
/** The head's repository: the base's own, or a fork's (seeded `head_repo`). */
function headRepoView(p, repo) {
  if (!p.head_repo || p.head_repo === repo.full_name) return repo;
  const [owner, name] = p.head_repo.split('/');
  return { name, full_name: p.head_repo, owner: { login: owner }, fork: true };
}

export function pullView(base, p) {
  const repo = { name: p.repo, full_name: `${p.owner}/${p.repo}`, owner: { login: p.owner } };
  return {
    url: `${base}/repos/${p.owner}/${p.repo}/pulls/${p.number}`,
    id: p.id,
    node_id: `PR_sim${p.id}`,
    html_url: `${WEB}/${p.owner}/${p.repo}/pull/${p.number}`,
    issue_url: `${base}/repos/${p.owner}/${p.repo}/issues/${p.number}`,
    comments_url: `${base}/repos/${p.owner}/${p.repo}/issues/${p.number}/comments`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userView(base, p.user),
    body: null,
    created_at: isoSeconds(p.createdMs),
    updated_at: isoSeconds(p.createdMs),
    draft: false,
    merged: p.merged === true,
    head: { label: `${(p.head_repo ?? `${p.owner}/`).split('/')[0]}:${p.head_ref}`, ref: p.head_ref, sha: p.head_sha, repo: headRepoView(p, repo) },
    base: { label: `${p.owner}:${p.base_ref}`, ref: p.base_ref, repo },
  };
}
