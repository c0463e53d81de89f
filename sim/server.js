/**
 * Local AWS simulator: an HTTP server speaking the AWS JSON 1.1 protocol (SageMaker now; ECR and
 * Secrets Manager prefixes are routed but have no operations yet) plus a control API under /_sim/.
 * Binds to 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { handleAwsRequest } from './aws-json.js';
import { VirtualClock } from './clock.js';
import { handleControl } from './control.js';
import { Faults } from './faults.js';
import { RequestLog } from './log.js';
import { SimState } from './state.js';

/**
 * @typedef {object} SimOptions
 * @property {number} [port] 0 (default) picks a free port
 * @property {string} [host] only '127.0.0.1' is accepted
 * @property {string} [statePath] JSON state file: loaded at start if present, written after each mutation
 * @property {string} [logPath] request log appended as JSON lines
 * @property {number} [clockSpeed] virtual ms per real ms (default 1)
 * @property {number} [packageDelayMs] virtual ms from CreateModelPackage to Completed/Failed (default 0)
 * @property {string} [accountId] default 123456789012
 */

/** Everything a request handler needs. */
export class SimCore {
  /** @param {SimOptions} opts */
  constructor(opts) {
    this.accountId = opts.accountId ?? '123456789012';
    this.start = { packageDelayMs: opts.packageDelayMs ?? 0, clockSpeed: opts.clockSpeed ?? 1 };
    checkConfig(this.start);
    this.config = { packageDelayMs: this.start.packageDelayMs };
    this.clock = new VirtualClock({ speed: this.start.clockSpeed });
    this.state = new SimState({ statePath: opts.statePath });
    if (this.state.load()) this.clock.atLeast(this.state.savedAtMs);
    this.log = new RequestLog({ logPath: opts.logPath });
    this.faults = new Faults();
  }

  /**
   * @param {string} region
   * @param {any} input
   * @returns {import('./sagemaker/context.js').OpContext}
   */
  context(region, input) {
    const data = this.state.region(this.accountId, region);
    return {
      input,
      region,
      account: this.accountId,
      data,
      now: this.clock.now(),
      config: this.config,
      faults: this.faults,
      changed: () => this.state.save(this.clock.now()),
      nextSeq: () => {
        this.state.data.seq = (this.state.data.seq ?? 0) + 1;
        return this.state.data.seq;
      },
    };
  }

  /** @param {{packageDelayMs?: number, clockSpeed?: number}} input */
  configure(input) {
    if (typeof input !== 'object' || input === null) throw new TypeError('config must be a JSON object');
    checkConfig(input);
    if (input.packageDelayMs !== undefined) this.config.packageDelayMs = input.packageDelayMs;
    if (input.clockSpeed !== undefined) this.clock.setSpeed(input.clockSpeed);
  }

  reset() {
    this.config = { packageDelayMs: this.start.packageDelayMs };
    this.clock.restart();
    this.state.reset(this.clock.now());
    this.log.clear();
    this.faults.clear();
  }
}

/** @param {{packageDelayMs?: unknown, clockSpeed?: unknown}} c */
function checkConfig(c) {
  const bad = Object.keys(c).filter((k) => !['packageDelayMs', 'clockSpeed'].includes(k));
  if (bad.length) throw new TypeError(`unknown config key(s): ${bad.join(', ')}`);
  if (c.packageDelayMs !== undefined && !(typeof c.packageDelayMs === 'number' && c.packageDelayMs >= 0)) {
    throw new TypeError('packageDelayMs must be a number >= 0');
  }
  if (c.clockSpeed !== undefined && !(typeof c.clockSpeed === 'number' && c.clockSpeed >= 0)) {
    throw new TypeError('clockSpeed must be a number >= 0');
  }
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Start the simulator.
 * @param {SimOptions} [opts]
 */
export async function startSimulator(opts = {}) {
  const host = opts.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`The simulator binds to 127.0.0.1 only (got host ${host})`);
  const core = new SimCore({ ...opts, clockSpeed: opts.clockSpeed, packageDelayMs: opts.packageDelayMs });
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const isControl = (req.url ?? '').startsWith('/_sim/') || req.url === '/_sim';
      const out = isControl ? handleControl(core, req, body) : handleAwsRequest(core, req, body);
      res.writeHead(out.status, out.headers);
      res.end(out.body);
    } catch (e) {
      console.error('[sim] request failed', e);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'SimulatorBug', message: String(e) }));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://${host}:${port}`;
  const env = {
    AWS_ENDPOINT_URL_SAGEMAKER: url,
    AWS_ENDPOINT_URL_ECR: url,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIASIMULATOR0000000',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret-access-key',
    SIM_URL: url,
  };
  let closed = false;
  return {
    url,
    port,
    env,
    clock: core.clock,
    /** Stop listening; the state (if persisted) is already on disk after each mutation. */
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      core.state.save(core.clock.now());
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve(undefined)));
        server.closeAllConnections();
      });
    },
    reset() {
      core.reset();
    },
    /** @param {{service?: string, operation?: string, since?: number}} [filter] */
    requests(filter) {
      return core.log.list(filter);
    },
  };
}
