/**
 * The version the candidate is compared with, read from the registry: the newest Approved version of the group
 * (other than the candidate), the version an endpoint's live config provably serves, or a version number.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { versionFromArn } from '../aws/arns.js';
import type { GroupRef } from '../inputs/version.js';
import type { Baseline } from './gate.js';
import type { BaselineSpec } from './inputs.js';
import { versionMetrics } from './store.js';

export interface FoundBaseline {
  baseline?: Baseline;
  /** Why there is no baseline, or no metrics on it. */
  note?: string;
}

async function describe(sm: SageMakerClient, ref: string): Promise<DescribeModelPackageOutput> {
  const c = await sagemakerSdk();
  return send('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: ref })));
}

/** The newest Approved version of the group that is not `exclude`. */
async function newestApproved(sm: SageMakerClient, group: GroupRef, exclude: string | undefined): Promise<string | undefined> {
  const c = await sagemakerSdk();
  const page = await send('sagemaker:ListModelPackages', () =>
    sm.send(new c.ListModelPackagesCommand({
      ModelPackageGroupName: group.arn ?? group.name, ModelPackageType: 'Versioned', ModelApprovalStatus: 'Approved',
      SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 2
    }))
  );
  return (page.ModelPackageSummaryList ?? []).map((p) => p.ModelPackageArn!).find((arn) => arn && arn !== exclude);
}

/** The one version of `group` the endpoint's live config provably serves. */
async function servedBy(sm: SageMakerClient, endpoint: string, group: GroupRef): Promise<string | undefined> {
  const [{ describeEndpoint }, { readConfig, servedVersions }] = await Promise.all([import('../deploy/endpoint.js'), import('../deploy/live.js')]);
  const ep = await describeEndpoint(sm, endpoint);
  if (!ep.EndpointConfigName) return undefined;
  const served = (await servedVersions(sm, await readConfig(sm, ep.EndpointConfigName))).filter((arn) => arn.includes(`:model-package/${group.name}/`));
  if (served.length > 1) throw new ActionError(`Endpoint ${endpoint} serves ${served.length} versions of ${group.name} (${served.join(', ')}); name the baseline version with gate-baseline.`);
  return served[0];
}

async function baselineArn(sm: SageMakerClient, spec: BaselineSpec, group: GroupRef, candidateArn: string | undefined): Promise<{ arn?: string; note?: string }> {
  if (spec.kind === 'approved') {
    const arn = await newestApproved(sm, group, candidateArn);
    return arn ? { arn } : { note: `no other Approved version of ${group.name} to compare with` };
  }
  if (spec.kind === 'serving') {
    const arn = await servedBy(sm, spec.endpoint, group);
    return arn ? { arn } : { note: `endpoint ${spec.endpoint} serves no version of ${group.name}` };
  }
  const pkg = await describe(sm, `${group.arn ?? group.name}/${spec.version}`);
  return { arn: pkg.ModelPackageArn! };
}

/** The baseline and its verified metrics; a baseline that records none comes back without metrics and a note. */
export async function findBaseline(sm: SageMakerClient, s3: () => Promise<S3Client>, o: { spec: BaselineSpec; group: GroupRef; candidateArn?: string }): Promise<FoundBaseline> {
  const { arn, note } = await baselineArn(sm, o.spec, o.group, o.candidateArn);
  if (!arn) return { note: note! };
  const pkg = await describe(sm, arn);
  const read = await versionMetrics(await s3(), pkg);
  const baseline: Baseline = { version: pkg.ModelPackageVersion ?? versionFromArn(arn), arn };
  if (read.metrics) baseline.metrics = read.metrics;
  return { baseline, ...(read.note ? { note: read.note } : {}) };
}
