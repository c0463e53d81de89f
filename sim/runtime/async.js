/**
 * SageMaker Runtime InvokeEndpointAsync (REST-JSON): `POST /endpoints/{EndpointName}/async-invocations`, SigV4
 * (service `sagemaker`, not verified), members in `X-Amzn-SageMaker-*` headers, an optional inline body. Answers
 * 202 with `{InferenceId}` and the headers `X-Amzn-SageMaker-OutputLocation` / `-FailureLocation`.
 *
 * The request is processed at once on the virtual clock (assumed: no queue, no delay): the input is read from the
 * simulator's S3 (InputLocation `s3://bucket/key` of the caller's account) or the inline body; the answering
 * variant and its runtime profile (profiles.js) decide success or a model error, as for InvokeEndpoint. Success
 * writes `<S3OutputPath>[/<S3OutputPathExtension>]/<uuid>.out` (JSON: endpointName, endpointConfigName,
 * variantName, image, inferenceId, contentType, body = the input as UTF-8); a model error or an input that cannot
 * be read writes `<S3FailurePath, else S3OutputPath>/<uuid>-error.out` (JSON: errorCode, message). An object
 * whose bucket does not exist (or is another account's) is not written: the caller waits in vain, as it would.
 */
import { randomUUID } from 'node:crypto';
import { callerOf } from '../accounts.js';
import { signedRegion } from '../aws-json.js';
import { AwsError } from '../errors.js';
import { shapes } from '../schema/runtime.js';
import { currentStatus, endpointsOf, settle } from '../sagemaker/endpoint-state.js';
import { readUri, writeUri } from '../s3/store.js';
import { formatValidationMessage, validationErrors } from '../validate.js';
import { draw, profilesOf } from './profiles.js';
import { pickVariant, servingFleet } from './index.js';

const PATH = /^\/endpoints\/([^/]+)\/async-invocations$/;

/** Whether a request is an InvokeEndpointAsync call. @param {import('node:http').IncomingMessage} req */
export const isAsyncRequest = (req) => PATH.test((req.url ?? '').split('?')[0] ?? '');

const HEADERS = {
  Accept: 'x-amzn-sagemaker-accept',
  ContentType: 'x-amzn-sagemaker-content-type',
  CustomAttributes: 'x-amzn-sagemaker-custom-attributes',
  Filename: 'x-amzn-sagemaker-filename',
  InferenceId: 'x-amzn-sagemaker-inference-id',
  InputLocation: 'x-amzn-sagemaker-inputlocation',
  InvocationTimeoutSeconds: 'x-amzn-sagemaker-invocationtimeoutseconds',
  RequestTTLSeconds: 'x-amzn-sagemaker-requestttlseconds',
  S3OutputPathExtension: 'x-amzn-sagemaker-s3outputpathextension',
};
const INTEGERS = ['InvocationTimeoutSeconds', 'RequestTTLSeconds'];

/** The request's members from its path and headers. @param {import('node:http').IncomingMessage} req */
function inputOf(req) {
  /** @type {Record<string, any>} */
  const input = { EndpointName: decodeURIComponent(/** @type {string} */ (PATH.exec((req.url ?? '').split('?')[0] ?? '')?.[1])) };
  for (const [member, header] of Object.entries(HEADERS)) {
    const v = req.headers[header];
    if (v !== undefined) input[member] = INTEGERS.includes(member) ? Number(v) : String(v);
  }
  return input;
}

/** @param {Record<string, any>} input @param {Buffer} body */
function validate(input, body) {
  const errors = validationErrors(shapes, 'InvokeEndpointAsyncInput', input);
  if (body.length > 128000) errors.push("Value at 'body' failed to satisfy constraint: Member must have length less than or equal to 128000");
  if (errors.length) throw new AwsError('ValidationError', formatValidationMessage(errors));
  if (body.length && input.InputLocation !== undefined) throw new AwsError('ValidationError', 'Body and InputLocation are mutually exclusive: provide one of them.');
  if (!body.length && input.InputLocation === undefined) throw new AwsError('ValidationError', 'Either Body or InputLocation must be provided.');
}

const join = (...parts) => parts.filter(Boolean).map((p, i) => (i === 0 ? p.replace(/\/+$/, '') : p.replace(/^\/+|\/+$/g, ''))).join('/');

