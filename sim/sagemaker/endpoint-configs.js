/**
 * Endpoint configurations: Create, Describe, Delete, List. Configurations are immutable; deleting one that
 * an endpoint uses is allowed (as in AWS) — it only makes a later rollback to it fail. A configuration has
 * model variants, or variants without a model (an endpoint for inference components, inference-components.js);
 * with ShadowProductionVariants exactly one production and one shadow variant (the API reference's rule).
 * ServerlessConfig and AsyncInferenceConfig: endpoint-kinds.js.
 */
import { validationError } from '../errors.js';
import { hostingArn } from './arns.js';
import { findModel, listRecords, modelNotFound } from './models.js';
import { checkConfigKind } from './endpoint-kinds.js';
import { seconds } from './paging.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Endpoint configurations of a region by lower-cased name. @param {any} data @returns {Record<string, any>} */
export const endpointConfigsOf = (data) => (data.endpointConfigs ??= {});

const STORED = [
  'ProductionVariants', 'DataCaptureConfig', 'KmsKeyId', 'AsyncInferenceConfig', 'ExplainerConfig', 'ExecutionRoleArn',
  'VpcConfig', 'EnableNetworkIsolation', 'MetricsConfig', 'ShadowProductionVariants',
];

/**
 * Instance families whose only storage is local NVMe instance storage (as the CreateEndpointConfig KmsKeyId
 * documentation listed them, plus their newer siblings): KmsKeyId cannot be used with them.
 */
const LOCAL_STORAGE = /^ml\.(c5d|m5d|r5d|c6id|m6id|r6id|g4dn|g5|g6|g6e|p3dn|p4d|p4de|p5|p5e|p5en|trn1|trn1n)\./;

/** @param {OpContext} ctx @param {string} name */
export const findEndpointConfig = (ctx, name) => endpointConfigsOf(ctx.data)[name.toLowerCase()] ?? null;

/** @param {OpContext} ctx @param {string} name */
export const configNotFound = (ctx, name) => validationError(`Could not find endpoint configuration "${hostingArn(ctx, 'endpoint-config', name)}".`);

/**
 * Every model a configuration's variants use must exist (checked again at CreateEndpoint / UpdateEndpoint).
 * Variants without a model (inference component endpoints) name none.
 * @param {OpContext} ctx @param {any[]} variants
 */
export function assertModelsExist(ctx, variants) {
  for (const v of variants) if (v.ModelName !== undefined && !findModel(ctx, v.ModelName)) throw modelNotFound(ctx, v.ModelName);
}

/** True when a configuration's variants host inference components instead of a model. @param {any} config */
export const hostsComponents = (config) => config.ProductionVariants.every((/** @type {any} */ v) => v.ModelName === undefined);

/** The checks of the production and shadow variants of a CreateEndpointConfig request. @param {any} input */
function checkVariants(input) {
  const shadow = input.ShadowProductionVariants ?? [];
  if (shadow.length && (input.ProductionVariants.length !== 1 || shadow.length !== 1)) {
    throw validationError(`ShadowProductionVariants can be used only with exactly one production variant and one shadow variant (got ${input.ProductionVariants.length} and ${shadow.length}).`);
  }
  const withModel = input.ProductionVariants.filter((/** @type {any} */ v) => v.ModelName !== undefined).length;
  if (withModel && withModel < input.ProductionVariants.length) {
    throw validationError('Either every production variant names a model (ModelName) or none does (an endpoint for inference components).');
  }
  const seen = new Set();
  for (const v of [...input.ProductionVariants, ...shadow]) {
    if (shadow.length && v.ModelName === undefined) throw validationError(`ModelName is required for variant "${v.VariantName}" of a configuration with ShadowProductionVariants.`);
    if (v.ServerlessConfig === undefined && (v.InstanceType === undefined || v.InitialInstanceCount === undefined)) {
      throw validationError(`InstanceType and InitialInstanceCount are required for production variant "${v.VariantName}".`);
    }
    if (seen.has(v.VariantName.toLowerCase())) throw validationError(`Production variant names must be unique: "${v.VariantName}" is used more than once.`);
    seen.add(v.VariantName.toLowerCase());
  }
}

/** @param {OpContext} ctx */
export function createEndpointConfig(ctx) {
  const { input } = ctx;
  const arn = hostingArn(ctx, 'endpoint-config', input.EndpointConfigName);
  const configs = endpointConfigsOf(ctx.data);
  if (configs[input.EndpointConfigName.toLowerCase()]) throw validationError(`Cannot create already existing endpoint configuration "${arn}".`);
  checkVariants(input);
  checkConfigKind(ctx, input);
  if (input.KmsKeyId !== undefined) {
    const local = [...input.ProductionVariants, ...(input.ShadowProductionVariants ?? [])].find((v) => LOCAL_STORAGE.test(v.InstanceType ?? ''));
    if (local) {
      throw validationError(`KmsKeyId is not supported for instance type ${local.InstanceType} of production variant "${local.VariantName}": its storage is local NVMe instance storage, which is encrypted by a hardware module on the instance. Remove KmsKeyId or choose an instance type without local storage.`);
    }
  }
  assertModelsExist(ctx, [...input.ProductionVariants, ...(input.ShadowProductionVariants ?? [])]);
  /** @type {any} */
  const c = { EndpointConfigName: input.EndpointConfigName, EndpointConfigArn: arn, createdMs: ctx.now, seq: ctx.nextSeq(), Tags: input.Tags ?? [] };
  for (const k of STORED) if (input[k] !== undefined) c[k] = structuredClone(input[k]);
  configs[input.EndpointConfigName.toLowerCase()] = c;
  ctx.changed();
  return { EndpointConfigArn: arn };
}

/** @param {OpContext} ctx */
export function describeEndpointConfig(ctx) {
  const c = findEndpointConfig(ctx, ctx.input.EndpointConfigName);
  if (!c) throw configNotFound(ctx, ctx.input.EndpointConfigName);
  /** @type {Record<string, unknown>} */
  const out = { EndpointConfigName: c.EndpointConfigName, EndpointConfigArn: c.EndpointConfigArn, CreationTime: seconds(c.createdMs) };
  for (const k of STORED) if (c[k] !== undefined) out[k] = structuredClone(c[k]);
  return out;
}

/** @param {OpContext} ctx */
export function deleteEndpointConfig(ctx) {
  const c = findEndpointConfig(ctx, ctx.input.EndpointConfigName);
  if (!c) throw configNotFound(ctx, ctx.input.EndpointConfigName);
  delete endpointConfigsOf(ctx.data)[c.EndpointConfigName.toLowerCase()];
  ctx.changed();
  return {};
}

/** @param {OpContext} ctx */
export function listEndpointConfigs(ctx) {
  const { page, nextToken } = listRecords(Object.values(endpointConfigsOf(ctx.data)), ctx.input, 'EndpointConfigName');
  return {
    EndpointConfigs: page.map((c) => ({ EndpointConfigName: c.EndpointConfigName, EndpointConfigArn: c.EndpointConfigArn, CreationTime: seconds(c.createdMs) })),
    NextToken: nextToken,
  };
}
