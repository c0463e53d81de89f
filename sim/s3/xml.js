/**
 * S3's REST-XML: error documents (`<Error><Code>…</Code><Message>…</Message>…</Error>`) and the few result
 * documents the simulator answers. Values are escaped; nothing else is XML-aware.
 */

/** An S3 error: its code, message, HTTP status and extra elements (BucketName, Key, Region…). */
export class S3Error extends Error {
  /** @param {string} code @param {string} message @param {number} status @param {Record<string, string>} [extra] */
  constructor(code, message, status, extra = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.extra = extra;
  }
}

/** @param {string} s */
export const escapeXml = (s) => String(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** `<Name>value</Name>` for each entry (arrays repeat the element; objects nest). @param {Record<string, any>} fields @returns {string} */
export function elements(fields) {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (Array.isArray(v) ? v.map((x) => elements({ [k]: x })).join('') : `<${k}>${typeof v === 'object' ? elements(v) : escapeXml(String(v))}</${k}>`))
    .join('');
}

export const document = (root, fields, ns = 'http://s3.amazonaws.com/doc/2006-03-01/') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${ns}">${elements(fields)}</${root}>`;

/** The error document. @param {S3Error} e @param {string} requestId */
export const errorDocument = (e, requestId) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${elements({ Code: e.code, Message: e.message, ...e.extra, RequestId: requestId, HostId: 'simulator' })}</Error>`;
