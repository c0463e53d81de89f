/**
 * Manifests and multi-platform indexes as bytes: their digest checked against what they were asked by and what
 * the registry said, the index's entries read with every descriptor digest checked, a platform found in them.
 * No network here: client.ts and copy.ts fetch, this module decides whether what came back is acceptable.
 */
import { createHash } from 'node:crypto';
import { ActionError } from '../errors.js';
import { DIGEST_PATTERN as DIGEST, MEDIA_TYPES } from './http.js';

/** The most entries a multi-platform index may have. */
export const MAX_INDEX_ENTRIES = 1000;

export const INDEX_TYPES: ReadonlySet<string> = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);

/** Checks manifest bytes against the digest they were asked by and the registry's header; returns their digest. */
export function checkManifest(body: Buffer, header: string | undefined, reference: string, where: string): string {
  const computed = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  if (header && DIGEST.test(header) && header !== computed) {
    throw new ActionError(`${where} sent a manifest whose sha256 is ${computed} but said its digest is ${header}.`);
  }
  if (DIGEST.test(reference) && reference !== computed) {
    throw new ActionError(`${where} returned a manifest with digest ${computed}, not the requested ${reference}.`);
  }
  return computed;
}

/** os, architecture and variant names as the OCI spec writes them (they end up in messages). */
const PLATFORM_PART = /^[a-z0-9][a-z0-9._-]{0,31}$/i;

export interface IndexEntry {
  digest: string;
  platform: string;
  os: string;
  architecture: string;
  variant?: string;
}

export function indexEntries(body: Buffer, where: string): IndexEntry[] {
  let doc: { manifests?: unknown };
  try {
    doc = JSON.parse(body.toString('utf8')) as typeof doc;
  } catch {
    throw new ActionError(`${where} returned a multi-platform index that is not JSON.`);
  }
  if (!Array.isArray(doc.manifests)) throw new ActionError(`${where} returned a multi-platform index without a manifests list.`);
  if (doc.manifests.length > MAX_INDEX_ENTRIES) {
    throw new ActionError(`${where} returned a multi-platform index with ${doc.manifests.length} entries (at most ${MAX_INDEX_ENTRIES} are read).`);
  }
  const entries: IndexEntry[] = [];
  for (const [i, m] of (doc.manifests as { digest?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } }[]).entries()) {
    // Every descriptor digest is checked before use: it is shown in logs and asked for by URL.
    if (typeof m?.digest !== 'string' || !DIGEST.test(m.digest)) {
      throw new ActionError(`${where} returned a multi-platform index whose entry ${i + 1} has no valid digest (expected sha256:<64 lowercase hex characters>).`);
    }
    const p = m.platform;
    if (typeof p?.os !== 'string' || typeof p.architecture !== 'string' || !PLATFORM_PART.test(p.os) || !PLATFORM_PART.test(p.architecture)) continue;
    if (p.os === 'unknown' || p.architecture === 'unknown') continue; // build attestations, not images
    const variant = typeof p.variant === 'string' && PLATFORM_PART.test(p.variant) ? p.variant : undefined;
    const platform = [p.os, p.architecture, variant].filter(Boolean).join('/');
    entries.push({ digest: m.digest, platform, os: p.os, architecture: p.architecture, ...(variant ? { variant } : {}) });
  }
  return entries;
}

/** Finds os/architecture[/variant]; arm64 without a variant matches v8, and no variant asked matches any. */
export function findPlatform(entries: IndexEntry[], wanted: string): IndexEntry | undefined {
  const [os, architecture, variant] = wanted.trim().toLowerCase().split('/');
  const sameVariant = (v: string | undefined) =>
    variant === undefined || (v ?? defaultVariant(architecture)) === (variant || defaultVariant(architecture));
  return entries.find((e) => e.os === os && e.architecture === architecture && sameVariant(e.variant));
}

function defaultVariant(architecture: string | undefined): string | undefined {
  return architecture === 'arm64' ? 'v8' : undefined;
}

export function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const value = contentType?.split(';')[0]?.trim();
  if (!value || value === 'application/json' || value === 'text/plain' || value === 'application/octet-stream') return undefined;
  return value;
}

export function manifestField(body: Buffer, field: string): string | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const value = doc[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

