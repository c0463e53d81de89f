/** ListModelPackages. */
import { findGroup } from './groups.js';
import { describePackage } from './packages.js';
import { compareValues, paginate, queryOf } from './paging.js';

/** @typedef {import('./context.js').OpContext} OpContext */

const SUMMARY = [
  'ModelPackageName', 'ModelPackageGroupName', 'ModelPackageVersion', 'ModelPackageArn', 'ModelPackageDescription',
  'CreationTime', 'ModelPackageStatus', 'ModelApprovalStatus', 'ModelLifeCycle', 'ModelPackageRegistrationType',
];

/** @param {any} p @param {number} now */
function summary(p, now) {
  const d = describePackage(p, now);
  /** @type {Record<string, unknown>} */
  const s = {};
  for (const k of SUMMARY) if (d[k] !== undefined) s[k] = d[k];
  if (p.ModelPackageVersion !== undefined) delete s.ModelPackageName; // versions carry no name in summaries
  return s;
}

/** @param {OpContext} ctx */
export function listModelPackages(ctx) {
  const { input } = ctx;
  // documented default Unversioned; with a group the developer guide lists the group's versions this way
  const type = input.ModelPackageType ?? (input.ModelPackageGroupName !== undefined ? 'Versioned' : 'Unversioned');
  let groupName;
  let data = ctx.data;
  if (input.ModelPackageGroupName !== undefined) {
    const found = findGroup(ctx, input.ModelPackageGroupName);
    groupName = found.group ? found.group.ModelPackageGroupName : found.name;
    data = found.data ?? { packages: {} }; // a group ARN of another account that is not shared: nothing
  }
  const contains = input.NameContains?.toLowerCase();
  const dir = input.SortOrder === 'Descending' ? -1 : 1;
  const sortKey = input.SortBy === 'Name' ? (p) => p.ModelPackageName : (p) => p.createdMs;
  const items = Object.values(data.packages)
    .filter((p) => type === 'Both' || (type === 'Versioned') === (p.ModelPackageVersion !== undefined))
    .filter((p) => groupName === undefined || (p.ModelPackageGroupName ?? '').toLowerCase() === groupName.toLowerCase())
    .filter((p) => input.ModelApprovalStatus === undefined || p.ModelApprovalStatus === input.ModelApprovalStatus)
    .filter((p) => !contains || p.ModelPackageName.toLowerCase().includes(contains))
    .filter((p) => input.CreationTimeAfter === undefined || p.createdMs > input.CreationTimeAfter * 1000)
    .filter((p) => input.CreationTimeBefore === undefined || p.createdMs < input.CreationTimeBefore * 1000)
    .sort((a, b) => dir * (compareValues(sortKey(a), sortKey(b)) || compareValues(a.ModelPackageVersion, b.ModelPackageVersion) || a.seq - b.seq));
  const { page, nextToken } = paginate(items, input, queryOf(input), 10);
  return { ModelPackageSummaryList: page.map((p) => summary(p, ctx.now)), NextToken: nextToken };
}
