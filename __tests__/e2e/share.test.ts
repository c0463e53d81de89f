/**
 * share/ against the simulator, run as the runner runs it with the registry account's credentials
 * (AKIA111122223333XMPL): it grants, and the grant works for the accounts it names (and only for what it grants); a
 * re-run changes nothing and makes no write; a dry run writes nothing; read → promote upgrades; another statement of
 * the policy survives as it was; the ECR pull statement lands in the repository's policy; bad inputs are refused
 * before any write.
 */
import { expect, test } from '@jest/globals';
import { join } from 'node:path';
import { ECRClient, GetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, DescribeModelPackageGroupCommand, GetModelPackageGroupPolicyCommand, PutModelPackageGroupPolicyCommand, SageMakerClient, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { runAction, type RunResult } from '../helpers/action-runner.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim();

const REGISTRY = '111122223333';
const STAGING = '222233334444';
const PROD = '333344445555';
const GROUP = 'fraud-detector';
const GROUP_ARN = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package-group/${GROUP}`;
const REPOSITORY = 'ml/fraud-model';
const key = (account: string) => `AKIA${account}XMPL`;
const WRITES = /^(PutModelPackageGroupPolicy|SetRepositoryPolicy|DeleteModelPackageGroupPolicy|DeleteRepositoryPolicy)$/;

const sagemaker = (account: string) => new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: key(account), secretAccessKey: 'x' }, maxAttempts: 1 });
const ecr = () => new ECRClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: key(REGISTRY), secretAccessKey: 'x' }, maxAttempts: 1 });

function share(inputs: Record<string, string>): Promise<RunResult> {
  const dist = process.env.ACTION_DIST_DIR;
  return runAction({
    action: 'share',
    ...(dist ? { entry: join(dist, 'share.js') } : {}),
    env: { ...sim.env, AWS_ACCESS_KEY_ID: key(REGISTRY) },
    eventName: 'workflow_dispatch',
    event: {},
    inputs: { 'model-package-group': GROUP, ...inputs }
  });
}

/** The registry account's group with one version, and its ECR repository. */
async function seed(): Promise<string> {
  const sm = sagemaker(REGISTRY);
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  const { ModelPackageArn } = await sm.send(new CreateModelPackageCommand({
    ModelPackageGroupName: GROUP,
    InferenceSpecification: { Containers: [{ Image: `${REGISTRY}.dkr.ecr.us-east-1.amazonaws.com/${REPOSITORY}:v1` }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] }
  }));
  await sim.control('ecr/repositories', { repositoryName: REPOSITORY, registryId: REGISTRY });
  return ModelPackageArn!;
}

const lastSeq = async () => (await sim.requests()).at(-1)?.seq ?? 0;
const writes = async (since: number) => (await sim.requests()).filter((q) => q.seq > since && WRITES.test(q.operation)).map((q) => q.operation);
const groupPolicy = async () => JSON.parse((await sagemaker(REGISTRY).send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: GROUP }))).ResourcePolicy!);
const sids = (policy: { Statement: { Sid?: string }[] }) => policy.Statement.map((s) => s.Sid);
const refusal = (p: Promise<unknown>) => p.then(() => 'allowed', (e: Error) => `${e.name}: ${e.message}`);

test('grants read, the grant works for the named accounts only; a re-run makes no write; promote upgrades', async () => {
  const version = await seed();
  const base = await lastSeq();
  const first = await share({ accounts: `${STAGING}, ${PROD}`, 'ecr-repositories': REPOSITORY });
  expect(first.errors).toEqual([]);
  expect(await writes(base)).toEqual(['PutModelPackageGroupPolicy', 'SetRepositoryPolicy']);
  expect(first.outputs.changed).toBe('true');
  const policy = await groupPolicy();
  expect(JSON.parse(first.outputs.policy!)).toEqual(policy);
  expect(sids(policy)).toEqual(['SageMakerPrivateRegistryShareReadGroup', 'SageMakerPrivateRegistryShareReadVersions']);
  expect(first.stdout).toContain('  + SageMakerPrivateRegistryShareReadGroup: accounts 222233334444, 333344445555');
  expect(first.summary).toContain('| 333344445555 | read | `ml/fraud-model` |');
  expect(first.summary).toContain('"kms:GenerateDataKey*"');

  // What the policy grants, as the simulator evaluates it: production reads, cannot approve; an outsider reads nothing.
  expect(await refusal(sagemaker(PROD).send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN })))).toBe('allowed');
  expect(await refusal(sagemaker(PROD).send(new UpdateModelPackageCommand({ ModelPackageArn: version, ModelApprovalStatus: 'Approved' })))).toMatch(/^AccessDeniedException: .*sagemaker:UpdateModelPackage/);
  expect(await refusal(sagemaker('444455556666').send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN })))).not.toBe('allowed');

  // The repository's policy holds the pull statement.
  const repo = JSON.parse((await ecr().send(new GetRepositoryPolicyCommand({ repositoryName: REPOSITORY }))).policyText!);
  expect(repo.Statement).toEqual([{ Sid: 'SageMakerPrivateRegistrySharePull', Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${STAGING}:root`, `arn:aws:iam::${PROD}:root`] }, Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }]);

  // The same inputs again (other order, a duplicate): reads only.
  let seq = await lastSeq();
  const again = await share({ accounts: `${PROD}\n${STAGING} ${PROD}`, 'ecr-repositories': REPOSITORY });
  expect(again.errors).toEqual([]);
  expect(await writes(seq)).toEqual([]);
  expect((await sim.requests()).filter((q) => q.seq > seq).map((q) => q.operation)).toEqual(['DescribeModelPackageGroup', 'GetModelPackageGroupPolicy', 'GetRepositoryPolicy']);
  expect(again.outputs).toEqual({ policy: first.outputs.policy, changed: 'false' });
  expect(again.summary).toContain('Nothing changed');

  // Promote for production only: one statement added; then a read run for production takes nothing away.
  seq = await lastSeq();
  const promote = await share({ accounts: PROD, actions: 'promote' });
  expect(promote.errors).toEqual([]);
  expect(await writes(seq)).toEqual(['PutModelPackageGroupPolicy']);
  expect(sids(await groupPolicy())).toEqual(['SageMakerPrivateRegistryShareReadGroup', 'SageMakerPrivateRegistryShareReadVersions', 'SageMakerPrivateRegistrySharePromote']);
  expect(await refusal(sagemaker(PROD).send(new UpdateModelPackageCommand({ ModelPackageArn: version, ModelApprovalStatus: 'Approved' })))).toBe('allowed');
  expect(await refusal(sagemaker(STAGING).send(new UpdateModelPackageCommand({ ModelPackageArn: version, ModelApprovalStatus: 'Approved' })))).toMatch(/^AccessDeniedException/);
  seq = await lastSeq();
  const read = await share({ accounts: PROD });
  expect(read.errors).toEqual([]);
  expect(await writes(seq)).toEqual([]);
  expect(read.summary).toContain('| 333344445555 | promote |');
  expect(read.summary).toContain('| 222233334444 | read |');
});

