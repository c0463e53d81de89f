/**
 * Local AWS + GitHub simulator: an HTTP server speaking the AWS JSON 1.1 protocol (SageMaker, ECR,
 * Secrets Manager, Application Auto Scaling), AWS JSON 1.0 and Smithy RPC v2 CBOR (CloudWatch), REST-JSON
 * (SageMaker Runtime InvokeEndpoint, InvokeEndpointAsync), REST-XML (a minimal path-style S3), the GitHub REST/GraphQL
 * subset the action uses, and a control API
 * under /_sim/. Binds to 127.0.0.1 only.
 *
 * Routing: /_sim/... → control API; `/service/<svc>/operation/<op>` → RPC v2 CBOR; a SigV4-signed
 * `POST /endpoints/<name>/invocations` → SageMaker Runtime; a request signed for the service `s3` → S3, for `sts` → STS
 * (awsQuery); a request with `x-amz-target` or a SigV4
 * `authorization` header → AWS JSON; anything else → GitHub.
 */
import { createServer } from 'node:http';
import { defaultCaller } from './accounts.js';
import { handleAwsRequest } from './aws-json.js';
import { VirtualClock } from './clock.js';
import { handleCborRequest, isCborRequest } from './cloudwatch/cbor.js';
import { handleControl } from './control.js';
import { eventsControl } from './events/control.js';
import { EventBus } from './events/delivery.js';
import { packageStateChange } from './events/sagemaker-event.js';
import { Faults } from './faults.js';
import { handleGithubRequest, RateLimits } from './github/index.js';
import { RequestLog } from './log.js';
import { operateControl } from './runtime/control.js';
import { handleAsyncRequest, isAsyncRequest } from './runtime/async.js';
import { handleRuntimeRequest, isRuntimeRequest } from './runtime/index.js';
import { s3Control } from './s3/control.js';
import { handleS3Request, isS3Request } from './s3/index.js';
import { SimState } from './state.js';
import { handleStsRequest, isStsRequest } from './sts/index.js';

/**
 * @typedef {object} SimOptions
 * @property {number} [port] 0 (default) picks a free port
 * @property {string} [host] only '127.0.0.1' is accepted
 * @property {string} [statePath] JSON state file: loaded at start if present, written after each mutation
 * @property {string} [logPath] request log appended as JSON lines
 * @property {number} [clockSpeed] virtual ms per real ms (default 1)
 * @property {number} [packageDelayMs] virtual ms from CreateModelPackage to Completed/Failed (default 0)
 * @property {number} [searchDelayMs] virtual ms before Search sees a created/updated model package (default 0)
 * @property {string} [accountId] default 123456789012
 * @property {string|null} [ecrProxyEndpoint] proxyEndpoint of GetAuthorizationToken (default the ECR registry URL)
 * @property {string} [ecrPassword] password inside the ECR authorization token (default 'sim-ecr-password')
 * @property {number} [ecrScanDelayMs] virtual ms a seeded image scan stays IN_PROGRESS (default 0; per image `scan.delayMs`)
 * @property {number} [endpointCreateMs] virtual ms CreateEndpoint stays Creating (default 4000)
 * @property {number} [fleetCreateMs] virtual ms the new fleet of UpdateEndpoint stays Creating (default 4000)
 * @property {number} [trafficShiftMs] virtual ms of each ActivatingTraffic step of a deployment (default 1000)
 * @property {number} [deleteMs] virtual ms of Deleting (endpoint, old fleet) and of a rollback (default 2000)
 * @property {number} [instanceLimit] account quota of endpoint instances per instance type (default 20)
 * @property {boolean} [eventDuplicates] EventBridge delivers every matched event twice (default false; events/delivery.js)
 */

/** Config keys that are virtual durations (numbers >= 0). */
const DURATION_KEYS = ['packageDelayMs', 'searchDelayMs', 'ecrScanDelayMs', 'endpointCreateMs', 'fleetCreateMs', 'trafficShiftMs', 'deleteMs'];
const CONFIG_KEYS = [...DURATION_KEYS, 'clockSpeed', 'ecrProxyEndpoint', 'ecrPassword', 'instanceLimit', 'eventDuplicates'];

