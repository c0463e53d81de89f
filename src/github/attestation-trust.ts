/**
 * Which Sigstore instances an attestation may come from, and what evidence each requires.
 *
 * - `trustedRoot` set: that file, a trusted_root.json (protobuf-specs JSON), or JSON lines with one root per line as
 *   `gh attestation trusted-root` writes them (Sigstore public-good and GitHub's own instance). Tests, GitHub
 *   Enterprise Server and air-gapped runners use this.
 * - otherwise: the Sigstore public-good root, fetched and verified through its TUF repository (@sigstore/tuf, with
 *   the root of trust the library ships). That covers attestations of public repositories; private and internal
 *   repositories are signed by GitHub's own instance, whose root comes from GitHub's TUF repository: pass it as a file.
 *
 * Per root, evidence is required for what it lists: a transparency-log entry (inclusion verified) when it lists
 * transparency logs, a certificate-transparency SCT when it lists CT logs, and at least one verified timestamp
 * (a log's integrated time or an RFC 3161 timestamp of a listed authority) always. GitHub's own instance lists only a
 * CA and timestamp authorities, so its bundles need a signed timestamp, as `gh attestation verify` requires.
 */
import { readFileSync } from 'node:fs';
import type { SignedEntity, Signer } from '@sigstore/verify';
import { ActionError } from '../errors.js';
import { safeText } from './attestation-text.js';

export interface TrustedVerifier {
  /** Where the root came from (for messages). */
  source: string;
  /** Throws a VerificationError unless the entity verifies against this root. */
  verify(entity: SignedEntity): Signer;
}

/** The JSON documents of a trusted-root file: one JSON value, or JSON lines. */
export function parseRootFile(text: string, path: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    // JSON lines
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  try {
    const docs = lines.map((l) => JSON.parse(l) as unknown);
    if (docs.length > 0) return docs;
  } catch {
    // reported below
  }
  throw new ActionError(`Refused: the trusted root ${safeText(path, 200)} is neither a trusted_root.json nor JSON lines of them.`);
}

async function fromDocuments(docs: unknown[], source: string): Promise<TrustedVerifier[]> {
  const [{ TrustedRoot }, { toTrustMaterial, Verifier }] = await Promise.all([import('@sigstore/protobuf-specs'), import('@sigstore/verify')]);
  return docs.map((doc, i) => {
    let root;
    try {
      root = TrustedRoot.fromJSON(doc);
    } catch {
      throw new ActionError(`Refused: entry ${i + 1} of the trusted root ${safeText(source, 200)} is not a Sigstore trusted root.`);
    }
    if (root.certificateAuthorities.length === 0) {
      throw new ActionError(`Refused: entry ${i + 1} of the trusted root ${safeText(source, 200)} lists no certificate authority.`);
    }
    const verifier = new Verifier(toTrustMaterial(root), {
      tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1
    });
    return { source: docs.length > 1 ? `${source} #${i + 1}` : source, verify: (entity: SignedEntity) => verifier.verify(entity) };
  });
}

/** The verifiers of the configured trusted roots (see the module comment). */
export async function loadVerifiers(trustedRoot: string | undefined): Promise<TrustedVerifier[]> {
  if (trustedRoot) {
    let text: string;
    try {
      text = readFileSync(trustedRoot, 'utf8');
    } catch (err) {
      throw new ActionError(`Refused: the trusted root ${safeText(trustedRoot, 200)} cannot be read (${safeText((err as { code?: string }).code ?? 'error', 20)}).`);
    }
    return fromDocuments(parseRootFile(text, trustedRoot), trustedRoot);
  }
  const { getTrustedRoot } = await import('@sigstore/tuf');
  let root;
  try {
    root = await getTrustedRoot();
  } catch (err) {
    throw new ActionError(
      `Refused: the Sigstore public-good trusted root could not be loaded through TUF (${safeText((err as Error).message ?? String(err), 120)}); give a trusted root file instead.`
    );
  }
  const { TrustedRoot } = await import('@sigstore/protobuf-specs');
  return fromDocuments([TrustedRoot.toJSON(root)], 'Sigstore public-good (TUF)');
}
