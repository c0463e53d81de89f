/**
 * The "SageMaker Model Package State Change" event of a model package version, as the SageMaker developer guide
 * shows it (automating-sagemaker-with-eventbridge.md#eventbridge-model-package): the detail is the version as
 * DescribeModelPackage shows it, with times as ISO 8601 strings. Unversioned packages raise no event here.
 */
import { randomUUID } from 'node:crypto';
import { describePackage } from '../sagemaker/packages.js';

const DETAIL = [
  'ModelPackageGroupName', 'ModelPackageVersion', 'ModelPackageArn', 'ModelPackageDescription', 'CreationTime', 'InferenceSpecification',
  'ModelPackageStatus', 'ModelPackageStatusDetails', 'CertifyForMarketplace', 'ModelApprovalStatus', 'ApprovalDescription',
  'MetadataProperties', 'ModelMetrics', 'CustomerMetadataProperties', 'ModelLifeCycle', 'LastModifiedTime',
];

const iso = (s) => new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** @param {any} p stored package @param {number} now virtual ms */
export function packageStateChange(p, now) {
  if (!p.ModelPackageGroupName) return null;
  const d = describePackage(p, now);
  /** @type {Record<string, unknown>} */
  const detail = {};
  for (const k of DETAIL) if (d[k] !== undefined) detail[k] = k.endsWith('Time') ? iso(/** @type {number} */ (d[k])) : d[k];
  const [, , , region, account] = String(p.ModelPackageArn).split(':');
  return {
    version: '0', id: randomUUID(), 'detail-type': 'SageMaker Model Package State Change', source: 'aws.sagemaker',
    account, time: iso(now / 1000), region, resources: [p.ModelPackageArn], detail,
  };
}
