/** require-attestation, for promote/ and for registrations that approve (release runs): one check for both. */
import { ActionError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { AttestationConfig } from '../inputs/attestation.js';
import * as core from '../log.js';

export interface AttestedImage {
  /** The digest the version is (or will be) pinned to; undefined: not pinned, refused. */
  digest: string | undefined;
  /** The commit the attestation must name. */
  commit: string;
  /** "version 3", "the image": for the refusal. */
  what: string;
}

/** Resolves when GitHub holds a Sigstore-verified attestation of the digest by the workflow at the commit; else throws. */
export async function requireAttested(a: AttestationConfig, image: AttestedImage, ctx: RunContext, token: string): Promise<void> {
  if (!image.digest) throw new ActionError(`Refused: ${image.what} is not pinned to an image digest, so require-attestation cannot check it. Nothing was changed.`);
  const { requireAttestation } = await import('../github/attestation.js');
  await requireAttestation({
    digest: image.digest,
    policy: { repository: ctx.repository, workflow: a.workflow, commit: image.commit },
    token,
    apiUrl: ctx.apiUrl,
    serverUrl: ctx.serverUrl,
    ...(a.trustedRoot ? { trustedRoot: a.trustedRoot } : {}),
    log: core
  });
}
