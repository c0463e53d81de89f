/** Reading a group's versions: by commit (Search, with a listing fallback), newest first, and their recorded facts. */
import type { DescribeModelPackageOutput, ModelPackageSummary, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { explainAwsError, send } from '../aws/errors.js';

import type { GroupRef } from '../inputs/inputs.js';
import type { Log } from '../log.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { SEARCH_LAG_MS } from '../register/search-lag.js';

/** The commit a version records: MetadataProperties (fixed at creation), else the action's own metadata. */
export function commitOf(p: DescribeModelPackageOutput): string {
  return p.MetadataProperties?.CommitId ?? p.CustomerMetadataProperties?.['git-commit'] ?? '';
}

/** The newest versions of a group (ListModelPackages, newest first), at most `limit`. */
export async function listVersions(sm: SageMakerClient, group: GroupRef, limit: number, createdAfter?: Date): Promise<ModelPackageSummary[]> {
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
          ...(createdAfter ? { CreationTimeAfter: createdAfter } : {}),
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

/**
 * Every version of the group that claims `commit` (newest first), as far as this account can see: Search, plus
 * the versions created within the window in which Search may not have indexed them yet (see SEARCH_LAG_MS).
 * When Search is denied or fails, or for a group given by ARN, the newest `scan` versions are described instead.
 * Says which path saw them. Callers decide from what the versions prove (commands/prove.ts), never from the claim.
 */
export async function claimsOfCommit(sm: SageMakerClient, group: GroupRef, commit: string, o: ClaimOptions): Promise<Claims> {
  const found = group.arn ? undefined : await searchByCommit(sm, group, commit, o.log);
  if (found) {
    // Search may lag behind an UpdateModelPackage too: what is proven is what DescribeModelPackage says now.
    const described = (await Promise.all(found.map((p) => describe(sm, p.ModelPackageArn!)))).filter(live);
    const recent = await createdSince(sm, group, new Date(o.now - SEARCH_LAG_MS), o.scan ?? 200);
    const seen = new Set(described.map((p) => p.ModelPackageArn));
    const extra = recent.filter((p) => !seen.has(p.ModelPackageArn) && claims(p, commit));
    return { versions: [...described, ...extra].sort(newestFirst), path: `Search, and the ${recent.length} version(s) created in the last ${SEARCH_LAG_MS / 60_000} minutes` };
  }
  const listed = await describeNewest(sm, group, o.scan ?? 200);
  return { versions: listed.filter((p) => claims(p, commit)), path: `the newest ${listed.length} versions of the group (Search ${group.arn ? 'is not used for a group given by ARN' : 'was not available'}; older versions are not seen)` };
}

export interface ClaimOptions {
  log: Log;
  /** The clock's now, in ms. */
  now: number;
  scan?: number;
}

export interface Claims {
  versions: DescribeModelPackageOutput[];
  /** Which path saw them, for the log and the refusal. */
  path: string;
}

/** Whether a version claims the commit anywhere (either record), so a planted one is never overlooked. */
const claims = (p: DescribeModelPackageOutput, commit: string) => p.MetadataProperties?.CommitId === commit || p.CustomerMetadataProperties?.['git-commit'] === commit;
const newestFirst = (a: DescribeModelPackageOutput, b: DescribeModelPackageOutput) => (b.ModelPackageVersion ?? 0) - (a.ModelPackageVersion ?? 0);
const live = (p: DescribeModelPackageOutput | undefined): p is DescribeModelPackageOutput => !!p?.ModelPackageArn && p.ModelPackageStatus !== 'Deleting';

async function searchByCommit(sm: SageMakerClient, group: GroupRef, commit: string, log: Log): Promise<DescribeModelPackageOutput[] | undefined> {
  const c = await sagemakerSdk();
  const out: DescribeModelPackageOutput[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await sm.send(
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
          MaxResults: 100,
          ...(token ? { NextToken: token } : {})
        })
      );
      out.push(...(page.Results ?? []).map((r) => r.ModelPackage as DescribeModelPackageOutput | undefined).filter(live));
      token = page.NextToken;
    } while (token && out.length < 1000);
    return out;
  } catch (err) {
    const name = (err as { name?: string }).name ?? 'error';
    if (!/AccessDenied|Validation|Throttl|Internal|ServiceUnavailable/.test(name)) throw explainAwsError(err, 'sagemaker:Search');
    log.info(`Search could not look up commit ${commit.slice(0, 12)} (${name}); listing the group's versions instead.`);
    return undefined;
  }
}

/** The versions created after `since` (ListModelPackages CreationTimeAfter), described; at most `limit`. */
async function createdSince(sm: SageMakerClient, group: GroupRef, since: Date, limit: number): Promise<DescribeModelPackageOutput[]> {
  const summaries = await listVersions(sm, group, limit, since);
  const arns = summaries.map((s) => s.ModelPackageArn).filter((a): a is string => !!a);
  return (await Promise.all(arns.map((arn) => describe(sm, arn)))).filter(live);
}

async function describeNewest(sm: SageMakerClient, group: GroupRef, limit: number): Promise<DescribeModelPackageOutput[]> {
  const out: DescribeModelPackageOutput[] = [];
  for (const summary of await listVersions(sm, group, limit)) if (summary.ModelPackageArn) out.push(await describe(sm, summary.ModelPackageArn));
  return out.filter(live);
}
