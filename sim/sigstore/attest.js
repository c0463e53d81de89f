/**
 * A Sigstore bundle (v0.3) as `actions/attest-build-provenance` writes it for an image digest: an in-toto v1 statement
 * with a SLSA provenance v1 predicate in a DSSE envelope, signed with a fresh key whose certificate (issued by the
 * simulator's Fulcio-like CA) carries GitHub's OIDC claims, and a Rekor-like log entry. All values are the simulator's.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { authority } from './authority.js';
import { logEntry } from './rekor.js';
import { issueCertificate, pem, utf8String } from './x509.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The OIDC issuer of Actions tokens: github.com's, else the server's own (GitHub Enterprise Server). @param {string} server */
const issuerOf = (server) => (server === 'https://github.com' ? 'https://token.actions.githubusercontent.com' : `${server}/_services/token`);

/** Fulcio's certificate extension OIDs for GitHub Actions tokens (1.3.6.1.4.1.57264.1.*). */
export const OID = Object.fromEntries(Object.entries({
  issuerV1: 1, issuer: 8, buildSignerUri: 9, buildSignerDigest: 10, runnerEnvironment: 11, sourceRepositoryUri: 12,
  sourceRepositoryDigest: 13, sourceRepositoryRef: 14, sourceRepositoryIdentifier: 15, sourceRepositoryOwnerUri: 16,
  sourceRepositoryOwnerIdentifier: 17, buildConfigUri: 18, buildConfigDigest: 19, buildTrigger: 20, runInvocationUri: 21,
  sourceRepositoryVisibility: 22,
}).map(([k, n]) => [k, `1.3.6.1.4.1.57264.1.${n}`]));

/** A stable numeric id for a name (repository and owner ids). @param {string} s */
export const numericId = (s) => 100_000_000 + (parseInt(createHash('sha256').update(s.toLowerCase()).digest('hex').slice(0, 7), 16) % 800_000_000);

/** DSSE pre-authentication encoding. @param {string} type @param {Buffer} body */
export const pae = (type, body) => Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);

/**
 * @typedef {object} AttestOptions
 * @property {string} digest `sha256:<hex>` the image digest the statement names (its subject)
 * @property {string} repository owner/name of the building repository
 * @property {string} workflow workflow file path in that repository (e.g. .github/workflows/build.yml)
 * @property {string} commit 40-hex commit
 * @property {string} [ref] default refs/heads/main
 * @property {string} [serverUrl] default https://github.com
 * @property {string} [predicateType] default SLSA provenance v1
 * @property {'signature'|'untrusted-ca'} [tamper] a signature that does not verify, or a certificate from a CA the
 *   trusted root does not list
 * @property {string} [name] subject name (default the repository as a ghcr.io image)
 */

/** @param {AttestOptions} o @param {Record<string, string>} urls */
function statement(o, urls) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: o.name ?? `ghcr.io/${o.repository.toLowerCase()}`, digest: { sha256: o.digest.slice('sha256:'.length) } }],
    predicateType: o.predicateType ?? SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: urls.ref, repository: urls.repo, path: o.workflow } },
        internalParameters: { github: { event_name: 'push', repository_id: String(numericId(o.repository)), repository_owner_id: String(numericId(o.repository.split('/')[0])) } },
        resolvedDependencies: [{ uri: `git+${urls.repo}@${urls.ref}`, digest: { gitCommit: o.commit } }],
      },
      runDetails: { builder: { id: urls.signer }, metadata: { invocationId: urls.run } },
    },
  };
}

/** @param {AttestOptions} o @param {Record<string, string>} urls */
function claims(o, urls) {
  const owner = o.repository.split('/')[0];
  const server = o.serverUrl ?? 'https://github.com';
  const v = {
    issuer: issuerOf(server), buildSignerUri: urls.signer, buildSignerDigest: o.commit, runnerEnvironment: 'github-hosted',
    sourceRepositoryUri: urls.repo, sourceRepositoryDigest: o.commit, sourceRepositoryRef: urls.ref,
    sourceRepositoryIdentifier: String(numericId(o.repository)), sourceRepositoryOwnerUri: `${server}/${owner}`,
    sourceRepositoryOwnerIdentifier: String(numericId(owner)), buildConfigUri: urls.signer, buildConfigDigest: o.commit,
    buildTrigger: 'push', runInvocationUri: urls.run, sourceRepositoryVisibility: 'public',
  };
  return { [OID.issuerV1]: Buffer.from(issuerOf(server)), ...Object.fromEntries(Object.entries(v).map(([k, s]) => [OID[k], utf8String(s)])) };
}

/**
 * Create a signed bundle.
 * @param {AttestOptions} o @param {number} nowMs virtual time of signing
 * @returns {object} the bundle as JSON
 */
export function createBundle(o, nowMs) {
  const a = authority();
  const server = o.serverUrl ?? 'https://github.com';
  const ref = o.ref ?? 'refs/heads/main';
  const repo = `${server}/${o.repository}`;
  const urls = { repo, ref, signer: `${repo}/${o.workflow}@${ref}`, run: `${repo}/actions/runs/${numericId(`${o.digest}${nowMs}`)}/attempts/1` };
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const issuer = o.tamper === 'untrusted-ca' ? a.rogue : a;
  const cert = issueCertificate({
    subject: { cn: 'sigstore' }, issuer: issuer.root, subjectSpki: publicKey.export({ type: 'spki', format: 'der' }),
    issuerKey: { privateKey: issuer.rootKey.privateKey, spki: issuer.rootKey.spki }, serial: randomBytes(16),
    notBefore: new Date(nowMs - 60_000), notAfter: new Date(nowMs + 10 * 60_000), san: urls.signer, extra: claims(o, urls),
  });
  const payload = Buffer.from(JSON.stringify(statement(o, urls)));
  const signed = o.tamper === 'signature' ? Buffer.concat([payload, Buffer.from(' ')]) : payload;
  const signature = sign('sha256', pae(INTOTO_PAYLOAD_TYPE, signed), privateKey);
  const envelope = { payload: payload.toString('base64'), payloadType: INTOTO_PAYLOAD_TYPE, signatures: [{ sig: signature.toString('base64'), keyid: '' }] };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: cert.toString('base64') },
      tlogEntries: [logEntry({ payload, signature, certPem: pem(cert), envelopeJson: JSON.stringify(envelope), integratedTime: Math.floor(nowMs / 1000) })],
      timestampVerificationData: {},
    },
    dsseEnvelope: envelope,
  };
}
