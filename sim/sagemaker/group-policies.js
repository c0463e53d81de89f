/**
 * PutModelPackageGroupPolicy, GetModelPackageGroupPolicy, DeleteModelPackageGroupPolicy: the group resource policy
 * that opens a group to other accounts (evaluated in shared-groups.js). The input is a group name (EntityName), so
 * only the owner account reaches its policy. The policy must be a JSON policy the simulator evaluates (policy.js);
 * anything else is refused with a ValidationException (the simulator's wording; see sim/README.md, Assumptions).
 */
import { validationError } from '../errors.js';
import { policyProblem } from '../policy.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** The caller's group of the request, or ValidationException. @param {OpContext} ctx */
function ownGroup(ctx) {
  const name = ctx.input.ModelPackageGroupName;
  const group = ctx.data.groups[name.toLowerCase()];
  if (!group) throw validationError(`ModelPackageGroup ${name} does not exist.`);
  return group;
}

/** @param {any} group */
// The wording AWS's CloudFormation resource provider and the Terraform provider match for "no policy" (undocumented).
const noPolicy = (group) => validationError(`Cannot find resource policy for: ${group.ModelPackageGroupArn}`);

/** @param {OpContext} ctx */
export function putModelPackageGroupPolicy(ctx) {
  const group = ownGroup(ctx);
  const problem = policyProblem(ctx.input.ResourcePolicy, { resourceRequired: true });
  if (problem) throw validationError(`Invalid resource policy: ${problem}.`);
  group.ResourcePolicy = ctx.input.ResourcePolicy;
  delete group.sharedWith;
  ctx.changed();
  return { ModelPackageGroupArn: group.ModelPackageGroupArn };
}

/** @param {OpContext} ctx */
export function getModelPackageGroupPolicy(ctx) {
  const group = ownGroup(ctx);
  if (group.ResourcePolicy === undefined) throw noPolicy(group);
  return { ResourcePolicy: group.ResourcePolicy };
}

/** @param {OpContext} ctx */
export function deleteModelPackageGroupPolicy(ctx) {
  const group = ownGroup(ctx);
  if (group.ResourcePolicy === undefined) throw noPolicy(group);
  delete group.ResourcePolicy;
  delete group.sharedWith;
  ctx.changed();
  return {};
}
