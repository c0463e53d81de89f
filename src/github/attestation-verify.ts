/**
 * One attestation bundle against the policy: the Sigstore libraries verify it cryptographically (certificate chain to
 * a trusted CA, DSSE signature, transparency-log and timestamp evidence the root asks for); then the signed in-toto
 * statement must name the digest with a SLSA provenance v1 predicate, and the signing certificate's GitHub OIDC
 * claims must name the repository, the commit and the workflow.
 */
import type { Signer } from '@sigstore/verify';
import { safeText } from './attestation-text.js';
import type { TrustedVerifier } from './attestation-trust.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const INTOTO_PAYLOAD = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

/** Fulcio's certificate extensions for GitHub Actions (DER UTF8String values). */
export const CLAIM_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13'
} as const;

export interface Expected {
  digest: string;
  repository: string;
  workflow: string;
  commit: string;
  serverUrl: string;
}

export interface BundleVerdict {
  /** What disagreed; empty when the bundle passed. */
  problems: string[];
  signerUri?: string;
  sourceRepositoryUri?: string;
  commit?: string;
  predicateType?: string;
}

/** The OIDC issuer of GitHub Actions tokens on a GitHub server. */
export function expectedIssuer(serverUrl: string): string {
  const host = new URL(serverUrl).host.toLowerCase();
  if (host === 'github.com') return 'https://token.actions.githubusercontent.com';
  const ghe = /^([a-z0-9-]+)\.ghe\.com$/.exec(host);
  return ghe ? `https://token.actions.${ghe[1]}.ghe.com` : `${serverUrl.replace(/\/+$/, '')}/_services/token`;
}

const VERIFY_CODES: Record<string, string> = {
  CERTIFICATE_ERROR: 'certificate not issued by a trusted CA',
  SIGNATURE_ERROR: 'signature invalid',
  TIMESTAMP_ERROR: 'no valid timestamp',
  TLOG_ERROR: 'no transparency log entry',
  TLOG_BODY_ERROR: 'transparency log entry does not match the signature',
  TLOG_INCLUSION_PROMISE_ERROR: 'transparency log promise invalid',
  TLOG_INCLUSION_PROOF_ERROR: 'transparency log inclusion proof invalid',
  TLOG_MISSING_INCLUSION_ERROR: 'transparency log inclusion missing'
};

/** The signer after cryptographic verification against the first root that accepts the bundle, or the failure. */
async function verifySigner(raw: unknown, verifiers: TrustedVerifier[]): Promise<{ signer?: Signer; payload?: Buffer; payloadType?: string; problem?: string }> {
  const [{ bundleFromJSON }, { toSignedEntity }] = await Promise.all([import('@sigstore/bundle'), import('@sigstore/verify')]);
  let bundle;
  try {
    bundle = bundleFromJSON(raw);
  } catch {
    return { problem: 'not a Sigstore bundle' };
  }
  if (bundle.content.$case !== 'dsseEnvelope') return { problem: 'not a DSSE attestation' };
  const envelope = bundle.content.dsseEnvelope;
  let code = 'no trusted root';
  for (const v of verifiers) {
    try {
      const signer = v.verify(toSignedEntity(bundle));
      return { signer, payload: envelope.payload, payloadType: envelope.payloadType };
    } catch (err) {
      code = String((err as { code?: string }).code ?? 'error');
    }
  }
  return { problem: VERIFY_CODES[code] ?? `not verified (${safeText(code, 40)})` };
}

/** The UTF-8 string of each GitHub claim in the (verified) signing certificate. */
async function claimsOf(signer: Signer): Promise<Partial<Record<keyof typeof CLAIM_OIDS, string>>> {
  const { ASN1Obj } = await import('@sigstore/core');
  const out: Partial<Record<keyof typeof CLAIM_OIDS, string>> = {};
  for (const [name, oid] of Object.entries(CLAIM_OIDS) as [keyof typeof CLAIM_OIDS, string][]) {
    const ext = signer.identity?.oids?.find((o) => o.oid?.id.join('.') === oid);
    if (!ext) continue;
    try {
      out[name] = ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
    } catch {
      out[name] = '(unreadable)';
    }
  }
  return out;
}

