/**
 * A Rekor-like transparency log entry for a DSSE envelope (kind `dsse`, apiVersion 0.0.1): canonicalised body, a
 * signed entry timestamp (the "inclusion promise": the log key's signature over the canonical JSON of body, integrated
 * time, log index and log id) and an inclusion proof with a signed checkpoint. Each entry is its own one-leaf tree
 * (tree size 1, index 0, no sibling hashes): a valid RFC 6962 proof, not a log that grows.
 */
import { createHash, sign } from 'node:crypto';
import { authority, REKOR_URL } from './authority.js';

/** JSON with object keys sorted (RFC 8785 for the values used here: strings and integers). @param {unknown} v @returns {string} */
export function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(/** @type {any} */ (v)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const sha256 = (/** @type {Buffer} */ b) => createHash('sha256').update(b).digest();

/**
 * @param {{payload: Buffer, signature: Buffer, certPem: string, envelopeJson: string, integratedTime: number}} o
 * @returns {object} a TransparencyLogEntry as bundle JSON
 */
export function logEntry(o) {
  const a = authority();
  const body = Buffer.from(canonical({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(o.envelopeJson)).toString('hex') },
      payloadHash: { algorithm: 'sha256', value: sha256(o.payload).toString('hex') },
      signatures: [{ signature: o.signature.toString('base64'), verifier: Buffer.from(o.certPem).toString('base64') }],
    },
  }));
  const logIndex = 0;
  const promise = canonical({ body: body.toString('base64'), integratedTime: o.integratedTime, logID: a.logId.toString('hex'), logIndex });
  const set = sign('sha256', Buffer.from(promise), a.rekorKey.privateKey);
  const root = sha256(Buffer.concat([Buffer.from([0]), body]));
  const host = new URL(REKOR_URL).host;
  const note = `${host} - 1\n1\n${root.toString('base64')}\n`;
  const noteSig = Buffer.concat([a.logId.subarray(0, 4), sign('sha256', Buffer.from(note), a.rekorKey.privateKey)]);
  return {
    logIndex: String(logIndex),
    logId: { keyId: a.logId.toString('base64') },
    kindVersion: { kind: 'dsse', version: '0.0.1' },
    integratedTime: String(o.integratedTime),
    inclusionPromise: { signedEntryTimestamp: set.toString('base64') },
    inclusionProof: {
      logIndex: String(logIndex), rootHash: root.toString('base64'), treeSize: '1', hashes: [],
      checkpoint: { envelope: `${note}\n\u2014 ${host} ${noteSig.toString('base64')}\n` },
    },
    canonicalizedBody: body.toString('base64'),
  };
}
