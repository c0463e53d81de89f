/**
 * EventBridge connections (API_KEY authorization only; BASIC and OAUTH_CLIENT_CREDENTIALS and private connectivity
 * are answered with an error) and API destinations. The API key lives in the connection record (AWS keeps it in a
 * Secrets Manager secret `events!connection/<name>/<uuid>`, whose ARN DescribeConnection shows); it is never
 * returned, and GET /_sim/state redacts it.
 */
import { randomUUID } from 'node:crypto';
import { AwsError, validationError } from '../errors.js';
import { eventsOf } from './rules.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

const seconds = (ms) => ms / 1000;

/** @param {any} auth */
function checkAuth(auth, type) {
  if (type !== 'API_KEY') throw new AwsError('ValidationException', `The simulator implements AuthorizationType API_KEY only (got ${type}).`);
  for (const k of ['BasicAuthParameters', 'OAuthParameters', 'ConnectivityParameters']) {
    if (auth[k] !== undefined) throw new AwsError('ValidationException', `The simulator does not implement ${k}.`);
  }
}

/** @param {any} http */
function checkHttp(http) {
  for (const k of ['QueryStringParameters', 'BodyParameters']) {
    if (http?.[k] !== undefined) throw new AwsError('ValidationException', `The simulator does not implement InvocationHttpParameters.${k}.`);
  }
}

/** @param {OpContext} ctx @param {string} name */
function connectionOf(ctx, name) {
  const c = eventsOf(ctx.data).connections[name];
  if (!c) throw new AwsError('ResourceNotFoundException', `Failed to describe the connection(s). Connection '${name}' does not exist.`);
  return c;
}

const connectionTimes = (c) => ({ CreationTime: seconds(c.createdMs), LastModifiedTime: seconds(c.modifiedMs) });

/** @param {OpContext} ctx */
export function createConnection(ctx) {
  const { input } = ctx;
  const all = eventsOf(ctx.data).connections;
  if (all[input.Name]) throw new AwsError('ResourceAlreadyExistsException', `Connection ${input.Name} already exists.`);
  checkAuth(input.AuthParameters, input.AuthorizationType);
  const key = input.AuthParameters.ApiKeyAuthParameters;
  if (!key) throw validationError('ApiKeyAuthParameters must be specified for AuthorizationType API_KEY.');
  checkHttp(input.AuthParameters.InvocationHttpParameters);
  if (input.KmsKeyIdentifier !== undefined || input.InvocationConnectivityParameters !== undefined) {
    throw new AwsError('ValidationException', 'The simulator does not implement KmsKeyIdentifier or InvocationConnectivityParameters.');
  }
  const id = randomUUID();
  const c = {
    Name: input.Name, ConnectionArn: `arn:aws:events:${ctx.region}:${ctx.account}:connection/${input.Name}/${id}`,
    SecretArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.account}:secret:events!connection/${input.Name}/${id}-${id.slice(0, 6)}`,
    Description: input.Description, AuthorizationType: 'API_KEY', ApiKeyName: key.ApiKeyName, ApiKeyValue: key.ApiKeyValue,
    InvocationHttpParameters: structuredClone(input.AuthParameters.InvocationHttpParameters),
    createdMs: ctx.now, modifiedMs: ctx.now, authorizedMs: ctx.now,
  };
  all[input.Name] = c;
  ctx.changed();
  return { ConnectionArn: c.ConnectionArn, ConnectionState: 'AUTHORIZED', ...connectionTimes(c) };
}

/** @param {OpContext} ctx */
export function updateConnection(ctx) {
  const { input } = ctx;
  const c = connectionOf(ctx, input.Name);
  if (input.AuthorizationType !== undefined || input.AuthParameters !== undefined) checkAuth(input.AuthParameters ?? {}, input.AuthorizationType ?? c.AuthorizationType);
  if (input.KmsKeyIdentifier !== undefined || input.InvocationConnectivityParameters !== undefined) {
    throw new AwsError('ValidationException', 'The simulator does not implement KmsKeyIdentifier or InvocationConnectivityParameters.');
  }
  const auth = input.AuthParameters ?? {};
  checkHttp(auth.InvocationHttpParameters);
  if (input.Description !== undefined) c.Description = input.Description;
  if (auth.ApiKeyAuthParameters?.ApiKeyName !== undefined) c.ApiKeyName = auth.ApiKeyAuthParameters.ApiKeyName;
  if (auth.ApiKeyAuthParameters?.ApiKeyValue !== undefined) c.ApiKeyValue = auth.ApiKeyAuthParameters.ApiKeyValue;
  if (auth.InvocationHttpParameters !== undefined) c.InvocationHttpParameters = structuredClone(auth.InvocationHttpParameters);
  c.modifiedMs = ctx.now;
  c.authorizedMs = ctx.now;
  ctx.changed();
  return { ConnectionArn: c.ConnectionArn, ConnectionState: 'AUTHORIZED', ...connectionTimes(c), LastAuthorizedTime: seconds(c.authorizedMs) };
}

/** Header parameters as DescribeConnection shows them: secret values left out. @param {any} http */
function httpView(http) {
  if (!http) return undefined;
  const headers = http.HeaderParameters?.map((h) => (h.IsValueSecret ? { Key: h.Key, IsValueSecret: true } : { ...h, IsValueSecret: h.IsValueSecret ?? false }));
  return { ...(headers ? { HeaderParameters: headers } : {}) };
}

/** @param {OpContext} ctx */
export function describeConnection(ctx) {
  const c = connectionOf(ctx, ctx.input.Name);
  return {
    ConnectionArn: c.ConnectionArn, Name: c.Name, Description: c.Description, ConnectionState: 'AUTHORIZED', AuthorizationType: c.AuthorizationType,
    SecretArn: c.SecretArn,
    AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: c.ApiKeyName }, InvocationHttpParameters: httpView(c.InvocationHttpParameters) },
    ...connectionTimes(c), LastAuthorizedTime: seconds(c.authorizedMs),
  };
}

/** The connection an ARN names (for API destinations and delivery), or undefined. @param {any} events @param {string} arn */
export const connectionByArn = (events, arn) => Object.values(events.connections).find((c) => c.ConnectionArn === arn);

/** @param {OpContext} ctx @param {string} name */
function destinationOf(ctx, name) {
  const d = eventsOf(ctx.data).apiDestinations[name];
  if (!d) throw new AwsError('ResourceNotFoundException', `Failed to describe the api-destination(s). An api-destination '${name}' does not exist.`);
  return d;
}

/** @param {OpContext} ctx @param {any} input */
function checkDestination(ctx, input) {
  if (input.ConnectionArn !== undefined && !connectionByArn(eventsOf(ctx.data), input.ConnectionArn)) {
    throw new AwsError('ResourceNotFoundException', `Connection '${input.ConnectionArn}' does not exist.`);
  }
  if (input.InvocationEndpoint !== undefined) {
    // AWS requires https://; the simulator has no TLS, so it also accepts http:// to a loopback address (listed in sim/README.md).
    const url = /^https:\/\//.test(input.InvocationEndpoint) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(input.InvocationEndpoint);
    if (!url) throw validationError(`Invalid InvocationEndpoint ${input.InvocationEndpoint}: must be an https:// URL.`);
  }
}

