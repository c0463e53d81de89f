/**
 * Bulk seeding of model package versions (control API `POST /_sim/sagemaker/packages`): a group of thousands of
 * versions in one request, so tests and the bench can measure a lookup in a big group without thousands of
 * CreateModelPackage calls. The versions are stored as CreateModelPackage would have stored them (Completed, pending
 * manual approval, one container), created in the past at a fixed spacing, oldest first, and already visible to Search.
 */
import { groupArn, versionArn } from './arns.js';

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const MEMBERS = ['group', 'count', 'image', 'newestAgeMs', 'spacingMs', 'region'];
/** At most this many versions a request (the whole state is kept in memory and written as one JSON file). */
export const SEED_LIMIT = 20_000;

/** @param {unknown} v @param {string} name @param {number} min @param {number} max */
function wholeNumber(v, name, min, max) {
  if (!Number.isInteger(v) || /** @type {number} */ (v) < min || /** @type {number} */ (v) > max) throw new TypeError(`${name} must be a whole number from ${min} to ${max}`);
  return /** @type {number} */ (v);
}

/** @param {any} body */
function checked(body) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const unknown = Object.keys(body).filter((k) => !MEMBERS.includes(k));
  if (unknown.length) throw new TypeError(`unknown member(s): ${unknown.join(', ')}`);
  if (typeof body.group !== 'string' || !NAME.test(body.group)) throw new TypeError('group must be a model package group name (1-63 of [a-zA-Z0-9-])');
  const count = wholeNumber(body.count, 'count', 1, SEED_LIMIT);
  if (body.image !== undefined && (typeof body.image !== 'string' || !/^\S{1,255}$/.test(body.image))) throw new TypeError('image must be 1-255 non-space characters');
  const region = body.region ?? 'us-east-1';
  if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new TypeError('region must look like us-east-1');
  return {
    group: body.group,
    count,
    image: body.image,
    region,
    newestAgeMs: body.newestAgeMs === undefined ? 86_400_000 : wholeNumber(body.newestAgeMs, 'newestAgeMs', 0, 10 * 365 * 86_400_000),
    spacingMs: body.spacingMs === undefined ? 60_000 : wholeNumber(body.spacingMs, 'spacingMs', 0, 86_400_000),
  };
}

/**
 * Seed `count` versions into a group of the simulator account (created if missing).
 * @param {{store: (account: string, region: string) => any, account: string, now: number, nextSeq: () => number}} core
 * @param {any} body `{group, count (1..20000), image?, newestAgeMs? (86400000), spacingMs? (60000), region? (us-east-1)}`
 * @returns {{ModelPackageGroupArn: string, firstVersion: number, lastVersion: number}}
 */
export function seedPackages(core, body) {
  const o = checked(body);
  const data = core.store(core.account, o.region);
  const where = { region: o.region, account: core.account };
  const oldestMs = core.now - o.newestAgeMs - (o.count - 1) * o.spacingMs;
  const group = (data.groups[o.group.toLowerCase()] ??= {
    ModelPackageGroupName: o.group,
    ModelPackageGroupArn: groupArn(where, o.group),
    Tags: [],
    createdMs: oldestMs,
    seq: core.nextSeq(),
    nextVersion: 1,
  });
  const firstVersion = group.nextVersion;
  for (let i = 0; i < o.count; i++) {
    const version = group.nextVersion++;
    const createdMs = oldestMs + i * o.spacingMs;
    data.packages[`${group.ModelPackageGroupName.toLowerCase()}/${version}`] = {
      key: `${group.ModelPackageGroupName.toLowerCase()}/${version}`,
      ModelPackageName: group.ModelPackageGroupName,
      ModelPackageGroupName: group.ModelPackageGroupName,
      ModelPackageVersion: version,
      ModelPackageArn: versionArn(where, group.ModelPackageGroupName, version),
      ModelApprovalStatus: 'PendingManualApproval',
      InferenceSpecification: { Containers: [{ Image: o.image ?? `registry.example.com/seeded/${group.ModelPackageGroupName.toLowerCase()}:${version}` }] },
      CustomerMetadataProperties: { seeded: 'true' },
      createdMs,
      readyAtMs: createdMs,
      seq: core.nextSeq(),
    };
  }
  return { ModelPackageGroupArn: group.ModelPackageGroupArn, firstVersion, lastVersion: group.nextVersion - 1 };
}
