/**
 * AddTags, ListTags, DeleteTags on model package groups (and unversioned model packages), models, endpoint
 * configurations and endpoints (whose ARNs carry the lower-cased name).
 */
import { AwsError, validationError } from '../errors.js';
import { refusal } from '../policy.js';
import { scopedArn } from './arns.js';
import { endpointConfigsOf } from './endpoint-configs.js';
import { endpointsOf, settle } from './endpoint-state.js';
import { modelsOf } from './models.js';
import { paginate } from './paging.js';

/** Stores of the hosting resources by ARN resource type. */
const HOSTING = { model: modelsOf, 'endpoint-config': endpointConfigsOf, endpoint: endpointsOf };

/** @typedef {import('./context.js').OpContext} OpContext */

/** The stored resource that carries the tags. @param {OpContext} ctx @param {string} arn */
function taggable(ctx, arn) {
  const p = scopedArn(ctx, arn);
  if (p.account !== ctx.account) {
    // tags are not among the operations a group policy documents for other accounts: refused whatever it says
    const action = `sagemaker:${ctx.operation}`;
    throw new AwsError('AccessDeniedException', refusal(ctx.caller, action, arn, 'none'));
  }
  let resource = null;
  if (p.type === 'model-package-group') {
    resource = p.account === ctx.account ? ctx.data.groups[p.path.toLowerCase()] : null;
  } else if (p.type === 'model-package') {
    if (p.path.includes('/')) {
      throw validationError('Tags are not supported in Model Package versions. Please add them to the Model Package Group');
    }
    resource = p.account === ctx.account ? ctx.data.packages[p.path.toLowerCase()] : null;
  } else if (Object.hasOwn(HOSTING, p.type)) {
    resource = p.account === ctx.account ? HOSTING[/** @type {keyof typeof HOSTING} */ (p.type)](ctx.data)[p.path.toLowerCase()] ?? null : null;
    if (resource && p.type === 'endpoint') resource = settle(ctx, resource);
  } else {
    throw new AwsError('UnknownOperationException', `The simulator does not implement tags for ${p.type} resources`);
  }
  if (!resource) throw validationError(`Resource ${arn} does not exist.`);
  return resource;
}

/** @param {OpContext} ctx */
export function addTags(ctx) {
  const r = taggable(ctx, ctx.input.ResourceArn);
  const byKey = new Map((r.Tags ?? []).map((t) => [t.Key, t]));
  for (const t of ctx.input.Tags) byKey.set(t.Key, { Key: t.Key, Value: t.Value });
  if (byKey.size > 50) throw validationError('Number of tags exceeds the limit of 50 tags per resource.');
  r.Tags = [...byKey.values()];
  ctx.changed();
  return { Tags: ctx.input.Tags };
}

/** @param {OpContext} ctx */
export function listTags(ctx) {
  const r = taggable(ctx, ctx.input.ResourceArn);
  const { page, nextToken } = paginate(r.Tags ?? [], ctx.input, { arn: ctx.input.ResourceArn }, 50);
  return { Tags: page, NextToken: nextToken };
}

/** @param {OpContext} ctx */
export function deleteTags(ctx) {
  const r = taggable(ctx, ctx.input.ResourceArn);
  const remove = new Set(ctx.input.TagKeys);
  r.Tags = (r.Tags ?? []).filter((t) => !remove.has(t.Key));
  ctx.changed();
  return {};
}
