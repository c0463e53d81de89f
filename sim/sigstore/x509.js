/**
 * X.509 certificates for the simulator's Sigstore instance: built with @peculiar/asn1-x509 (ASN.1 structures, DER
 * serialisation) and signed with node:crypto (ECDSA P-256, SHA-256). Synchronous, so control routes stay synchronous.
 */
import { createHash, createPrivateKey, createPublicKey, createECDH, sign } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier, AttributeTypeAndValue, AttributeValue, AuthorityKeyIdentifier, BasicConstraints, Certificate,
  ExtendedKeyUsage, Extension, Extensions, GeneralName, KeyIdentifier, KeyUsage, KeyUsageFlags, Name, RelativeDistinguishedName,
  SubjectAlternativeName, SubjectKeyIdentifier, SubjectPublicKeyInfo, TBSCertificate, Validity, Version,
} from '@peculiar/asn1-x509';

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const OID = { cn: '2.5.4.3', o: '2.5.4.10', basic: '2.5.29.19', keyUsage: '2.5.29.15', extKeyUsage: '2.5.29.37', ski: '2.5.29.14', aki: '2.5.29.35', san: '2.5.29.17' };
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

/**
 * A P-256 key pair derived from a label, so the simulator's keys (and its trusted root) are the same after every
 * restart and a persisted attestation still verifies. Test keys: they protect nothing.
 * @param {string} label
 */
export function simKey(label) {
  const d = createHash('sha256').update(`sagemaker-action-sim:${label}`).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey(undefined, 'uncompressed');
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, publicKey, spki };
}

/** DER of an ASN.1 UTF8String (how Fulcio encodes the 1.3.6.1.4.1.57264.1.8+ extension values). @param {string} s */
export function utf8String(s) {
  const bytes = Buffer.from(s, 'utf8');
  const n = bytes.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([0x0c]), len, bytes]);
}

/** @param {{cn: string, o?: string}} n */
function name(n) {
  const rdn = (type, v) => new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: v }) })]);
  return new Name([...(n.o ? [rdn(OID.o, n.o)] : []), rdn(OID.cn, n.cn)]);
}

/** @param {string} extnID @param {unknown} value an asn1-x509 object, or DER bytes @param {boolean} [critical] */
const ext = (extnID, value, critical = false) =>
  new Extension({ extnID, critical, extnValue: new OctetString(Buffer.isBuffer(value) ? ab(value) : AsnConvert.serialize(value)) });

/** @param {Buffer} b */
const ab = (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);

/** The key identifier of a public key (SHA-1 of the SPKI, as many CAs do). @param {Buffer} spki */
export const keyId = (spki) => createHash('sha1').update(spki).digest();

/**
 * Issue a certificate.
 * @param {object} o
 * @param {{cn: string, o?: string}} o.subject
 * @param {{cn: string, o?: string}} o.issuer
 * @param {Buffer} o.subjectSpki DER SubjectPublicKeyInfo of the subject
 * @param {{privateKey: import('node:crypto').KeyObject, spki: Buffer}} o.issuerKey
 * @param {Buffer} o.serial (a leading zero byte is added when needed, so the number stays positive)
 * @param {Date} o.notBefore
 * @param {Date} o.notAfter
 * @param {boolean} [o.ca]
 * @param {string} [o.san] a URI subject alternative name
 * @param {Record<string, Buffer>} [o.extra] extension OID → DER value
 * @returns {Buffer} DER certificate
 */
export function issueCertificate(o) {
  const spki = AsnConvert.parse(o.subjectSpki, SubjectPublicKeyInfo);
  const extensions = [
    ext(OID.basic, new BasicConstraints({ cA: !!o.ca, ...(o.ca ? { pathLenConstraint: 1 } : {}) }), true),
    ext(OID.keyUsage, new KeyUsage(o.ca ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign : KeyUsageFlags.digitalSignature), true),
    ext(OID.ski, new SubjectKeyIdentifier(ab(keyId(o.subjectSpki)))),
    ext(OID.aki, new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(ab(keyId(o.issuerKey.spki))) })),
  ];
  if (!o.ca) extensions.push(ext(OID.extKeyUsage, new ExtendedKeyUsage([CODE_SIGNING])));
  if (o.san) extensions.push(ext(OID.san, new SubjectAlternativeName([new GeneralName({ uniformResourceIdentifier: o.san })]), true));
  for (const [oid, der] of Object.entries(o.extra ?? {})) extensions.push(ext(oid, der));
  const algorithm = new AlgorithmIdentifier({ algorithm: ECDSA_SHA256 });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: ab(o.serial[0] & 0x80 ? Buffer.concat([Buffer.from([0]), o.serial]) : o.serial),
    signature: algorithm,
    issuer: name(o.issuer),
    validity: new Validity({ notBefore: o.notBefore, notAfter: o.notAfter }),
    subject: name(o.subject),
    subjectPublicKeyInfo: spki,
    extensions: new Extensions(extensions),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const signatureValue = ab(sign('sha256', tbsDer, o.issuerKey.privateKey));
  return Buffer.from(AsnConvert.serialize(new Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue })));
}

/** PEM of a DER certificate. @param {Buffer} der */
export const pem = (der) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
