/**
 * Issue 23's "Done when", with the bundled actions against three simulated accounts (docs/multi-account.md): the
 * registry account 111122223333 holds the group, the staging and production accounts run the endpoints, and each
 * run's account is its credentials alone (an access key ID embedding the account, as on AWS). share/ grants staging
 * and production (the group policy the page shows), a pull-request run registers in the registry account, a promote
 * run with the production account's credentials deploys the registry account's version into a production endpoint
 * and the approval lands in the registry account (once through the group policy, once through registry-role-arn); an
 * outsider account is refused naming the account and the permission, with zero writes; rollback and status work
 * across accounts; re-running share/ changes nothing.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateModelPackageGroupCommand, DescribeEndpointCommand, DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { ECRClient, GetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { ACCOUNT, clientConfig, envOf as accountEnv, GROUP, GROUP_ARN, IMAGE, REPOSITORY, sagemakerOf, versionArn, type Who } from '../helpers/accounts.js';
import { pushEvent, ROOT, runAction, type RunResult } from '../helpers/action-runner.js';
import { prEvent, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS, type LoggedRequest } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

const REGISTRY_ROLE = `arn:aws:iam::${ACCOUNT.registry}:role/sagemaker-registry-promoter`;
const ENDPOINT = 'fraud-prod';
const PROD = { 'endpoint-name': ENDPOINT, 'execution-role-arn': `arn:aws:iam::${ACCOUNT.production}:role/sagemaker-execution`, 'poll-interval': '1' };
const envOf = (who: Who) => accountEnv(sim, who);
/** share/ as workflows/share.yml runs it: staging and production may read; the image's repository and the model data's key. */
const SHARE_READ = {
  accounts: `${ACCOUNT.staging} ${ACCOUNT.production}`,
  actions: 'read',
  'ecr-repositories': REPOSITORY,
  'kms-key-arn': `arn:aws:kms:us-east-1:${ACCOUNT.registry}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
};
const sagemaker = (who: Who) => sagemakerOf(sim, who);

function runShare(inputs: Record<string, string>): Promise<RunResult> {
  const dist = process.env.ACTION_DIST_DIR;
  return runAction({ action: 'share', ...(dist ? { entry: join(dist, 'share.js') } : {}), env: envOf('registry'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP, ...inputs } });
}

/** A pull request's run in the registry account: its image registered, pending (workflows/multi-account-pull-request.yml). */
async function registerPr(n: number): Promise<string> {
  const r = await runRegister({
    env: envOf('registry'),
    eventName: 'pull_request',
    event: prEvent(40 + n, sha(n)),
    sha: 'f'.repeat(40),
    runId: String(7000 + n),
    inputs: { image: `${IMAGE}:pr-${40 + n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'pending', comment: 'false' }
  });
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).toBe(versionArn(n));
  return r.outputs['model-package-arn']!;
}

/** The push of commit n to main, promoted with `who`'s credentials and the group's ARN (workflows/multi-account-promote.yml). */
const promote = (who: Who, n: number, inputs: Record<string, string> = {}) =>
  runSub('promote', { env: envOf(who), eventName: 'push', event: pushEvent(), sha: sha(n), runId: String(7100 + n), inputs: { 'model-package-group': GROUP_ARN, stage: 'production', ...PROD, ...inputs } });

const lastSeq = async () => (await sim.requests()).at(-1)?.seq ?? 0;
const awsSince = async (seq: number): Promise<(LoggedRequest & { account?: string })[]> => (await sim.requests()).filter((q) => q.seq > seq && q.service !== 'github');
const writesSince = async (seq: number) => (await awsSince(seq)).filter((q) => WRITE_OPERATIONS.test(q.operation)).map((q) => q.operation);
/** Who made each approval or stage write since `seq`: the account of the credentials that signed it. */
const registryWrites = async (seq: number) => (await awsSince(seq)).filter((q) => q.operation === 'UpdateModelPackage' && !q.error).map((q) => q.account);

