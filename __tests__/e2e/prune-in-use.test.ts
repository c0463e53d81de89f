/**
 * prune/ never deletes a version in use, with retention that would otherwise delete every version: one served
 * only as a shadow variant, one served only through an inference component, one named only by an endpoint
 * configuration that no endpoint uses. It fails closed when what uses the versions cannot be read, and refuses a
 * group given by ARN (other accounts' endpoints cannot be seen) unless allow-shared-group is set.
 */
import { expect, test } from '@jest/globals';
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateInferenceComponentCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  type ProductionVariant
} from '@aws-sdk/client-sagemaker';
import { client, ECR_IMAGE, GROUP, ROLE, runSub, sha } from '../helpers/pipeline.js';
import { useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim({ clockSpeed: 0, endpointCreateMs: 1_000 });

const ACCOUNT = '123456789012';
const OTHER = '111122223333';
const arn = (n: number, account = ACCOUNT) => `arn:aws:sagemaker:us-east-1:${account}:model-package/${GROUP}/${n}`;
/** Retention that keeps nothing: only what is in use stays. */
const NOTHING = { 'keep-latest': '0', 'keep-days': '0', 'keep-approved': 'false' };

/** `count` approved versions of the group (in another account's shared group when `groupArn` is given). */
async function versions(count: number, groupArn?: string): Promise<void> {
  const sm = client(sim);
  if (!groupArn) await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  for (let n = 1; n <= count; n++) {
    await sm.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: groupArn ?? GROUP,
        ModelApprovalStatus: 'Approved',
        InferenceSpecification: { Containers: [{ Image: `${ECR_IMAGE}:v${n}` }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
        CustomerMetadataProperties: { 'git-commit': sha(n) }
      })
    );
  }
}

/** A model of version n (ModelPackageName), or of a plain image when n is 0. */
async function model(name: string, n: number): Promise<void> {
  const container = n ? { ModelPackageName: arn(n) } : { Image: `${ECR_IMAGE}:plain` };
  await client(sim).send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: ROLE, PrimaryContainer: container }));
}

const variant = (name: string, modelName?: string): ProductionVariant => ({ VariantName: name, ...(modelName ? { ModelName: modelName } : {}), InstanceType: 'ml.m5.large', InitialInstanceCount: 1 });

async function endpoint(name: string, config: string): Promise<void> {
  await client(sim).send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: config }));
  await sim.control('clock', { advanceMs: 1_000 });
}

const prune = (inputs: Record<string, string>) => runSub('prune', { env: sim.env, eventName: 'schedule', event: {}, inputs: { 'model-package-group': GROUP, ...NOTHING, ...inputs } });
const deletedVersions = (out: string | undefined) => (JSON.parse(out ?? '[]') as string[]).map((a) => Number(a.split('/').pop())).sort((a, b) => a - b);

test('a version served only as a shadow variant is kept', async () => {
  await versions(3);
  await model('live', 0); // the production variant's model names no version
  await model('candidate', 2);
  await client(sim).send(new CreateEndpointConfigCommand({ EndpointConfigName: 'shadow-test', ProductionVariants: [variant('AllTraffic', 'live')], ShadowProductionVariants: [variant('Shadow', 'candidate')] }));
  await endpoint('fraud-shadow', 'shadow-test');
  const r = await prune({});
  expect(r.errors).toEqual([]);
  expect(deletedVersions(r.outputs.deleted)).toEqual([1, 3]);
  expect(r.summary).toContain('| 2 | serving on fraud-shadow |');
});