test('a dry run prints the diff and the policy it would write, and writes nothing', async () => {
  await seed();
  const base = await lastSeq();
  const r = await share({ accounts: PROD, actions: 'promote', 'ecr-repositories': REPOSITORY, 'dry-run': 'true' });
  expect(r.errors).toEqual([]);
  expect(await writes(base)).toEqual([]);
  expect(r.outputs).toEqual({ policy: '', changed: 'false' });
  expect(r.stdout).toContain('The resource policy of group fraud-detector: 3 added, 0 changed, 0 unchanged');
  expect(r.stdout).toContain('Dry run: would write the resource policy of group fraud-detector: {"Version":"2012-10-17"');
  expect(r.stdout).toContain('Dry run: would write the resource policy of ECR repository ml/fraud-model');
  expect(r.summary).toContain('📝 Dry run: nothing was written (2 policies would change).');
});

test('another statement of the group policy is kept as it was, in its place', async () => {
  await seed();
  const audit = { Sid: 'AuditRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::555566667777:role/audit' }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN };
  await sagemaker(REGISTRY).send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: GROUP, ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [audit] }) }));
  const r = await share({ accounts: STAGING });
  expect(r.errors).toEqual([]);
  const policy = await groupPolicy();
  expect(policy.Statement[0]).toEqual(audit);
  expect(sids(policy)).toEqual(['AuditRead', 'SageMakerPrivateRegistryShareReadGroup', 'SageMakerPrivateRegistryShareReadVersions']);
  expect(r.stdout).toContain('  = "AuditRead" (not share/\'s)');
});

