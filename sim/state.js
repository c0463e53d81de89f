/**
 * In-memory simulator state with optional JSON persistence. With `statePath` the state is loaded at
 * start when the file exists and written after each mutation, atomically (temp file + rename).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const FORMAT = 1;

/**
 * @typedef {object} RegionData
 * @property {Record<string, any>} groups model package groups by lower-cased name
 * @property {Record<string, any>} packages model packages by lower-cased key (`group/n` or `name`)
 * @property {Record<string, {arn: string, fingerprint: string}>} clientTokens CreateModelPackage tokens
 * @property {Record<string, any>} [ecrRepositories] ECR repositories of this registry (account) by name (ecr/repos.js)
 * @property {Record<string, any>} [secrets] Secrets Manager secrets by name (secretsmanager/secrets.js)
 * @property {Record<string, any>} [models] SageMaker models by lower-cased name (sagemaker/models.js)
 * @property {Record<string, any>} [endpointConfigs] endpoint configurations by lower-cased name (sagemaker/endpoint-configs.js)
 * @property {Record<string, any>} [endpoints] endpoints by lower-cased name, with the operation in progress (sagemaker/endpoint-state.js)
 * @property {Record<string, any>} [alarms] CloudWatch alarms by name with their state history (sagemaker/alarms.js)
 *
 * Top level: `{format, accounts: {<acct>: {<region>: RegionData}}, seq, github}` (github: github/state.js).
 */

export class SimState {
  /** @param {{statePath?: string}} [opts] */
  constructor(opts = {}) {
    this.statePath = opts.statePath;
    this.data = SimState.empty();
    /** virtual time of the last save, restored at load so the clock never goes backwards */
    this.savedAtMs = 0;
  }

  static empty() {
    return { format: FORMAT, accounts: {} };
  }

  /** Load the persisted state if the file exists. */
  load() {
    if (!this.statePath || !existsSync(this.statePath)) return false;
    const parsed = JSON.parse(readFileSync(this.statePath, 'utf8'));
    if (parsed.format !== FORMAT) throw new Error(`Unsupported state file format in ${this.statePath}`);
    this.data = parsed;
    this.savedAtMs = parsed.savedAtMs ?? 0;
    return true;
  }

  /**
   * @param {string} account
   * @param {string} region
   * @returns {RegionData}
   */
  region(account, region) {
    const acct = (this.data.accounts[account] ??= {});
    return (acct[region] ??= { groups: {}, packages: {}, clientTokens: {} });
  }

  /** @param {number} nowMs virtual time of the mutation */
  save(nowMs) {
    if (!this.statePath) return;
    const body = JSON.stringify({ ...this.data, savedAtMs: nowMs }, null, 1);
    const tmp = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(tmp, body);
    renameSync(tmp, this.statePath);
  }

  /** @param {number} nowMs */
  reset(nowMs) {
    this.data = SimState.empty();
    this.save(nowMs);
  }

  toJSON() {
    return this.data;
  }
}