/** What the signed statement says that disagrees (payload type, statement type, predicate, subject). */
function statementProblems(payload: Buffer, payloadType: string, digest: string): { problems: string[]; predicateType?: string } {
  if (payloadType !== INTOTO_PAYLOAD) return { problems: [`payload type ${safeText(payloadType, 60)}`] };
  let st: { _type?: unknown; predicateType?: unknown; subject?: unknown };
  try {
    st = JSON.parse(payload.toString('utf8')) as typeof st;
  } catch {
    return { problems: ['statement not JSON'] };
  }
  const problems: string[] = [];
  if (!STATEMENT_TYPES.includes(String(st._type))) problems.push(`statement type ${safeText(String(st._type), 60)}`);
  const predicateType = typeof st.predicateType === 'string' ? st.predicateType : undefined;
  if (predicateType !== SLSA_PROVENANCE_V1) problems.push(`predicate ${safeText(String(predicateType), 60)}`);
  const hex = digest.slice('sha256:'.length);
  const subjects = Array.isArray(st.subject) ? (st.subject as { digest?: { sha256?: unknown } }[]) : [];
  if (!subjects.some((s) => s?.digest?.sha256 === hex)) {
    const named = subjects.map((s) => String(s?.digest?.sha256 ?? '?').slice(0, 12)).slice(0, 2);
    problems.push(`for subject ${named.length ? named.map((n) => `sha256:${safeText(n, 12)}…`).join(', ') : '(none)'}`);
  }
  return { problems, predicateType };
}

/** The claim problems: issuer, repository, commit, workflow. */
function claimProblems(c: Partial<Record<keyof typeof CLAIM_OIDS, string>>, e: Expected): string[] {
  const server = e.serverUrl.replace(/\/+$/, '');
  const repoUri = `${server}/${e.repository}`;
  const problems: string[] = [];
  const issuer = expectedIssuer(server);
  if (c.issuer !== issuer) problems.push(`issued for OIDC issuer ${safeText(c.issuer ?? '(none)')}`);
  if ((c.sourceRepositoryUri ?? '').toLowerCase() !== repoUri.toLowerCase()) problems.push(`for repository ${safeText(c.sourceRepositoryUri ?? '(none)')}`);
  if ((c.sourceRepositoryDigest ?? '').toLowerCase() !== e.commit.toLowerCase()) problems.push(`for commit ${safeText(c.sourceRepositoryDigest ?? '(none)', 40)}`);
  const signer = c.buildSignerUri ?? '';
  const prefix = `${repoUri}/${e.workflow}@`;
  const sameWorkflow = signer.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase() && signer.slice(repoUri.length, prefix.length) === prefix.slice(repoUri.length);
  if (!sameWorkflow) problems.push(`signed by workflow ${safeText(signer.startsWith(`${server}/`) ? signer.slice(server.length + 1) : signer || '(none)')}`);
  return problems;
}

/** Check one bundle. */
export async function checkBundle(raw: unknown, expected: Expected, verifiers: TrustedVerifier[]): Promise<BundleVerdict> {
  const v = await verifySigner(raw, verifiers);
  if (!v.signer || !v.payload) return { problems: [v.problem ?? 'not verified'] };
  const statement = statementProblems(v.payload, v.payloadType ?? '', expected.digest);
  const claims = await claimsOf(v.signer);
  return {
    problems: [...statement.problems, ...claimProblems(claims, expected)],
    signerUri: claims.buildSignerUri,
    sourceRepositoryUri: claims.sourceRepositoryUri,
    commit: claims.sourceRepositoryDigest,
    predicateType: statement.predicateType
  };
}