test('versions served only through inference components are kept (ModelPackageName and model-package-arn tag)', async () => {
  await versions(4);
  const sm = client(sim);
  await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'ic-config', ProductionVariants: [variant('AllTraffic')], ExecutionRoleArn: ROLE }));
  await endpoint('fraud-ic', 'ic-config');
  await model('ic-from-package', 3);
  // A model built from the image (a private registry) names its version by this action's tag.
  await sm.send(new CreateModelCommand({ ModelName: 'ic-from-image', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: `${ECR_IMAGE}:v1` } }));
  await sm.send(new AddTagsCommand({ ResourceArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/ic-from-image`, Tags: [{ Key: 'model-package-arn', Value: arn(1) }] }));
  for (const [ic, m] of [['ic-a', 'ic-from-package'], ['ic-b', 'ic-from-image']] as const) {
    await sm.send(new CreateInferenceComponentCommand({ InferenceComponentName: ic, EndpointName: 'fraud-ic', VariantName: 'AllTraffic', Specification: { ModelName: m }, RuntimeConfig: { CopyCount: 1 } }));
  }
  const r = await prune({});
  expect(r.errors).toEqual([]);
  expect(deletedVersions(r.outputs.deleted)).toEqual([2, 4]);
  expect(r.summary).toContain('| 3 | serving on fraud-ic |');
  expect(r.summary).toContain('| 1 | serving on fraud-ic |');
  expect(r.summary).toContain('looked up in 1 endpoint(s), 2 inference component(s) and 1 endpoint configuration(s)');
});

test('a version named only by an endpoint configuration that no endpoint uses is kept (a rollback can deploy it again)', async () => {
  await versions(3);
  await model('old-model', 1);
  await client(sim).send(new CreateEndpointConfigCommand({ EndpointConfigName: 'fraud-v1-config', ProductionVariants: [variant('AllTraffic', 'old-model')] }));
  const r = await prune({});
  expect(r.errors).toEqual([]);
  expect(deletedVersions(r.outputs.deleted)).toEqual([2, 3]);
  expect(r.summary).toContain('| 1 | named by endpoint configuration fraud-v1-config, which a rollback can deploy again |');
});

test('what uses the versions cannot be read: nothing is deleted, and one line says which read failed', async () => {
  await versions(2);
  await model('old-model', 1);
  await client(sim).send(new CreateEndpointConfigCommand({ EndpointConfigName: 'fraud-v1-config', ProductionVariants: [variant('AllTraffic', 'old-model')] }));
  await sim.control('faults', { deny: ['DescribeModel'] });
  const r = await prune({});
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Not pruning: what uses the versions could not be read, so a version in use could be deleted\. Nothing was deleted\. Could not read model old-model: sagemaker:DescribeModel was denied/);
  expect(await sim.requests({ operation: 'DeleteModelPackage' })).toEqual([]);
});

test('the cost of the look-up: each endpoint, configuration and model is read once', async () => {
  await versions(3);
  for (const n of [1, 2, 3]) await model(`m${n}`, n);
  const sm = client(sim);
  for (const n of [1, 2, 3]) await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: `c${n}`, ProductionVariants: [variant('AllTraffic', `m${n}`)] }));
  await endpoint('a', 'c3');
  await endpoint('b', 'c3'); // two endpoints share a config and its model
  const since = (await sim.requests()).length;
  const r = await prune({ 'dry-run': 'true' });
  expect(r.errors).toEqual([]);
  const ops: Record<string, number> = {};
  for (const q of (await sim.requests()).slice(since)) ops[q.operation] = (ops[q.operation] ?? 0) + 1;
  expect(ops).toEqual({
    ListEndpoints: 1,
    DescribeEndpoint: 2,
    ListTags: 2, // the ledgers; models naming a version by ModelPackageName need no tags
    DescribeEndpointConfig: 3,
    DescribeModel: 3,
    ListEndpointConfigs: 1,
    ListInferenceExperiments: 1, // no experiment: nothing to describe
    ListModelPackages: 1
  });
  expect(deletedVersions(r.outputs.deleted)).toEqual([]);
});

test('a group given by ARN is refused without allow-shared-group; a dry run shows it; with the opt-in the summary says what cannot be seen', async () => {
  const groupArn = `arn:aws:sagemaker:us-east-1:${OTHER}:model-package-group/${GROUP}`;
  await sim.control('sagemaker/groups', { name: GROUP, accountId: OTHER, shareWith: [ACCOUNT] });
  await versions(3, groupArn);
  const refused = await prune({ 'model-package-group': groupArn });
  expect(refused.errors).toEqual([
    `Input 'model-package-group': "${groupArn}" is a group ARN: other accounts may deploy its versions, and their endpoints cannot be seen from this account; set allow-shared-group: true to prune it anyway (a dry run shows what would go)`
  ]);
  expect(refused.summary).toContain('is a group ARN: other accounts may deploy its versions');
  expect((await sim.requests()).filter((q) => q.service === 'sagemaker' && !['CreateModelPackage'].includes(q.operation))).toEqual([]);

  const dry = await prune({ 'model-package-group': groupArn, 'dry-run': 'true' });
  expect(dry.errors).toEqual([]);
  expect(deletedVersions(dry.outputs.deleted)).toEqual([1, 2, 3]);
  expect(dry.summary).toContain(`⚠️ The group is given by ARN (account ${OTHER}): endpoints and endpoint configurations of other accounts`);
  expect(dry.summary).toContain('a real run needs allow-shared-group: true');
  expect((await sim.requests()).filter((q) => WRITE_OPERATIONS.test(q.operation) && q.operation !== 'CreateModelPackage')).toEqual([]);

  const r = await prune({ 'model-package-group': groupArn, 'allow-shared-group': 'true' });
  expect(r.errors).toEqual([]);
  expect(JSON.parse(r.outputs.deleted!)).toEqual([3, 2, 1].map((n) => arn(n, OTHER)));
  expect(r.summary).toContain('cannot be seen from this account, so a version they use can be deleted (allow-shared-group is true)');
});
