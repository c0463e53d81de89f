/** Reading a group's versions: by commit (Search, with a listing fallback), newest first, and their recorded facts. */
import type { DescribeModelPackageOutput, ModelPackageSummary, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { explainAwsError, send } from '../aws/errors.js';

import type { GroupRef } from '../inputs/inputs.js';
import type { Log } from '../log.js';
import { sagemakerSdk } from '../aws/sdk.js';

/** The commit a version records: the action's own metadata, else SageMaker's MetadataProperties. */
export function commitOf(p: DescribeModelPackageOutput): string {
  return p.CustomerMetadataProperties?.['git-commit'] ?? p.MetadataProperties?.CommitId ?? '';
}

/** The newest versions of a group (ListModelPackages, newest first), at most `limit`. */
export async function listVersions(sm: SageMakerClient, group: GroupRef, limit: number): Promise<ModelPackageSummary[]> {
  const c = await sagemakerSdk();
  const out: ModelPackageSummary[] = [];
  let token: string | undefined;
  do {
    const page = await send('sagemaker:ListModelPackages', () =>
      sm.send(
        new c.ListModelPackagesCommand({
          ModelPackageGroupName: group.arn ?? group.name,
          ModelPackageType: 'Versioned',
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: Math.min(100, limit - out.length),
          ...(token ? { NextToken: token } : {})
        })
      )
    );
    out.push(...(page.ModelPackageSummaryList ?? []));
    token = page.NextToken;
  } while (token && out.length < limit);
  return out;
}

export async function describe(sm: SageMakerClient, ref: string): Promise<DescribeModelPackageOutput> {
  const c = await sagemakerSdk();
  return send('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: ref })));
}

async function searchByCommit(sm: SageMakerClient, group: GroupRef, commit: string, log: Log): Promise<string | undefined> {
  const c = await sagemakerSdk();
  try {
    const out = await sm.send(
      new c.SearchCommand({
        Resource: 'ModelPackage',
        SearchExpression: {
          Filters: [
            { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: group.name },
            { Name: 'CustomerMetadataProperties.git-commit', Operator: 'Equals', Value: commit }
          ]
        },
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 20
      })
    );
    const found = (out.Results ?? []).map((r) => r.ModelPackage).find((p) => p?.ModelPackageArn && p.ModelPackageStatus !== 'Deleting');
    return found?.ModelPackageArn;
  } catch (err) {
    const name = (err as { name?: string }).name ?? 'error';
    if (!/AccessDenied|Validation|Throttl|Internal|ServiceUnavailable/.test(name)) throw explainAwsError(err, 'sagemaker:Search');
    log.info(`Search could not look up commit ${commit.slice(0, 12)} (${name}); listing the group's versions instead.`);
    return undefined;
  }
}

/**
 * The newest version of the group registered for `commit`: Search first; when Search is denied, fails or has not
 * indexed it yet, the newest `scan` versions are listed and described one by one. Says which path found it.
 */
export async function findByCommit(sm: SageMakerClient, group: GroupRef, commit: string, log: Log, scan = 200): Promise<DescribeModelPackageOutput | undefined> {
  const viaSearch = group.arn ? undefined : await searchByCommit(sm, group, commit, log);
  if (viaSearch) {
    log.info(`Found the version of commit ${commit.slice(0, 12)} through Search: ${viaSearch}`);
    return describe(sm, viaSearch);
  }
  for (const summary of await listVersions(sm, group, scan)) {
    if (!summary.ModelPackageArn) continue;
    const pkg = await describe(sm, summary.ModelPackageArn);
    if (commitOf(pkg) === commit) {
      log.info(`Found the version of commit ${commit.slice(0, 12)} by listing the group: ${pkg.ModelPackageArn}`);
      return pkg;
    }
  }
  return undefined;
}
