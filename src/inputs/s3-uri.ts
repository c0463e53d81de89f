/**
 * S3 locations given as inputs (model-data-url, data-capture). SageMaker's own patterns accept any text after
 * `s3://` (`(https|s3)://([^/]+)/?(.*)`), so a bucket with a space or a capital letter would only fail at the
 * call, or later when SageMaker reads or writes the location. These are S3's rules:
 * - bucket names (general purpose buckets): 3 to 63 characters, lowercase letters, digits, dots and hyphens,
 *   beginning and ending with a letter or digit, no two adjacent dots, not formatted as an IP address;
 * - object keys: at most 1024 bytes of UTF-8. S3 accepts control characters in keys but they cannot be written
 *   in a workflow value reliably and are never intended, so they are refused here.
 * Names S3 reserves for access point and Object Lambda aliases (`-s3alias`, `--ol-s3`) follow the same grammar
 * and stand where a bucket name does, so they are accepted.
 */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const KEY_MAX_BYTES = 1024;

export const BUCKET_RULE = '3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit';

/** Undefined for a valid bucket name, else the S3 rule it breaks. */
export function bucketProblem(bucket: string): string | undefined {
  const named = `has the bucket name ${JSON.stringify(bucket)}, which`;
  if (!BUCKET.test(bucket)) return `${named} breaks S3's naming rules: ${BUCKET_RULE}`;
  if (bucket.includes('..')) return `${named} has two adjacent dots (S3's naming rules)`;
  if (IP_ADDRESS.test(bucket)) return `${named} is formatted as an IP address (S3's naming rules)`;
  return undefined;
}

/** Undefined for a valid object key or prefix (empty included), else the rule it breaks. */
export function keyProblem(key: string): string | undefined {
  if (CONTROL.test(key)) return 'has a control character (a line break, a tab…) in its object key';
  if (Buffer.byteLength(key, 'utf8') > KEY_MAX_BYTES) return `has an object key over ${KEY_MAX_BYTES} bytes (UTF-8), S3's limit`;
  return undefined;
}

/** Undefined for a valid `s3://bucket[/key]`, else the rule it breaks. */
export function s3UriProblem(uri: string): string | undefined {
  const m = /^s3:\/\/([^/]*)(?:\/(.*))?$/s.exec(uri);
  if (!m) return "must be an S3 URI: s3://bucket/key";
  return bucketProblem(m[1]!) ?? keyProblem(m[2] ?? '');
}

/** Undefined for an https:// URL with a DNS host name and no blanks or control characters, else the rule it breaks. */
export function httpsUrlProblem(url: string): string | undefined {
  const m = /^https:\/\/([^/]*)(?:\/(.*))?$/s.exec(url);
  if (!m) return 'must be an https:// URL';
  const host = m[1]!;
  const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
  if (!host.split('.').every((l) => label.test(l)) || host.length > 253) return `has the host ${JSON.stringify(host)}, which is not a DNS name`;
  if (/\s/.test(m[2] ?? '') || CONTROL.test(m[2] ?? '')) return 'has a blank or control character in its path (encode it as %20…)';
  return undefined;
}
