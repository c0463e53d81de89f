/**
 * Models: CreateModel, DescribeModel, DeleteModel, ListModels, and the image resolution of a model's
 * containers (DeployedImages of an endpoint variant).
 *
 * Container rules (CreateModel):
 *   - `ModelPackageName` must name an existing package that is `Completed` (and `Approved` when it is a
 *     version); the container inherits Image / ModelDataUrl / Environment from the package's first container
 *     (of `InferenceSpecificationName` when given) when it does not set them.
 *   - an Image that is not an ECR image needs `ImageConfig.RepositoryAccessMode: Vpc`
 *     ("Using non-ECR image "<image>" without Vpc repository access mode is not supported.");
 *   - `RepositoryAccessMode: Vpc` needs the model's `VpcConfig`.
 */
import { createHash } from 'node:crypto';
import { validationError } from '../errors.js';
import { repositoriesOf, resolveImage } from '../ecr/repos.js';
import { hostingArn } from './arns.js';
import { findPackage } from './packages.js';
import { compareValues, paginate, queryOf, seconds } from './paging.js';
import { currentStatus, isEcrImage } from './status.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Models of a region by lower-cased name. @param {any} data @returns {Record<string, any>} */
export const modelsOf = (data) => (data.models ??= {});

const STORED = ['ExecutionRoleArn', 'VpcConfig', 'EnableNetworkIsolation', 'InferenceExecutionConfig'];

/**
 * The model named `name`, or null.
 * @param {OpContext} ctx @param {string} name
 */
export const findModel = (ctx, name) => modelsOf(ctx.data)[name.toLowerCase()] ?? null;

/** @param {OpContext} ctx @param {string} name */
export const modelNotFound = (ctx, name) => validationError(`Could not find model "${hostingArn(ctx, 'model', name)}".`);

/**
 * The container after inheriting from its model package, and the digest the package pins (if any).
 * @param {OpContext} ctx @param {any} given
 * @returns {{container: any, digest: string|undefined}}
 */
function resolveContainer(ctx, given, vpcConfig) {
  const container = structuredClone(given);
  let digest;
  if (given.ModelPackageName !== undefined) {
    const p = findPackage(ctx, given.ModelPackageName);
    if (!p) throw validationError(`ModelPackage ${given.ModelPackageName} does not exist.`);
    const status = currentStatus(p, ctx.now).ModelPackageStatus;
    if (status !== 'Completed') {
      throw validationError(`Model Package ${p.ModelPackageArn} is not in Completed status (current status: ${status}).`);
    }
    if (p.ModelPackageVersion !== undefined && p.ModelApprovalStatus !== 'Approved') {
      throw validationError(`Model Package ${p.ModelPackageArn} is not approved`);
    }
    let spec = p.InferenceSpecification;
    if (given.InferenceSpecificationName !== undefined) {
      spec = (p.AdditionalInferenceSpecifications ?? []).find((s) => s.Name === given.InferenceSpecificationName);
      if (!spec) throw validationError(`Inference specification ${given.InferenceSpecificationName} does not exist in Model Package ${p.ModelPackageArn}.`);
    }
    const source = spec?.Containers?.[0];
    if (!source) throw validationError(`Model Package ${p.ModelPackageArn} has no inference containers.`);
    if (container.Image === undefined) container.Image = source.Image;
    if (container.Image === source.Image) digest = source.ImageDigest;
    if (container.ModelDataUrl === undefined && source.ModelDataUrl !== undefined) container.ModelDataUrl = source.ModelDataUrl;
    if (container.Environment === undefined && source.Environment !== undefined) container.Environment = structuredClone(source.Environment);
  }
  if (container.Image === undefined) throw validationError('Image is required in a container definition without ModelPackageName.');
  const mode = container.ImageConfig?.RepositoryAccessMode;
  if (!isEcrImage(container.Image) && mode !== 'Vpc') {
    throw validationError(`Using non-ECR image "${container.Image}" without Vpc repository access mode is not supported.`);
  }
  if (mode === 'Vpc' && vpcConfig === undefined) {
    throw validationError('VpcConfig is required when ImageConfig.RepositoryAccessMode is Vpc: SageMaker pulls the image from the private registry through your VPC.');
  }
  if (container.ImageConfig?.RepositoryAuthConfig !== undefined && mode !== 'Vpc') {
    throw validationError('RepositoryAuthConfig is only supported with Vpc repository access mode.');
  }
  return { container, digest };
}

/** The containers of a stored model, in order. @param {any} m @returns {any[]} */
export const containersOf = (m) => (m.PrimaryContainer ? [m.PrimaryContainer] : m.Containers ?? []);

