/**
 * Serverless and asynchronous endpoints: the rules of CreateEndpointConfig for ServerlessConfig and
 * AsyncInferenceConfig (beyond the model's shapes, which validate.js checks), which changes of kind UpdateEndpoint
 * accepts, and how a serverless variant stands in a fleet.
 *
 * Documented (SageMaker developer guide, "Serverless Inference" feature exclusions, and the API reference):
 *   - a serverless variant has no InstanceType / InitialInstanceCount; MemorySizeInMB in steps of 1024;
 *     ProvisionedConcurrency <= MaxConcurrency;
 *   - serverless endpoints support no VPC configuration, network isolation, private registry images (ImageConfig
 *     RepositoryAccessMode Vpc), data capture, or more than one production variant; rolling updates exclude them;
 *   - an instance-based endpoint cannot be updated to serverless; a serverless one can become real-time.
 * Assumed (see sim/README.md): the exact messages; KmsKeyId refused with a serverless variant; the checks made at
 * CreateEndpointConfig; a change between real-time and async, or serverless to async, answered as not implemented; an async config without
 * S3OutputPath answered as not implemented; a serverless variant counts as 100 capacity units for traffic shifting.
 */
import { AwsError, validationError } from '../errors.js';
import { containersOf, findModel } from './models.js';

/** Capacity units of a serverless variant in the blue/green timeline (it has no instances). */
export const SERVERLESS_UNITS = 100;

const notImplemented = (what) => new AwsError('UnknownOperationException', `The simulator does not implement ${what}`);

/** 'serverless', 'async' or 'real-time' of a stored or requested endpoint configuration. @param {any} config */
export function kindOf(config) {
  if (config.ProductionVariants.some((/** @type {any} */ v) => v.ServerlessConfig)) return 'serverless';
  return config.AsyncInferenceConfig ? 'async' : 'real-time';
}

/** @param {any} v a ProductionVariant with ServerlessConfig */
function checkServerlessVariant(v) {
  const s = v.ServerlessConfig;
  if (v.InstanceType !== undefined || v.InitialInstanceCount !== undefined) {
    throw validationError(`Production variant "${v.VariantName}" has a ServerlessConfig: InstanceType and InitialInstanceCount cannot be specified for a serverless variant.`);
  }
  if (s.MemorySizeInMB % 1024 !== 0) {
    throw validationError(`MemorySizeInMB ${s.MemorySizeInMB} of production variant "${v.VariantName}" is not valid: choose 1024, 2048, 3072, 4096, 5120 or 6144.`);
  }
  if (s.ProvisionedConcurrency !== undefined && s.ProvisionedConcurrency > s.MaxConcurrency) {
    throw validationError(`ProvisionedConcurrency ${s.ProvisionedConcurrency} of production variant "${v.VariantName}" must be less than or equal to MaxConcurrency ${s.MaxConcurrency}.`);
  }
}

/** A serverless variant's model: no VPC, no network isolation, no private registry image. @param {any} ctx @param {any} v */
function checkServerlessModel(ctx, v) {
  const m = v.ModelName === undefined ? null : findModel(ctx, v.ModelName);
  if (!m) return; // assertModelsExist answers a missing model
  const refuse = (feature) => validationError(`Serverless endpoints do not support ${feature}: model "${m.ModelName}" of production variant "${v.VariantName}" uses it.`);
  if (m.VpcConfig) throw refuse('VpcConfig');
  if (m.EnableNetworkIsolation) throw refuse('network isolation (EnableNetworkIsolation)');
  if (containersOf(m).some((c) => c.ImageConfig?.RepositoryAccessMode === 'Vpc')) throw refuse('images from private Docker registries (ImageConfig RepositoryAccessMode Vpc)');
  // Reported by users (aws/amazon-sagemaker-feedback#181): a serverless endpoint's image must be in the account's own ECR.
  // The simulator has no prebuilt AWS images, so every image of another account's registry is refused.
  if (containersOf(m).some((c) => /^(\d{12})\.dkr\.ecr\./.exec(c.Image ?? '')?.[1] !== ctx.account)) {
    throw validationError('The container image URI is not a prebuilt SageMaker algorithm or deep learning image, or the bring-your-own container image URI does not reside in an Amazon ECR repository within the same AWS account creating the endpoint.');
  }
}

/**
 * The checks of a CreateEndpointConfig request with ServerlessConfig or AsyncInferenceConfig.
 * @param {any} ctx @param {any} input
 */
export function checkConfigKind(ctx, input) {
  const serverless = input.ProductionVariants.filter((/** @type {any} */ v) => v.ServerlessConfig);
  if (input.AsyncInferenceConfig && input.AsyncInferenceConfig.OutputConfig.S3OutputPath === undefined) {
    throw notImplemented('SageMaker.CreateEndpointConfig with an AsyncInferenceConfig without S3OutputPath');
  }
  if (!serverless.length) return;
  if (input.ProductionVariants.length > 1 || input.ShadowProductionVariants) {
    throw validationError('Serverless endpoints support exactly one production variant and no shadow variants.');
  }
  if (input.AsyncInferenceConfig) throw validationError('AsyncInferenceConfig cannot be used with a serverless production variant.');
  if (input.DataCaptureConfig) throw validationError('DataCaptureConfig is not supported for serverless endpoints.');
  if (input.KmsKeyId !== undefined) throw validationError('KmsKeyId is not supported for serverless endpoints: they have no ML storage volume.');
  for (const v of serverless) {
    checkServerlessVariant(v);
    checkServerlessModel(ctx, v);
  }
}

/**
 * UpdateEndpoint from the live configuration to `next`: instance-based → serverless is refused (documented), and a
 * change between real-time and async is not implemented (undocumented).
 * @param {any} e the endpoint @param {any} live its current configuration (null: deleted) @param {any} next
 */
export function checkKindChange(e, live, next) {
  const from = live ? kindOf(live) : e.fleet.some((/** @type {any} */ v) => v.serverless) ? 'serverless' : 'real-time';
  const to = kindOf(next);
  if (from === to || (from === 'serverless' && to === 'real-time')) return;
  if (to === 'serverless') {
    throw validationError(`Endpoint "${e.EndpointArn}" is an instance-based endpoint and cannot be updated to a serverless endpoint configuration.`);
  }
  throw notImplemented(`SageMaker.UpdateEndpoint from a ${from} to a ${to} endpoint configuration`);
}

/** The fleet entry of a serverless variant: no instance type, SERVERLESS_UNITS of capacity. @param {any} v */
export const serverlessFleetVariant = (v) => ({ InstanceType: undefined, count: SERVERLESS_UNITS, serverless: structuredClone(v.ServerlessConfig) });

/**
 * A DeploymentConfig for a serverless fleet: no rolling update (documented exclusion); canary and linear sizes in
 * percent only (assumed: there are no instances to count).
 * @param {any} dc @param {any[]} fleet
 */
export function checkServerlessPolicy(dc, fleet) {
  if (!fleet.some((v) => v.serverless)) return;
  if (dc.RollingUpdatePolicy) throw validationError('RollingUpdatePolicy is not supported for serverless endpoints.');
  const routing = dc.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration;
  for (const [name, size] of [['CanarySize', routing?.CanarySize], ['LinearStepSize', routing?.LinearStepSize]]) {
    if (size && size.Type !== 'CAPACITY_PERCENT') throw validationError(`${name} of a serverless endpoint must be of Type CAPACITY_PERCENT: a serverless variant has no instances.`);
  }
}
