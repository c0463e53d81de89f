/**
 * Accounts in the simulator: the access key selects the account (isolation), and a group resource policy opens a
 * group of one account to another (sim/sagemaker/shared-groups.js, sim/policy.js), checked with the real SDK clients.
 */
import {
  AddTagsCommand,
  BatchDescribeModelPackageCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteModelPackageCommand,
  DeleteModelPackageGroupCommand,
  DeleteModelPackageGroupPolicyCommand,
  DescribeEndpointCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  GetModelPackageGroupPolicyCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  PutModelPackageGroupPolicyCommand,
  SageMakerClient,
  SearchCommand,
  UpdateModelPackageCommand
} from '@aws-sdk/client-sagemaker';
import { control, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim } = useSimulator({ clockSpeed: 0 });

const REGISTRY = '111122223333';
const STAGING = '222233334444';
const OUTSIDER = '444455556666';
const GROUP_ARN = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package-group/churn`;
const VERSIONS = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/churn/*`;
const v = (n: number, account = REGISTRY) => `arn:aws:sagemaker:us-east-1:${account}:model-package/churn/${n}`;
const IMAGE = `${REGISTRY}.dkr.ecr.us-east-1.amazonaws.com/churn@sha256:${'a'.repeat(64)}`;

const clients: SageMakerClient[] = [];
afterAll(() => clients.forEach((c) => c.destroy()));
/** A SageMaker client whose access key embeds the account (or any other key). */
const sm = (accessKeyId: string) => {
  const c = new SageMakerClient({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey: 's' }, maxAttempts: 1 });
  clients.push(c);
  return c;
};
const key = (account: string) => `AKIA${account}XMPL`;
const registry = () => sm(key(REGISTRY));
const staging = () => sm(key(STAGING));

const principal = (account: string) => `arn:aws:sts::${account}:assumed-role/gha/session`;
const noPolicy = (account: string, action: string, resource: string) =>
  `User: ${principal(account)} is not authorized to perform: sagemaker:${action} on resource: ${resource} because no resource-based policy allows the sagemaker:${action} action`;

