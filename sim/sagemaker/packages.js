/** Model packages: Create, Describe, Update, Delete. */
import { createHash } from 'node:crypto';
import { validationError } from '../errors.js';
import { unversionedArn, versionArn } from './arns.js';
import { findGroup } from './groups.js';
import { seconds } from './paging.js';
import { indexForSearch } from './search-index.js';
import { resolvePackage } from './shared-groups.js';
import { currentStatus, imageValidationFailure } from './status.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Request members stored verbatim and returned by Describe. */
const STORED = [
  'ModelPackageDescription', 'InferenceSpecification', 'ValidationSpecification', 'SourceAlgorithmSpecification',
  'CertifyForMarketplace', 'ModelApprovalStatus', 'MetadataProperties', 'ModelMetrics', 'Domain', 'Task',
  'SamplePayloadUrl', 'CustomerMetadataProperties', 'DriftCheckBaselines', 'AdditionalInferenceSpecifications',
  'SkipModelValidation', 'SourceUri', 'SecurityConfig', 'ModelCard', 'ModelLifeCycle', 'ManagedStorageType',
  'ModelPackageRegistrationType',
];

/** Stable JSON (sorted keys) for request fingerprints. */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Describe-shaped view of a stored package. @param {any} p @param {number} now */
export function describePackage(p, now) {
  /** @type {Record<string, unknown>} */
  const out = {
    ModelPackageName: p.ModelPackageName,
    ModelPackageGroupName: p.ModelPackageGroupName,
    ModelPackageVersion: p.ModelPackageVersion,
    ModelPackageArn: p.ModelPackageArn,
    CreationTime: seconds(p.createdMs),
    ...currentStatus(p, now),
  };
  for (const k of STORED) if (p[k] !== undefined) out[k] = structuredClone(p[k]);
  if (p.ApprovalDescription !== undefined) out.ApprovalDescription = p.ApprovalDescription;
  if (p.lastModifiedMs !== undefined) out.LastModifiedTime = seconds(p.lastModifiedMs);
  return out;
}

/**
 * A package by name, `group/n` or ARN (also a version in a group another account shares with the caller), or null.
 * @param {OpContext} ctx @param {string} ref
 */
export function findPackage(ctx, ref) {
  const { key, data } = resolvePackage(ctx, ref);
  return data ? data.packages[key] ?? null : null;
}

/** The state that holds a package: the caller's, or the owner's for a shared group. @param {OpContext} ctx @param {any} p */
const holderOf = (ctx, p) => {
  const { data } = resolvePackage(ctx, p.ModelPackageArn);
  return data ?? ctx.data;
};

/** @param {OpContext} ctx */
export function createModelPackage(ctx) {
  const { input } = ctx;
  if (input.ModelPackageName !== undefined && input.ModelPackageGroupName !== undefined) {
    throw validationError('Both ModelPackageName and ModelPackageGroupName are provided in the input. Cannot determine which one to use.');
  }
  if (input.ModelPackageName === undefined && input.ModelPackageGroupName === undefined) throw validationError('Missing ARN');

  const { ClientToken: token, ...request } = input;
  const fingerprint = createHash('sha256').update(canonical(request)).digest('hex');
  const previous = token !== undefined ? ctx.data.clientTokens[token] : undefined;
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      throw validationError(`ClientToken ${token} has already been used with different parameters.`);
    }
    return { ModelPackageArn: previous.arn };
  }

  /** @type {any} */
  const p = {};
  let holder = ctx.data;
  if (input.ModelPackageGroupName !== undefined) {
    const { name, group, data, account } = findGroup(ctx, input.ModelPackageGroupName);
    if (!group) throw validationError(`Model Package Group ${name} does not exist.`);
    if (input.Tags !== undefined) {
      throw validationError('Tags are not supported in Model Package versions. Please add them to the Model Package Group');
    }
    holder = data;
    const version = group.nextVersion++;
    Object.assign(p, {
      key: `${group.ModelPackageGroupName.toLowerCase()}/${version}`,
      ModelPackageName: group.ModelPackageGroupName,
      ModelPackageGroupName: group.ModelPackageGroupName,
      ModelPackageVersion: version,
      ModelPackageArn: versionArn({ region: ctx.region, account }, group.ModelPackageGroupName, version),
      ModelApprovalStatus: 'PendingManualApproval',
    });
  } else {
    const key = input.ModelPackageName.toLowerCase();
    const arn = unversionedArn(ctx, input.ModelPackageName);
    if (ctx.data.packages[key]) throw validationError(`Model Package already exists: ${arn}`);
    Object.assign(p, { key, ModelPackageName: input.ModelPackageName, ModelPackageArn: arn, Tags: input.Tags ?? [] });
  }
  for (const k of STORED) if (input[k] !== undefined) p[k] = structuredClone(input[k]);
  const injected = ctx.faults.takePackageFailure();
  Object.assign(p, {
    createdMs: ctx.now,
    readyAtMs: ctx.now + ctx.config.packageDelayMs,
    seq: ctx.nextSeq(),
    failureReason: injected ?? imageValidationFailure(input),
  });
  indexForSearch(ctx, p);
  holder.packages[p.key] = p;
  if (token !== undefined) ctx.data.clientTokens[token] = { arn: p.ModelPackageArn, fingerprint };
  ctx.changed();
  ctx.packageChanged?.(p);
  return { ModelPackageArn: p.ModelPackageArn };
}

