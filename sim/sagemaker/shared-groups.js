/**
 * Model package groups owned by another account and shared with the simulator account (as a group
 * resource policy, PutModelPackageGroupPolicy, or AWS RAM would). Seeded through the control API
 * (`POST /_sim/sagemaker/groups`); the simulator account then reaches them by ARN only:
 * CreateModelPackage / ListModelPackages with the group ARN, and the versions by their ARNs.
 */
import { scopedArn } from './arns.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/**
 * The state of the account that owns a resource ARN, when the caller may use it: its own state, or
 * the owner's state if the addressed group is shared with the caller. null: not reachable.
 * @param {OpContext} ctx @param {string} account owner account from the ARN @param {string} groupName
 */
export function reachableData(ctx, account, groupName) {
  if (account === ctx.account) return ctx.data;
  const data = ctx.store(account, ctx.region);
  const group = data.groups[groupName.toLowerCase()];
  return group && (group.sharedWith ?? []).includes(ctx.account) ? data : null;
}

/**
 * Resolve an ArnOrName naming a group: a name is the caller's, an ARN may be another account's shared group.
 * @param {OpContext} ctx @param {string} ref
 * @returns {{name: string, data: any, account: string}} data null when the group is not reachable
 */
export function resolveGroup(ctx, ref) {
  if (!ref.startsWith('arn:')) return { name: ref, data: ctx.data, account: ctx.account };
  const p = scopedArn(ctx, ref);
  if (p.type !== 'model-package-group') return { name: p.path, data: null, account: p.account };
  return { name: p.path, data: reachableData(ctx, p.account, p.path), account: p.account };
}

/**
 * Resolve a VersionedArnOrName naming a model package.
 * @param {OpContext} ctx @param {string} ref
 * @returns {{key: string, data: any}} key: lower-case state key (`group/n` or `name`); data null when not reachable
 */
export function resolvePackage(ctx, ref) {
  if (!ref.startsWith('arn:')) return { key: ref.toLowerCase(), data: ctx.data };
  const p = scopedArn(ctx, ref);
  if (p.type !== 'model-package') return { key: p.path.toLowerCase(), data: null };
  const group = p.path.includes('/') ? p.path.slice(0, p.path.lastIndexOf('/')) : null;
  if (p.account !== ctx.account && group === null) return { key: p.path.toLowerCase(), data: null };
  return { key: p.path.toLowerCase(), data: reachableData(ctx, p.account, group ?? '') };
}

/**
 * Versions of the groups other accounts share with the caller in its region (`data.sharedGroups`
 * records them at seeding time: `[{account, name}]`).
 * @param {OpContext} ctx
 */
export function sharedPackages(ctx) {
  const out = [];
  for (const { account, name } of ctx.data.sharedGroups ?? []) {
    const data = reachableData(ctx, account, name);
    if (!data) continue;
    const prefix = `${name.toLowerCase()}/`;
    for (const [key, p] of Object.entries(data.packages)) if (key.startsWith(prefix)) out.push(p);
  }
  return out;
}

/** The groups other accounts share with the caller in its region. @param {OpContext} ctx */
export function sharedGroups(ctx) {
  return (ctx.data.sharedGroups ?? []).map(({ account, name }) => reachableData(ctx, account, name)?.groups[name.toLowerCase()]).filter(Boolean);
}

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/**
 * Seed a group owned by another account, shared with the simulator account (control API).
 * @param {{store: (account: string, region: string) => any, account: string, now: number, nextSeq: () => number}} core
 * @param {any} body `{name, accountId, region? (us-east-1), description?, shareWith? ([simulator account])}`
 */
export function seedSharedGroup(core, body) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const unknown = Object.keys(body).filter((k) => !['name', 'accountId', 'region', 'description', 'shareWith'].includes(k));
  if (unknown.length) throw new TypeError(`unknown member(s): ${unknown.join(', ')}`);
  const { name, accountId } = body;
  if (typeof name !== 'string' || !NAME.test(name)) throw new TypeError('name must be a model package group name (1-63 of [a-zA-Z0-9-])');
  if (typeof accountId !== 'string' || !/^[0-9]{12}$/.test(accountId)) throw new TypeError('accountId must be 12 digits');
  const region = body.region ?? 'us-east-1';
  if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new TypeError('region must look like us-east-1');
  if (body.description !== undefined && typeof body.description !== 'string') throw new TypeError('description must be a string');
  const shareWith = body.shareWith ?? (accountId === core.account ? [] : [core.account]);
  if (!Array.isArray(shareWith) || shareWith.some((a) => typeof a !== 'string' || !/^[0-9]{12}$/.test(a))) {
    throw new TypeError('shareWith must be a list of 12-digit account ids');
  }
  for (const grantee of shareWith) {
    const refs = (core.store(grantee, region).sharedGroups ??= []);
    if (!refs.some((r) => r.account === accountId && r.name.toLowerCase() === name.toLowerCase())) refs.push({ account: accountId, name });
  }
  const data = core.store(accountId, region);
  const arn = `arn:aws:sagemaker:${region}:${accountId}:model-package-group/${name}`;
  const existing = data.groups[name.toLowerCase()];
  if (existing) {
    existing.sharedWith = [...new Set([...(existing.sharedWith ?? []), ...shareWith])];
    return { ModelPackageGroupArn: existing.ModelPackageGroupArn, sharedWith: existing.sharedWith };
  }
  data.groups[name.toLowerCase()] = {
    ModelPackageGroupName: name,
    ModelPackageGroupArn: arn,
    ModelPackageGroupDescription: body.description,
    Tags: [],
    createdMs: core.now,
    seq: core.nextSeq(),
    nextVersion: 1,
    sharedWith: shareWith,
  };
  return { ModelPackageGroupArn: arn, sharedWith: shareWith };
}
