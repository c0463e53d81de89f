/**
 * BatchDescribeModelPackage: up to 100 model package ARNs (the schema enforces 1..100) in one call.
 * Found packages → `ModelPackageSummaries[arn]` (BatchDescribeModelPackageSummary: no metadata, no
 * customer metadata); the others → `BatchDescribeModelPackageErrorMap[arn]` = {ErrorCode, ErrorResponse}.
 * Versions of groups another account shares with the caller are found by their ARNs.
 */
import { AwsError } from '../errors.js';
import { describePackage, findPackage } from './packages.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** Members of BatchDescribeModelPackageSummary (service model 2017-07-24). */
const SUMMARY = [
  'ModelPackageGroupName', 'ModelPackageVersion', 'ModelPackageArn', 'ModelPackageDescription', 'CreationTime',
  'InferenceSpecification', 'ModelPackageStatus', 'ModelApprovalStatus', 'ModelPackageRegistrationType',
];

/** @param {OpContext} ctx */
export function batchDescribeModelPackage(ctx) {
  /** @type {Record<string, Record<string, unknown>>} */
  const summaries = {};
  /** @type {Record<string, {ErrorCode: string, ErrorResponse: string}>} */
  const errors = {};
  for (const arn of ctx.input.ModelPackageArnList) {
    let p;
    try {
      p = findPackage(ctx, arn);
    } catch (e) {
      // a version of another account the group policy does not open refuses the whole call (assumed: worst case)
      if (!(e instanceof AwsError) || e.code === 'AccessDeniedException') throw e;
      errors[arn] = { ErrorCode: e.code, ErrorResponse: e.message };
      continue;
    }
    if (!p) {
      errors[arn] = { ErrorCode: 'ValidationException', ErrorResponse: `ModelPackage ${arn} does not exist.` };
      continue;
    }
    const d = describePackage(p, ctx.now);
    /** @type {Record<string, unknown>} */
    const s = {};
    for (const k of SUMMARY) if (d[k] !== undefined) s[k] = d[k];
    summaries[arn] = s;
  }
  return { ModelPackageSummaries: summaries, BatchDescribeModelPackageErrorMap: errors };
}
