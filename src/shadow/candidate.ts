/**
 * The candidate of a shadow test, chosen as promote/ chooses the version it promotes: named (model-package-arn or
 * version, checked against its record), or the one version that proves it is the commit's; and refused as promote/
 * refuses a version it would not approve.
 */
import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import * as core from '../log.js';
import { versionRef } from '../commands/inputs.js';
import { refusal, type PromoteConfig } from '../commands/promote.js';
import { checkNamedVersion, proveCommitVersion } from '../commands/prove.js';
import { claimsOfCommit, describe } from '../commands/versions.js';

export async function selectCandidate(sm: SageMakerClient, c: PromoteConfig, ctx: RunContext, now: number): Promise<DescribeModelPackageOutput> {
  const claim = { repository: ctx.repository, ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}) };
  let pkg: DescribeModelPackageOutput | undefined;
  if (c.arn || c.version) {
    pkg = await describe(sm, c.arn ?? versionRef(c.group!, c.version!));
    checkNamedVersion(pkg, claim, (m) => core.warning(m));
  } else {
    const commit = c.commit ?? ctx.sha;
    if (!commit) throw new ActionError('No commit to test: this event has no commit; set commit, version or model-package-arn.');
    const found = await claimsOfCommit(sm, c.group!, commit, { log: core, now });
    pkg = proveCommitVersion(found.versions, { ...claim, commit }, found.path);
    if (!pkg) throw new ActionError(`No version of ${c.group!.name} was registered for commit ${commit.slice(0, 12)}. Register it first, or name the version with version or model-package-arn.`);
  }
  if (c.arn && c.group && pkg.ModelPackageGroupName !== c.group.name) throw new ActionError(`model-package-arn ${c.arn} belongs to group ${pkg.ModelPackageGroupName}, not ${c.group.name}.`);
  const refused = refusal(pkg, 'Approved');
  if (refused) throw new ActionError(refused.replace('promoted', 'shadow-tested'));
  return pkg;
}
