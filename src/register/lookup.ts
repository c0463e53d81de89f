/**
 * Finds the versions registered earlier for a registration (same group, commit and image), without
 * depending on Search alone, at a cost that does not grow with the group.
 *
 * Worst case assumed: Search is eventually consistent (a version created seconds ago may not be indexed yet,
 * and an UpdateModelPackage may not be reflected), it may be denied to the workflow's role, and it may fail.
 * - Search answers: when it finds nothing, only the versions created within the window in which Search may lag
 *   (SEARCH_LAG_MS, ListModelPackages with CreationTimeAfter) are listed and described, so a new registration costs
 *   the same in a group of 10 or 10,000 versions.
 * - Search is denied or fails: the newest versions of the group are listed (newest first, at most LIST_LIMIT) and
 *   described instead; older versions are not seen.
 * - A group given by ARN of another account: never searched (Search returns only RAM-discoverable groups); its newest
 *   versions are listed and described one by one (otherAccountPath).
 * Listed versions are described in batches (BatchDescribeModelPackage, 100 ARNs a call). Batch summaries carry no
 * CustomerMetadataProperties, so candidates are picked by their container image or digest and confirmed with
 * DescribeModelPackage (the idempotency key, or the image digest).
 */
import type { BatchDescribeModelPackageSummary, ModelPackage, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { accountFromArn, groupArnFromVersionArn } from '../aws/arns.js';
import { inOtherAccount } from '../aws/identity.js';
import type { RegistrationPlan } from './plan.js';
import { containerRecord, disagreements, pinnedDigest } from './proof.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { SEARCH_LAG_MS } from './search-lag.js';

export const LIST_LIMIT = 1000;
const BATCH_SIZE = 100;
/** DescribeModelPackage calls at most, to confirm candidates found by the listing. */
export const CONFIRM_LIMIT = 25;

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface Lookup {
  /** Versions registered for this group, commit and image (any status), newest first. */
  exact: ModelPackage[];
  /** Completed versions of the same image digest registered for another commit (when the plan may adopt one). */
  sameImage: ModelPackage[];
  /** Which path found them: `Search`, `listing the N version(s) created in the last 30 minutes`, or `listing the newest N versions`. */
  foundBy?: string;
  /** Versions that claim this registration's key but do not prove it (planted or changed after registration). */
  unproven?: string[];
}


/** approval auto on a release run may approve the PR's version of the same digest (a squash merge). */
export function mayAdoptSameImage(plan: RegistrationPlan): boolean {
  return plan.autoApproval && plan.approval === 'Approved' && !!plan.imageDigest;
}

const isArn = (s: string) => s.startsWith('arn:');
const usable = (p: ModelPackage) => p.ModelPackageStatus !== 'Failed' && p.ModelPackageStatus !== 'Deleting';

/**
 * A version is this registration only when it proves it: the immutable record of its containers is the one this plan
 * writes (so its containers are exactly these, unchanged since), it was registered for `commit` from this repository,
 * and its metadata agrees. Metadata alone (idempotency-key, image-digest) is a hint anyone allowed
 * UpdateModelPackage can write.
 */
function provenFor(plan: RegistrationPlan, p: ModelPackage, commit: string | undefined): boolean {
  const own = plan.createPackage.MetadataProperties;
  if (commit !== undefined && (p.MetadataProperties?.GeneratedBy !== own.GeneratedBy || p.MetadataProperties?.CommitId !== commit)) return false;
  if (commit === undefined && !sameContent(plan, p)) return false;
  const repository = plan.createPackage.CustomerMetadataProperties['github-repository'];
  return !disagreements(p, { ...(repository ? { repository } : {}), ...(own.Repository ? { repositoryUrl: own.Repository } : {}) }).length;
}

/** Another commit's version of the same content: pinned to this digest, and the same containers but for the image's name. */
function sameContent(plan: RegistrationPlan, p: ModelPackage): boolean {
  if (!plan.imageDigest || pinnedDigest(p) !== plan.imageDigest || !p.InferenceSpecification) return false;
  const renamed = { ...p.InferenceSpecification, Containers: (p.InferenceSpecification.Containers ?? []).map((c) => ({ ...c, Image: plan.image })) };
  return containerRecord(renamed, plan.imageDigest) === plan.createPackage.MetadataProperties.GeneratedBy;
}

function classify(plan: RegistrationPlan, packages: ModelPackage[]): Omit<Lookup, 'foundBy'> {
  const inGroup = packages.filter((p) => !isArn(plan.groupNameOrArn) || groupArnFromVersionArn(p.ModelPackageArn!) === plan.groupNameOrArn);
  const meta = (p: ModelPackage) => p.CustomerMetadataProperties ?? {};
  const claimed = inGroup.filter((p) => meta(p)['idempotency-key'] === plan.idempotencyKey);
  // A Failed version only counts its used-up token; anything else must prove it is this registration.
  const exact = claimed.filter((p) => p.ModelPackageStatus === 'Failed' || provenFor(plan, p, plan.createPackage.MetadataProperties.CommitId));
  const unproven = claimed.filter((p) => !exact.includes(p)).map((p) => p.ModelPackageArn!);
  const sameImage = mayAdoptSameImage(plan)
    ? inGroup.filter((p) => !claimed.includes(p) && p.ModelPackageStatus === 'Completed' && meta(p)['image-digest'] === plan.imageDigest && provenFor(plan, p, undefined))
    : [];
  return { exact, sameImage, unproven };
}

/** What a failed Search costs and what the listing then guarantees, for the warning. */
export const SEARCH_FALLBACK =
  `looking through the newest versions of the group instead: up to ${LIST_LIMIT / BATCH_SIZE} ListModelPackages and ${LIST_LIMIT / BATCH_SIZE} BatchDescribeModelPackage calls, ` +
  `and a version older than the newest ${LIST_LIMIT} is not found (allow sagemaker:Search to keep the lookup at a few calls in any group).`;
const DIGEST_FALLBACK = `versions of another commit with this digest are looked for only among those created in the last ${SEARCH_LAG_MS / 60_000} minutes.`;

/** One Search (newest first); undefined when Search is denied or fails (the warning says what the run does instead). */
async function search(sm: SageMakerClient, plan: RegistrationPlan, filter: { Name: string; Value: string }, log: Logger, instead: string): Promise<ModelPackage[] | undefined> {
  const { SearchCommand } = await sagemakerSdk();
  try {
    const out = await sm.send(
      new SearchCommand({
        Resource: 'ModelPackage',
        SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: plan.groupName }, { ...filter, Operator: 'Equals' }] },
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        // Only the run's own groups are searched (a group of another account is listed instead: see lookUp), so
        // no CrossAccountFilterOption: CrossAccount would leave out the caller's own resources.
        MaxResults: 20
      })
    );
    return (out.Results ?? []).map((r) => r.ModelPackage).filter((p): p is ModelPackage => !!p?.ModelPackageArn);
  } catch (err) {
    const name = (err as { name?: string }).name ?? 'Error';
    log.warning(`Search for an earlier version failed (${name}); ${instead}`);
    return undefined;
  }
}