/** @param {OpContext} ctx */
export function describeModelPackage(ctx) {
  const ref = ctx.input.ModelPackageName;
  const p = findPackage(ctx, ref);
  if (!p) throw validationError(`ModelPackage ${ref} does not exist.`);
  return describePackage(p, ctx.now);
}

/** @param {OpContext} ctx */
export function updateModelPackage(ctx) {
  const { input } = ctx;
  const p = findPackage(ctx, input.ModelPackageArn);
  if (!p) throw validationError(`ModelPackage ${input.ModelPackageArn} does not exist.`);
  const before = JSON.stringify([p.ModelApprovalStatus, p.ModelLifeCycle]);
  for (const k of ['ModelApprovalStatus', 'ApprovalDescription', 'ModelLifeCycle', 'InferenceSpecification', 'SourceUri', 'ModelCard', 'ModelPackageRegistrationType']) {
    if (input[k] !== undefined) p[k] = structuredClone(input[k]);
  }
  if (input.AdditionalInferenceSpecificationsToAdd !== undefined) {
    const all = [...(p.AdditionalInferenceSpecifications ?? []), ...input.AdditionalInferenceSpecificationsToAdd];
    if (all.length > 15) throw validationError('The total number of AdditionalInferenceSpecifications cannot exceed 15.');
    p.AdditionalInferenceSpecifications = all;
  }
  if (input.CustomerMetadataProperties !== undefined || input.CustomerMetadataPropertiesToRemove !== undefined) {
    const merged = { ...(p.CustomerMetadataProperties ?? {}), ...(input.CustomerMetadataProperties ?? {}) };
    for (const k of input.CustomerMetadataPropertiesToRemove ?? []) delete merged[k];
    if (Object.keys(merged).length > 50) throw validationError('The number of CustomerMetadataProperties cannot exceed 50.');
    if (Object.keys(merged).length) p.CustomerMetadataProperties = merged;
    else delete p.CustomerMetadataProperties;
  }
  p.lastModifiedMs = ctx.now;
  indexForSearch(ctx, p);
  ctx.changed();
  if (JSON.stringify([p.ModelApprovalStatus, p.ModelLifeCycle]) !== before) ctx.packageChanged?.(p);
  return { ModelPackageArn: p.ModelPackageArn };
}

/** @param {OpContext} ctx */
export function deleteModelPackage(ctx) {
  const ref = ctx.input.ModelPackageName;
  const p = findPackage(ctx, ref);
  if (!p) throw validationError(`ModelPackage ${ref} does not exist.`);
  delete holderOf(ctx, p).packages[p.key];
  ctx.changed();
  return {};
}
