/**
 * rollback/ and promote/ against the simulator when the endpoint's ledger tags lie. Anyone allowed to tag the
 * endpoint can write `model-package-arn` and `previous-model-package-arn`: rollback goes only to an older,
 * Approved version of the group the live config serves, in its account and Region, that provably served the
 * endpoint before, and refuses anything else before any write; "already serves" is read from the live config.
 */
import { expect, test } from '@jest/globals';
import {
  AddTagsCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListTagsCommand,
  SageMakerClient
} from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);

const ENDPOINT = 'fraud-prod';
const EP_ARN = `arn:aws:sagemaker:us-east-1:123456789012:endpoint/${ENDPOINT}`;
const OTHER_ACCOUNT = '210987654321';

/** Registers commit n's image (Approved); with `deploy`, deploys it to the endpoint in the same run. */
async function register(n: number, o: { deploy?: boolean; group?: string; approval?: string } = {}): Promise<string> {
  const r = await runRegister({
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    runId: String(9000 + n),
    inputs: {
      image: `${ECR_IMAGE}:v${n}`,
      'model-package-group': o.group ?? GROUP,
      'resolve-digest': 'off',
      approval: o.approval ?? 'approved',
      comment: 'false',
      ...(o.deploy ? { 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1' } : {})
    }
  });
  expect(r.errors).toEqual([]);
  if (o.deploy) expect(r.outputs['deployment-status']).toBe('succeeded');
  return r.outputs['model-package-arn']!;
}
const release = (n: number) => register(n, { deploy: true });

/** An Approved version of the group in another Region, created straight through the API. */
async function foreignVersion(region: string): Promise<string> {
  const sm = new SageMakerClient({ region, endpoint: sim.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 });
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  const out = await sm.send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: GROUP,
      ModelApprovalStatus: 'Approved',
      InferenceSpecification: { Containers: [{ Image: `${ECR_IMAGE}:v1` }], SupportedContentTypes: ['application/json'], SupportedResponseMIMETypes: ['application/json'] }
    })
  );
  sm.destroy();
  return out.ModelPackageArn!;
}

const tags = async () => Object.fromEntries(((await client(sim).send(new ListTagsCommand({ ResourceArn: EP_ARN }))).Tags ?? []).map((t) => [t.Key, t.Value]));
const tag = (values: Record<string, string>) => client(sim).send(new AddTagsCommand({ ResourceArn: EP_ARN, Tags: Object.entries(values).map(([Key, Value]) => ({ Key, Value })) }));

/** What the endpoint really serves: the ModelPackageName of its live config's model. */
async function served(): Promise<string | undefined> {
  const sm = client(sim);
  const ep = await sm.send(new DescribeEndpointCommand({ EndpointName: ENDPOINT }));
  const config = await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName! }));
  const model = await sm.send(new DescribeModelCommand({ ModelName: config.ProductionVariants![0]!.ModelName! }));
  return [model.PrimaryContainer, ...(model.Containers ?? [])].find((k) => k?.ModelPackageName)?.ModelPackageName;
}

let runs = 0;
const rollback = (inputs: Record<string, string> = {}) =>
  runSub('rollback', { env: sim.env, eventName: 'workflow_dispatch', event: {}, runId: String(9500 + ++runs), inputs: { 'endpoint-name': ENDPOINT, 'poll-interval': '1', ...inputs } });

/** A rollback refused with exactly `error`, which wrote nothing to AWS and left the endpoint as it was. */
async function refused(error: string, inputs: Record<string, string> = {}): Promise<void> {
  const before = await served();
  const seq = (await sim.requests()).length;
  const r = await rollback(inputs);
  expect(r.errors).toEqual([error]);
  expect(r.code).toBe(1);
  expect((await sim.requests()).slice(seq).filter((q) => WRITE_OPERATIONS.test(q.operation))).toEqual([]);
  expect(await served()).toBe(before);
}
const tagRefusal = (value: string, rule: string) =>
  `Endpoint ${ENDPOINT}: tag previous-model-package-arn "${value}" ${rule}; not rolling back to it. Name the version to roll back to with to.`;

test('without to: the version that served before (the ledger, checked), not the newest other Approved version', async () => {
  const v1 = await release(1);
  const v2 = await release(2);
  const v3 = await register(3);
  const r = await rollback();
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v1, 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });
  expect(await served()).toBe(v1);
  expect(v3).not.toBe(v1);
});

test('without to: the version that served before, not the newest older Approved one that never served', async () => {
  const v1 = await release(1);
  const v2 = await register(2);
  const v3 = await release(3);
  expect(await tags()).toMatchObject({ 'model-package-arn': v3, 'previous-model-package-arn': v1 });
  const r = await rollback();
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v1, 'from-model-package-arn': v3, 'deployment-status': 'succeeded' });
  expect(await served()).toBe(v1);
  expect(v2).not.toBe(v1);
});

