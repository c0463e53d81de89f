/**
 * AWS STS over the awsQuery protocol: a SigV4-signed (service `sts`, signature not checked) form-encoded
 * `POST /` with `Action` and `Version=2011-06-15`; XML answers (`<XResponse><XResult>…</XResult><ResponseMetadata>`) and XML
 * errors (`<ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…</Message></Error><RequestId>…`).
 * Requests are validated against the STS model (schema/sts.js) and logged with service `sts`.
 *
 * GetCallerIdentity: the caller of the request's access key (accounts.js). AssumeRole: the role must be seeded
 * (roles.js) and trust the caller's account; the credentials it returns select the role's account
 * (`ASIA<acct><8 uppercase alphanumerics>`) and name the assumed role in error messages.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { stsOf } from '../accounts.js';
import { invokeAws, signedRegion } from '../aws-json.js';
import { AwsError } from '../errors.js';
import { operations, shapes } from '../schema/sts.js';
import { formatValidationMessage, validationErrors } from '../validate.js';
import { ROLE_ARN } from './roles.js';

const CREDENTIAL = /Credential=[^/,\s]+\/\d{8}\/[a-z0-9-]+\/([a-z0-9-]+)\/aws4_request/;
const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const IMPLEMENTED = ['RoleArn', 'RoleSessionName', 'DurationSeconds'];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Whether a request is signed for STS. @param {import('node:http').IncomingMessage} req */
export const isStsRequest = (req) => CREDENTIAL.exec(String(req.headers.authorization ?? ''))?.[1] === 'sts';

/** @param {string} s */
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stable role id (`AROA` + 17 characters) for a role ARN. @param {string} roleArn */
function roleId(roleArn) {
  const h = createHash('sha256').update(roleArn).digest();
  return `AROA${Array.from(h.subarray(0, 17), (b) => ALNUM[b % ALNUM.length]).join('')}`;
}

/** @param {number} n */
const randomAlnum = (n) => Array.from(randomBytes(n), (b) => ALNUM[b % ALNUM.length]).join('');

/** The form body as the operation's input: scalar members by name; a flattened member (`Tags.member.1.Key`) by its top name. */
function parseForm(body) {
  const params = new URLSearchParams(body);
  const action = params.get('Action') ?? '';
  const version = params.get('Version');
  /** @type {Record<string, any>} */
  const input = {};
  const flattened = new Set();
  for (const [k, v] of params) {
    if (k === 'Action' || k === 'Version') continue;
    if (k.includes('.')) flattened.add(k.split('.')[0]);
    else input[k] = k === 'DurationSeconds' && /^-?[0-9]+$/.test(v) ? Number(v) : v;
  }
  return { action, version, input, flattened: [...flattened] };
}

/** @param {import('../sagemaker/context.js').OpContext} ctx */
function getCallerIdentity(ctx) {
  const { caller } = ctx;
  const session = caller.principal.split('/').at(-1);
  return { Account: caller.account, Arn: caller.principal, UserId: `${roleId(caller.roleArn)}:${session}` };
}

/** @param {import('../sagemaker/context.js').OpContext} ctx */
function assumeRole(ctx) {
  const { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: duration = 3600 } = ctx.input;
  const sts = stsOf(ctx.state);
  const role = sts.roles[roleArn];
  if (!role || !role.trustedAccounts.includes(ctx.account)) {
    throw new AwsError('AccessDenied', `User: ${ctx.caller.principal} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
  }
  const [, account, roleName] = /** @type {RegExpExecArray} */ (ROLE_ARN.exec(roleArn));
  const accessKeyId = `ASIA${account}${randomAlnum(8)}`;
  const expiresMs = ctx.now + duration * 1000;
  sts.sessions[accessKeyId] = { roleArn, roleName, sessionName, account, expiresMs };
  ctx.changed();
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: randomBytes(30).toString('base64'),
      SessionToken: `sim-session-${randomBytes(48).toString('base64')}`,
      Expiration: new Date(expiresMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
    AssumedRoleUser: { AssumedRoleId: `${roleId(roleArn)}:${sessionName}`, Arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}` },
  };
}

const HANDLERS = { AssumeRole: assumeRole, GetCallerIdentity: getCallerIdentity };

/** The STS service for invokeAws. */
const sts = {
  service: 'sts',
  /** @param {string} operation */
  check(operation) {
    if (!Object.hasOwn(HANDLERS, operation)) throw new AwsError('InvalidAction', `The simulator does not implement STS action ${operation}`);
  },
  /** @param {{account: string}} _ctx @param {string} operation @param {any} input */
  deniedResource(_ctx, operation, input) {
    return operation === 'AssumeRole' && typeof input?.RoleArn === 'string' ? input.RoleArn : '*';
  },
  /** @param {string} operation @param {any} ctx @param {string[]} flattened list or structure members sent (none is implemented) */
  run(operation, ctx, flattened) {
    const errors = validationErrors(shapes, operations[/** @type {keyof typeof operations} */ (operation)].input, ctx.input);
    if (errors.length) throw new AwsError('ValidationError', formatValidationMessage(errors));
    const unsupported = [...Object.keys(ctx.input).filter((k) => !IMPLEMENTED.includes(k)), ...flattened];
    if (unsupported.length) throw new AwsError('InvalidAction', `The simulator does not implement ${operation} with ${unsupported.join(', ')}`);
    return HANDLERS[/** @type {keyof typeof HANDLERS} */ (operation)](ctx);
  },
};

/** One result member as XML. @param {string} name @param {any} value @returns {string} */
function element(name, value) {
  if (value === undefined) return '';
  if (typeof value === 'object' && value !== null) return `<${name}>${Object.entries(value).map(([k, v]) => element(k, v)).join('')}</${name}>`;
  return `<${name}>${xml(String(value))}</${name}>`;
}

/**
 * @param {import('../server.js').SimCore} core @param {import('node:http').IncomingMessage} req @param {Buffer} raw
 * @returns {{status: number, headers: Record<string, string>, body: string, drop?: boolean}}
 */
export function handleStsRequest(core, req, raw) {
  const requestId = randomUUID();
  const form = parseForm(raw.toString('utf8'));
  const { status, error, payload, drop } = invokeAws(core, {
    svc: { service: 'sts', impl: { ...sts, run: (op, ctx) => sts.run(op, { ...ctx, state: core.state.data }, form.flattened) } },
    operation: form.action,
    label: form.action || '(no Action)',
    req,
    prepare: () => {
      if (req.method !== 'POST') throw new AwsError('InvalidAction', `The simulator only answers STS as POST / (got ${req.method})`);
      if (form.version !== '2011-06-15') throw new AwsError('InvalidAction', `Could not find operation ${form.action} for version ${form.version ?? 'NO_VERSION_SPECIFIED'}`);
      const region = signedRegion(req);
      return { region, request: form.input };
    },
  });
  const headers = { 'content-type': 'text/xml', 'x-amzn-requestid': requestId };
  if (error) {
    const type = status >= 500 ? 'Receiver' : 'Sender';
    const body = `<ErrorResponse xmlns="${NS}"><Error><Type>${type}</Type><Code>${xml(error)}</Code><Message>${xml(String(payload.message))}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
    return { status, headers, body, ...(drop ? { drop } : {}) };
  }
  const op = form.action;
  const body = `<${op}Response xmlns="${NS}">${element(`${op}Result`, payload)}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${op}Response>`;
  return { status, headers, body, ...(drop ? { drop } : {}) };
}
