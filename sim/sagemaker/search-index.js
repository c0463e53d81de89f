/**
 * Search indexing lag: a model package created or updated becomes visible to Search, with its new
 * values, only `searchDelayMs` virtual ms later (config; default 0). Each write appends a snapshot
 * `{atMs, record}` to the package's `searchIndex`; Search sees the newest snapshot whose time has come.
 * Packages without `searchIndex` (older state files) are visible as they are.
 */

/** Index of the newest entry visible at `now`, or -1. @param {{atMs: number}[]} entries @param {number} now */
function lastIndexAt(entries, now) {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].atMs <= now) return i;
  return -1;
}

/**
 * Record a write of a package for Search.
 * @param {{now: number, config: {searchDelayMs?: number}}} ctx @param {any} p the stored package, after the write
 */
export function indexForSearch(ctx, p) {
  const { searchIndex, ...record } = p;
  const entries = [...(searchIndex ?? []), { atMs: ctx.now + (ctx.config.searchDelayMs ?? 0), record: structuredClone(record) }];
  // the newest visible write supersedes every older one, visible or pending
  const lastVisible = lastIndexAt(entries, ctx.now);
  p.searchIndex = entries.slice(Math.max(lastVisible, 0));
}

/**
 * The package as Search sees it at `now`, or null while it is not indexed yet.
 * @param {any} p @param {number} now
 */
export function searchView(p, now) {
  if (!p.searchIndex) return p;
  // the newest write whose time has come (a newer write wins even if an older one became visible later)
  const i = lastIndexAt(p.searchIndex, now);
  return i >= 0 ? p.searchIndex[i].record : null;
}
