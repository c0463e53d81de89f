/**
 * The AWS JSON 1.1 (and 1.0, CloudWatch) protocol: POST / with `x-amz-target: <Prefix>.<Operation>`, a SigV4
 * `authorization` header (the signature is not checked; the region comes from its credential
 * scope), JSON body. Success: 200 with the output shape. Errors: {"__type", "message"} with the
 * `x-amzn-errortype` header; 400 for client errors, 500 for InternalFailure.
 */
import { randomUUID } from 'node:crypto';
import { autoscaling } from './autoscaling/index.js';
import { cloudwatch } from './cloudwatch/index.js';
import { callerOf } from './accounts.js';
import { AwsError } from './errors.js';
import { ecr } from './ecr/index.js';
import { eventbridge } from './events/index.js';
import { sagemaker } from './sagemaker/index.js';
import { secretsmanager } from './secretsmanager/index.js';

/** Target prefixes. */
const SERVICES = {
  SageMaker: { service: 'sagemaker', impl: sagemaker },
  AmazonEC2ContainerRegistry_V20150921: { service: 'ecr', impl: ecr },
  secretsmanager: { service: 'secretsmanager', impl: secretsmanager },
  AnyScaleFrontendService: { service: 'application-autoscaling', impl: autoscaling },
  GraniteServiceVersion20100801: { service: 'cloudwatch', impl: cloudwatch, json10: true },
  AWSEvents: { service: 'events', impl: eventbridge },
};

const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/;

/**
 * The region of a SigV4-signed request (from the credential scope; the signature is not checked).
 * Throws MissingAuthenticationTokenException / IncompleteSignatureException.
 * @param {import('node:http').IncomingMessage} req
 * @returns {string}
 */
export function signedRegion(req) {
  const auth = String(req.headers.authorization ?? '');
  if (!auth) throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const scope = CREDENTIAL.exec(auth);
  if (!auth.startsWith('AWS4-HMAC-SHA256') || !scope) {
    throw new AwsError('IncompleteSignatureException', `Authorization header requires a SigV4 'Credential' parameter of the form AKID/DATE/REGION/SERVICE/aws4_request. Authorization=${auth.split(',')[0]}`);
  }
  return /** @type {string} */ (scope[3]);
}

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
 * Run one AWS operation of a service and log it: faults, then the service's validation and handler.
 * `prepare` checks the protocol envelope and returns the region and the decoded request.
 * @param {import('./server.js').SimCore} core
 * @param {{svc: {service: string, impl: any}|undefined, operation: string, label: string, req: import('node:http').IncomingMessage,
 *   prepare: () => {region: string, request: any}}} call
 * @returns {{status: number, error: string|null, payload: any, drop: boolean}}
 */
export function invokeAws(core, { svc, operation, label, req, prepare }) {
  const caller = callerOf(core, req);
  let request = null;
  let status = 200;
  let payload;
  let error = null;
  try {
    const prepared = prepare();
    request = prepared.request;
    const { region } = prepared;
    if (!svc || !operation) throw new AwsError('UnknownOperationException', `Unknown operation ${label}`);
    svc.impl.check(operation);
    const account = caller.account;
    core.faults.beforeOperation(operation, () => ({
      principal: caller.principal,
      service: svc.service,
      resource: svc.impl.deniedResource({ region, account, data: core.state.data.accounts?.[account]?.[region] }, operation, request),
    }));
    core.faults.beforeAwsOperation(operation);
    payload = svc.impl.run(operation, core.context(region, request, caller));
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
    operation: operation || label,
    account: caller.account,
    status,
    error,
    request,
  });
  // A dropped connection (status 0) answers nothing; with dropConnection.after the operation ran and its answer is lost.
  const drop = status === 0 || (operation !== '' && core.faults.dropsAnswer(operation));
  return { status, error, payload, drop };
}

/** Error headers: `x-amzn-errortype`, and `x-amzn-query-error` for AWS-Query-compatible services. @param {any} svc @param {string|null} error @param {number} status */
export function errorHeaders(svc, error, status) {
  if (!error) return {};
  /** @type {Record<string, string>} */
  const h = { 'x-amzn-errortype': error };
  if (svc?.impl.queryCompatible) h['x-amzn-query-error'] = `${error};${status >= 500 ? 'Receiver' : 'Sender'}`;
  return h;
}

/**
 * Handle one AWS JSON 1.0/1.1 request.
 * @param {import('./server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {string} body
 * @returns {{status: number, headers: Record<string, string>, body: string, drop?: boolean}}
 */
export function handleAwsRequest(core, req, body) {
  const requestId = randomUUID();
  const target = String(req.headers['x-amz-target'] ?? '');
  const dot = target.indexOf('.');
  const prefix = dot > 0 ? target.slice(0, dot) : target;
  const operation = dot > 0 ? target.slice(dot + 1) : '';
  const svc = SERVICES[/** @type {keyof typeof SERVICES} */ (prefix)];
  const { status, error, payload, drop } = invokeAws(core, {
    svc,
    operation,
    label: target || '(no x-amz-target header)',
    req,
    prepare: () => {
      if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
        throw new AwsError('UnknownOperationException', `The simulator only answers POST / (got ${req.method} ${req.url})`);
      }
      const region = signedRegion(req);
      return { region, request: parseBody(body) };
    },
  });
  const contentType = svc?.json10 ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
  const headers = { 'content-type': contentType, 'x-amzn-requestid': requestId, ...errorHeaders(svc, error, status) };
  return { status, headers, body: JSON.stringify(clean(payload)), ...(drop ? { drop } : {}) };
}