/**
 * @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} body
 * @returns {{status: number, headers: Record<string, string>, body: string}}
 */
export function handleAsyncRequest(core, req, body) {
  const json = (status, headers, value) => ({ status, headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID(), ...headers }, body: JSON.stringify(value) });
  let input = {};
  try {
    if (req.method !== 'POST') throw new AwsError('UnknownOperationException', `InvokeEndpointAsync is POST (got ${req.method})`);
    input = inputOf(req);
    const out = invoke(core, req, input, body);
    core.log.add({ time: new Date(core.clock.now()).toISOString(), service: 'sagemaker-runtime', operation: 'InvokeEndpointAsync', account: callerOf(core, req).account, status: 202, error: null, request: { ...input, bodyBytes: body.length } });
    return json(202, { 'x-amzn-sagemaker-outputlocation': out.output, 'x-amzn-sagemaker-failurelocation': out.failure }, { InferenceId: out.inferenceId });
  } catch (e) {
    if (!(e instanceof AwsError)) throw e;
    core.log.add({ time: new Date(core.clock.now()).toISOString(), service: 'sagemaker-runtime', operation: 'InvokeEndpointAsync', account: callerOf(core, req).account, status: e.status, error: e.code, request: { ...input, bodyBytes: body.length } });
    return json(e.status, { 'x-amzn-errortype': e.code }, { message: e.message, Message: e.message });
  }
}

/** @param {import('../server.js').SimCore} core @param {any} req @param {Record<string, any>} input @param {Buffer} body */
function invoke(core, req, input, body) {
  const region = signedRegion(req);
  const ctx = core.context(region, input, callerOf(core, req));
  validate(input, body);
  const name = input.EndpointName;
  core.faults.beforeOperation('InvokeEndpointAsync', () => ({
    principal: ctx.caller.principal,
    service: 'sagemaker',
    resource: `arn:aws:sagemaker:${region}:${ctx.account}:endpoint/${name.toLowerCase()}`,
  }));
  const stored = endpointsOf(ctx.data)[name.toLowerCase()];
  const e = stored ? settle(ctx, stored) : null;
  if (!e || !['InService', 'Updating', 'RollingBack'].includes(currentStatus(ctx, e))) throw new AwsError('ValidationError', `Endpoint ${name} of account ${ctx.account} not found.`);
  const n = e.invocations ?? 0;
  e.invocations = n + 1;
  const { configName, fleet } = servingFleet(ctx, e, draw(profilesOf(ctx.data)[e.EndpointConfigName.toLowerCase()]?.seed ?? 1, n, 'fleet'));
  const async = fleet[0]?.async;
  if (!async) throw new AwsError('ValidationError', `Endpoint ${name} of account ${ctx.account} is not an asynchronous inference endpoint (its configuration has no AsyncInferenceConfig).`);
  const p = profilesOf(ctx.data)[configName.toLowerCase()];
  const v = pickVariant(fleet, draw(p?.seed ?? 1, n, 'variant'), undefined);
  const id = randomUUID();
  const inferenceId = input.InferenceId ?? id;
  const out = async.OutputConfig;
  const output = join(out.S3OutputPath, input.S3OutputPathExtension, `${id}.out`);
  const failure = join(out.S3FailurePath ?? out.S3OutputPath, `${id}-error.out`);
  const payload = input.InputLocation === undefined ? body : readUri(core.state.data, input.InputLocation, ctx.account);
  const failed = p !== undefined && draw(p.seed, n, 'error') < p.errorRate;
  const write = (uri, value) => writeUri(core.state.data, uri, Buffer.from(JSON.stringify(value)), { account: ctx.account, contentType: 'application/json', now: ctx.now });
  if (!payload) write(failure, { errorCode: 'InputNotFound', message: `The input ${input.InputLocation} could not be read.` });
  else if (failed) write(failure, { errorCode: 'ModelError', message: 'Received server error (500) from primary: Internal Server Error (injected by the simulator)' });
  else {
    write(output, {
      endpointName: e.EndpointName,
      endpointConfigName: configName,
      variantName: v?.VariantName,
      image: v?.DeployedImages?.[0]?.ResolvedImage,
      inferenceId,
      contentType: input.ContentType,
      body: payload.toString('utf8'),
    });
  }
  ctx.changed();
  return { inferenceId, output, failure };
}
