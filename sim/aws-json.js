/**
 * The AWS JSON 1.1 protocol: POST / with `x-amz-target: <Prefix>.<Operation>`, a SigV4
 * `authorization` header (the signature is not checked; the region comes from its credential
 * scope), JSON body. Success: 200 with the output shape. Errors: {"__type", "message"} with the
 * `x-amzn-errortype` header; 400 for client errors, 500 for InternalFailure.
 */
import { randomUUID } from 'node:crypto';
import { AwsError } from './errors.js';
import { ecr } from './ecr/index.js';
import { sagemaker } from './sagemaker/index.js';
import { secretsmanager } from './secretsmanager/index.js';

/** Target prefixes. */
const SERVICES = {
  SageMaker: { service: 'sagemaker', impl: sagemaker },
  AmazonEC2ContainerRegistry_V20150921: { service: 'ecr', impl: ecr },
  secretsmanager: { service: 'secretsmanager', impl: secretsmanager },
};

const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/;

/**
 * @param {string} body raw request body
 * @returns {any}
 */
function parseBody(body) {
  if (body.trim() === '') return {};
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    throw new AwsError('SerializationException', `Malformed JSON request body: ${/** @type {Error} */ (e).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AwsError('SerializationException', 'The request body must be a JSON object');
  }
  return parsed;
}

/** Drop undefined members so the JSON is exactly the output shape. */
const clean = (v) => JSON.parse(JSON.stringify(v ?? {}));

/**
 * Handle one AWS request.
 * @param {import('./server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {string} body
 * @returns {{status: number, headers: Record<string, string>, body: string}}
 */
export function handleAwsRequest(core, req, body) {
  const requestId = randomUUID();
  const target = String(req.headers['x-amz-target'] ?? '');
  const dot = target.indexOf('.');
  const prefix = dot > 0 ? target.slice(0, dot) : target;
  const operation = dot > 0 ? target.slice(dot + 1) : '';
  const svc = SERVICES[/** @type {keyof typeof SERVICES} */ (prefix)];
  let request = null;
  let status = 200;
  let payload;
  let error = null;
  try {
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
      throw new AwsError('UnknownOperationException', `The simulator only answers POST / (got ${req.method} ${req.url})`);
    }
    const auth = String(req.headers.authorization ?? '');
    if (!auth) throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
    const scope = CREDENTIAL.exec(auth);
    if (!auth.startsWith('AWS4-HMAC-SHA256') || !scope) {
      throw new AwsError('IncompleteSignatureException', `Authorization header requires a SigV4 'Credential' parameter of the form AKID/DATE/REGION/SERVICE/aws4_request. Authorization=${auth.split(',')[0]}`);
    }
    const region = /** @type {string} */ (scope[3]);
    request = parseBody(body);
    if (!svc || !operation) throw new AwsError('UnknownOperationException', `Unknown operation ${target || '(no x-amz-target header)'}`);
    svc.impl.check(operation);
    const account = core.accountId;
    core.faults.beforeOperation(operation, () => ({
      principal: `arn:aws:sts::${account}:assumed-role/gha/session`,
      service: svc.service,
      resource: svc.impl.deniedResource({ region, account, data: core.state.data.accounts?.[account]?.[region] }, operation, request),
    }));
    payload = svc.impl.run(operation, core.context(region, request));
  } catch (e) {
    let err = e;
    if (!(err instanceof AwsError)) {
      console.error('[sim] internal error', e);
      err = new AwsError('InternalFailure', `Simulator bug: ${/** @type {Error} */ (e).message}`, 500);
    }
    status = err.status;
    error = err.code;
    payload = { __type: err.code, message: err.message };
  }
  core.log.add({
    time: new Date(core.clock.now()).toISOString(),
    service: svc?.service ?? 'unknown',
    operation: operation || target,
    status,
    error,
    request,
  });
  const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId };
  if (error) headers['x-amzn-errortype'] = error;
  return { status, headers, body: JSON.stringify(clean(payload)) };
}
