import type { HistoryEntry } from './summary.js';

/** The comment's hidden marker: one sticky comment per PR, group, endpoint and comment-id. */
export function marker(group: string, endpoint: string | undefined, commentId: string): string {
  const key = [group, endpoint ?? '-', commentId || 'default'].map((s) => s.replace(/[^A-Za-z0-9._:/-]/g, '_')).join(' ');
  return `<!-- sagemaker-private-registry-action: ${key} -->`;
}

const STATE = /<!-- sagemaker-private-registry-action-state: ([A-Za-z0-9+/=]+) -->/;
const HISTORY_MAX = 20;

/** History travels inside the comment as base64 JSON, so nothing from it is ever rendered raw. */
export function encodeState(history: HistoryEntry[]): string {
  const json = JSON.stringify(history.slice(-HISTORY_MAX));
  return `<!-- sagemaker-private-registry-action-state: ${Buffer.from(json, 'utf8').toString('base64')} -->`;
}

export function decodeState(body: string): HistoryEntry[] {
  const m = STATE.exec(body);
  if (!m) return [];
  try {
    const parsed: unknown = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    return Array.isArray(parsed) ? (parsed.filter((h) => h && typeof h === 'object' && typeof h.commit === 'string') as HistoryEntry[]) : [];
  } catch {
    return [];
  }
}

/** Adds this run to the history, replacing an entry for the same version (a re-run) instead of repeating it. */
export function mergeHistory(history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const same = (h: HistoryEntry) => (entry.arn ? h.arn === entry.arn : h.commit === entry.commit && h.image === entry.image && h.failed);
  return [...history.filter((h) => !same(h)), entry];
}

export function commentBody(markerLine: string, report: string, history: HistoryEntry[]): string {
  return `${markerLine}\n${report}\n${encodeState(history)}\n`;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface ExistingComment {
  id: number;
  body: string;
  url: string;
}

export interface CommentLog {
  info(m: string): void;
  warning(m: string): void;
}

interface Octo {
  rest: {
    issues: {
      listComments: (p: object) => Promise<{ data: { id: number; body?: string; html_url: string; user: { login: string } | null }[] }>;
      createComment: (p: object) => Promise<{ data: { id: number; html_url: string } }>;
      updateComment: (p: object) => Promise<{ data: { id: number; html_url: string } }>;
    };
    users: { getAuthenticated: () => Promise<{ data: { login: string } }> };
  };
  paginate: {
    iterator: (method: unknown, params: object) => AsyncIterable<{ data: { id: number; body?: string; html_url: string; user: { login: string } | null }[] }>;
  };
  graphql: (q: string) => Promise<unknown>;
}

/**
 * The login comments from this token appear under. A workflow's GITHUB_TOKEN is an installation token:
 * GET /user answers 403 for it, and GraphQL's viewer is the app ("github-actions"), whose comments
 * are authored by "<app>[bot]". A personal access token answers GET /user.
 */
export async function tokenLogin(octokit: Octo): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (err) {
    if ((err as { status?: number }).status !== 403) throw err;
  }
  try {
    const r = (await octokit.graphql('query { viewer { login } }')) as { viewer?: { login?: string } };
    const login = r.viewer?.login;
    if (login) return login.endsWith('[bot]') ? login : `${login}[bot]`;
  } catch {
    // fall through to the default workflow token's identity
  }
  return 'github-actions[bot]';
}

/** Finds this action's comment: the marker AND the token's own author, across every page. */
export async function findComment(octokit: Octo, target: CommentTarget, markerLine: string): Promise<ExistingComment | undefined> {
  const candidates: ExistingComment[] = [];
  const authors = new Map<number, string>();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (c.body?.includes(markerLine)) {
        candidates.push({ id: c.id, body: c.body, url: c.html_url });
        authors.set(c.id, c.user?.login ?? '');
      }
    }
  }
  if (!candidates.length) return undefined;
  const login = await tokenLogin(octokit);
  return candidates.find((c) => authors.get(c.id) === login);
}

export function isPermissionError(err: unknown): boolean {
  const e = err as { status?: number; message?: string };
  return e.status === 403 || e.status === 404 || /Resource not accessible by integration/i.test(e.message ?? '');
}