test.each([
  [{ accounts: `${STAGING} ${REGISTRY}` }, `Input 'accounts': "${REGISTRY}" is the account that owns the group; share/ grants other accounts only`],
  [{ accounts: '2222333344' }, `Input 'accounts': "2222333344" is not an AWS account ID: 12 digits`],
  [{ accounts: STAGING, 'model-package-group': `arn:aws:sagemaker:us-east-1:${PROD}:model-package-group/${GROUP}` }, `Input 'model-package-group': "arn:aws:sagemaker:us-east-1:${PROD}:model-package-group/${GROUP}" is a group of account ${PROD}; share/ runs with the credentials of the account that owns the group (these are of ${REGISTRY})`],
  [{ accounts: STAGING, actions: 'admin' }, `Input 'actions': "admin" must be one of: read, promote`],
  [{ accounts: STAGING, 'ecr-repositories': `${REGISTRY}.dkr.ecr.us-east-1.amazonaws.com/${REPOSITORY}` }, `Input 'ecr-repositories': "${REGISTRY}.dkr.ecr.us-east-1.amazonaws.com/${REPOSITORY}" must be a repository name (for example fraud-model), not an image URI; the repository is in the running account and Region`]
])('bad input %j is refused with one line, before any write', async (inputs, message) => {
  await seed();
  const base = await lastSeq();
  const r = await share(inputs);
  expect(r.errors).toEqual([message]);
  expect(await writes(base)).toEqual([]);
  expect(r.outputs).toEqual({ policy: '', changed: '' });
});

test('every read comes before the first write: a repository that does not exist fails the run with nothing written', async () => {
  await seed();
  const base = await lastSeq();
  const r = await share({ accounts: STAGING, 'ecr-repositories': `${REPOSITORY} ml/no-such-model` });
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^ecr:GetRepositoryPolicy failed: not found\. .*ml\/no-such-model/);
  expect(await writes(base)).toEqual([]);
  expect((await sim.requests()).filter((q) => q.seq > base).map((q) => q.operation)).toEqual(['DescribeModelPackageGroup', 'GetModelPackageGroupPolicy', 'GetRepositoryPolicy', 'GetRepositoryPolicy']);
});

test('a group ARN of another account is refused on STS\'s word, before any SageMaker call', async () => {
  await seed();
  const base = await lastSeq();
  const arn = `arn:aws:sagemaker:us-east-1:${PROD}:model-package-group/${GROUP}`;
  const r = await share({ accounts: STAGING, 'model-package-group': arn });
  expect(r.errors).toEqual([`Input 'model-package-group': "${arn}" is a group of account ${PROD}; share/ runs with the credentials of the account that owns the group (these are of ${REGISTRY})`]);
  expect((await sim.requests()).filter((q) => q.seq > base).map((q) => `${q.service}:${q.operation}`)).toEqual(['sts:GetCallerIdentity']);
});

test('a write AWS refuses fails the run naming the IAM action; the next run makes only the writes still missing', async () => {
  await seed();
  await sim.control('faults', { deny: ['SetRepositoryPolicy'] });
  const denied = await share({ accounts: PROD, 'ecr-repositories': REPOSITORY });
  expect(denied.errors).toHaveLength(1);
  expect(denied.errors[0]).toMatch(/^ecr:SetRepositoryPolicy was denied: the role this workflow assumed needs ecr:SetRepositoryPolicy/);
  // The group policy was written before the refusal, and the outputs say so.
  expect(denied.outputs).toEqual({ policy: JSON.stringify(await groupPolicy()), changed: 'true' });
  await sim.control('faults', undefined, 'DELETE');
  const seq = await lastSeq();
  const again = await share({ accounts: PROD, 'ecr-repositories': REPOSITORY });
  expect(again.errors).toEqual([]);
  expect(await writes(seq)).toEqual(['SetRepositoryPolicy']);
  expect(again.outputs.changed).toBe('true');
});
