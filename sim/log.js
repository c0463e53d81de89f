/**
 * Request log: one entry per AWS or GitHub request (control-API calls are not logged), kept in memory and
 * appended as JSON lines to `logPath` when given. API keys of EventBridge connections are replaced by '<redacted>'.
 */
import { appendFileSync } from 'node:fs';

/**
 * @typedef {object} LogEntry
 * @property {number} seq 1-based, increasing; starts again at 1 after a reset
 * @property {string} time ISO time (virtual clock)
 * @property {string} service sagemaker | ecr | secretsmanager | github | unknown
 * @property {string} operation AWS operation name, or for GitHub `<METHOD> <route template>`
 * @property {string} [path] GitHub only: the request path with its query
 * @property {string} [account] AWS only: the caller's account, from the request's credentials (accounts.js)
 * @property {number} status HTTP status
 * @property {string|null} error error code or null
 * @property {unknown} request parsed request body
 */

/** Members of EventBridge requests whose values the log never keeps: connections' API keys (sensitive in the model). */
const SECRET_MEMBERS = new Set(['ApiKeyValue']);

/** @param {unknown} request */
function redacted(request) {
  return JSON.parse(JSON.stringify(request, (key, value) => (SECRET_MEMBERS.has(key) && typeof value === 'string' ? '<redacted>' : value)));
}

export class RequestLog {
  /** @param {{logPath?: string}} [opts] */
  constructor(opts = {}) {
    this.logPath = opts.logPath;
    /** @type {LogEntry[]} */
    this.entries = [];
    this.seq = 0;
  }

  /** @param {Omit<LogEntry, 'seq'>} entry */
  add(entry) {
    const full = { seq: ++this.seq, ...entry, ...(entry.service === 'events' && entry.request ? { request: redacted(entry.request) } : {}) };
    this.entries.push(full);
    if (this.logPath) appendFileSync(this.logPath, `${JSON.stringify(full)}\n`);
    return full;
  }

  /**
   * @param {{service?: string, operation?: string, account?: string, since?: number}} [filter] since: only seq > since;
   *   account: only AWS calls of that account
   * @returns {LogEntry[]}
   */
  list(filter = {}) {
    return this.entries
      .filter((e) => !filter.service || e.service === filter.service)
      .filter((e) => !filter.account || e.account === filter.account)
      .filter((e) => !filter.operation || e.operation === filter.operation)
      .filter((e) => filter.since === undefined || e.seq > filter.since)
      .map((e) => structuredClone(e));
  }

  clear() {
    this.entries = [];
    this.seq = 0;
  }
}
