/**
 * The CloudWatch service (alarms, and GetMetricData over the SageMaker endpoint metrics: metric-data.js). Reached two ways:
 *   * AWS JSON 1.0 with `x-amz-target: GraniteServiceVersion20100801.<Op>` (aws-json.js) — what the installed
 *     @aws-sdk/client-cloudwatch sends by default;
 *   * Smithy RPC v2 CBOR, `POST /service/GraniteServiceVersion20100801/operation/<Op>` (cbor.js).
 * The service is AWS-Query compatible: error codes are the Query ones (`ValidationError`, `ResourceNotFound`,
 * `InvalidParameterCombination`, …), also sent in `x-amzn-query-error: <Code>;Sender`.
 */
import { AwsError } from '../errors.js';
import { operationNames, operations as alarmOperations, shapes as alarmShapes } from '../schema/cloudwatch.js';
import { operations as dataOperations, shapes as dataShapes } from '../schema/cloudwatch-metric-data.js';
import { assertValid } from '../validate.js';
import { deleteAlarms, describeAlarms, putMetricAlarm } from './alarms-api.js';
import { getMetricData } from './metric-data.js';

/** @type {Record<string, (ctx: import('../sagemaker/context.js').OpContext) => object>} */
const HANDLERS = { DeleteAlarms: deleteAlarms, DescribeAlarms: describeAlarms, GetMetricData: getMetricData, PutMetricAlarm: putMetricAlarm };
const operations = { ...alarmOperations, ...dataOperations };
const shapes = { ...alarmShapes, ...dataShapes };

const KNOWN = new Set(operationNames);

export const cloudwatch = {
  service: 'cloudwatch',
  queryCompatible: true,
  /** @param {string} operation */
  check(operation) {
    if (HANDLERS[operation]) return;
    if (KNOWN.has(operation)) throw new AwsError('UnknownOperationException', `The simulator does not implement GraniteServiceVersion20100801.${operation}`);
    throw new AwsError('UnknownOperationException', `Unknown operation GraniteServiceVersion20100801.${operation}`);
  },
  /** @param {{region: string, account: string}} ctx @param {string} _operation @param {any} input */
  deniedResource(ctx, _operation, input) {
    const name = input?.AlarmName ?? input?.AlarmNames?.[0];
    return typeof name === 'string' ? `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${name}` : '*';
  },
  /**
   * @param {string} operation
   * @param {import('../sagemaker/context.js').OpContext} ctx
   */
  run(operation, ctx) {
    try {
      assertValid(shapes, operations[operation].input, ctx.input);
    } catch (e) {
      if (e instanceof AwsError && e.code === 'ValidationException') throw new AwsError('ValidationError', e.message);
      throw e;
    }
    return HANDLERS[operation](ctx);
  },
};
