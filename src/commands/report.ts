/** The report (job summary and PR comment) of a sub-action that acts on one version. */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { versionFromArn } from '../aws/arns.js';
import type { RunContext } from '../github/context.js';
import { modelPackageUrl } from '../report/console-links.js';
import type { Report } from '../report/summary.js';
import { commitOf } from './versions.js';

export function versionReport(pkg: DescribeModelPackageOutput, ctx: RunContext, o: { dryRun: boolean; region: string; title: string }): Report {
  const container = pkg.InferenceSpecification?.Containers?.[0];
  const arn = pkg.ModelPackageArn ?? '';
  const group = pkg.ModelPackageGroupName ?? '';
  const version = pkg.ModelPackageVersion ?? versionFromArn(arn);
  const report: Report = {
    title: o.title,
    group,
    version,
    arn,
    created: false,
    approval: pkg.ModelApprovalStatus ?? 'PendingManualApproval',
    image: container?.Image ?? '',
    // The commit the version was built from, not the commit of this run (a merge commit, a tag).
    commit: commitOf(pkg) || ctx.sha,
    refName: commitOf(pkg) === ctx.sha ? ctx.refName : (pkg.CustomerMetadataProperties?.['git-ref'] ?? ''),
    dryRun: o.dryRun,
    time: (pkg.CreationTime ?? new Date()).toISOString(),
    consoleUrl: modelPackageUrl(o.region, group, version)
  };
  if (container?.ImageDigest) report.digest = container.ImageDigest;
  if (ctx.prNumber !== undefined) report.prNumber = ctx.prNumber;
  if (ctx.runId) report.runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
  return report;
}
