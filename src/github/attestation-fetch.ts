/**
 * Reading an image digest's artifact attestations from GitHub: `GET /repos/{owner}/{repo}/attestations/{digest}`,
 * every page (cursor links), and each bundle inline or, as GitHub answers since 2026-07, from its `bundle_url`
 * (pre-signed blob storage, snappy-compressed JSON; fetched without the token). Fails closed: anything but an answer
 * (or 404, GitHub's "none for this digest") is an ActionError.
 */
import { ActionError } from '../errors.js';
import { safeText } from './attestation-text.js';

/** One listed attestation: its bundle JSON, or why it could not be read. */
export interface ListedAttestation {
  bundle?: unknown;
  problem?: string;
}

export interface ListOptions {
  digest: string;
  repository: string;
  token: string;
  apiUrl: string;
}

const PER_PAGE = 100;
const MAX_PAGES = 10;
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** The `rel="next"` URL of a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const m = /^\s*<([^>]+)>\s*;\s*rel="next"\s*$/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

function refusal(o: ListOptions, err: unknown): ActionError {
  // Octokit reports a request that got no answer as status 500 without a response
  const status = (err as { response?: unknown }).response ? (err as { status?: number }).status : undefined;
  const why =
    status === 403 || status === 401
      ? `HTTP ${status}: the token cannot read them (it needs read access to ${o.repository} and, for a fine-grained token or GITHUB_TOKEN, the attestations: read permission)`
      : status
        ? `HTTP ${status}`
        : `GitHub was not reachable (${safeText((err as Error).message ?? String(err), 80)})`;
  return new ActionError(`Refused: the attestations of ${o.digest} could not be read from GitHub for ${o.repository}: ${why}.`);
}

/** Every attestation GitHub lists for the digest (at most MAX_PAGES pages); [] when GitHub answers 404. */
export async function listAttestations(o: ListOptions): Promise<ListedAttestation[]> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(o.token, { baseUrl: o.apiUrl });
  const [owner, repo] = o.repository.split('/') as [string, string];
  const raw: unknown[] = [];
  try {
    let res: { data: unknown; headers: { link?: string } } = await octokit.rest.repos.listAttestations({ owner, repo, subject_digest: o.digest, per_page: PER_PAGE });
    for (let page = 1; ; page++) {
      raw.push(...((res.data as { attestations?: unknown[] }).attestations ?? []));
      const next = nextLink(res.headers.link);
      if (!next || page >= MAX_PAGES) break;
      if (new URL(next).origin !== new URL(o.apiUrl).origin) throw new Error('a page link leads away from the API');
      res = await octokit.request({ method: 'GET', url: next });
    }
  } catch (err) {
    if ((err as { status?: number }).status === 404) return [];
    throw refusal(o, err);
  }
  return Promise.all(raw.map((item) => bundleOf(item, o.apiUrl)));
}

/** The bundle of one listed item: inline, else downloaded from its bundle_url. */
export async function bundleOf(item: unknown, apiUrl: string): Promise<ListedAttestation> {
  const { bundle, bundle_url: url } = (item ?? {}) as { bundle?: unknown; bundle_url?: unknown };
  if (bundle && typeof bundle === 'object') return { bundle };
  if (typeof url !== 'string' || url === '') return { problem: 'no bundle' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'bundle URL invalid' };
  }
  // https only; plain http only when the API itself is plain http (a local simulator)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && new URL(apiUrl).protocol === 'http:')) return { problem: 'bundle URL not https' };
  try {
    const res = await fetch(parsed, { redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!res.ok) return { problem: `bundle download failed (HTTP ${res.status})` };
    return { bundle: await decodeBundle(await boundedBody(res)) };
  } catch (err) {
    return { problem: `bundle download failed (${safeText((err as Error).name ?? 'error', 40)})` };
  }
}

async function boundedBody(res: Response): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += chunk.length;
    if (size > MAX_BUNDLE_BYTES) throw new RangeError('bundle too large');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Snappy block format (GitHub's blob storage), or plain JSON. */
async function decodeBundle(body: Buffer): Promise<unknown> {
  if (body[0] === 0x7b) return JSON.parse(body.toString('utf8'));
  const { uncompress } = (await import('snappyjs')).default ?? (await import('snappyjs'));
  return JSON.parse(Buffer.from(uncompress(new Uint8Array(body), MAX_BUNDLE_BYTES)).toString('utf8'));
}