const describeVersion = (arn: string) => sagemaker('registry').send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
const servedBy = async (who: Who) => (await sagemaker(who).send(new DescribeEndpointCommand({ EndpointName: ENDPOINT }))).EndpointConfigName;

/** The policy docs/multi-account.md shows under `heading` (for staging and production, `actions: read`). */
function documented(heading: string): { Statement: unknown[] } {
  const page = readFileSync(join(ROOT, 'docs/multi-account.md'), 'utf8');
  return JSON.parse(new RegExp(`^### ${heading}\\n[^#]*?\`\`\`json\\n([\\s\\S]*?)\`\`\``, 'm').exec(page)![1]!) as { Statement: unknown[] };
}
/** The statement share/ printed after `label` in its log (one line of JSON). */
const printed = (r: RunResult, label: RegExp) => JSON.parse(new RegExp(`^${label.source}[^\\n]*?: (\\{.*\\})$`, 'm').exec(r.stdout)?.[1] ?? 'null') as unknown;
/** A policy with every string-or-list member as a list, so that `"Action": "x"` and `["x"]` compare equal. */
const normal = (doc: unknown): unknown =>
  Array.isArray(doc) ? doc.map(normal)
  : doc && typeof doc === 'object' ? Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, ['Action', 'Resource', 'AWS'].includes(k) && typeof v === 'string' ? [v] : normal(v)]))
  : doc;

async function threeAccounts(): Promise<void> {
  await sagemaker('registry').send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  await sim.control('ecr/repositories', { repositoryName: REPOSITORY, registryId: ACCOUNT.registry });
  await sim.control('iam/roles', { roleArn: REGISTRY_ROLE, trustedAccounts: [ACCOUNT.production] });
}

