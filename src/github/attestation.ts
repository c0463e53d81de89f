/**
 * require-attestation: an image digest is deployed only when GitHub holds a build-provenance attestation for it
 * (as actions/attest-build-provenance writes one) that verifies with Sigstore and was signed by the expected workflow
 * of this repository at the commit being promoted. Anything else, including GitHub not answering, is a refusal.
 * The Sigstore libraries are loaded only when this runs.
 */
import { ActionError } from '../errors.js';
import { listAttestations, type ListedAttestation } from './attestation-fetch.js';
import { safeText } from './attestation-text.js';
import { loadVerifiers } from './attestation-trust.js';
import { checkBundle, type BundleVerdict, type Expected } from './attestation-verify.js';

export interface AttestationPolicy {
  /** owner/name of the repository that built the image. */
  repository: string;
  /** The workflow file path in that repository, e.g. .github/workflows/build.yml. */
  workflow: string;
  /** The commit being promoted (40 hex). */
  commit: string;
}

export interface AttestationProof {
  /** The signing workflow as the certificate names it: owner/name/path@ref. */
  signerWorkflow: string;
  /** owner/name. */
  sourceRepository: string;
  commit: string;
  predicateType: string;
  /** How many attestations GitHub listed for the digest. */
  bundles: number;
}

export interface RequireAttestationOptions {
  /** sha256:<64 hex> */
  digest: string;
  policy: AttestationPolicy;
  token: string;
  /** GITHUB_API_URL */
  apiUrl: string;
  /** GITHUB_SERVER_URL */
  serverUrl: string;
  /** Path of a trusted_root.json (or JSON lines of them); else the Sigstore public-good root through TUF. */
  trustedRoot?: string;
  log: { info(message: string): void };
}

/** At most this many attestations are named in a refusal. */
const LISTED = 5;

function checkArguments(o: RequireAttestationOptions): void {
  if (!/^sha256:[0-9a-f]{64}$/.test(o.digest)) throw new ActionError(`Refused: ${JSON.stringify(o.digest.slice(0, 80))} is not a sha256 image digest.`);
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(o.policy.repository)) throw new ActionError(`Refused: ${JSON.stringify(o.policy.repository.slice(0, 120))} is not owner/name.`);
  if (!/^[0-9a-fA-F]{40}$/.test(o.policy.commit)) throw new ActionError(`Refused: ${JSON.stringify(o.policy.commit.slice(0, 80))} is not a 40-hex commit.`);
  if (!/^[^@\s]+$/.test(o.policy.workflow)) throw new ActionError(`Refused: ${JSON.stringify(o.policy.workflow.slice(0, 120))} is not a workflow file path.`);
}

const short = (sha: string) => sha.slice(0, 12);

function refusal(o: RequireAttestationOptions, verdicts: BundleVerdict[]): ActionError {
  const want = `by ${o.policy.repository}/${o.policy.workflow} at commit ${short(o.policy.commit)}`;
  if (verdicts.length === 0) {
    return new ActionError(`Refused: GitHub has no attestation for ${o.digest} in ${o.policy.repository}; the image must be attested ${want} (actions/attest-build-provenance).`);
  }
  const listed = verdicts.slice(0, LISTED).map((v, i) => `#${i + 1} ${v.problems.join(', ')}`);
  const more = verdicts.length > LISTED ? `; and ${verdicts.length - LISTED} more` : '';
  return new ActionError(
    `Refused: none of the ${verdicts.length} attestation(s) GitHub lists for ${o.digest} in ${o.policy.repository} was signed ${want}: ${listed.join('; ')}${more}.`
  );
}

/** Verify the digest's attestations; resolves with the first that passes every check, else throws an ActionError. */
export async function requireAttestation(o: RequireAttestationOptions): Promise<AttestationProof> {
  checkArguments(o);
  const listedAttestations: ListedAttestation[] = await listAttestations({ digest: o.digest, repository: o.policy.repository, token: o.token, apiUrl: o.apiUrl });
  if (listedAttestations.length === 0) throw refusal(o, []);
  const verifiers = await loadVerifiers(o.trustedRoot);
  const expected: Expected = { digest: o.digest, ...o.policy, serverUrl: o.serverUrl };
  const verdicts: BundleVerdict[] = [];
  for (const item of listedAttestations) {
    const verdict = item.bundle === undefined ? { problems: [item.problem ?? 'no bundle'] } : await checkBundle(item.bundle, expected, verifiers);
    if (verdict.problems.length === 0) {
      const server = o.serverUrl.replace(/\/+$/, '');
      const proof: AttestationProof = {
        signerWorkflow: safeText((verdict.signerUri ?? '').slice(server.length + 1), 300),
        sourceRepository: safeText((verdict.sourceRepositoryUri ?? '').slice(server.length + 1), 200),
        commit: verdict.commit ?? o.policy.commit,
        predicateType: verdict.predicateType ?? '',
        bundles: listedAttestations.length
      };
      o.log.info(
        `Attestation: ${o.digest} was built by ${proof.signerWorkflow} from ${proof.sourceRepository} at ${proof.commit} (SLSA provenance, Sigstore-verified; attestation ${verdicts.length + 1} of ${listedAttestations.length}).`
      );
      return proof;
    }
    verdicts.push(verdict);
  }
  throw refusal(o, verdicts);
}
