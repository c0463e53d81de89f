/** Opaque NextToken pagination shared by the List and Search operations. */
import { createHash } from 'node:crypto';
import { validationError } from '../errors.js';

/**
 * @template T
 * @param {T[]} items the full, sorted result
 * @param {{MaxResults?: number, NextToken?: string}} input
 * @param {unknown} query the request parameters that define the result (a token is only valid for them)
 * @param {number} defaultMax
 * @returns {{page: T[], nextToken: string|undefined}}
 */
export function paginate(items, input, query, defaultMax) {
  const q = createHash('sha256').update(JSON.stringify(query)).digest('hex').slice(0, 16);
  let offset = 0;
  if (input.NextToken) {
    let tok;
    try {
      tok = JSON.parse(Buffer.from(input.NextToken, 'base64url').toString('utf8'));
    } catch {
      tok = null;
    }
    if (!tok || tok.q !== q || !Number.isInteger(tok.o) || tok.o < 0) throw validationError('Invalid pagination token.');
    offset = tok.o;
  }
  const max = input.MaxResults ?? defaultMax;
  const page = items.slice(offset, offset + max);
  const next = offset + max < items.length ? Buffer.from(JSON.stringify({ o: offset + max, q })).toString('base64url') : undefined;
  return { page, nextToken: next };
}

/**
 * The request parameters that define a result set (all but the paging members).
 * @param {Record<string, unknown>} input
 */
export function queryOf(input) {
  const query = { ...input };
  delete query.NextToken;
  delete query.MaxResults;
  return query;
}

/**
 * Compare for sorting: numbers numerically, strings by code unit; undefined sorts last.
 * @param {unknown} a @param {unknown} b
 */
export function compareValues(a, b) {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** Epoch milliseconds to the wire's epoch seconds. @param {number} ms */
export const seconds = (ms) => ms / 1000;