/** @param {OpContext} ctx */
export function createModel(ctx) {
  const { input } = ctx;
  const arn = hostingArn(ctx, 'model', input.ModelName);
  const models = modelsOf(ctx.data);
  if (models[input.ModelName.toLowerCase()]) throw validationError(`Cannot create already existing model "${arn}".`);
  if (input.PrimaryContainer !== undefined && input.Containers !== undefined) {
    throw validationError('Only one of PrimaryContainer or Containers can be specified.');
  }
  const given = input.PrimaryContainer ? [input.PrimaryContainer] : input.Containers ?? [];
  const resolved = given.map((c) => resolveContainer(ctx, c, input.VpcConfig));
  /** @type {any} */
  const m = { ModelName: input.ModelName, ModelArn: arn, createdMs: ctx.now, seq: ctx.nextSeq(), Tags: input.Tags ?? [] };
  if (input.PrimaryContainer) m.PrimaryContainer = resolved[0]?.container;
  else if (input.Containers) m.Containers = resolved.map((r) => r.container);
  m.digests = resolved.map((r) => r.digest ?? null);
  for (const k of STORED) if (input[k] !== undefined) m[k] = structuredClone(input[k]);
  models[input.ModelName.toLowerCase()] = m;
  ctx.changed();
  return { ModelArn: arn };
}

/** @param {any} m */
function describe(m) {
  /** @type {Record<string, unknown>} */
  const out = { ModelName: m.ModelName, ModelArn: m.ModelArn, CreationTime: seconds(m.createdMs) };
  if (m.PrimaryContainer) out.PrimaryContainer = structuredClone(m.PrimaryContainer);
  if (m.Containers) out.Containers = structuredClone(m.Containers);
  for (const k of STORED) if (m[k] !== undefined) out[k] = structuredClone(m[k]);
  return out;
}

/** @param {OpContext} ctx */
export function describeModel(ctx) {
  const m = findModel(ctx, ctx.input.ModelName);
  if (!m) throw modelNotFound(ctx, ctx.input.ModelName);
  return describe(m);
}

/** @param {OpContext} ctx */
export function deleteModel(ctx) {
  const m = findModel(ctx, ctx.input.ModelName);
  if (!m) throw modelNotFound(ctx, ctx.input.ModelName);
  delete modelsOf(ctx.data)[m.ModelName.toLowerCase()];
  ctx.changed();
  return {};
}

/**
 * Shared by ListModels / ListEndpointConfigs / ListEndpoints: NameContains (case-insensitive), creation
 * time filters (strict), SortBy Name | CreationTime (default) | Status, SortOrder (default Descending).
 * @param {any[]} records @param {any} input @param {string} nameKey @param {(r: any) => unknown} [statusOf]
 */
export function listRecords(records, input, nameKey, statusOf) {
  const contains = input.NameContains?.toLowerCase();
  const dir = input.SortOrder === 'Ascending' ? 1 : -1;
  const key = input.SortBy === 'Name' ? (r) => r[nameKey] : input.SortBy === 'Status' && statusOf ? statusOf : (r) => r.createdMs;
  const items = records
    .filter((r) => !contains || r[nameKey].toLowerCase().includes(contains))
    .filter((r) => input.CreationTimeAfter === undefined || r.createdMs > input.CreationTimeAfter * 1000)
    .filter((r) => input.CreationTimeBefore === undefined || r.createdMs < input.CreationTimeBefore * 1000)
    .sort((a, b) => dir * (compareValues(key(a), key(b)) || a.seq - b.seq));
  return paginate(items, input, queryOf(input), 10);
}

/** @param {OpContext} ctx */
export function listModels(ctx) {
  const { page, nextToken } = listRecords(Object.values(modelsOf(ctx.data)), ctx.input, 'ModelName');
  return {
    Models: page.map((m) => ({ ModelName: m.ModelName, ModelArn: m.ModelArn, CreationTime: seconds(m.createdMs) })),
    NextToken: nextToken,
  };
}

/**
 * `registry/repo@sha256:…` for an image: the digest in the image reference, else the one the model package
 * pins, else the digest of the tag in the simulator's ECR state, else a deterministic fake digest.
 * @param {OpContext} ctx @param {string} image @param {string|null} pinned
 */
export function resolvedImage(ctx, image, pinned) {
  if (image.includes('@')) return image;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  const hasTag = colon > slash;
  const repo = hasTag ? image.slice(0, colon) : image;
  const tag = hasTag ? image.slice(colon + 1) : 'latest';
  let digest = pinned ?? undefined;
  const ecr = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/(.+)$/.exec(repo);
  if (!digest && ecr) {
    const repository = repositoriesOf(ctx.store(/** @type {string} */ (ecr[1]), ecr[2]))[/** @type {string} */ (ecr[3])];
    digest = repository ? resolveImage(repository, { imageTag: tag }).image?.imageDigest : undefined;
  }
  digest ??= `sha256:${createHash('sha256').update(image).digest('hex')}`;
  return `${repo}@${digest}`;
}

/**
 * DeployedImages of a variant serving model `m`, resolved at `atMs`.
 * @param {OpContext} ctx @param {any} m @param {number} atMs
 */
export function deployedImages(ctx, m, atMs) {
  return containersOf(m).map((c, i) => ({
    SpecifiedImage: c.Image,
    ResolvedImage: resolvedImage(ctx, c.Image, m.digests?.[i] ?? null),
    ResolutionTime: seconds(atMs),
  }));
}
