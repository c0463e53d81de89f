/**
 * The simulator's own Sigstore instance: a Fulcio-like root CA that issues short-lived signing certificates carrying
 * GitHub's OIDC claims, and a Rekor-like transparency log key. Its trusted_root.json (protobuf-specs JSON) lists both,
 * so a verifier given that file checks simulator attestations exactly as it checks real ones.
 */
import { createHash } from 'node:crypto';
import { issueCertificate, simKey } from './x509.js';

export const REKOR_URL = 'https://rekor.sim.invalid';
export const FULCIO_URL = 'https://fulcio.sim.invalid';
const ROOT = { o: 'sagemaker-action simulator', cn: 'sim-fulcio-root' };
const VALID_FROM = new Date('2020-01-01T00:00:00Z');
const VALID_TO = new Date('2100-01-01T00:00:00Z');

/** @type {ReturnType<typeof build> | undefined} */
let cached;

function build() {
  const rootKey = simKey('fulcio-root');
  const rootCert = issueCertificate({
    subject: ROOT, issuer: ROOT, subjectSpki: rootKey.spki, issuerKey: rootKey, serial: Buffer.from([1]), notBefore: VALID_FROM, notAfter: VALID_TO, ca: true,
  });
  const rekorKey = simKey('rekor-log');
  const logId = createHash('sha256').update(rekorKey.spki).digest();
  // a second CA that the trusted root does not list (for "issued by an untrusted CA" tests)
  const rogueKey = simKey('rogue-root');
  return { root: ROOT, rootKey, rootCert, rekorKey, logId, rogue: { root: { o: 'rogue', cn: 'rogue-root' }, rootKey: rogueKey } };
}

/** The simulator's CA and log keys (deterministic; built once per process). */
export const authority = () => (cached ??= build());

/** trusted_root.json of the simulator's instance (what a test writes to a file and passes as `trustedRoot`). */
export function trustedRoot() {
  const a = authority();
  const validFor = { start: VALID_FROM.toISOString() };
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{
      baseUrl: REKOR_URL,
      hashAlgorithm: 'SHA2_256',
      publicKey: { rawBytes: a.rekorKey.spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
      logId: { keyId: a.logId.toString('base64') },
    }],
    certificateAuthorities: [{
      subject: { organization: ROOT.o, commonName: ROOT.cn },
      uri: FULCIO_URL,
      certChain: { certificates: [{ rawBytes: a.rootCert.toString('base64') }] },
      validFor,
    }],
    ctlogs: [],
    timestampAuthorities: [],
  };
}
