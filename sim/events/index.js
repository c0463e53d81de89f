/**
 * The EventBridge service (target prefix `AWSEvents`, AWS JSON 1.1): validates each request against the schema
 * derived from the service model, then runs it. Implemented: rules and targets of the default bus, API_KEY
 * connections and API destinations (see rules.js, connections.js); delivery is delivery.js.
 */
import { AwsError } from '../errors.js';
import { operationNames, operations, shapes } from '../schema/eventbridge.js';
import { assertValid } from '../validate.js';
import {
  createApiDestination, createConnection, describeApiDestination, describeConnection, updateApiDestination, updateConnection,
} from './connections.js';
import { deleteRule, describeRule, listTargetsByRule, putRule, putTargets, removeTargets } from './rules.js';

/** @type {Record<string, (ctx: import('../sagemaker/context.js').OpContext) => object>} */
const HANDLERS = {
  PutRule: putRule,
  DescribeRule: describeRule,
  DeleteRule: deleteRule,
  PutTargets: putTargets,
  ListTargetsByRule: listTargetsByRule,
  RemoveTargets: removeTargets,
  CreateConnection: createConnection,
  UpdateConnection: updateConnection,
  DescribeConnection: describeConnection,
  CreateApiDestination: createApiDestination,
  UpdateApiDestination: updateApiDestination,
  DescribeApiDestination: describeApiDestination,
};

const KNOWN = new Set(operationNames);

export const eventbridge = {
  service: 'events',
  /** @param {string} operation */
  check(operation) {
    if (HANDLERS[operation]) return;
    if (KNOWN.has(operation)) throw new AwsError('UnknownOperationException', `The simulator does not implement events.${operation}`);
    throw new AwsError('UnknownOperationException', `Unknown operation events.${operation}`);
  },
  /** @param {{region: string, account: string}} ctx @param {string} operation @param {any} input */
  deniedResource(ctx, operation, input) {
    const name = input?.Name ?? input?.Rule;
    if (typeof name !== 'string') return '*';
    const kind = /Connection/.test(operation) ? 'connection' : /ApiDestination/.test(operation) ? 'api-destination' : 'rule';
    return `arn:aws:events:${ctx.region}:${ctx.account}:${kind}/${name}`;
  },
  /** @param {string} operation @param {import('../sagemaker/context.js').OpContext} ctx */
  run(operation, ctx) {
    assertValid(shapes, operations[operation].input, ctx.input);
    return HANDLERS[operation](ctx);
  },
};
