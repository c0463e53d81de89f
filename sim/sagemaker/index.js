/**
 * The SageMaker service: validates each request against the schema derived from the service model,
 * then runs the operation. Operations of the model that are not implemented answer
 * UnknownOperationException "The simulator does not implement SageMaker.<Op>".
 */
import { AwsError } from '../errors.js';
import { operationNames, operations as modelOperations, shapes as modelShapes } from '../schema/sagemaker.js';
import { operations as componentOperations, shapes as componentShapes } from '../schema/sagemaker-inference-components.js';
import { operations as experimentOperations, shapes as experimentShapes } from '../schema/sagemaker-inference-experiments.js';
import { operations as policyOperations, shapes as policyShapes } from '../schema/sagemaker-group-policies.js';
import { assertValid } from '../validate.js';
import { groupArn, hostingArn } from './arns.js';
import { batchDescribeModelPackage } from './batch-describe.js';
import { createEndpointConfig, deleteEndpointConfig, describeEndpointConfig, listEndpointConfigs } from './endpoint-configs.js';
import { createEndpoint, deleteEndpoint, describeEndpoint, listEndpoints, updateEndpoint } from './endpoints.js';
import { deleteModelPackageGroupPolicy, getModelPackageGroupPolicy, putModelPackageGroupPolicy } from './group-policies.js';
import { createModelPackageGroup, deleteModelPackageGroup, describeModelPackageGroup, listModelPackageGroups } from './groups.js';
import { addAssociation, createArtifact, createContext, describeContext, listArtifacts, listAssociations, listContexts } from './lineage.js';
import { createInferenceExperiment, describeInferenceExperiment, listInferenceExperiments, stopInferenceExperiment } from './inference-experiments.js';
import { createInferenceComponent, deleteInferenceComponent, describeInferenceComponent, listInferenceComponents } from './inference-components.js';
import { listModelPackages } from './list-packages.js';
import { createModel, deleteModel, describeModel, listModels } from './models.js';
import { createModelPackage, deleteModelPackage, describeModelPackage, updateModelPackage } from './packages.js';
import { search } from './search.js';
import { addTags, deleteTags, listTags } from './tags.js';

/** @type {Record<string, (ctx: import('./context.js').OpContext) => object>} */
const HANDLERS = {
  AddAssociation: addAssociation,
  AddTags: addTags,
  CreateArtifact: createArtifact,
  CreateContext: createContext,
  DescribeContext: describeContext,
  ListArtifacts: listArtifacts,
  ListAssociations: listAssociations,
  ListContexts: listContexts,
  BatchDescribeModelPackage: batchDescribeModelPackage,
  CreateEndpoint: createEndpoint,
  CreateEndpointConfig: createEndpointConfig,
  CreateInferenceComponent: createInferenceComponent,
  CreateInferenceExperiment: createInferenceExperiment,
  CreateModel: createModel,
  CreateModelPackage: createModelPackage,
  CreateModelPackageGroup: createModelPackageGroup,
  DeleteEndpoint: deleteEndpoint,
  DeleteEndpointConfig: deleteEndpointConfig,
  DeleteInferenceComponent: deleteInferenceComponent,
  DeleteModel: deleteModel,
  DeleteModelPackage: deleteModelPackage,
  DeleteModelPackageGroup: deleteModelPackageGroup,
  DeleteModelPackageGroupPolicy: deleteModelPackageGroupPolicy,
  DeleteTags: deleteTags,
  DescribeEndpoint: describeEndpoint,
  DescribeEndpointConfig: describeEndpointConfig,
  DescribeInferenceComponent: describeInferenceComponent,
  DescribeInferenceExperiment: describeInferenceExperiment,
  DescribeModel: describeModel,
  DescribeModelPackage: describeModelPackage,
  DescribeModelPackageGroup: describeModelPackageGroup,
  GetModelPackageGroupPolicy: getModelPackageGroupPolicy,
  ListEndpointConfigs: listEndpointConfigs,
  ListEndpoints: listEndpoints,
  ListInferenceComponents: listInferenceComponents,
  ListInferenceExperiments: listInferenceExperiments,
  ListModelPackageGroups: listModelPackageGroups,
  ListModelPackages: listModelPackages,
  ListModels: listModels,
  ListTags: listTags,
  PutModelPackageGroupPolicy: putModelPackageGroupPolicy,
  Search: search,
  StopInferenceExperiment: stopInferenceExperiment,
  UpdateEndpoint: updateEndpoint,
  UpdateModelPackage: updateModelPackage,
};

const KNOWN = new Set(operationNames);
const operations = { ...modelOperations, ...componentOperations, ...experimentOperations, ...policyOperations };
const shapes = { ...modelShapes, ...componentShapes, ...experimentShapes, ...policyShapes };

/**
 * Resource ARN shown in AccessDenied messages (best effort from the request).
 * @param {{region: string, account: string}} ctx @param {string} operation @param {any} input
 */
export function deniedResource(ctx, operation, input) {
  if (typeof input?.EndpointName === 'string') return hostingArn(ctx, 'endpoint', input.EndpointName);
  if (typeof input?.EndpointConfigName === 'string') return hostingArn(ctx, 'endpoint-config', input.EndpointConfigName);
  if (typeof input?.ModelName === 'string') return hostingArn(ctx, 'model', input.ModelName);
  const ref = input?.ModelPackageArn ?? input?.ResourceArn ?? input?.ModelPackageName ?? input?.ModelPackageGroupName;
  if (typeof ref === 'string' && ref.startsWith('arn:')) return ref;
  if (typeof ref !== 'string') return '*';
  if (operation.includes('ModelPackageGroup')) return groupArn(ctx, ref);
  if (operation === 'CreateModelPackage' && input.ModelPackageGroupName) {
    return `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package/${input.ModelPackageGroupName}/*`;
  }
  return `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package/${ref}`;
}

export const sagemaker = {
  service: 'sagemaker',
  /** @param {string} operation */
  check(operation) {
    if (HANDLERS[operation]) return;
    if (KNOWN.has(operation)) throw new AwsError('UnknownOperationException', `The simulator does not implement SageMaker.${operation}`);
    throw new AwsError('UnknownOperationException', `Unknown operation SageMaker.${operation}`);
  },
  deniedResource,
  /**
   * @param {string} operation
   * @param {import('./context.js').OpContext} ctx
   */
  run(operation, ctx) {
    assertValid(shapes, operations[operation].input, ctx.input);
    return HANDLERS[operation]({ ...ctx, operation });
  },
};
