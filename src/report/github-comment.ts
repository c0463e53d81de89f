import type { HistoryEntry } from './summary.js';

/**
 * The comment's hidden marker: one sticky comment per PR, group and comment-id, which registration, deploys and
 * promotions all update (the PR's story in one place). `channel` separates reports of another kind (status, prune).
 */
export function marker(group: string, channel: string | undefined, commentId: string): string {
  const key = [group, channel ?? '-', commentId || 'default'].map((s) => s.replace(/[^A-Za-z0-9._:/-]/g, '_')).join(' ');
  return `<!-- sagemaker-private-registry-action: ${key} -->`;
}

const STATE_PREFIX = '<!-- sagemaker-private-registry-action-state: ';
/** The state block: the body's last line, nothing after it but the final newline. */
const STATE = /\n<!-- sagemaker-private-registry-action-state: ([A-Za-z0-9+/=]+) -->\n$/;
const HISTORY_MAX = 20;

/** What a comment keeps about itself: its own id once known (written on the first update) and the history. */
export interface CommentState {
  id?: number;
  history: HistoryEntry[];
}

/** History travels inside the comment as base64 JSON, so nothing from it is ever rendered raw. */
export function encodeState(history: HistoryEntry[], id?: number): string {
  const state = { ...(id !== undefined ? { id } : {}), history: history.slice(-HISTORY_MAX) };
  return `${STATE_PREFIX}${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')} -->`;
}

const isString = (v: unknown) => typeof v === 'string';
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);

/** An entry as this action writes it; anything else (a forged or damaged state) is dropped. */
function isEntry(h: unknown): h is HistoryEntry {
  if (!h || typeof h !== 'object' || Array.isArray(h)) return false;
  const e = h as Record<string, unknown>;
  return isString(e.commit) && isString(e.image) && isString(e.approval) && isString(e.time) &&
    optional(e.version, Number.isInteger) && optional(e.arn, isString) && optional(e.digest, isString) && optional(e.failed, (v) => typeof v === 'boolean');
}

/** Reads the state block at its fixed place (the last line); a block anywhere else is not this action's. */
export function readState(body: string): CommentState {
  const m = STATE.exec(body);
  if (!m) return { history: [] };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    // Comments written before the id was recorded hold the bare history array.
    const raw = Array.isArray(parsed) ? { history: parsed } : (parsed as { id?: unknown; history?: unknown } | null);
    const history = Array.isArray(raw?.history) ? raw.history.filter(isEntry) : [];
    return Number.isSafeInteger(raw?.id) ? { id: raw!.id as number, history } : { history };
  } catch {
    return { history: [] };
  }
}

export function decodeState(body: string): HistoryEntry[] {
  return readState(body).history;
}

/** Adds this run to the history, replacing an entry for the same version (a re-run) instead of repeating it. */
export function mergeHistory(history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const same = (h: HistoryEntry) => (entry.arn ? h.arn === entry.arn : h.commit === entry.commit && h.image === entry.image && h.failed);
  return [...history.filter((h) => !same(h)), entry];
}

/** Marker first, state last: the only places findComment looks. `id` is the comment's own id, once known. */
export function commentBody(markerLine: string, report: string, history: HistoryEntry[], id?: number): string {
  return `${markerLine}\n${report}\n${encodeState(history, id)}\n`;
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

/**
 * Finds this action's comment: written by the token's own author, the marker at the very start of the body and
 * the state block at its fixed place, across every page. A comment whose state records its own id (written by
 * an earlier run of this action) is preferred; one whose state records another comment's id is a copy (for
 * example another workflow quoting this one) and is never taken. Otherwise the oldest candidate wins.
 */
export async function findComment(octokit: Octo, target: CommentTarget, markerLine: string): Promise<ExistingComment | undefined> {
  const candidates: (ExistingComment & { author: string; recordedId?: number })[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (!c.body?.startsWith(`${markerLine}\n`) || !STATE.test(c.body)) continue;
      const { id } = readState(c.body);
      if (id !== undefined && id !== c.id) continue;
      candidates.push({ id: c.id, body: c.body, url: c.html_url, author: c.user?.login ?? '', ...(id !== undefined ? { recordedId: id } : {}) });
    }
  }
  if (!candidates.length) return undefined;
  const login = await tokenLogin(octokit);
  const own = candidates.filter((c) => c.author === login).sort((a, b) => a.id - b.id);
  const found = own.find((c) => c.recordedId === c.id) ?? own[0];
  return found && { id: found.id, body: found.body, url: found.url };
}

export function isPermissionError(err: unknown): boolean {
  const e = err as { status?: number; message?: string };
  return e.status === 403 || e.status === 404 || /Resource not accessible by integration/i.test(e.message ?? '');
}