test('three accounts: share, register in the registry, promote from production (group policy, then registry-role-arn), outsider refused, rollback, status, share again', async () => {
  await threeAccounts();

  // share/ in the registry account: staging and production may read (the policy the page documents), production promote.
  const read = await runShare(SHARE_READ);
  expect(read.errors).toEqual([]);
  expect(read.outputs.changed).toBe('true');
  expect(normal(JSON.parse(read.outputs.policy!))).toEqual(normal(documented('The group policy it writes')));
  // The ECR statement it applied and the KMS statement it printed are the page's too.
  const { policyText } = await new ECRClient(clientConfig(sim, 'registry')).send(new GetRepositoryPolicyCommand({ repositoryName: REPOSITORY }));
  expect(normal(JSON.parse(policyText!))).toEqual(normal(documented('The ECR repository policy')));
  expect(normal(printed(read, /ECR repository policy statement/))).toEqual(normal(documented('The ECR repository policy').Statement[0]));
  expect(normal(printed(read, /KMS key policy statement for arn:aws:kms:\S+ \(not applied\)/))).toEqual(normal(documented('The KMS key policy').Statement[0]));
  const promoteGrant = await runShare({ accounts: ACCOUNT.production, actions: 'promote' });
  expect(promoteGrant.errors).toEqual([]);
  expect(promoteGrant.outputs.changed).toBe('true');

  // A pull request registers in the registry account, by the group's name there.
  const v1 = await registerPr(1);
  expect((await describeVersion(v1)).ModelApprovalStatus).toBe('PendingManualApproval');

  // Promote with the production account's credentials, through the group policy (production has promote).
  let seq = await lastSeq();
  const first = await promote('production', 1);
  expect(first.errors).toEqual([]);
  expect(first.outputs).toMatchObject({ 'model-package-arn': v1, 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
  expect(first.outputs['endpoint-arn']).toBe(`arn:aws:sagemaker:us-east-1:${ACCOUNT.production}:endpoint/${ENDPOINT}`);
  expect(await servedBy('production')).toBe(first.outputs['endpoint-config-name']);
  await expect(servedBy('registry')).rejects.toThrow(/Could not find endpoint/);
  const direct = await registryWrites(seq);
  expect(direct.length).toBeGreaterThan(0);
  expect(new Set(direct)).toEqual(new Set([ACCOUNT.production]));
  expect((await awsSince(seq)).filter((q) => q.operation === 'AssumeRole')).toEqual([]);
  expect(await describeVersion(v1)).toMatchObject({ ModelApprovalStatus: 'Approved', ModelLifeCycle: { Stage: 'production' } });
  // The model is the production account's, created from the registry account's version.
  const [model] = (await awsSince(seq)).filter((q) => q.operation === 'CreateModel');
  expect(model).toMatchObject({ account: ACCOUNT.production, request: { Containers: [{ ModelPackageName: v1 }] } });

  // The next version, through registry-role-arn: the approval is written by the registry account's role.
  const v2 = await registerPr(2);
  seq = await lastSeq();
  const second = await promote('production', 2, { 'registry-role-arn': REGISTRY_ROLE });
  expect(second.errors).toEqual([]);
  expect(second.outputs).toMatchObject({ 'model-package-arn': v2, 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
  expect((await awsSince(seq)).filter((q) => q.operation === 'AssumeRole').map((q) => [q.account, q.request.RoleArn])).toEqual([[ACCOUNT.production, REGISTRY_ROLE]]);
  const writers = await registryWrites(seq);
  expect(writers.length).toBeGreaterThan(0);
  expect(new Set(writers)).toEqual(new Set([ACCOUNT.registry]));
  expect(await describeVersion(v2)).toMatchObject({ ModelApprovalStatus: 'Approved', ModelLifeCycle: { Stage: 'production' } });
  expect(await servedBy('production')).toBe(second.outputs['endpoint-config-name']);

  // A fourth account, never shared with: refused, naming the account and the permission, before any write.
  seq = await lastSeq();
  const outsider = await promote('outsider', 2);
  expect(outsider.code).not.toBe(0);
  expect(outsider.errors.join('\n')).toMatch(new RegExp(`${ACCOUNT.outsider}[\\s\\S]*sagemaker:(ListModelPackages|DescribeModelPackage|DescribeModelPackageGroup)|sagemaker:(ListModelPackages|DescribeModelPackage|DescribeModelPackageGroup)[\\s\\S]*${ACCOUNT.outsider}`));
  expect(await writesSince(seq)).toEqual([]);
  expect((await describeVersion(v2)).ModelApprovalStatus).toBe('Approved');

  // Rollback in the production account: back to v1, the stage recorded in the registry through its role.
  seq = await lastSeq();
  const back = await runSub('rollback', { env: envOf('production'), eventName: 'workflow_dispatch', event: {}, runId: '7201', inputs: { ...PROD, 'registry-role-arn': REGISTRY_ROLE } });
  expect(back.errors).toEqual([]);
  expect(back.outputs).toMatchObject({ 'model-package-arn': v1, 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });
  expect(await servedBy('production')).toBe(back.outputs['endpoint-config-name']);
  expect(new Set(await registryWrites(seq))).toEqual(new Set([ACCOUNT.registry]));

  // Status in the production account, by the group's ARN: the registry's versions, and which one production serves.
  const status = await runSub('status', { env: envOf('production'), eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP_ARN } });
  expect(status.errors).toEqual([]);
  const versions = JSON.parse(status.outputs.versions!) as { arn: string; endpoints: (string | { name: string })[] }[];
  expect(versions.map((x) => x.arn)).toEqual([v2, v1]);
  const names = (x: { endpoints: (string | { name: string })[] }) => x.endpoints.map((e) => (typeof e === 'string' ? e : e.name));
  expect(names(versions[1]!)).toEqual([ENDPOINT]);
  expect(names(versions[0]!)).toEqual([]);

  // share/ again, with the same inputs: nothing changes, nothing is written.
  seq = await lastSeq();
  const shares: Record<string, string>[] = [SHARE_READ, { accounts: ACCOUNT.production, actions: 'promote' }];
  for (const inputs of shares) {
    const again = await runShare(inputs);
    expect(again.errors).toEqual([]);
    expect(again.outputs.changed).toBe('false');
  }
  expect(await writesSince(seq)).toEqual([]);
}, 180_000);
