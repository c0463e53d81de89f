/**
 * SageMaker Runtime InvokeEndpoint (REST-JSON): `POST /endpoints/{EndpointName}/invocations`, SigV4
 * (service `sagemaker`, not verified), the body passed as is. Routed by path (server.js).
 *
 * An endpoint answers while InService, Updating or RollingBack. The answering fleet: during an update the
 * new configuration answers with probability = the share of traffic shifted to it (deployment.js); a
 * variant is chosen by weight (or `X-Amzn-SageMaker-Target-Variant`). The configuration's runtime profile
 * (profiles.js) gives the latency (a real delay, reported in `x-sim-latency-ms` and the body) and the error
 * rate (ModelError 424); each answer is recorded for CloudWatch's metrics (traffic.js). Success body (application/json):
 *   {endpointName, endpointConfigName, variantName, image, latencyMs, contentType, body}   (body = the input as UTF-8)
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { callerOf } from '../accounts.js';
import { signedRegion } from '../aws-json.js';
import { AwsError } from '../errors.js';
import { shapes } from '../schema/runtime.js';
import { alarmsOf } from '../sagemaker/alarms.js';
import { evaluate } from '../sagemaker/deployment.js';
import { currentStatus, endpointsOf, settle } from '../sagemaker/endpoint-state.js';
import { validationErrors, formatValidationMessage } from '../validate.js';
import { draw, latencyOf, profilesOf } from './profiles.js';
import { recordInvocation } from './traffic.js';

const PATH = /^\/endpoints\/([^/]+)\/invocations$/;
const MAX_BODY = 6291456;

/** Whether a request is an InvokeEndpoint call. @param {import('node:http').IncomingMessage} req */
export const isRuntimeRequest = (req) => PATH.test((req.url ?? '').split('?')[0] ?? '');

const notFound = (ctx, name) => new AwsError('ValidationError', `Endpoint ${name} of account ${ctx.account} not found.`);

/** The answering configuration and fleet of an endpoint now. @param {any} ctx @param {any} e @param {number} u */
export function servingFleet(ctx, e, u) {
  const op = e.op;
  if (op?.kind === 'update') {
    const r = evaluate(op, op.timings, alarmsOf(ctx.data), ctx.now);
    const share = r.kind === 'inProgress' ? (r.phase.variants[0]?.fraction ?? 0) : 0;
    if (u < share) return { configName: op.EndpointConfigName, fleet: op.fleet };
  }
  return { configName: e.EndpointConfigName, fleet: e.fleet };
}

/** A variant by weight (u in [0,1)), or the target variant. @param {any[]} fleet @param {number} u @param {string|undefined} target */
export function pickVariant(fleet, u, target) {
  if (target !== undefined) return fleet.find((v) => v.VariantName === target) ?? null;
  const total = fleet.reduce((s, v) => s + v.weight, 0);
  let acc = 0;
  for (const v of fleet) {
    acc += v.weight / (total || 1);
    if (u < acc) return v;
  }
  return fleet.at(-1);
}

/** @param {any} input @param {Buffer} body */
function validate(input, body) {
  const errors = validationErrors(shapes, 'InvokeEndpointInput', { ...input, Body: '' });
  if (body.length > MAX_BODY) errors.push(`Value at 'body' failed to satisfy constraint: Member must have length less than or equal to ${MAX_BODY}`);
  if (errors.length) throw new AwsError('ValidationError', formatValidationMessage(errors));
}

/**
 * Decide the answer of one invocation (synchronous part: state, profile, draws).
 * @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} body
 */
