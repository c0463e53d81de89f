/** Model package groups: Create, Describe, List, Delete. */
import { AwsError, validationError } from '../errors.js';
import { groupArn } from './arns.js';
import { compareValues, paginate, queryOf, seconds } from './paging.js';
import { resolveGroup } from './shared-groups.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/**
 * Find a group by name or ARN, or null. An ARN may name a group another account shares with the
 * caller; `data` is then the owner's state (where its versions live) and `account` the owner.
 * @param {OpContext} ctx @param {string} ref
 * @returns {{name: string, group: any, data: any, account: string}}
 */
export function findGroup(ctx, ref) {
  const { name, data, account } = resolveGroup(ctx, ref);
  return { name, group: data ? data.groups[name.toLowerCase()] ?? null : null, data, account };
}

/** Describe-shaped view of a group. */
export function describeGroup(g) {
  return {
    ModelPackageGroupName: g.ModelPackageGroupName,
    ModelPackageGroupArn: g.ModelPackageGroupArn,
    ModelPackageGroupDescription: g.ModelPackageGroupDescription,
    CreationTime: seconds(g.createdMs),
    CreatedBy: {},
    ModelPackageGroupStatus: 'Completed',
    ManagedConfiguration: g.ManagedConfiguration,
  };
}

/** @param {OpContext} ctx */
export function createModelPackageGroup(ctx) {
  const { input } = ctx;
  const name = input.ModelPackageGroupName;
  const arn = groupArn(ctx, name);
  if (ctx.data.groups[name.toLowerCase()]) throw validationError(`Model Package Group already exists: ${arn}`);
  ctx.data.groups[name.toLowerCase()] = {
    ModelPackageGroupName: name,
    ModelPackageGroupArn: arn,
    ModelPackageGroupDescription: input.ModelPackageGroupDescription,
    ManagedConfiguration: input.ManagedConfiguration,
    Tags: input.Tags ?? [],
    createdMs: ctx.now,
    seq: ctx.nextSeq(),
    nextVersion: 1,
  };
  ctx.changed();
  return { ModelPackageGroupArn: arn };
}

/** @param {OpContext} ctx */
export function describeModelPackageGroup(ctx) {
  const { name, group } = findGroup(ctx, ctx.input.ModelPackageGroupName);
  if (!group) throw validationError(`ModelPackageGroup ${name} does not exist.`);
  return describeGroup(group);
}

/** @param {OpContext} ctx */
export function listModelPackageGroups(ctx) {
  const { input } = ctx;
  const contains = input.NameContains?.toLowerCase();
  const sortKey = input.SortBy === 'Name' ? 'ModelPackageGroupName' : 'createdMs';
  const dir = input.SortOrder === 'Descending' ? -1 : 1;
  // own groups only: CrossAccount adds RAM-discoverable groups, which the simulator does not model (see search.js)
  const items = Object.values(ctx.data.groups)
    .filter((g) => !contains || g.ModelPackageGroupName.toLowerCase().includes(contains))
    .filter((g) => input.CreationTimeAfter === undefined || g.createdMs > input.CreationTimeAfter * 1000)
    .filter((g) => input.CreationTimeBefore === undefined || g.createdMs < input.CreationTimeBefore * 1000)
    .sort((a, b) => dir * (compareValues(a[sortKey], b[sortKey]) || a.seq - b.seq));
  const { page, nextToken } = paginate(items, input, queryOf(input), 10);
  return {
    ModelPackageGroupSummaryList: page.map((g) => {
      /** @type {Record<string, unknown>} */
      const summary = describeGroup(g);
      delete summary.CreatedBy;
      return summary;
    }),
    NextToken: nextToken,
  };
}

/** @param {OpContext} ctx */
export function deleteModelPackageGroup(ctx) {
  const { name, group, account } = findGroup(ctx, ctx.input.ModelPackageGroupName);
  if (!group || account !== ctx.account) throw validationError(`ModelPackageGroup ${name} does not exist.`);
  const prefix = `${group.ModelPackageGroupName.toLowerCase()}/`;
  if (Object.keys(ctx.data.packages).some((k) => k.startsWith(prefix))) {
    throw new AwsError('ConflictException', `Model Package Group ${group.ModelPackageGroupArn} contains model packages. Delete all model packages in the group before deleting the group.`);
  }
  delete ctx.data.groups[group.ModelPackageGroupName.toLowerCase()];
  ctx.changed();
  return {};
}