const statement = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${STAGING}:root` },
  Resource: [GROUP_ARN, VERSIONS],
  ...extra
});
const putPolicy = (...statements: Record<string, unknown>[]) =>
  registry().send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn', ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }));

const spec = { Containers: [{ Image: IMAGE }] };
async function registryWithVersion(): Promise<void> {
  await registry().send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
  await registry().send(new CreateModelPackageCommand({ ModelPackageGroupName: 'churn', InferenceSpecification: spec }));
  await registry().send(new UpdateModelPackageCommand({ ModelPackageArn: v(1), ModelApprovalStatus: 'Approved' }));
}

/** Every operation a group policy can open, as account STAGING calls it, and the resource it is checked against. */
const CROSS: [string, string, (c: SageMakerClient) => Promise<unknown>][] = [
  ['DescribeModelPackageGroup', GROUP_ARN, (c) => c.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN }))],
  ['ListModelPackages', VERSIONS, (c) => c.send(new ListModelPackagesCommand({ ModelPackageGroupName: GROUP_ARN }))],
  ['DescribeModelPackage', v(1), (c) => c.send(new DescribeModelPackageCommand({ ModelPackageName: v(1) }))],
  ['BatchDescribeModelPackage', v(1), (c) => c.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: [v(1)] }))],
  ['UpdateModelPackage', v(1), (c) => c.send(new UpdateModelPackageCommand({ ModelPackageArn: v(1), ApprovalDescription: 'ok' }))],
  ['CreateModel', v(1), (c) => c.send(new CreateModelCommand({ ModelName: `m-${Math.random().toString(36).slice(2, 8)}`, Containers: [{ ModelPackageName: v(1) }] }))],
  ['CreateModelPackage', VERSIONS, (c) => c.send(new CreateModelPackageCommand({ ModelPackageGroupName: GROUP_ARN, InferenceSpecification: spec }))]
];

describe('the access key selects the account', () => {
  it('keeps the same names apart in two accounts, and the request log records the account', async () => {
    for (const c of [registry(), staging(), sm('AKIDEXAMPLE')]) {
      await c.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
      await c.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'churn', InferenceSpecification: spec }));
    }
    const second = await staging().send(new CreateModelPackageCommand({ ModelPackageGroupName: 'churn', InferenceSpecification: spec }));
    expect(second.ModelPackageArn).toBe(v(2, STAGING));
    expect((await registry().send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn' }))).ModelPackageSummaryList?.map((s) => s.ModelPackageArn)).toEqual([v(1)]);
    expect((await sm('AKIDEXAMPLE').send(new DescribeModelPackageCommand({ ModelPackageName: 'churn/1' }))).ModelPackageArn).toBe(v(1, '123456789012'));
    const log = sim.requests({ operation: 'CreateModelPackageGroup' });
    expect(log.map((e) => e.account)).toEqual([REGISTRY, STAGING, '123456789012']);
    expect(sim.requests({ account: STAGING }).map((e) => e.operation)).toEqual(['CreateModelPackageGroup', 'CreateModelPackage', 'CreateModelPackage']);
    const lines = (await (await control(sim, 'GET', `/_sim/requests?account=${REGISTRY}`)).text()).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).operation)).toEqual(['CreateModelPackageGroup', 'CreateModelPackage', 'ListModelPackages']);
  });

  it('the deny fault names the caller of the key and says no identity-based policy allows it', async () => {
    await control(sim, 'POST', '/_sim/faults', { deny: ['CreateModelPackageGroup'] });
    const err = await rejection(staging().send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'x' })));
    expect(err.message).toBe(
      `User: ${principal(STAGING)} is not authorized to perform: sagemaker:CreateModelPackageGroup on resource: arn:aws:sagemaker:us-east-1:${STAGING}:model-package-group/x because no identity-based policy allows the sagemaker:CreateModelPackageGroup action`
    );
  });

  it('control routes read and seed the state of the account given', async () => {
    expect((await control(sim, 'POST', '/_sim/alarms', { name: 'a1', state: 'ALARM', account: STAGING })).status).toBe(200);
    expect(await (await control(sim, 'GET', `/_sim/alarms?account=${STAGING}`)).json()).toEqual([expect.objectContaining({ AlarmName: 'a1' })]);
    expect(await (await control(sim, 'GET', '/_sim/alarms')).json()).toEqual([]);
    expect((await control(sim, 'GET', '/_sim/alarms?account=12')).status).toBe(400);
    expect((await control(sim, 'POST', '/_sim/alarms', { name: 'a1', state: 'OK', account: 'x' })).status).toBe(400);
    // an endpoint of the staging account: traffic and capacity routes address it with account
    const c = staging();
    await c.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: `arn:aws:iam::${STAGING}:role/x`, PrimaryContainer: { Image: `${STAGING}.dkr.ecr.us-east-1.amazonaws.com/m:1` } }));
    await c.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'c', ProductionVariants: [{ VariantName: 'v', ModelName: 'm', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }));
    await c.send(new CreateEndpointCommand({ EndpointName: 'e', EndpointConfigName: 'c' }));
    sim.clock.advance(4000);
    expect((await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'e', requests: 10, minutes: 1, account: STAGING })).status).toBe(200);
    const elsewhere = await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'e', requests: 10, minutes: 1 });
    expect([elsewhere.status, (await elsewhere.json()).message]).toEqual([400, 'endpoint e does not exist or is not InService']);
    expect((await control(sim, 'POST', '/_sim/autoscaling/capacity', { endpointName: 'e', variantName: 'v', desiredInstanceCount: 2, account: STAGING })).status).toBe(200);
    expect((await c.send(new DescribeEndpointCommand({ EndpointName: 'e' }))).ProductionVariants?.[0]?.CurrentInstanceCount).toBe(2);
  });
});

describe('PutModelPackageGroupPolicy, GetModelPackageGroupPolicy, DeleteModelPackageGroupPolicy', () => {
  it('store the policy of the caller own group; bad policies are refused as the model and the simulator say', async () => {
    await registry().send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    const noneYet = await rejection(registry().send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn' })));
    expect(noneYet.message).toBe(`Cannot find resource policy for: ${GROUP_ARN}`);
    const put = await putPolicy(statement({ Action: 'sagemaker:DescribeModelPackageGroup' }));
    expect(put.ModelPackageGroupArn).toBe(GROUP_ARN);
    const got = await registry().send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn' }));
    expect(JSON.parse(got.ResourcePolicy!).Statement[0].Action).toBe('sagemaker:DescribeModelPackageGroup');
    // the name always means the caller's own group: another account has no group of that name
    const other = await rejection(staging().send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn' })));
    expect(other.message).toBe('ModelPackageGroup churn does not exist.');
    const bad = async (policy: string) => (await rejection(registry().send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn', ResourcePolicy: policy })))).message;
    expect(await bad('x'.repeat(20481))).toContain("at 'resourcePolicy' failed to satisfy constraint: Member must have length less than or equal to 20480");
    expect(await bad('{"Version": "2012-10-17",\n"Statement": []}')).toContain("at 'resourcePolicy' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect(await bad('not json')).toBe('Invalid resource policy: the policy is not JSON.');
    expect(await bad('{"Statement": []}')).toBe('Invalid resource policy: Version must be one of 2012-10-17, 2008-10-17.');
    expect(await bad(JSON.stringify({ Version: '2012-10-17', Statement: [] }))).toBe('Invalid resource policy: Statement must be a statement or a non-empty list of statements.');
    expect(await bad(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 'sagemaker:*' } }))).toBe(
      'Invalid resource policy: Statement 1: Resource must be a string or a non-empty list of strings.'
    );
    expect(await bad(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Federated: 'x' }, Action: 'a', Resource: '*' } }))).toBe(
      'Invalid resource policy: Statement 1: Principal must be "*" or {"AWS": ..., "Service": ...}.'
    );
    expect(await bad(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', NotPrincipal: '*', Action: 'a', Resource: '*' } }))).toBe(
      'Invalid resource policy: Statement 1: NotPrincipal is not supported by the simulator.'
    );
    await registry().send(new DeleteModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn' }));
    expect((await rejection(registry().send(new DeleteModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn' })))).message).toBe(
      `Cannot find resource policy for: ${GROUP_ARN}`
    );
  });
});

describe('a call on a group of another account', () => {
  it.each(CROSS)('%s is refused without a policy, naming the action and resource, and allowed by one', async (action, resource, call) => {
    await registryWithVersion();
    const err = await rejection(call(staging()));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.$metadata?.httpStatusCode).toBe(400);
    expect(err.message).toBe(noPolicy(STAGING, action, resource));
    await putPolicy(statement({ Action: `sagemaker:${action}` }));
    await expect(call(staging())).resolves.toBeDefined();
    // an account the policy does not name is still refused
    expect((await rejection(call(sm(key(OUTSIDER))))).message).toBe(noPolicy(OUTSIDER, action, resource));
  });

  it('a version created through the group ARN lives in the owner account; the caller keeps none', async () => {
    await registryWithVersion();
    await putPolicy(statement({ Action: ['sagemaker:CreateModelPackage', 'sagemaker:DescribeModelPackage'] }));
    const out = await staging().send(new CreateModelPackageCommand({ ModelPackageGroupName: GROUP_ARN, InferenceSpecification: spec }));
    expect(out.ModelPackageArn).toBe(v(2));
    expect((await registry().send(new DescribeModelPackageCommand({ ModelPackageName: v(2) }))).ModelApprovalStatus).toBe('PendingManualApproval');
    expect((await staging().send(new ListModelPackagesCommand({ ModelPackageType: 'Both' }))).ModelPackageSummaryList).toEqual([]);
  });

  it('DeleteModelPackage is evaluated like the others; tags and DeleteModelPackageGroup are refused whatever the policy says', async () => {
    await registryWithVersion();
    await putPolicy(statement({ Action: 'sagemaker:*' }));
    const tag = await rejection(staging().send(new AddTagsCommand({ ResourceArn: GROUP_ARN, Tags: [{ Key: 'k', Value: 'v' }] })));
    expect(tag.message).toBe(noPolicy(STAGING, 'AddTags', GROUP_ARN));
    expect((await rejection(staging().send(new ListTagsCommand({ ResourceArn: GROUP_ARN })))).message).toBe(noPolicy(STAGING, 'ListTags', GROUP_ARN));
    expect((await rejection(staging().send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN })))).message).toBe(noPolicy(STAGING, 'DeleteModelPackageGroup', GROUP_ARN));
    const unversioned = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/solo`;
    expect((await rejection(staging().send(new DescribeModelPackageCommand({ ModelPackageName: unversioned })))).message).toBe(noPolicy(STAGING, 'DescribeModelPackage', unversioned));
    await staging().send(new DeleteModelPackageCommand({ ModelPackageName: v(1) }));
    expect((await rejection(registry().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) })))).message).toBe(`ModelPackage ${v(1)} does not exist.`);
  });

  it('an explicit Deny wins over an Allow, with IAM explicit-deny wording', async () => {
    await registryWithVersion();
    await putPolicy(statement({ Action: 'sagemaker:*' }), statement({ Effect: 'Deny', Action: 'sagemaker:UpdateModelPackage' }));
    await staging().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) }));
    const err = await rejection(staging().send(new UpdateModelPackageCommand({ ModelPackageArn: v(1), ModelApprovalStatus: 'Rejected' })));
    expect(err.message).toBe(
      `User: ${principal(STAGING)} is not authorized to perform: sagemaker:UpdateModelPackage on resource: ${v(1)} with an explicit deny in a resource-based policy`
    );
    expect((await registry().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) }))).ModelApprovalStatus).toBe('Approved');
  });

  it('wildcard actions match case-insensitively; a resource pattern must match the version; Principal "*" and the bare account id match', async () => {
    await registryWithVersion();
    await putPolicy(statement({ Action: 'SageMaker:describe*', Principal: { AWS: STAGING } }));
    await staging().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) }));
    await staging().send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN }));
    expect((await rejection(staging().send(new ListModelPackagesCommand({ ModelPackageGroupName: GROUP_ARN })))).message).toBe(noPolicy(STAGING, 'ListModelPackages', VERSIONS));
    await putPolicy(statement({ Action: 'sagemaker:DescribeModelPackage', Principal: '*', Resource: `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/churn/?` }));
    await sm(key(OUTSIDER)).send(new DescribeModelPackageCommand({ ModelPackageName: v(1) }));
    await putPolicy(statement({ Action: 'sagemaker:DescribeModelPackage', Resource: `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/other/*` }));
    expect((await rejection(staging().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) })))).message).toBe(noPolicy(STAGING, 'DescribeModelPackage', v(1)));
  });

  it('a statement with a Condition: an Allow is not applied, a Deny is (conditions are not evaluated: worst case)', async () => {
    await registryWithVersion();
    const condition = { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } };
    await putPolicy(statement({ Action: 'sagemaker:DescribeModelPackage', Condition: condition }));
    expect((await rejection(staging().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) })))).message).toBe(noPolicy(STAGING, 'DescribeModelPackage', v(1)));
    await putPolicy(statement({ Action: 'sagemaker:DescribeModelPackage' }), statement({ Effect: 'Deny', Action: 'sagemaker:DescribeModelPackage', Condition: condition }));
    expect((await rejection(staging().send(new DescribeModelPackageCommand({ ModelPackageName: v(1) })))).message).toContain('with an explicit deny in a resource-based policy');
  });

  it('BatchDescribeModelPackage is refused as a whole when one ARN is not allowed', async () => {
    await registryWithVersion();
    await staging().send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    await staging().send(new CreateModelPackageCommand({ ModelPackageGroupName: 'churn', InferenceSpecification: spec }));
    const err = await rejection(staging().send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: [v(1, STAGING), v(1)] })));
    expect(err.message).toBe(noPolicy(STAGING, 'BatchDescribeModelPackage', v(1)));
  });

  it('Search and ListModelPackageGroups with CrossAccount never return a group shared by a policy (RAM discovery is not modelled)', async () => {
    await registryWithVersion();
    await putPolicy(statement({ Action: 'sagemaker:*' }));
    const search = await staging().send(new SearchCommand({ Resource: 'ModelPackage', CrossAccountFilterOption: 'CrossAccount' }));
    expect(search.Results).toEqual([]);
    const groups = await staging().send(new SearchCommand({ Resource: 'ModelPackageGroup', CrossAccountFilterOption: 'CrossAccount' }));
    expect(groups.Results).toEqual([]);
    const listed = await staging().send(new ListModelPackageGroupsCommand({ CrossAccountFilterOption: 'CrossAccount' }));
    expect(listed.ModelPackageGroupSummaryList).toEqual([]);
    // while the owner's own Search sees it
    expect((await registry().send(new SearchCommand({ Resource: 'ModelPackage' }))).Results).toHaveLength(1);
  });

  it('the seeding route shareWith writes an equivalent policy the owner can read', async () => {
    const res = await control(sim, 'POST', '/_sim/sagemaker/groups', { name: 'churn', accountId: REGISTRY, shareWith: [STAGING] });
    expect(await res.json()).toEqual({ ModelPackageGroupArn: GROUP_ARN, sharedWith: [STAGING] });
    const policy = JSON.parse((await registry().send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: 'churn' }))).ResourcePolicy!);
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${STAGING}:root`] }, Resource: [GROUP_ARN, VERSIONS] });
    await staging().send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN }));
    expect((await rejection(sm(key(OUTSIDER)).send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN })))).message).toBe(
      noPolicy(OUTSIDER, 'DescribeModelPackageGroup', GROUP_ARN)
    );
  });
});
