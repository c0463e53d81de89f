/** SageMaker ARNs: building, parsing, and resolving name-or-ARN inputs against the caller's region. */
import { validationError } from '../errors.js';

/** @param {{region: string, account: string}} ctx @param {string} name */
export const groupArn = (ctx, name) => `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package-group/${name}`;

/** @param {{region: string, account: string}} ctx @param {string} group @param {number} version */
export const versionArn = (ctx, group, version) => `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package/${group}/${version}`;

/** @param {{region: string, account: string}} ctx @param {string} name */
export const unversionedArn = (ctx, name) => `arn:aws:sagemaker:${ctx.region}:${ctx.account}:model-package/${name}`;

/**
 * @param {string} arn
 * @returns {{region: string, account: string, type: string, path: string}|null}
 */
export function parseArn(arn) {
  const m = /^arn:aws[a-z-]*:sagemaker:([a-z0-9-]*):([0-9]{12}):([a-z-]*)\/(.+)$/.exec(arn);
  if (!m) return null;
  return { region: m[1], account: m[2], type: m[3], path: m[4] };
}

/**
 * Parse an ARN given for a resource and check it is scoped to the caller's region.
 * @param {{region: string, account: string}} ctx
 * @param {string} arn
 */
export function scopedArn(ctx, arn) {
  const parsed = parseArn(arn);
  if (!parsed) throw validationError(`Invalid ARN: ${arn}`);
  if (parsed.region !== ctx.region) throw validationError(`ARN should be scoped to correct region: ${arn}`);
  return parsed;
}

/**
 * Resolve an ArnOrName naming a model package group.
 * @returns {{name: string, foreign: boolean}} foreign: the ARN names another account or resource type
 */
export function resolveGroupRef(ctx, ref) {
  if (!ref.startsWith('arn:')) return { name: ref, foreign: false };
  const p = scopedArn(ctx, ref);
  return { name: p.path, foreign: p.account !== ctx.account || p.type !== 'model-package-group' };
}

/**
 * Resolve a VersionedArnOrName naming a model package.
 * @returns {{key: string, foreign: boolean}} key: lower-case state key (`group/n` or `name`)
 */
export function resolvePackageRef(ctx, ref) {
  let path = ref;
  let foreign = false;
  if (ref.startsWith('arn:')) {
    const p = scopedArn(ctx, ref);
    path = p.path;
    foreign = p.account !== ctx.account || p.type !== 'model-package';
  }
  return { key: path.toLowerCase(), foreign };
}

/**
 * ARNs of hosting resources: SageMaker lower-cases the name in model, endpoint-config and endpoint ARNs.
 * @param {{region: string, account: string}} ctx @param {'model'|'endpoint-config'|'endpoint'} type @param {string} name
 */
export const hostingArn = (ctx, type, name) => `arn:aws:sagemaker:${ctx.region}:${ctx.account}:${type}/${name.toLowerCase()}`;