test('a previous-model-package-arn tag naming another group, Region or account, a newer version, or one that never served is refused before any write; the true one still works', async () => {
  // The endpoint first served a version of a group of the same name shared from another account, then one of
  // another group: both really served it, so only the account and group rules keep a rollback from going there.
  await sim.control('sagemaker/groups', { name: GROUP, accountId: OTHER_ACCOUNT, shareWith: ['123456789012'] });
  const otherAccount = await register(11, { deploy: true, group: `arn:aws:sagemaker:us-east-1:${OTHER_ACCOUNT}:model-package-group/${GROUP}` });
  const otherGroup = await register(12, { deploy: true, group: 'fraud-other' });
  const neverServed = await register(1);
  const v2 = await release(2);
  const v3 = await release(3);
  const newer = await register(4);
  const otherRegion = await foreignVersion('eu-west-1');
  expect([otherAccount, otherGroup, otherRegion]).toEqual([
    `arn:aws:sagemaker:us-east-1:${OTHER_ACCOUNT}:model-package/${GROUP}/1`,
    'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-other/1',
    `arn:aws:sagemaker:eu-west-1:123456789012:model-package/${GROUP}/1`
  ]);
  expect(await tags()).toMatchObject({ 'model-package-arn': v3, 'previous-model-package-arn': v2 });

  await tag({ 'previous-model-package-arn': otherGroup });
  await refused(tagRefusal(otherGroup, `is a version of group fraud-other, but the endpoint serves v3 of group ${GROUP}: a rollback stays in the group`));
  await tag({ 'previous-model-package-arn': newer });
  await refused(tagRefusal(newer, 'is v4, newer than v3, the version the endpoint serves: a rollback goes to an older version'));
  await tag({ 'previous-model-package-arn': otherRegion });
  await refused(tagRefusal(otherRegion, 'is in Region eu-west-1 (aws), but the endpoint is in us-east-1 (aws)'));
  await tag({ 'previous-model-package-arn': otherAccount });
  await refused(tagRefusal(otherAccount, `is in account ${OTHER_ACCOUNT}, but the version the endpoint serves, v3 of ${GROUP}, is in account 123456789012`));
  await tag({ 'previous-model-package-arn': neverServed });
  await refused(
    tagRefusal(neverServed, 'names a version this action cannot prove served the endpoint before (no earlier endpoint config of it names that version, and the version records no deployment to it)')
  );
  // The same rules hold for to.
  await refused(`Input 'to': "${otherGroup}" is a version of group fraud-other, but the endpoint serves v3 of group ${GROUP}: a rollback stays in the group`, { to: otherGroup });
  await refused(`Input 'to': "${newer}" is v4, newer than v3, the version the endpoint serves: a rollback goes to an older version`, { to: '4' });

  // The true ledger entry: the rollback goes through.
  await tag({ 'previous-model-package-arn': v2 });
  const r = await rollback();
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v2, 'from-model-package-arn': v3, 'deployment-status': 'succeeded' });
  expect(await served()).toBe(v2);
  expect(await tags()).toMatchObject({ 'model-package-arn': v2, 'previous-model-package-arn': v3, 'last-change': 'rollback' });

  // Flipping last-change back to deploy would make "previous" (v3, which did serve) a target: it is newer, so no.
  await tag({ 'last-change': 'deploy' });
  await refused(tagRefusal(v3, 'is v3, newer than v2, the version the endpoint serves: a rollback goes to an older version'));
}, 120_000);

test('a forged model-package-arn tag naming the version does not make promote report unchanged: the endpoint is updated and serves it', async () => {
  const v1 = await release(1);
  const v2 = await register(2, { approval: 'pending' });
  await tag({ 'model-package-arn': v2 });
  const r = await runSub('promote', {
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    runId: '9700',
    inputs: { 'model-package-group': GROUP, version: '2', 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1', comment: 'false' }
  });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'model-package-arn': v2, 'deployment-status': 'succeeded' });
  expect(await sim.requests({ operation: 'UpdateEndpoint' })).toHaveLength(1);
  expect(await served()).toBe(v2);
  // The ledger names what the live config served before, not what the forged tag implied.
  expect(await tags()).toMatchObject({ 'model-package-arn': v2, 'previous-model-package-arn': v1 });
  // Run again: now the live config serves v2, so it is unchanged.
  const again = await runSub('promote', {
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    runId: '9701',
    inputs: { 'model-package-group': GROUP, version: '2', 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1', comment: 'false' }
  });
  expect(again.errors).toEqual([]);
  expect(again.outputs['deployment-status']).toBe('unchanged');
  expect(await sim.requests({ operation: 'UpdateEndpoint' })).toHaveLength(1);
});
