/**
 * The Application Auto Scaling service (AWS JSON 1.1, target prefix `AnyScaleFrontendService`): validates
 * each request against the schema derived from the service model (Coral ValidationException), then runs it.
 */
import { AwsError } from '../errors.js';
import { operationNames, operations, shapes } from '../schema/autoscaling.js';
import { assertValid } from '../validate.js';
import { deleteScalingPolicy, describeScalingPolicies, putScalingPolicy } from './policies.js';
import { deregisterScalableTarget, describeScalableTargets, registerScalableTarget } from './targets.js';

/** @type {Record<string, (ctx: import('../sagemaker/context.js').OpContext) => object>} */
const HANDLERS = {
  DeleteScalingPolicy: deleteScalingPolicy,
  DeregisterScalableTarget: deregisterScalableTarget,
  DescribeScalableTargets: describeScalableTargets,
  DescribeScalingPolicies: describeScalingPolicies,
  PutScalingPolicy: putScalingPolicy,
  RegisterScalableTarget: registerScalableTarget,
};

const KNOWN = new Set(operationNames);

export const autoscaling = {
  service: 'application-autoscaling',
  /** @param {string} operation */
  check(operation) {
    if (HANDLERS[operation]) return;
    if (KNOWN.has(operation)) throw new AwsError('UnknownOperationException', `The simulator does not implement AnyScaleFrontendService.${operation}`);
    throw new AwsError('UnknownOperationException', `Unknown operation AnyScaleFrontendService.${operation}`);
  },
  /** @param {{region: string, account: string}} ctx @param {string} _operation @param {any} input */
  deniedResource(ctx, _operation, input) {
    return typeof input?.ResourceId === 'string'
      ? `arn:aws:application-autoscaling:${ctx.region}:${ctx.account}:scalable-target/${input.ResourceId}`
      : '*';
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
