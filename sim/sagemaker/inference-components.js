/**
 * Inference components: Create, Describe, List, Delete. A component runs one model (or an adapter on a base
 * component) on an endpoint whose configuration has variants without a model; it is InService at once and
 * deleted at once (the simulator does not model their Creating / Deleting time or copy placement).
 */
import { validationError } from '../errors.js';
import { hostingArn } from './arns.js';
import { findEndpointConfig, hostsComponents } from './endpoint-configs.js';
import { endpointNotFound } from './endpoint-state.js';
import { findEndpoint } from './endpoints.js';
import { findModel, listRecords, modelNotFound, resolvedImage } from './models.js';
import { seconds } from './paging.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Inference components of a region by lower-cased name. @param {any} data @returns {Record<string, any>} */
const componentsOf = (data) => (data.inferenceComponents ??= {});

/** @param {OpContext} ctx @param {string} name */
const componentNotFound = (ctx, name) => validationError(`Could not find inference component "${hostingArn(ctx, 'inference-component', name)}".`);

/** @param {OpContext} ctx @param {string} name */
const findComponent = (ctx, name) => componentsOf(ctx.data)[name.toLowerCase()] ?? null;

/** The endpoint's variant that will host the component (the first one when none is named). @param {OpContext} ctx */
function hostVariant(ctx) {
  const { input } = ctx;
  const e = findEndpoint(ctx, input.EndpointName);
  if (!e) throw endpointNotFound(ctx, input.EndpointName);
  const config = findEndpointConfig(ctx, e.EndpointConfigName);
  if (!config || !hostsComponents(config)) {
    throw validationError('Invalid request provided: Inference Components are not supported in this Endpoint. Please make sure this endpoint can deploy inference components.');
  }
  const variant = input.VariantName ?? config.ProductionVariants[0].VariantName;
  if (!config.ProductionVariants.some((/** @type {any} */ v) => v.VariantName === variant)) {
    throw validationError(`Production variant "${variant}" does not exist on endpoint "${e.EndpointArn}".`);
  }
  return { e, variant };
}

/** @param {OpContext} ctx @param {any} spec @param {string} endpoint */
function checkSpecification(ctx, spec, endpoint) {
  if (spec.ModelName !== undefined && !findModel(ctx, spec.ModelName)) throw modelNotFound(ctx, spec.ModelName);
  const base = spec.BaseInferenceComponentName;
  if (base !== undefined && findComponent(ctx, base)?.EndpointName.toLowerCase() !== endpoint.toLowerCase()) throw componentNotFound(ctx, base);
  if (spec.ModelName === undefined && spec.Container === undefined && base === undefined) {
    throw validationError('An inference component specification needs ModelName, Container or BaseInferenceComponentName.');
  }
}

/** @param {OpContext} ctx */
export function createInferenceComponent(ctx) {
  const { input } = ctx;
  const arn = hostingArn(ctx, 'inference-component', input.InferenceComponentName);
  if (findComponent(ctx, input.InferenceComponentName)) throw validationError(`Cannot create already existing inference component "${arn}".`);
  if ((input.Specification === undefined) === (input.Specifications === undefined)) {
    throw validationError('Exactly one of Specification or Specifications must be specified.');
  }
  const { e, variant } = hostVariant(ctx);
  for (const spec of input.Specifications ?? [input.Specification]) checkSpecification(ctx, spec, input.EndpointName);
  componentsOf(ctx.data)[input.InferenceComponentName.toLowerCase()] = {
    InferenceComponentName: input.InferenceComponentName,
    InferenceComponentArn: arn,
    EndpointName: e.EndpointName,
    EndpointArn: e.EndpointArn,
    VariantName: variant,
    ...(input.Specification ? { Specification: structuredClone(input.Specification) } : { Specifications: structuredClone(input.Specifications) }),
    copies: input.RuntimeConfig?.CopyCount,
    Tags: input.Tags ?? [],
    createdMs: ctx.now,
    seq: ctx.nextSeq(),
  };
  ctx.changed();
  return { InferenceComponentArn: arn };
}

/** InferenceComponentSpecificationSummary: the container's image as a DeployedImage. @param {OpContext} ctx @param {any} spec @param {number} atMs */
function specificationSummary(ctx, spec, atMs) {
  const out = structuredClone(spec);
  if (spec.Container?.Image !== undefined) {
    delete out.Container.Image;
    out.Container.DeployedImage = { SpecifiedImage: spec.Container.Image, ResolvedImage: resolvedImage(ctx, spec.Container.Image, null), ResolutionTime: seconds(atMs) };
  }
  return out;
}

/** @param {OpContext} ctx */
export function describeInferenceComponent(ctx) {
  const c = findComponent(ctx, ctx.input.InferenceComponentName);
  if (!c) throw componentNotFound(ctx, ctx.input.InferenceComponentName);
  const { Specification: one, Specifications: many } = c;
  return {
    ...summary(c),
    ...(one ? { Specification: specificationSummary(ctx, one, c.createdMs) } : { Specifications: many.map((/** @type {any} */ s) => specificationSummary(ctx, s, c.createdMs)) }),
    ...(c.copies === undefined ? {} : { RuntimeConfig: { DesiredCopyCount: c.copies, CurrentCopyCount: c.copies } }),
  };
}

/** InferenceComponentSummary. @param {any} c */
const summary = (c) => ({
  InferenceComponentName: c.InferenceComponentName,
  InferenceComponentArn: c.InferenceComponentArn,
  EndpointName: c.EndpointName,
  EndpointArn: c.EndpointArn,
  VariantName: c.VariantName,
  InferenceComponentStatus: 'InService',
  CreationTime: seconds(c.createdMs),
  LastModifiedTime: seconds(c.createdMs),
});

/** ListInferenceComponents: the shared list filters plus EndpointNameEquals, VariantNameEquals, StatusEquals, LastModifiedTime. @param {OpContext} ctx */
export function listInferenceComponents(ctx) {
  const { input } = ctx;
  const records = Object.values(componentsOf(ctx.data)).filter(
    (c) =>
      (input.EndpointNameEquals === undefined || c.EndpointName === input.EndpointNameEquals) &&
      (input.VariantNameEquals === undefined || c.VariantName === input.VariantNameEquals) &&
      (input.StatusEquals === undefined || input.StatusEquals === 'InService') &&
      (input.LastModifiedTimeAfter === undefined || c.createdMs > input.LastModifiedTimeAfter * 1000) &&
      (input.LastModifiedTimeBefore === undefined || c.createdMs < input.LastModifiedTimeBefore * 1000),
  );
  const { page, nextToken } = listRecords(records, input, 'InferenceComponentName', () => 'InService');
  return { InferenceComponents: page.map(summary), NextToken: nextToken };
}

/** @param {OpContext} ctx */
export function deleteInferenceComponent(ctx) {
  const c = findComponent(ctx, ctx.input.InferenceComponentName);
  if (!c) throw componentNotFound(ctx, ctx.input.InferenceComponentName);
  delete componentsOf(ctx.data)[c.InferenceComponentName.toLowerCase()];
  ctx.changed();
  return {};
}
