/**
 * The action's cross-account path, with the bundled actions against simulated accounts (each run's account is its
 * access key alone): the registry account 111122223333 owns the group, production 333344445555 deploys it, the outsider
 * 444455556666 is never granted, staging 222233334444 registers into it. Grants are written with
 * PutModelPackageGroupPolicy directly, so each test says exactly what the group policy allows; the end-to-end story with
 * share/ is __tests__/e2e/multi-account.test.ts.
 */
import { expect, test } from '@jest/globals';
import { CreateModelPackageGroupCommand, DescribeModelPackageCommand, PutModelPackageGroupPolicyCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { ACCOUNT, clientConfig, envOf as accountEnv, GROUP, GROUP_ARN, IMAGE, REPOSITORY, sagemakerOf, versionArn, type Who } from '../helpers/accounts.js';
import { pushEvent, type RunResult } from '../helpers/action-runner.js';
import { prEvent, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS, type LoggedRequest } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

const VERSIONS = `arn:aws:sagemaker:us-east-1:${ACCOUNT.registry}:model-package/${GROUP}/*`;
const REGISTRY_ROLE = `arn:aws:iam::${ACCOUNT.registry}:role/registry-writer`;
const ENDPOINT = 'fraud-prod';
const DEPLOY = { 'endpoint-name': ENDPOINT, 'execution-role-arn': `arn:aws:iam::${ACCOUNT.production}:role/sagemaker-execution`, 'poll-interval': '1' };

const READ = ['sagemaker:DescribeModelPackageGroup', 'sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:CreateModel'];
const PROMOTE = [...READ, 'sagemaker:UpdateModelPackage'];
const REGISTER = [...PROMOTE, 'sagemaker:CreateModelPackage'];

const envOf = (who: Who) => accountEnv(sim, who);
const creds = (who: Who) => clientConfig(sim, who);
const sagemaker = (who: Who) => sagemakerOf(sim, who);

/** The group policy: each account granted its actions on the group and its versions. */
async function grant(grants: Partial<Record<Who, string[]>>): Promise<void> {
  const Statement = Object.entries(grants).map(([who, actions]) => ({
    Sid: `Grant${who}`,
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT[who as Who]}:root` },
    Action: actions,
    Resource: [GROUP_ARN, VERSIONS]
  }));
  await sagemaker('registry').send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: GROUP, ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement }) }));
}

/**
 * The registry account's group, granted as `grants` say, and its image repository, which production may pull from (its
 * endpoint needs it); with `role`, the registry role production may assume.
 */
async function registryAccount(grants: Partial<Record<Who, string[]>>, role = false): Promise<void> {
  await sagemaker('registry').send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  await sim.control('ecr/repositories', { repositoryName: REPOSITORY, registryId: ACCOUNT.registry });
  const pull = { Sid: 'Pull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT.production}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'] };
  await new ECRClient(creds('registry')).send(new SetRepositoryPolicyCommand({ repositoryName: REPOSITORY, policyText: JSON.stringify({ Version: '2012-10-17', Statement: [pull] }) }));
  await grant(grants);
  if (role) await sim.control('iam/roles', { roleArn: REGISTRY_ROLE, trustedAccounts: [ACCOUNT.production] });
}

/** A pull request's run in `who`'s account registering commit n (pending) into `group`. */
function register(n: number, who: Who = 'registry', group = GROUP, extra: { runAttempt?: string } = {}): Promise<RunResult> {
  return runRegister({
    env: envOf(who),
    eventName: 'pull_request',
    event: prEvent(40 + n, sha(n)),
    sha: 'f'.repeat(40),
    runId: String(7000 + n),
    ...extra,
    inputs: { image: `${IMAGE}:${sha(n).slice(0, 12)}`, 'model-package-group': group, 'resolve-digest': 'off', approval: 'pending', comment: 'false' }
  });
}

async function registered(n: number): Promise<string> {
  const r = await register(n);
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).toBe(versionArn(n));
  return versionArn(n);
}

/** The push of commit n promoted with `who`'s credentials against the group's ARN, deploying to production's endpoint. */
const promote = (who: Who, n: number, inputs: Record<string, string> = {}) =>
  runSub('promote', { env: envOf(who), eventName: 'push', event: pushEvent(), sha: sha(n), runId: String(7100 + n), inputs: { 'model-package-group': GROUP_ARN, stage: 'production', ...DEPLOY, ...inputs } });

type Logged = LoggedRequest & { account?: string };
const lastSeq = async () => (await sim.requests()).at(-1)?.seq ?? 0;
const awsSince = async (seq: number): Promise<Logged[]> => (await sim.requests()).filter((q) => q.seq > seq && q.service !== 'github') as Logged[];
/** Every write made since `seq` (any account), as `<account> <operation>`; refused attempts count apart. */
const writesSince = async (seq: number) => (await awsSince(seq)).filter((q) => WRITE_OPERATIONS.test(q.operation) && !q.error).map((q) => `${q.account} ${q.operation}`);
const refusedSince = async (seq: number) => (await awsSince(seq)).filter((q) => q.error).map((q) => `${q.account} ${q.operation} ${q.error}`);
const describeVersion = (arn: string) => sagemaker('registry').send(new DescribeModelPackageCommand({ ModelPackageName: arn }));

/** What an account's state holds of each kind (the simulator's own view). */
async function holds(who: Who): Promise<{ packages: number; models: number; endpoints: number }> {
  const state = (await sim.control('state')) as { accounts: Record<string, Record<string, Record<string, Record<string, unknown> | undefined>>> };
  const here = state.accounts[ACCOUNT[who]]?.['us-east-1'] ?? {};
  const count = (kind: string) => Object.keys(here[kind] ?? {}).length;
  return { packages: count('packages'), models: count('models'), endpoints: count('endpoints') };
}

test("a promote grant: production approves the registry account's version through the group policy and deploys it in production", async () => {
  await registryAccount({ production: PROMOTE });
  const v1 = await registered(1);

  const seq = await lastSeq();
  const r = await promote('production', 1);
  expect(r.errors).toEqual([]);
  // Every follow-up (ledger, deployment record on the version, lineage) worked across accounts: no warning.
  expect(r.stdout.split('\n').filter((l) => l.includes('::warning::'))).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v1, 'approval-status': 'Approved', 'previous-approval-status': 'PendingManualApproval', 'deployment-status': 'succeeded' });
  // Found by commit without Search (a group of another account), read across accounts.
  expect(r.stdout).toContain('Versions claiming commit');
  expect((await awsSince(seq)).filter((q) => q.operation === 'Search')).toEqual([]);
  // Approval, stage and deployment record on the version: written in the registry account with production's credentials.
  const updates = (await awsSince(seq)).filter((q) => q.operation === 'UpdateModelPackage');
  expect(updates.map((q) => [q.account, q.request.ModelPackageArn, q.error])).toEqual([
    [ACCOUNT.production, v1, null],
    [ACCOUNT.production, v1, null]
  ]);
  expect(await describeVersion(v1)).toMatchObject({ ModelApprovalStatus: 'Approved', ModelLifeCycle: { Stage: 'production', StageStatus: 'Deployed', StageDescription: `Serving on ${ENDPOINT}` } });
  // The model (from the registry account's version), its config and the endpoint are production's; no STS role was used.
  const model = (await awsSince(seq)).find((q) => q.operation === 'CreateModel')!;
  expect(model.account).toBe(ACCOUNT.production);
  expect(JSON.stringify(model.request)).toContain(v1);
  expect(r.outputs['endpoint-arn']).toBe(`arn:aws:sagemaker:us-east-1:${ACCOUNT.production}:endpoint/${ENDPOINT}`);
  expect(await holds('production')).toMatchObject({ packages: 0, models: 1, endpoints: 1 });
  expect(await holds('registry')).toMatchObject({ packages: 1, models: 0, endpoints: 0 });
  expect((await awsSince(seq)).filter((q) => q.operation === 'AssumeRole')).toEqual([]);
});

test('a read grant: the approval is refused naming both accounts and the permission, with zero writes; with registry-role-arn it lands through the role', async () => {
  await registryAccount({ production: READ }, true);
  const v1 = await registered(1);

  let seq = await lastSeq();
  const refused = await promote('production', 1);
  expect(refused.code).toBe(1);
  const expected = `sagemaker:UpdateModelPackage on version 1 of group ${GROUP} in account ${ACCOUNT.registry} was refused by that account's group policy: it does not grant account ${ACCOUNT.production} (this run's credentials); run share/ there with actions: promote, or set registry-role-arn.`;
  expect(refused.errors).toHaveLength(1);
  expect(refused.errors[0]!.startsWith(expected)).toBe(true);
  // The summary shows the explanation (markdown-escaped), and AWS's own text only in the log.
  expect(refused.summary).toContain(expected.replace(/[()]/g, '\\$&'));
  expect(refused.summary).not.toContain('assumed-role/gha/session');
  expect(await writesSince(seq)).toEqual([]);
  expect(await refusedSince(seq)).toEqual([`${ACCOUNT.production} UpdateModelPackage AccessDeniedException`]);
  expect((await describeVersion(v1)).ModelApprovalStatus).toBe('PendingManualApproval');
  expect(await holds('production')).toMatchObject({ models: 0, endpoints: 0 });

  seq = await lastSeq();
  const r = await promote('production', 1, { 'registry-role-arn': REGISTRY_ROLE });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
  const since = await awsSince(seq);
  expect(since.filter((q) => q.operation === 'AssumeRole').map((q) => [q.account, q.request.RoleArn, q.request.RoleSessionName])).toEqual([[ACCOUNT.production, REGISTRY_ROLE, 'gha-7101']]);
  // The role writes the approval and the stage (registry account); everything else is the run's own credentials.
  expect(since.filter((q) => q.operation === 'UpdateModelPackage').map((q) => [q.account, q.error])).toEqual([
    [ACCOUNT.registry, null],
    [ACCOUNT.registry, null]
  ]);
  expect(new Set(since.filter((q) => q.operation !== 'UpdateModelPackage' && q.operation !== 'AssumeRole' && q.operation !== 'GetCallerIdentity').map((q) => q.account))).toEqual(new Set([ACCOUNT.production]));
  expect(await describeVersion(v1)).toMatchObject({ ModelApprovalStatus: 'Approved', ModelLifeCycle: { Stage: 'production', StageStatus: 'Deployed' } });
  expect(await holds('production')).toMatchObject({ models: 1, endpoints: 1 });
});

test("the run's own IAM refusing a write across accounts is named as such (identity side), with zero writes", async () => {
  await registryAccount({ production: PROMOTE });
  const v1 = await registered(1);
  // The `deny` fault stands for production's role lacking the permission in its own IAM policy.
  await sim.control('faults', { deny: ['UpdateModelPackage'] });
  const seq = await lastSeq();
  const r = await promote('production', 1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(
    new RegExp(
      `^sagemaker:UpdateModelPackage on version 1 of group ${GROUP} in account ${ACCOUNT.registry} was refused by account ${ACCOUNT.production}'s own IAM: the role this run assumed needs sagemaker:UpdateModelPackage\\. AWS said: `
    )
  );
  expect(await writesSince(seq)).toEqual([]);
  expect((await describeVersion(v1)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('a registry role that does not trust the run’s account: AssumeRole refused before any write, naming both accounts', async () => {
  await registryAccount({ production: READ });
  await sim.control('iam/roles', { roleArn: REGISTRY_ROLE, trustedAccounts: [ACCOUNT.staging] });
  const v1 = await registered(1);
  const seq = await lastSeq();
  const r = await promote('production', 1, { 'registry-role-arn': REGISTRY_ROLE });
  expect(r.errors).toEqual([
    `sts:AssumeRole of registry-role-arn ${REGISTRY_ROLE} was refused: the role's trust policy in account ${ACCOUNT.registry} must allow account ${ACCOUNT.production} (this run's credentials), and the role this run assumed needs sts:AssumeRole on it.`
  ]);
  expect(await writesSince(seq)).toEqual([]);
  expect((await describeVersion(v1)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('registry-role-arn is checked before any AWS call: a role of another account than the group, or a group by name', async () => {
  const seq = await lastSeq();
  const wrong = await promote('production', 1, { 'registry-role-arn': `arn:aws:iam::${ACCOUNT.production}:role/registry-writer` });
  expect(wrong.errors).toEqual([
    `Input 'registry-role-arn': "arn:aws:iam::${ACCOUNT.production}:role/registry-writer" is a role of account ${ACCOUNT.production}, but model-package-group is in account ${ACCOUNT.registry}: the role must be in the account that owns the group`
  ]);
  const byName = await promote('production', 1, { 'model-package-group': GROUP, 'registry-role-arn': REGISTRY_ROLE });
  expect(byName.errors[0]).toMatch(/^Input 'registry-role-arn': ".*" needs model-package-group as an ARN of the registry account/);
  expect(await awsSince(seq)).toEqual([]);
});

test('an account never granted is refused on its first read, naming the account and the permission, with zero writes anywhere', async () => {
  await registryAccount({ production: PROMOTE });
  const v1 = await registered(1);

  const seq = await lastSeq();
  const byCommit = await promote('outsider', 1);
  expect(byCommit.code).toBe(1);
  expect(byCommit.errors).toHaveLength(1);
  expect(byCommit.errors[0]).toMatch(
    new RegExp(
      `^sagemaker:ListModelPackages on the versions of group ${GROUP} in account ${ACCOUNT.registry} was refused by that account's group policy: it does not grant account ${ACCOUNT.outsider} \\(this run's credentials\\); run share/ there with actions: read \\(or promote\\)\\.`
    )
  );
  const byVersion = await promote('outsider', 1, { version: '1' });
  expect(byVersion.errors[0]).toMatch(
    new RegExp(`^sagemaker:DescribeModelPackage on version 1 of group ${GROUP} in account ${ACCOUNT.registry} was refused by that account's group policy: it does not grant account ${ACCOUNT.outsider} `)
  );
  const withRole = await promote('outsider', 1, { version: '1', 'registry-role-arn': REGISTRY_ROLE });
  expect(withRole.errors[0]).toMatch(/^sagemaker:DescribeModelPackage on version 1 .* does not grant account 444455556666 /);
  expect(await writesSince(seq)).toEqual([]);
  expect((await awsSince(seq)).filter((q) => WRITE_OPERATIONS.test(q.operation) || q.operation === 'AssumeRole')).toEqual([]);
  expect((await describeVersion(v1)).ModelApprovalStatus).toBe('PendingManualApproval');
  expect(await holds('outsider')).toEqual({ packages: 0, models: 0, endpoints: 0 });
});

test('rollback and status across accounts; prune of a group of another account needs its opt-in', async () => {
  await registryAccount({ production: PROMOTE });
  const v1 = await registered(1);
  const v2 = await registered(2);
  for (const n of [1, 2]) expect((await promote('production', n)).errors).toEqual([]);

  let seq = await lastSeq();
  const back = await runSub('rollback', { env: envOf('production'), eventName: 'workflow_dispatch', event: {}, runId: '7300', inputs: { 'endpoint-name': ENDPOINT, 'poll-interval': '1' } });
  expect(back.errors).toEqual([]);
  expect(back.outputs).toMatchObject({ 'model-package-arn': v1, 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });
  // The stage moves with the rollback, recorded on the registry account's versions with production's credentials.
  expect(await describeVersion(v2)).toMatchObject({ ModelLifeCycle: { Stage: 'production', StageStatus: 'RolledBack', StageDescription: `Rolled back on ${ENDPOINT} to v1` } });
  expect(await describeVersion(v1)).toMatchObject({ ModelLifeCycle: { Stage: 'production', StageStatus: 'Deployed', StageDescription: `Serving on ${ENDPOINT}` } });
  expect(new Set((await awsSince(seq)).filter((q) => WRITE_OPERATIONS.test(q.operation)).map((q) => q.account))).toEqual(new Set([ACCOUNT.production]));

  seq = await lastSeq();
  const status = await runSub('status', { env: envOf('production'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP_ARN } });
  expect(status.errors).toEqual([]);
  const versions = JSON.parse(status.outputs.versions!) as { version: number; approval: string; endpoints: string[]; stage: string }[];
  expect(versions.map((v) => [v.version, v.approval, v.endpoints, v.stage])).toEqual([
    [2, 'Approved', [], 'production (RolledBack)'],
    [1, 'Approved', [ENDPOINT], 'production (Deployed)']
  ]);
  const note = `Serving on lists the endpoints of account ${ACCOUNT.production} and this Region only: endpoints of other accounts that deploy these versions cannot be seen from here (a Stage record naming one is shown as recorded). The group itself is in account ${ACCOUNT.registry}.`;
  expect(status.summary).toContain(note);
  expect(status.stdout).toContain(note);
  expect(await writesSince(seq)).toEqual([]);

  // status in the registry account cannot see production's endpoint: the version shows its record, no endpoint.
  const there = await runSub('status', { env: envOf('registry'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP_ARN } });
  expect(there.errors).toEqual([]);
  expect((JSON.parse(there.outputs.versions!) as { endpoints: string[] }[]).flatMap((v) => v.endpoints)).toEqual([]);
  expect(there.summary).toContain(`Serving on lists the endpoints of account ${ACCOUNT.registry} and this Region only`);

  seq = await lastSeq();
  const prune = await runSub('prune', { env: envOf('production'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP_ARN } });
  expect(prune.errors[0]).toMatch(/^Input 'model-package-group': ".*" is a group ARN: other accounts may deploy its versions, and their endpoints cannot be seen from this account; set allow-shared-group: true/);
  expect(await awsSince(seq)).toEqual([]);
});

test('registering into a group of another account: created there, found again by listing its versions (no Search), said once; an own-account ARN is searched without CrossAccount', async () => {
  await registryAccount({ staging: REGISTER });

  const first = await register(1, 'staging', GROUP_ARN);
  expect(first.errors).toEqual([]);
  expect(first.outputs).toMatchObject({ 'model-package-arn': versionArn(1), created: 'true' });
  const seq = await lastSeq();
  const again = await register(1, 'staging', GROUP_ARN, { runAttempt: '2' });
  expect(again.errors).toEqual([]);
  expect(again.outputs).toMatchObject({ 'model-package-arn': versionArn(1), created: 'false' });
  expect(again.stdout).toContain(`found by listing the newest 1 versions of the group in account ${ACCOUNT.registry}`);
  const told = again.stdout.split('\n').filter((l) => l.includes('Search does not see groups shared by a group policy'));
  expect(told).toHaveLength(1);
  expect(told[0]).toContain(`Model package group ${GROUP} is in account ${ACCOUNT.registry}, not this run's`);
  const since = await awsSince(seq);
  expect(since.filter((q) => q.operation === 'Search' || q.operation === 'CreateModelPackage')).toEqual([]);
  expect(since.filter((q) => q.operation === 'GetCallerIdentity').map((q) => q.account)).toEqual([ACCOUNT.staging]);
  expect(await holds('registry')).toMatchObject({ packages: 1 });
  expect(await holds('staging')).toMatchObject({ packages: 0 });

  // prune from staging with the opt-in: its delete is refused by the group policy, which says what it lacks.
  const prune = await runSub('prune', {
    env: envOf('staging'),
    eventName: 'workflow_dispatch',
    event: {},
    inputs: { 'model-package-group': GROUP_ARN, 'allow-shared-group': 'true', 'keep-latest': '0', 'keep-days': '0', 'keep-approved': 'false' }
  });
  expect(prune.errors).toEqual(['Deleted 0 of 1 versions; see the warnings for the others.']);
  expect(prune.outputs.deleted).toBe('[]');
  expect(prune.stdout).toContain(
    `::warning::Could not delete ${versionArn(1)}: sagemaker:DeleteModelPackage on version 1 of group ${GROUP} in account ${ACCOUNT.registry} was refused by that account's group policy: it does not grant account ${ACCOUNT.staging} (this run's credentials); that account's group policy must allow sagemaker:DeleteModelPackage.`
  );
  expect((await describeVersion(versionArn(1))).ModelPackageStatus).toBe('Completed');

  // The registry account itself, given the group's ARN: Search, without CrossAccountFilterOption.
  const own = await register(1, 'registry', GROUP_ARN, { runAttempt: '3' });
  expect(own.errors).toEqual([]);
  expect(own.outputs['model-package-arn']).toBe(versionArn(1));
  const searches = (await awsSince(seq)).filter((q) => q.operation === 'Search');
  expect(searches.length).toBeGreaterThan(0);
  for (const s of searches) expect(s.request).not.toHaveProperty('CrossAccountFilterOption');
  expect(own.stdout).toContain('(found by Search)');
});

test("the approval dispatch path and the top-level action deploy the registry account's approved version from production; their stage records go through registry-role-arn", async () => {
  await registryAccount({ production: READ }, true);
  const v1 = await registered(1);
  const v2 = await registered(2);
  for (const arn of [v1, v2]) await sagemaker('registry').send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'signed off' }));

  // The dispatch approval-events/ sends from the registry account, received by production's promote run.
  let seq = await lastSeq();
  const event = { action: 'sagemaker-model-package', branch: 'main', client_payload: { 'model-package-arn': v1, approval: 'Approved' }, repository: { full_name: 'acme/fraud-model', default_branch: 'main' }, sender: { login: 'release-bot' } };
  const dispatched = await runSub('promote', {
    env: envOf('production'),
    eventName: 'repository_dispatch',
    event,
    ref: 'refs/heads/main',
    sha: 'e'.repeat(40),
    runId: '7400',
    inputs: { 'model-package-group': GROUP_ARN, stage: 'production', 'registry-role-arn': REGISTRY_ROLE, ...DEPLOY }
  });
  expect(dispatched.errors).toEqual([]);
  expect(dispatched.outputs).toMatchObject({ 'model-package-arn': v1, 'deployment-status': 'succeeded' });
  let since = await awsSince(seq);
  expect(since.filter((q) => q.operation === 'UpdateModelPackage').map((q) => [q.account, q.request.ModelApprovalStatus ?? null, q.request.ModelLifeCycle?.StageStatus])).toEqual([[ACCOUNT.registry, null, 'Deployed']]);
  expect(since.filter((q) => q.operation === 'AssumeRole').map((q) => q.request.RoleSessionName)).toEqual(['gha-7400']);

  // A dispatch naming a version of another account than the configured group's: refused, nothing written.
  seq = await lastSeq();
  const elsewhere = `arn:aws:sagemaker:us-east-1:${ACCOUNT.production}:model-package/${GROUP}/1`;
  const outside = await runSub('promote', {
    env: envOf('production'),
    eventName: 'repository_dispatch',
    event: { ...event, client_payload: { 'model-package-arn': elsewhere, approval: 'Approved' } },
    ref: 'refs/heads/main',
    sha: 'e'.repeat(40),
    runId: '7401',
    inputs: { 'model-package-group': GROUP_ARN, stage: 'production', 'registry-role-arn': REGISTRY_ROLE, ...DEPLOY }
  });
  expect(outside.errors).toEqual([`Refused: the dispatch names ${elsewhere}, which is not a version of ${GROUP_ARN} (model-package-group). Nothing was changed.`]);
  expect(await writesSince(seq)).toEqual([]);

  // The top-level action deploying a version ARN of the registry account (release workflow shape).
  seq = await lastSeq();
  const top = await runRegister({ env: envOf('production'), eventName: 'push', event: pushEvent(), sha: sha(2), runId: '7500', inputs: { 'model-package-arn': v2, stage: 'production', 'registry-role-arn': REGISTRY_ROLE, comment: 'false', ...DEPLOY } });
  expect(top.errors).toEqual([]);
  expect(top.outputs['deployment-status']).toBe('succeeded');
  since = await awsSince(seq);
  expect(since.filter((q) => q.operation === 'UpdateModelPackage').map((q) => [q.account, q.request.ModelPackageArn, q.error])).toEqual([[ACCOUNT.registry, v2, null]]);
  expect(await describeVersion(v2)).toMatchObject({ ModelLifeCycle: { Stage: 'production', StageStatus: 'Deployed', StageDescription: `Serving on ${ENDPOINT}` } });
  expect(new Set(since.filter((q) => WRITE_OPERATIONS.test(q.operation) && q.operation !== 'UpdateModelPackage').map((q) => q.account))).toEqual(new Set([ACCOUNT.production]));

  // A role of the run's own account (the version is production's own): refused before the deploy writes anything.
  seq = await lastSeq();
  const ownRole = `arn:aws:iam::${ACCOUNT.production}:role/registry-writer`;
  const own = await runRegister({
    env: envOf('production'),
    eventName: 'push',
    event: pushEvent(),
    sha: sha(2),
    inputs: { 'model-package-arn': `arn:aws:sagemaker:us-east-1:${ACCOUNT.production}:model-package/${GROUP}/1`, 'registry-role-arn': ownRole, comment: 'false', ...DEPLOY }
  });
  expect(own.errors).toEqual([`registry-role-arn ${ownRole} is a role of account ${ACCOUNT.production}, which this run's credentials already belong to: set it only when the group is in another account.`]);
  expect(own.outputs['deployment-status']).toBe('failed');
  expect(await writesSince(seq)).toEqual([]);
  expect((await awsSince(seq)).map((q) => q.operation)).toEqual(['GetCallerIdentity']);

  // Without endpoint-name the top-level action has nothing to write with the role: refused before any call.
  seq = await lastSeq();
  const noDeploy = await runRegister({ env: envOf('production'), eventName: 'push', event: pushEvent(), sha: sha(3), inputs: { image: `${IMAGE}:v3`, 'model-package-group': GROUP_ARN, 'registry-role-arn': REGISTRY_ROLE, comment: 'false' } });
  expect(noDeploy.errors).toEqual([`Input 'registry-role-arn': "${REGISTRY_ROLE}" is used by a deploy's registry writes: set endpoint-name, or leave it empty`]);
  expect(await awsSince(seq)).toEqual([]);
});

test("an image production may not pull from the registry account's ECR: the deploy fails naming the repository, both accounts and share/'s ecr-repositories", async () => {
  await sagemaker('registry').send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  await sim.control('ecr/repositories', { repositoryName: REPOSITORY, registryId: ACCOUNT.registry });
  await grant({ production: PROMOTE });
  await registered(1);

  const r = await promote('production', 1);
  expect(r.outputs['deployment-status']).toBe('failed');
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Deployment to fraud-prod failed: /);
  expect(r.errors[0]).toContain(
    `The image is in repository ${REPOSITORY} of account ${ACCOUNT.registry}: its repository policy must let account ${ACCOUNT.production} pull it ` +
      `(ecr:BatchGetImage, ecr:GetDownloadUrlForLayer; run share/ there with ecr-repositories: ${REPOSITORY}), and this account's execution role needs the same actions on it.`
  );
});