function answer(core, req, body) {
  const region = signedRegion(req);
  const name = decodeURIComponent(/** @type {string} */ (PATH.exec((req.url ?? '').split('?')[0] ?? '')?.[1]));
  const h = (k) => (req.headers[k] === undefined ? undefined : String(req.headers[k]));
  const input = { EndpointName: name, ContentType: h('content-type'), Accept: h('accept'), TargetVariant: h('x-amzn-sagemaker-target-variant') };
  const ctx = core.context(region, { ...input, bodyBytes: body.length }, callerOf(core, req));
  validate(input, body);
  core.faults.beforeOperation('InvokeEndpoint', () => ({
    principal: ctx.caller.principal,
    service: 'sagemaker',
    resource: `arn:aws:sagemaker:${region}:${ctx.account}:endpoint/${name.toLowerCase()}`,
  }));
  const stored = endpointsOf(ctx.data)[name.toLowerCase()];
  const e = stored ? settle(ctx, stored) : null;
  if (!e || !['InService', 'Updating', 'RollingBack'].includes(currentStatus(ctx, e))) throw notFound(ctx, name);
  const live = profilesOf(ctx.data)[e.EndpointConfigName.toLowerCase()];
  const n = e.invocations ?? 0;
  e.invocations = n + 1;
  ctx.changed();
  const { configName, fleet } = servingFleet(ctx, e, draw(live?.seed ?? 1, n, 'fleet'));
  const p = profilesOf(ctx.data)[configName.toLowerCase()];
  const seed = p?.seed ?? 1;
  const v = pickVariant(fleet, draw(seed, n, 'variant'), input.TargetVariant);
  if (!v) throw new AwsError('ValidationError', `Variant ${input.TargetVariant} not found for Endpoint ${name}.`);
  const latencyMs = p ? latencyOf(p.latencyMs, seed, n) : 0;
  const failed = p !== undefined && draw(seed, n, 'error') < p.errorRate;
  recordInvocation(ctx.data, e.EndpointName, { t: ctx.now, v: v.VariantName, ms: latencyMs, err: failed ? 1 : 0 });
  return { ctx, name, configName, v, latencyMs, failed, contentType: input.ContentType };
}

/**
 * @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} body
 * @returns {Promise<{status: number, headers: Record<string, string>, body: string}>}
 */
export async function handleRuntimeRequest(core, req, body) {
  const log = (status, error) => core.log.add({
    time: new Date(core.clock.now()).toISOString(), service: 'sagemaker-runtime', operation: 'InvokeEndpoint', account: callerOf(core, req).account, status, error,
    request: { path: req.url, contentType: req.headers['content-type'], bodyBytes: body.length },
  });
  const json = (status, headers, value) => ({ status, headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID(), ...headers }, body: JSON.stringify(value) });
  let a;
  try {
    if (req.method !== 'POST') throw new AwsError('UnknownOperationException', `InvokeEndpoint is POST (got ${req.method})`);
    a = answer(core, req, body);
  } catch (e) {
    if (!(e instanceof AwsError)) throw e;
    log(e.status, e.code);
    return json(e.status, { 'x-amzn-errortype': e.code }, { message: e.message, Message: e.message });
  }
  await sleep(a.latencyMs);
  const latency = { 'x-sim-latency-ms': String(a.latencyMs), 'x-sim-endpoint-config': a.configName };
  if (a.failed) {
    log(424, 'ModelError');
    const group = `/aws/sagemaker/Endpoints/${a.name}`;
    return json(424, { 'x-amzn-errortype': 'ModelError', ...latency }, {
      ErrorCode: 'ModelError',
      OriginalStatusCode: 500,
      OriginalMessage: 'Internal Server Error (injected by the simulator)',
      Message: `Received server error (500) from primary with message "Internal Server Error (injected by the simulator)". See https://${a.ctx.region}.console.aws.amazon.com/cloudwatch/home?region=${a.ctx.region}#logEventViewer:group=${group} in account ${a.ctx.account} for more information.`,
      LogStreamArn: `arn:aws:logs:${a.ctx.region}:${a.ctx.account}:log-group:${group}`,
    });
  }
  log(200, null);
  return json(200, { 'x-amzn-invoked-production-variant': a.v.VariantName, ...latency }, {
    endpointName: a.name,
    endpointConfigName: a.configName,
    variantName: a.v.VariantName,
    image: a.v.DeployedImages?.[0]?.ResolvedImage,
    latencyMs: a.latencyMs,
    contentType: a.contentType,
    body: body.toString('utf8'),
  });
}
