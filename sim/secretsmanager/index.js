/**
 * The Secrets Manager service (target prefix `secretsmanager`): validates each request against the
 * schema derived from the service model (Coral ValidationException messages), then runs it.
 */
import { AwsError } from '../errors.js';
import { operationNames, operations, shapes } from '../schema/secretsmanager.js';
import { assertValid } from '../validate.js';
import { createSecret, describeSecret, listSecrets } from './manage.js';
import { findSecret, getSecretValue } from './secrets.js';

/** @type {Record<string, (ctx: import('../sagemaker/context.js').OpContext) => object>} */
const HANDLERS = {
  CreateSecret: createSecret,
  DescribeSecret: describeSecret,
  GetSecretValue: getSecretValue,
  ListSecrets: listSecrets,
};

const KNOWN = new Set(operationNames);

export const secretsmanager = {
  service: 'secretsmanager',
  /** @param {string} operation */
  check(operation) {
    if (HANDLERS[operation]) return;
    if (KNOWN.has(operation)) throw new AwsError('UnknownOperationException', `The simulator does not implement secretsmanager.${operation}`);
    throw new AwsError('UnknownOperationException', `Unknown operation secretsmanager.${operation}`);
  },
  /**
   * Resource ARN shown in AccessDenied messages: the secret's ARN when it exists.
   * @param {{region: string, account: string, data?: any}} ctx @param {string} _operation @param {any} input
   */
  deniedResource(ctx, _operation, input) {
    const id = input?.SecretId ?? input?.Name;
    if (typeof id !== 'string') return '*';
    if (id.startsWith('arn:')) return id;
    const found = ctx.data ? findSecret(/** @type {any} */ (ctx), id) : null;
    return found?.ARN ?? `arn:aws:secretsmanager:${ctx.region}:${ctx.account}:secret:${id}`;
  },
  /**
   * @param {string} operation
   * @param {import('../sagemaker/context.js').OpContext} ctx
   */
  run(operation, ctx) {
    assertValid(shapes, operations[operation].input, ctx.input);
    return HANDLERS[operation](ctx);
  },
};