async function searchPath(sm: SageMakerClient, plan: RegistrationPlan, log: Logger): Promise<Lookup | undefined> {
  const byKey = await search(sm, plan, { Name: 'CustomerMetadataProperties.idempotency-key', Value: plan.idempotencyKey }, log, SEARCH_FALLBACK);
  if (!byKey) return undefined;
  let found = classify(plan, byKey);
  if (!found.exact.some(usable) && mayAdoptSameImage(plan)) {
    const byDigest = await search(sm, plan, { Name: 'CustomerMetadataProperties.image-digest', Value: plan.imageDigest! }, log, DIGEST_FALLBACK);
    if (byDigest) found = { ...found, sameImage: classify(plan, byDigest).sameImage };
  }
  return { ...found, foundBy: 'Search' };
}

/** ARNs of the group's newest versions (created after `after`, when given), newest first, at most LIST_LIMIT, 100 a page. */
async function* newestVersions(sm: SageMakerClient, plan: RegistrationPlan, after: Date | undefined, limit = LIST_LIMIT): AsyncGenerator<string[]> {
  const { ListModelPackagesCommand } = await sagemakerSdk();
  let token: string | undefined;
  let seen = 0;
  do {
    const page = await send('sagemaker:ListModelPackages', () =>
      sm.send(
        new ListModelPackagesCommand({
          ModelPackageGroupName: plan.groupNameOrArn,
          ModelPackageType: 'Versioned',
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: Math.min(BATCH_SIZE, limit - seen),
          ...(after ? { CreationTimeAfter: after } : {}),
          ...(token ? { NextToken: token } : {})
        })
      )
    );
    const arns = (page?.ModelPackageSummaryList ?? []).map((s) => s.ModelPackageArn).filter((a): a is string => !!a);
    seen += arns.length;
    if (arns.length) yield arns;
    token = page?.NextToken;
  } while (token && seen < limit);
}

/** Could this summary be the registration? (Same image as registered or as given, or the same digest.) */
function candidate(plan: RegistrationPlan, s: BatchDescribeModelPackageSummary): boolean {
  return (s.InferenceSpecification?.Containers ?? []).some(
    (c) => c.Image === plan.image || c.Image === plan.imageAsGiven || (!!plan.imageDigest && c.ImageDigest === plan.imageDigest)
  );
}