const destinationTimes = (d) => ({ CreationTime: seconds(d.createdMs), LastModifiedTime: seconds(d.modifiedMs) });

/** @param {OpContext} ctx */
export function createApiDestination(ctx) {
  const { input } = ctx;
  const all = eventsOf(ctx.data).apiDestinations;
  if (all[input.Name]) throw new AwsError('ResourceAlreadyExistsException', `An api-destination ${input.Name} already exists.`);
  checkDestination(ctx, input);
  const d = {
    Name: input.Name, ApiDestinationArn: `arn:aws:events:${ctx.region}:${ctx.account}:api-destination/${input.Name}/${randomUUID()}`,
    Description: input.Description, ConnectionArn: input.ConnectionArn, InvocationEndpoint: input.InvocationEndpoint, HttpMethod: input.HttpMethod,
    InvocationRateLimitPerSecond: input.InvocationRateLimitPerSecond ?? 300, createdMs: ctx.now, modifiedMs: ctx.now,
  };
  all[input.Name] = d;
  ctx.changed();
  return { ApiDestinationArn: d.ApiDestinationArn, ApiDestinationState: 'ACTIVE', ...destinationTimes(d) };
}

/** @param {OpContext} ctx */
export function updateApiDestination(ctx) {
  const { input } = ctx;
  const d = destinationOf(ctx, input.Name);
  checkDestination(ctx, input);
  for (const k of ['Description', 'ConnectionArn', 'InvocationEndpoint', 'HttpMethod', 'InvocationRateLimitPerSecond']) if (input[k] !== undefined) d[k] = input[k];
  d.modifiedMs = ctx.now;
  ctx.changed();
  return { ApiDestinationArn: d.ApiDestinationArn, ApiDestinationState: 'ACTIVE', ...destinationTimes(d) };
}

/** @param {OpContext} ctx */
export function describeApiDestination(ctx) {
  const d = destinationOf(ctx, ctx.input.Name);
  return {
    Name: d.Name, ApiDestinationArn: d.ApiDestinationArn, Description: d.Description, ConnectionArn: d.ConnectionArn, InvocationEndpoint: d.InvocationEndpoint,
    HttpMethod: d.HttpMethod, InvocationRateLimitPerSecond: d.InvocationRateLimitPerSecond, ApiDestinationState: 'ACTIVE', ...destinationTimes(d),
  };
}
