/**
 * The ECR service (target prefix AmazonEC2ContainerRegistry_V20150921): validates each request
 * against the schema derived from the service model, then runs the operation. ECR reports invalid
 * parameters as InvalidParameterException `Invalid parameter at '<path>' failed to satisfy
 * constraint: '<constraint>'` (first failure only), not as a Coral ValidationException.
 */
import { AwsError } from '../errors.js';
import { operationNames, operations as modelOperations, shapes as modelShapes } from '../schema/ecr.js';
import { operations as policyOperations, shapes as policyShapes } from '../schema/ecr-repository-policies.js';
import { validationFailures } from '../validate.js';
import { getAuthorizationToken } from './auth.js';
import { batchGetImage, describeImages, describeImageScanFindings, invalidParameter } from './images.js';
import { createRepository, describeRepositories } from './repositories.js';
import { deleteRepositoryPolicy, getRepositoryPolicy, setRepositoryPolicy } from './repository-policies.js';

const PREFIX = 'AmazonEC2ContainerRegistry_V20150921';

/** @type {Record<string, (ctx: import('../sagemaker/context.js').OpContext) => object>} */
const HANDLERS = {
  BatchGetImage: batchGetImage,
  CreateRepository: createRepository,
  DescribeRepositories: describeRepositories,
  DescribeImageScanFindings: describeImageScanFindings,
  DescribeImages: describeImages,
  GetAuthorizationToken: getAuthorizationToken,
  SetRepositoryPolicy: setRepositoryPolicy,
  GetRepositoryPolicy: getRepositoryPolicy,
  DeleteRepositoryPolicy: deleteRepositoryPolicy,
};

const operations = { ...modelOperations, ...policyOperations };
const shapes = { ...modelShapes, ...policyShapes };

const KNOWN = new Set(operationNames);

export const ecr = {
  service: 'ecr',
  /** @param {string} operation */
  check(operation) {
    if (HANDLERS[operation]) return;
    if (KNOWN.has(operation)) throw new AwsError('UnknownOperationException', `The simulator does not implement ${PREFIX}.${operation}`);
    throw new AwsError('UnknownOperationException', `Unknown operation ${PREFIX}.${operation}`);
  },
  /**
   * Resource ARN shown in AccessDenied messages.
   * @param {{region: string, account: string}} ctx @param {string} operation @param {any} input
   */
  deniedResource(ctx, operation, input) {
    if (operation === 'GetAuthorizationToken' || operation === 'DescribeRepositories' || typeof input?.repositoryName !== 'string') return '*';
    return `arn:aws:ecr:${ctx.region}:${input.registryId ?? ctx.account}:repository/${input.repositoryName}`;
  },
  /**
   * @param {string} operation
   * @param {import('../sagemaker/context.js').OpContext} ctx
   */
  run(operation, ctx) {
    const [first] = validationFailures(shapes, operations[operation].input, ctx.input);
    if (first) throw invalidParameter(first.path, first.constraint);
    return HANDLERS[operation](ctx);
  },
};