/** The listing: of the versions created after `after` (Search answered and may lag), else of the newest versions. */
async function listingPath(sm: SageMakerClient, plan: RegistrationPlan, after: Date | undefined): Promise<Lookup> {
  const { BatchDescribeModelPackageCommand, DescribeModelPackageCommand } = await sagemakerSdk();
  const found: Lookup = { exact: [], sameImage: [] };
  let listed = 0;
  let confirms = 0;
  for await (const arns of newestVersions(sm, plan, after)) {
    listed += arns.length;
    const batch = await send('sagemaker:BatchDescribeModelPackage', () => sm.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: arns })));
    const summaries = batch?.ModelPackageSummaries ?? {};
    // Keep the listing's order (newest first); ARNs in the error map (deleted meanwhile) are skipped.
    for (const arn of arns.filter((a) => summaries[a] && candidate(plan, summaries[a]))) {
      if (confirms++ >= CONFIRM_LIMIT) break;
      const full = await send('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
      const { exact, sameImage, unproven } = classify(plan, [full as ModelPackage]);
      found.exact.push(...exact);
      found.sameImage.push(...sameImage);
      if (unproven?.length) found.unproven = [...(found.unproven ?? []), ...unproven];
    }
    if (found.exact.some(usable) || confirms >= CONFIRM_LIMIT) break;
  }
  const what = after ? `the ${listed} version(s) created in the last ${SEARCH_LAG_MS / 60_000} minutes` : `the newest ${listed} versions`;
  if (found.exact.length || found.sameImage.length) found.foundBy = `listing ${what}`;
  return found;
}

/** Versions of a group of another account described one by one, newest first, at most this many. */
export const OTHER_ACCOUNT_LIMIT = 100;
const toldOtherAccount = new Set<string>();

/**
 * A group of another account (shared by its group policy): Search with CrossAccountFilterOption returns only groups
 * discoverable through AWS RAM, so it cannot say "no earlier version". The newest versions are listed and each is
 * described (DescribeModelPackage is what a group policy grants; BatchDescribeModelPackage is not relied on across
 * accounts), at most OTHER_ACCOUNT_LIMIT, stopping at the first that proves this registration. Said once in the log.
 */
async function otherAccountPath(sm: SageMakerClient, plan: RegistrationPlan, log: Logger): Promise<Lookup> {
  if (!toldOtherAccount.has(plan.groupNameOrArn)) {
    toldOtherAccount.add(plan.groupNameOrArn);
    log.info(
      `Model package group ${plan.groupName} is in account ${accountFromArn(plan.groupNameOrArn)}, not this run's: Search does not see groups shared by a group policy, so the lookup lists its newest versions and describes them (at most ${OTHER_ACCOUNT_LIMIT}; an older registration is not found).`
    );
  }
  const { DescribeModelPackageCommand } = await sagemakerSdk();
  const found: Lookup = { exact: [], sameImage: [] };
  let listed = 0;
  pages: for await (const arns of newestVersions(sm, plan, undefined, OTHER_ACCOUNT_LIMIT)) {
    for (const arn of arns) {
      if (found.exact.some(usable)) break pages;
      listed++;
      const full = await send('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
      const { exact, sameImage, unproven } = classify(plan, [full as ModelPackage]);
      found.exact.push(...exact);
      found.sameImage.push(...sameImage);
      if (unproven?.length) found.unproven = [...(found.unproven ?? []), ...unproven];
    }
  }
  if (found.exact.length || found.sameImage.length) found.foundBy = `listing the newest ${listed} versions of the group in account ${accountFromArn(plan.groupNameOrArn)}`;
  return found;
}

/**
 * Search first. When it finds nothing, the versions created since `now` - SEARCH_LAG_MS (the run's clock, in ms) are
 * listed, as Search may not show them yet; when Search is denied or fails (or no `now` is given), the newest versions.
 */
export async function lookUp(sm: SageMakerClient, plan: RegistrationPlan, log: Logger, now?: number): Promise<Lookup> {
  if (isArn(plan.groupNameOrArn) && (await inOtherAccount(sm, accountFromArn(plan.groupNameOrArn)))) return otherAccountPath(sm, plan, log);
  const searched = await searchPath(sm, plan, log);
  if (searched && (searched.exact.length || searched.sameImage.length)) return searched;
  const listed = await listingPath(sm, plan, searched && now !== undefined ? new Date(now - SEARCH_LAG_MS) : undefined);
  // What Search saw that claims this registration without proving it is reported even when the listing cannot see it.
  const unproven = [...new Set([...(searched?.unproven ?? []), ...(listed.unproven ?? [])])];
  return unproven.length ? { ...listed, unproven } : listed;
}

/**
 * Search may lag behind an UpdateModelPackage, so a version it found is proven again from what
 * DescribeModelPackage says now, right before it is reused; undefined when it no longer proves it.
 */
export async function confirm(sm: SageMakerClient, plan: RegistrationPlan, p: ModelPackage): Promise<ModelPackage | undefined> {
  const { DescribeModelPackageCommand } = await sagemakerSdk();
  const now = (await send('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: p.ModelPackageArn! })))) as ModelPackage;
  const { exact, sameImage } = classify(plan, [now]);
  return exact.some((v) => v.ModelPackageStatus !== 'Failed') || sameImage.length ? now : undefined;
}
