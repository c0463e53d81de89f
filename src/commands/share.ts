/**
 * share/: run in the account that owns a model package group, grants other accounts `read` (or `promote`) through
 * the group's resource policy, and adds the image pull to the ECR repositories given; prints the ECR and KMS
 * statements the deploying accounts need. Reads everything first, plans every merge (src/share/merge.ts), and writes
 * only the policies that change: a re-run with the same inputs writes nothing; a dry run prints the diff and writes
 * nothing.
 */
import { parseArn } from '../aws/arns.js';
import { callerAccount } from '../aws/identity.js';
import { ActionError } from '../errors.js';
import * as core from '../log.js';
import { describeGroup, readGroupPolicy, readRepositoryPolicy, writeGroupPolicy, writeRepositoryPolicy } from '../share/apply.js';
import { checkOwner, readShare, type ShareConfig } from '../share/inputs.js';
import { mergePolicy } from '../share/merge.js';
import { accountsOf, parsePolicy, statementsOf } from '../share/policy.js';
import { diffLines, shareSummary, type PolicyResult } from '../share/report.js';
import { ecrStatement, grantsOf, groupStatements, kmsStatement, pullStatement, SIDS } from '../share/statements.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';

export const SHARE_OUTPUTS = ['policy', 'changed'] as const;
/** ResourcePolicy of PutModelPackageGroupPolicy and policyText of SetRepositoryPolicy, in the service models. */
export const GROUP_POLICY_MAX = 20_480;
export const REPOSITORY_POLICY_MAX = 10_240;

interface Read {
  groupArn: string;
  partition: string;
  region: string;
  group?: string;
  repositories: { name: string; policy?: string }[];
}

/** Every read, before any write: the group (its owner checked), its policy, each repository's policy. */
async function readAll(c: ShareConfig, io: Io): Promise<Read> {
  const sm = await io.clients.sagemaker();
  // A group ARN of another account is refused before any SageMaker call when STS can tell whose credentials these are.
  const caller = c.group.accountId ? await callerAccount(sm) : undefined;
  if (caller) checkOwner(c, caller, c.group.region!);
  const groupArn = await describeGroup(sm, c.group.name, c.group.arn);
  const arn = parseArn(groupArn);
  if (!arn) throw new ActionError(`sagemaker:DescribeModelPackageGroup returned no ARN for ${c.group.name}`);
  checkOwner(c, arn.account, arn.region);
  const group = await readGroupPolicy(sm, c.group.name);
  const ecr = c.repositories.length ? await io.clients.ecr(arn.region) : undefined;
  const repositories: Read['repositories'] = [];
  for (const name of c.repositories) repositories.push({ name, policy: await readRepositoryPolicy(ecr!, name) });
  return { groupArn, partition: arn.partition, region: arn.region, ...(group === undefined ? {} : { group }), repositories };
}

function plan(c: ShareConfig, r: Read): PolicyResult[] {
  const group = `group ${c.group.name}`;
  return [
    { label: group, merged: mergePolicy(r.group, groupStatements(r.groupArn, c.accounts, c.grant), { partition: r.partition, limit: GROUP_POLICY_MAX, what: `The resource policy of ${group}` }) },
    ...r.repositories.map((repo) => {
      const label = `ECR repository ${repo.name}`;
      return { label, merged: mergePolicy(repo.policy, [pullStatement(c.accounts)], { partition: r.partition, limit: REPOSITORY_POLICY_MAX, what: `The policy of ${label}` }) };
    })
  ];
}

/** The writes, group first; the outputs follow each one, so a later failure still reports what was written. */
async function write(s: CommandState<ShareConfig>, r: Read, policies: PolicyResult[], io: Io): Promise<void> {
  const [group, ...repos] = policies;
  if (group!.merged.changed) {
    core.info(`sagemaker:PutModelPackageGroupPolicy ${s.config!.group.name}`);
    await writeGroupPolicy(await io.clients.sagemaker(), s.config!.group.name, group!.merged.text);
    Object.assign(s.outputs, { policy: group!.merged.text, changed: 'true' });
  }
  for (const [i, repo] of repos.entries()) {
    if (!repo.merged.changed) continue;
    core.info(`ecr:SetRepositoryPolicy ${r.repositories[i]!.name}`);
    await writeRepositoryPolicy(await io.clients.ecr(r.region), r.repositories[i]!.name, repo.merged.text);
    s.outputs.changed = 'true';
  }
}

async function execute(s: CommandState<ShareConfig>, c: ShareConfig, io: Io): Promise<void> {
  const dryRun = s.common!.dryRun;
  s.group = c.group.name;
  const r = await readAll(c, io);
  const policies = plan(c, r);
  for (const p of policies) for (const line of diffLines(p)) core.info(line);
  // The outputs say what holds after the run: in a dry run, the policies as they were.
  Object.assign(s.outputs, { policy: r.group ?? '', changed: 'false' });
  if (dryRun) for (const p of policies.filter((q) => q.merged.changed)) core.info(`Dry run: would write the resource policy of ${p.label}: ${p.merged.text}`);
  else await write(s, r, policies, io);
  const after = (p: PolicyResult, before: string | undefined) => (dryRun ? parsePolicy(before, p.label) : p.merged.doc);
  const groupDoc = after(policies[0]!, r.group);
  const ecr = ecrStatement(r.partition, c.accounts);
  const kms = kmsStatement(r.partition, c.accounts);
  core.info(`ECR repository policy statement the deploying accounts need: ${JSON.stringify(ecr)}`);
  core.info(`KMS key policy statement for ${c.kmsKeyArn ?? 'the key that encrypts the model artifacts'} (not applied): ${JSON.stringify(kms)}`);
  const pulls = r.repositories.map((repo, i) => ({
    repository: repo.name,
    accounts: statementsOf(after(policies[i + 1]!, repo.policy)).filter((st) => st.Sid === SIDS.pull).flatMap(accountsOf)
  }));
  s.markdown = shareSummary({ group: c.group.name, grant: c.grant, accounts: c.accounts, dryRun, policies, grants: grantsOf(groupDoc), pulls, ecr, kms, ...(c.kmsKeyArn ? { kmsKeyArn: c.kmsKeyArn } : {}) });
}

export const shareSpec: CommandSpec<ShareConfig> = {
  name: 'share',
  title: 'Share a model package group',
  outputs: SHARE_OUTPUTS,
  read: (read, common) => readShare(read, common),
  execute,
  commentChannel: 'share'
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(shareSpec, deps);
}