/** Everything a request handler needs. */
export class SimCore {
  /** @param {SimOptions} opts */
  constructor(opts) {
    this.accountId = opts.accountId ?? '123456789012';
    this.start = {
      packageDelayMs: opts.packageDelayMs ?? 0,
      searchDelayMs: opts.searchDelayMs ?? 0,
      clockSpeed: opts.clockSpeed ?? 1,
      ecrProxyEndpoint: opts.ecrProxyEndpoint ?? null,
      ecrPassword: opts.ecrPassword ?? 'sim-ecr-password',
      ecrScanDelayMs: opts.ecrScanDelayMs ?? 0,
      endpointCreateMs: opts.endpointCreateMs ?? 4000,
      fleetCreateMs: opts.fleetCreateMs ?? 4000,
      trafficShiftMs: opts.trafficShiftMs ?? 1000,
      deleteMs: opts.deleteMs ?? 2000,
      instanceLimit: opts.instanceLimit ?? 20,
      eventDuplicates: opts.eventDuplicates ?? false,
    };
    checkConfig(this.start);
    this.config = startConfig(this.start);
    /** base URL, set once listening */
    this.url = '';
    this.githubRates = new RateLimits();
    this.clock = new VirtualClock({ speed: this.start.clockSpeed });
    this.state = new SimState({ statePath: opts.statePath });
    if (this.state.load()) this.clock.atLeast(this.state.savedAtMs);
    this.log = new RequestLog({ logPath: opts.logPath });
    this.faults = new Faults();
    this.events = new EventBus(this);
  }

  /**
   * @param {string} region
   * @param {any} input
   * @param {import('./accounts.js').Caller} [caller] who sends the request (accounts.js); default: the default account
   * @returns {import('./sagemaker/context.js').OpContext}
   */
  context(region, input, caller = defaultCaller(this)) {
    const data = this.state.region(caller.account, region);
    return {
      input,
      region,
      account: caller.account,
      caller,
      data,
      now: this.clock.now(),
      config: this.config,
      faults: this.faults,
      store: (account, r = region) => this.state.region(account, r),
      changed: () => this.state.save(this.clock.now()),
      packageChanged: (pkg) => this.events.publish(packageStateChange(pkg, this.clock.now())),
      nextSeq: () => {
        this.state.data.seq = (this.state.data.seq ?? 0) + 1;
        return this.state.data.seq;
      },
    };
  }

  /** What the control API needs to seed state: the same store/clock as the operations. @param {string} [account] default the simulator's */
  seedContext(account = this.accountId) {
    return {
      account,
      now: this.clock.now(),
      config: this.config,
      store: (account, region) => this.state.region(account, region),
      nextSeq: () => {
        this.state.data.seq = (this.state.data.seq ?? 0) + 1;
        return this.state.data.seq;
      },
    };
  }

  /** @param {Partial<Record<string, any>>} input keys of CONFIG_KEYS */
  configure(input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new TypeError('config must be a JSON object');
    checkConfig(input);
    for (const k of [...DURATION_KEYS, 'ecrProxyEndpoint', 'ecrPassword', 'instanceLimit', 'eventDuplicates']) {
      if (input[k] !== undefined) this.config[k] = input[k];
    }
    if (input.clockSpeed !== undefined) this.clock.setSpeed(input.clockSpeed);
  }

  /** The config as the control API shows it (the ECR password is not echoed). */
  configView() {
    const view = { ...this.config, clockSpeed: this.clock.speed };
    delete view.ecrPassword;
    return view;
  }

  reset() {
    this.config = startConfig(this.start);
    this.clock.restart();
    this.state.reset(this.clock.now());
    this.log.clear();
    this.faults.clear();
    this.githubRates.clear();
    this.events.clear();
  }
}

/** @param {any} start */
function startConfig(start) {
  const config = { ...start };
  delete config.clockSpeed;
  return config;
}

