/**
 * Model package groups of another account: a caller reaches them by ARN only (a name always means the caller's own
 * group), and only as the owner's group resource policy allows (PutModelPackageGroupPolicy, group-policies.js;
 * evaluated by policy.js). The control route `POST /_sim/sagemaker/groups` seeds such a group with a policy granting
 * the listed accounts every operation below.
 *
 * Which IAM action and resource a cross-account call is checked against (see sim/README.md, Assumptions):
 *   DescribeModelPackageGroup                        sagemaker:DescribeModelPackageGroup on the group ARN
 *   ListModelPackages, CreateModelPackage (group ARN) sagemaker:<Op> on `model-package/<group>/*`
 *   DescribeModelPackage, UpdateModelPackage, DeleteModelPackage, BatchDescribeModelPackage (each ARN; one refused
 *   ARN refuses the call), CreateModel (ModelPackageName)   sagemaker:<Op> on the version ARN
 * Every other operation on another account's group or version is refused whatever the policy says.
 */
import { AwsError } from '../errors.js';
import { evaluatePolicy, refusal } from '../policy.js';
import { scopedArn } from './arns.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Operations a group policy can open to another account, and the resource each is checked against. */
const CROSS_ACCOUNT = {
  DescribeModelPackageGroup: 'group',
  ListModelPackages: 'versions',
  CreateModelPackage: 'versions',
  DescribeModelPackage: 'version',
  UpdateModelPackage: 'version',
  DeleteModelPackage: 'version',
  BatchDescribeModelPackage: 'version',
  CreateModel: 'version',
};

/**
 * The owner's state when the caller's operation on another account's group is allowed; AccessDeniedException otherwise
 * (also when the group does not exist: without a group there is no policy to allow it).
 * @param {OpContext} ctx @param {string} owner @param {string} groupName @param {string} [version] the version number
 *   (`version` resources), or undefined for the group and its versions
 */
function ownerData(ctx, owner, groupName, version) {
  const data = ctx.store(owner, ctx.region);
  const group = data.groups[groupName.toLowerCase()];
  const op = ctx.operation ?? '';
  const kind = CROSS_ACCOUNT[/** @type {keyof typeof CROSS_ACCOUNT} */ (op)];
  const name = group?.ModelPackageGroupName ?? groupName;
  const prefix = `arn:aws:sagemaker:${ctx.region}:${owner}`;
  const resource = kind === 'versions' ? `${prefix}:model-package/${name}/*`
    : version === undefined ? `${prefix}:model-package-group/${name}` : `${prefix}:model-package/${name ? `${name}/` : ''}${version}`;
  const action = `sagemaker:${op}`;
  const decision = group && kind ? evaluatePolicy(group.ResourcePolicy, { account: ctx.account, roleArns: [ctx.caller.roleArn], action, resource }) : 'none';
  if (decision !== 'allow') throw new AwsError('AccessDeniedException', refusal(ctx.caller, action, resource, decision));
  return data;
}

/**
 * Resolve an ArnOrName naming a group: a name is the caller's, an ARN may be another account's group.
 * @param {OpContext} ctx @param {string} ref
 * @returns {{name: string, data: any, account: string}} data null when the ARN names another resource type
 */
export function resolveGroup(ctx, ref) {
  if (!ref.startsWith('arn:')) return { name: ref, data: ctx.data, account: ctx.account };
  const p = scopedArn(ctx, ref);
  if (p.type !== 'model-package-group') return { name: p.path, data: null, account: p.account };
  return { name: p.path, data: p.account === ctx.account ? ctx.data : ownerData(ctx, p.account, p.path), account: p.account };
}

/**
 * Resolve a VersionedArnOrName naming a model package.
 * @param {OpContext} ctx @param {string} ref
 * @returns {{key: string, data: any}} key: lower-case state key (`group/n` or `name`); data null when the ARN names another type
 */
export function resolvePackage(ctx, ref) {
  if (!ref.startsWith('arn:')) return { key: ref.toLowerCase(), data: ctx.data };
  const p = scopedArn(ctx, ref);
  if (p.type !== 'model-package') return { key: p.path.toLowerCase(), data: null };
  if (p.account === ctx.account) return { key: p.path.toLowerCase(), data: ctx.data };
  const slash = p.path.lastIndexOf('/');
  const group = slash > 0 ? p.path.slice(0, slash) : '';
  return { key: p.path.toLowerCase(), data: ownerData(ctx, p.account, group, p.path.slice(slash + 1)) };
}

/** The policy the seeding route writes: the listed accounts may run every operation above on the group. */
function sharePolicy(arn, region, owner, name, accounts) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{
      Sid: 'SimulatorShareWith',
      Effect: 'Allow',
      Principal: { AWS: accounts.map((a) => `arn:aws:iam::${a}:root`) },
      Action: Object.keys(CROSS_ACCOUNT).map((op) => `sagemaker:${op}`),
      Resource: [arn, `arn:aws:sagemaker:${region}:${owner}:model-package/${name}/*`],
    }],
  });
}

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/**
 * Seed a group owned by another account, shared with the listed accounts through a group resource policy (control API).
 * Seeding an existing group adds accounts to the policy the route wrote (a policy written by PutModelPackageGroupPolicy
 * is replaced by the route's).
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
  const data = core.store(accountId, region);
  const arn = `arn:aws:sagemaker:${region}:${accountId}:model-package-group/${name}`;
  const group = (data.groups[name.toLowerCase()] ??= {
    ModelPackageGroupName: name,
    ModelPackageGroupArn: arn,
    ModelPackageGroupDescription: body.description,
    Tags: [],
    createdMs: core.now,
    seq: core.nextSeq(),
    nextVersion: 1,
  });
  const sharedWith = [...new Set([...(group.sharedWith ?? []), ...shareWith])];
  group.sharedWith = sharedWith;
  if (sharedWith.length) group.ResourcePolicy = sharePolicy(group.ModelPackageGroupArn, region, accountId, group.ModelPackageGroupName, sharedWith);
  return { ModelPackageGroupArn: group.ModelPackageGroupArn, sharedWith };
}