/** @param {Record<string, unknown>} c */
function checkConfig(c) {
  const bad = Object.keys(c).filter((k) => !CONFIG_KEYS.includes(k));
  if (bad.length) throw new TypeError(`unknown config key(s): ${bad.join(', ')}`);
  if (c.ecrProxyEndpoint !== undefined && c.ecrProxyEndpoint !== null) {
    let ok = false;
    try {
      const u = new URL(String(c.ecrProxyEndpoint));
      ok = typeof c.ecrProxyEndpoint === 'string' && ['http:', 'https:'].includes(u.protocol) && (u.pathname === '/' || u.pathname === '') && !u.search;
    } catch {
      ok = false;
    }
    if (!ok) throw new TypeError('ecrProxyEndpoint must be an http(s) URL without a path, or null');
  }
  if (c.ecrPassword !== undefined && !(typeof c.ecrPassword === 'string' && c.ecrPassword.length > 0)) {
    throw new TypeError('ecrPassword must be a non-empty string');
  }
  for (const k of DURATION_KEYS) {
    if (c[k] !== undefined && !(typeof c[k] === 'number' && Number.isFinite(c[k]) && c[k] >= 0)) throw new TypeError(`${k} must be a number >= 0`);
  }
  if (c.instanceLimit !== undefined && !(Number.isInteger(c.instanceLimit) && /** @type {number} */ (c.instanceLimit) >= 0)) {
    throw new TypeError('instanceLimit must be an integer >= 0');
  }
  if (c.eventDuplicates !== undefined && typeof c.eventDuplicates !== 'boolean') throw new TypeError('eventDuplicates must be a boolean');
  if (c.clockSpeed !== undefined && !(typeof c.clockSpeed === 'number' && c.clockSpeed >= 0)) {
    throw new TypeError('clockSpeed must be a number >= 0');
  }
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Answer one request (see the routing note at the top).
 * @param {SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} raw
 * @returns {Promise<{status: number, headers: Record<string, string>, body: string|Buffer, drop?: boolean}>}
 */
async function route(core, req, raw) {
  const url = req.url ?? '';
  const signed = String(req.headers.authorization ?? '').startsWith('AWS4-');
  if (url.startsWith('/_sim/') || url === '/_sim') {
    const body = raw.toString('utf8');
    let input;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      input = undefined;
    }
    try {
      const out = input === undefined ? null : (operateControl(core, req, input) ?? s3Control(core, req, input));
      if (out) return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(out) };
    } catch (e) {
      if (!(e instanceof TypeError || e instanceof RangeError)) throw e;
      return { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'BadRequest', message: e.message }) };
    }
    const events = await eventsControl(core, req);
    if (events) return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(events) };
    return handleControl(core, req, body);
  }
  if (isCborRequest(req)) return handleCborRequest(core, req, raw);
  if (signed && isS3Request(req)) return handleS3Request(core, req, raw);
  if (signed && isStsRequest(req)) return handleStsRequest(core, req, raw);
  if (signed && isRuntimeRequest(req)) return handleRuntimeRequest(core, req, raw);
  if (signed && isAsyncRequest(req)) return handleAsyncRequest(core, req, raw);
  const body = raw.toString('utf8');
  if (req.headers['x-amz-target'] !== undefined || signed) return handleAwsRequest(core, req, body);
  return handleGithubRequest(core, req, body);
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
      const out = await route(core, req, await readBody(req));
      if (out.drop) return void req.socket.destroy();
      // The Date header on the virtual clock, as AWS sends its own time (shadow/ times its test by it).
      res.setHeader('date', new Date(core.clock.now()).toUTCString());
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
  core.url = url;
  const env = {
    AWS_ENDPOINT_URL_SAGEMAKER: url,
    AWS_ENDPOINT_URL_ECR: url,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
    AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: url,
    AWS_ENDPOINT_URL_CLOUDWATCH: url,
    AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME: url,
    AWS_ENDPOINT_URL_S3: url,
    AWS_ENDPOINT_URL_EVENTBRIDGE: url,
    AWS_ENDPOINT_URL_STS: url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIASIMULATOR0000000',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret-access-key',
    GITHUB_API_URL: url,
    GITHUB_GRAPHQL_URL: `${url}/graphql`,
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
      core.events.clear();
      core.state.save(core.clock.now());
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve(undefined)));
        server.closeAllConnections();
      });
    },
    reset() {
      core.reset();
    },
    /** @param {{service?: string, operation?: string, account?: string, since?: number}} [filter] */
    requests(filter) {
      return core.log.list(filter);
    },
  };
}
