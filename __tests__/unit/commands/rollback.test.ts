import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { jobSummary } from '../../helpers/job-summary.js';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AddTagsCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateModelPackageCommand,
  type DescribeEndpointConfigOutput,
  type DescribeModelOutput,
  type DescribeModelPackageOutput
} from '@aws-sdk/client-sagemaker';
import type { DeployOptions, Deployment, DeployStatus } from '../../../src/deploy/step.js';
import type { CommandState } from '../../../src/commands/run.js';
import type { RollbackConfig } from '../../../src/commands/rollback.js';

// The blue/green deploy has its own tests (deploy/step.test.ts): here it only records what rollback asks of it.
const deployVersion = jest.fn<(sm: SageMakerClient, o: DeployOptions, d: Deployment) => Promise<void>>();
jest.unstable_mockModule('../../../src/deploy/step.js', () => ({ deployVersion }));

const { readRollback, rollbackSpec, run } = await import('../../../src/commands/rollback.js');
const { readCommon } = await import('../../../src/commands/inputs.js');
const { Clients } = await import('../../../src/aws/clients.js');
const { ActionError } = await import('../../../src/errors.js');

const ACCOUNT = '123456789012';
const EP = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/prod`;
const MODEL = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/prod-v3`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/SageMakerExecution`;
const v = (n: number, group = 'g', region = 'us-east-1') => `arn:aws:sagemaker:${region}:${ACCOUNT}:model-package/${group}/${n}`;
const ctx = { sha: 'a'.repeat(40), refName: 'main', runId: '7', serverUrl: 'https://github.com', repository: 'acme/m' } as CommandState<RollbackConfig>['ctx'];
const NOW = 1_700_000_000_000;

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const common = () => readCommon(read({ 'aws-region': 'us-east-1' }), {}, () => undefined);
const readTo = (to: string, endpoint = 'prod') => readRollback(read({ 'endpoint-name': endpoint, to }), common());

describe('readRollback', () => {
  test('endpoint-name is required and must be an endpoint name', () => {
    expect(() => readTo('', '')).toThrow(`Input 'endpoint-name': "" is required: the endpoint to roll back`);
    const rule = 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit';
    for (const bad of ['prod_1', '-prod', 'prod-', 'a'.repeat(64)]) expect(() => readTo('', bad)).toThrow(`Input 'endpoint-name': "${bad}" ${rule}`);
    expect(readTo('', 'a'.repeat(63)).endpointName).toBe('a'.repeat(63));
    expect(readTo('', 'p')).toMatchObject({ endpointName: 'p' });
  });

  test('to: empty means the default target; a version number from 1 to 999999999', () => {
    expect(readTo('')).not.toHaveProperty('to');
    expect(readTo('1').to).toBe(1);
    expect(readTo('999999999').to).toBe(999999999);
    for (const bad of ['0', '007', '1000000000']) {
      expect(() => readTo(bad)).toThrow(`Input 'to': "${bad}" must be a version number (1, 2, …) or a version ARN`);
    }
  });

  test('to: a version ARN of the action Region; anything else is refused', () => {
    expect(readTo(v(2, 'other')).to).toBe(v(2, 'other'));
    expect(() => readTo(v(2, 'g', 'eu-west-1'))).toThrow(`Input 'to': "${v(2, 'g', 'eu-west-1')}" is in Region eu-west-1, but the action runs in us-east-1`);
    expect(() => readTo('latest')).toThrow(`Input 'to': "latest" must be a model package version ARN`);
    expect(() => readTo('-1')).toThrow(`Input 'to': "-1" must be a model package version ARN`);
  });
});

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const LIVE = 'prod-v3-aaaaaa';
const EARLIER = 'prod-v2-bbbbbb';
const T2 = new Date('2025-06-01T10:00:00Z');
const T3 = new Date('2025-06-02T10:00:00Z');

/** The live config of `prod` (DescribeEndpointConfig). */
const liveConfig = (extra: Partial<DescribeEndpointConfigOutput> = {}): DescribeEndpointConfigOutput =>
  ({
    CreationTime: T3,
    KmsKeyId: 'alias/endpoints',
    DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 20, DestinationS3Uri: 's3://capture/prod', CaptureOptions: [{ CaptureMode: 'Input' }] },
    ProductionVariants: [{ VariantName: 'blue', ModelName: LIVE, InstanceType: 'ml.c5.xlarge', InitialInstanceCount: 3 }],
    ...extra
  }) as DescribeEndpointConfigOutput;
const liveModel = (model: Partial<DescribeModelOutput> = {}) => ({ ModelArn: MODEL, PrimaryContainer: { ModelPackageName: v(3) }, ExecutionRoleArn: ROLE, ...model }) as DescribeModelOutput;

/** The endpoint `prod`: its ledger tags, and the model its live config serves. */
function endpoint(tags: Record<string, string>, model: Partial<DescribeModelOutput> = {}) {
  sm.on(DescribeEndpointCommand).resolves({ EndpointName: 'prod', EndpointArn: EP, EndpointConfigName: LIVE, CreationTime: new Date('2025-01-01T00:00:00Z') });
  sm.on(ListTagsCommand, { ResourceArn: EP }).resolves({ Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) });
  sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(liveConfig());
  sm.on(DescribeModelCommand, { ModelName: LIVE }).resolves(liveModel(model));
}
/** An earlier config of the endpoint, still there, whose model serves `version`. */
function earlierConfig(version: string, created = T2) {
  const summary = (name: string, at: Date) => ({ EndpointConfigName: name, EndpointConfigArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint-config/${name}`, CreationTime: at });
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [summary(LIVE, T3), summary(EARLIER, created)] });
  sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: EARLIER }).resolves({ CreationTime: created, ProductionVariants: [{ VariantName: 'blue', ModelName: EARLIER }] });
  sm.on(DescribeModelCommand, { ModelName: EARLIER }).resolves({ PrimaryContainer: { ModelPackageName: version } });
}
const LEDGER = { 'model-package-arn': v(3), 'previous-model-package-arn': v(2), 'last-change': 'deploy' };

async function rollback(inputs: Record<string, string> = {}, status: DeployStatus = 'succeeded') {
  const r = read({ 'aws-region': 'us-east-1', 'endpoint-name': 'prod', ...inputs });
  const s: CommandState<RollbackConfig> = { outputs: {}, common: readCommon(r, {}, () => undefined), ctx };
  const io = { clients: new Clients({ region: 'us-east-1', maxAttempts: 1, runId: '7' }, async () => client), clock: { now: () => NOW, sleep: async () => undefined }, deadline: NOW + 1, env: {}, progress: async () => undefined };
  deployVersion.mockImplementation(async (_sm, _o, d) => void (d.status = status));
  await rollbackSpec.execute(s, rollbackSpec.read(r, s.common!, {}), io);
  return s;
}
const deployed = () => deployVersion.mock.calls.map(([, o]) => o.versionArn);
const options = () => deployVersion.mock.calls[0]![1];
const markedRollback = () => sm.commandCalls(AddTagsCommand).map((c) => [c.args[0].input.ResourceArn, c.args[0].input.Tags]);
/** Every version is Completed and Approved unless `versions` says otherwise. */
let versions: Record<string, Partial<DescribeModelPackageOutput>>;

beforeEach(() => {
  sm.reset();
  deployVersion.mockReset();
  versions = {};
  sm.on(AddTagsCommand).resolves({});
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(DescribeModelPackageCommand).callsFake(({ ModelPackageName }: { ModelPackageName: string }) => {
    const [, group, n] = /model-package\/([^/]+)\/(\d+)$/.exec(ModelPackageName)!;
    return { ModelPackageArn: ModelPackageName, ModelPackageGroupName: group, ModelPackageVersion: Number(n), ModelPackageStatus: 'Completed', ModelApprovalStatus: 'Approved', ...versions[ModelPackageName] };
  });
});

describe('the target', () => {
  test('by default, the version that served before the current one; the ledger then records a rollback', async () => {
    endpoint(LEDGER);
    earlierConfig(v(2));
    const s = await rollback();
    expect(deployed()).toEqual([v(2)]);
    expect(s.outputs).toEqual({ 'model-package-arn': v(2), 'from-model-package-arn': v(3) });
    expect(s.report?.headline).toBe('Rolled back prod from v3 to v2');
    expect(s.report?.title).toBe('SageMaker rollback');
    expect(markedRollback()).toEqual([[EP, [{ Key: 'last-change', Value: 'rollback' }]]]);
  });

  test('to as a number: that version of the group the endpoint serves', async () => {
    endpoint(LEDGER);
    await rollback({ to: '1' });
    expect(deployed()).toEqual([v(1)]);
  });

  test('to as an ARN of the group the endpoint serves', async () => {
    endpoint(LEDGER);
    await rollback({ to: v(1) });
    expect(deployed()).toEqual([v(1)]);
  });

  test('after a rollback, a second one needs to: going back to "previous" would undo the first', async () => {
    endpoint({ ...LEDGER, 'last-change': 'rollback' });
    await expect(rollback()).rejects.toThrow(
      new ActionError('Endpoint prod was last changed by a rollback (from v2); a second rollback goes further back only when you name the version with to.')
    );
    expect(deployed()).toEqual([]);
    await rollback({ to: '1' });
    expect(deployed()).toEqual([v(1)]);
  });

  test('no earlier version in the ledger: a clear error, nothing deployed', async () => {
    endpoint({ 'model-package-arn': v(3) });
    await expect(rollback()).rejects.toThrow('Endpoint prod has no earlier version in its deployment ledger (tag previous-model-package-arn); name one with to.');
    expect(deployed()).toEqual([]);
  });

  test('the version the live config serves is the current one; a ledger naming another is not followed', async () => {
    endpoint({ 'model-package-arn': v(4), 'previous-model-package-arn': v(3) }, { PrimaryContainer: { ModelPackageName: v(2) } });
    earlierConfig(v(3));
    await expect(rollback()).rejects.toThrow(
      `Endpoint prod: tag previous-model-package-arn "${v(3)}" cannot be trusted: the ledger's model-package-arn "${v(4)}" is not the version the endpoint serves (${v(2)}); not rolling back to it. Name the version to roll back to with to.`
    );
    const s = await rollback({ to: '1' });
    expect(deployed()).toEqual([v(1)]);
    expect(s.outputs['from-model-package-arn']).toBe(v(2));
    expect(s.report?.headline).toBe('Rolled back prod from v2 to v1');
  });

  test('without ledger tags, the live model names the current version (a number then resolves in its group)', async () => {
    endpoint({}, { PrimaryContainer: { ModelPackageName: v(3, 'live') } });
    await rollback({ to: '2' });
    expect(deployed()).toEqual([v(2, 'live')]);
  });

  test('no version the live config provably serves, or the target already serving: refused', async () => {
    endpoint(LEDGER, { PrimaryContainer: { Image: 'x' } });
    sm.on(ListTagsCommand, { ResourceArn: MODEL }).resolves({ Tags: [] });
    await expect(rollback({ to: v(2) })).rejects.toThrow(
      `Endpoint prod serves no model package version this action can verify on its live config ${LIVE}; a rollback starts from the one version it serves.`
    );
    endpoint(LEDGER);
    await expect(rollback({ to: '3' })).rejects.toThrow(`Input 'to': "${v(3)}" is v3, the version the endpoint already serves: nothing to roll back`);
    expect(deployed()).toEqual([]);
  });

  test('an endpoint that does not exist', async () => {
    sm.on(DescribeEndpointCommand).rejects(Object.assign(new Error('Could not find endpoint "prod".'), { name: 'ValidationException' }));
    await expect(rollback()).rejects.toThrow('Endpoint prod does not exist: there is nothing to roll back.');
  });
});

describe('the deploy', () => {
  beforeEach(() => earlierConfig(v(2)));

  test('inputs left empty take the live endpoint config and model', async () => {
    endpoint(LEDGER, { EnableNetworkIsolation: true, VpcConfig: { Subnets: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'], SecurityGroupIds: ['sg-0123456789abcdef0', 'sg-0123456789abcdef1'] } });
    await rollback();
    expect(options().deploy).toMatchObject({
      endpointName: 'prod',
      instanceType: 'ml.c5.xlarge',
      instanceCount: 3,
      variantName: 'blue',
      kmsKeyId: 'alias/endpoints',
      executionRoleArn: ROLE,
      vpcSubnets: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
      vpcSecurityGroups: ['sg-0123456789abcdef0', 'sg-0123456789abcdef1'],
      networkIsolation: true,
      dataCapture: { destination: 's3://capture/prod', samplingPercent: 20 }
    });
  });

  test('inputs the workflow sets win; what the live model lacks stays at its default', async () => {
    endpoint(LEDGER);
    await rollback({ 'instance-type': 'ml.m5.xlarge', 'instance-count': '2', 'execution-role-arn': `${ROLE}2` });
    expect(options().deploy).toMatchObject({ instanceType: 'ml.m5.xlarge', instanceCount: 2, executionRoleArn: `${ROLE}2`, vpcSubnets: [], networkIsolation: false });
  });

  test('a live model without a role and no execution-role-arn input: the deploy input error', async () => {
    endpoint(LEDGER, { ExecutionRoleArn: undefined });
    await expect(rollback()).rejects.toThrow(`Input 'execution-role-arn': "" is required to deploy`);
  });

  test('the time budget follows the deploy policy unless wait-timeout is set', async () => {
    endpoint(LEDGER);
    await rollback({ 'max-execution-timeout': '7200' });
    expect(options().deadline).toBe(NOW + (7200 + 15 * 60) * 1000);
    deployVersion.mockClear();
    await rollback({ 'wait-timeout': '600' });
    expect(options().deadline).toBe(NOW + 1);
  });

  test('a dry run or a failed deploy does not mark the ledger', async () => {
    endpoint(LEDGER);
    const s = await rollback({}, 'planned');
    expect(s.report?.headline).toBe('Dry run: would roll back prod from v3 to v2');
    await rollback({}, 'rolled-back');
    expect(markedRollback()).toEqual([]);
  });

  test('a ledger that cannot be marked is a warning, not a failed rollback', async () => {
    endpoint(LEDGER);
    sm.on(AddTagsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(rollback()).resolves.toMatchObject({ outputs: { 'model-package-arn': v(2) } });
  });
});

describe('the target is checked, whatever names it; a refusal writes nothing', () => {
  const refusedWith = async (message: string, inputs: Record<string, string> = {}) => {
    await expect(rollback(inputs)).rejects.toThrow(message);
    expect(deployed()).toEqual([]);
    expect(sm.commandCalls(AddTagsCommand)).toHaveLength(0);
  };
  const tagged = (value: string, rule: string) => `Endpoint prod: tag previous-model-package-arn "${value}" ${rule}; not rolling back to it. Name the version to roll back to with to.`;

  test('a ledger naming another group, account, Region or a newer version', async () => {
    for (const [value, rule] of [
      [v(2, 'other'), 'is a version of group other, but the endpoint serves v3 of group g: a rollback stays in the group'],
      [v(4), 'is v4, newer than v3, the version the endpoint serves: a rollback goes to an older version'],
      [v(2, 'g', 'eu-west-1'), 'is in Region eu-west-1 (aws), but the endpoint is in us-east-1 (aws)'],
      [v(2).replace(ACCOUNT, '999999999999'), `is in account 999999999999, but the version the endpoint serves, v3 of g, is in account ${ACCOUNT}`],
      ['arn:aws:sagemaker:us-east-1:1:model-package/g/2\n::stop-commands::x', 'is not a model package version ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)']
    ]) {
      endpoint({ ...LEDGER, 'previous-model-package-arn': value! });
      earlierConfig(value!);
      await refusedWith(tagged(JSON.stringify(value).slice(1, -1), rule!));
    }
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(0);
  });

  test('to naming another group is refused too', async () => {
    endpoint(LEDGER);
    await refusedWith(`Input 'to': "${v(1, 'other')}" is a version of group other, but the endpoint serves v3 of group g: a rollback stays in the group`, { to: v(1, 'other') });
  });

  test('a version that is not Completed and Approved, or that cannot be described', async () => {
    endpoint(LEDGER);
    earlierConfig(v(2));
    versions[v(2)] = { ModelApprovalStatus: 'Rejected' };
    await refusedWith(tagged(v(2), 'is Rejected: a rollback goes only to an Approved version'));
    versions[v(2)] = { ModelPackageStatus: 'Failed' };
    await refusedWith(tagged(v(2), 'is Failed: only a Completed version can be rolled back to'));
    sm.on(DescribeModelPackageCommand, { ModelPackageName: v(1) }).rejects(Object.assign(new Error('ModelPackage does not exist'), { name: 'ValidationException' }));
    await refusedWith(`Input 'to': "${v(1)}" could not be described (DescribeModelPackage failed; the reason is in the job log)`, { to: '1' });
  });

  test('the ledger’s version must have served the endpoint before: an earlier config that still names it', async () => {
    const NOT_PROVEN =
      'names a version this action cannot prove served the endpoint before (no earlier endpoint config of it names that version, and the version records no deployment to it)';
    endpoint(LEDGER);
    await refusedWith(tagged(v(2), NOT_PROVEN));
    earlierConfig(v(1));
    await refusedWith(tagged(v(2), NOT_PROVEN));
    // A config made after the live one (an update that never went live) proves nothing.
    earlierConfig(v(2), new Date(T3.getTime() + 1));
    await refusedWith(tagged(v(2), NOT_PROVEN));
    earlierConfig(v(2));
    await rollback();
    expect(deployed()).toEqual([v(2)]);
  });

  test('… or the version’s own record of a deployment to this endpoint since it exists', async () => {
    endpoint(LEDGER);
    versions[v(2)] = { CustomerMetadataProperties: { 'endpoint.prod': 'deployed 2024-12-01T00:00:00.000Z' } };
    await refusedWith('cannot prove served the endpoint before');
    versions[v(2)] = { CustomerMetadataProperties: { 'endpoint.prod': 'deployed 2025-05-01T00:00:00.000Z' } };
    await rollback();
    expect(deployed()).toEqual([v(2)]);
    expect(sm.commandCalls(ListEndpointConfigsCommand)).toHaveLength(1);
  });

  test('a live model built from an image: the version its tag names, once its image matches', async () => {
    const IMAGE = `registry.example.com/ml/g@sha256:${'a'.repeat(64)}`;
    endpoint(LEDGER, { PrimaryContainer: { Image: IMAGE } });
    sm.on(ListTagsCommand, { ResourceArn: MODEL }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(3) }] });
    versions[v(3)] = { InferenceSpecification: { Containers: [{ Image: IMAGE }] } };
    await rollback({ to: '1' });
    expect(deployed()).toEqual([v(1)]);
    deployVersion.mockClear();
    versions[v(3)] = { InferenceSpecification: { Containers: [{ Image: `registry.example.com/ml/g@sha256:${'b'.repeat(64)}` }] } };
    await expect(rollback({ to: '1' })).rejects.toThrow(`Endpoint prod serves no model package version this action can verify on its live config ${LIVE}`);
    expect(deployed()).toEqual([]);
  });
});

describe('more of what a rollback reads, refuses and says', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split(/\r?\n/).filter(Boolean));
      return true;
    });
  });
  afterEach(() => void jest.restoreAllMocks());
  const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

  test('to: digits followed by anything else is read as an ARN, and refused as one', () => {
    expect(() => readTo('12x')).toThrow(`Input 'to': "12x" must be a model package version ARN`);
  });

  test('to as a number: the version number is the ARN’s last part, whatever the group name and however many digits', async () => {
    endpoint({}, { PrimaryContainer: { ModelPackageName: v(12, '2024-fraud') } });
    await rollback({ to: '3' });
    expect(deployed()).toEqual([v(3, '2024-fraud')]);
  });

  // The live config and model are read twice: for the version they serve, then for the defaults; the second read fails.
  test.each([
    ['DescribeEndpointConfig', () => sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolvesOnce(liveConfig()).rejects(denied())],
    ['DescribeModel', () => sm.on(DescribeModelCommand, { ModelName: LIVE }).resolvesOnce(liveModel()).rejects(denied())]
  ])('reading the live defaults: a denied %s names the permission', async (action, deny) => {
    endpoint(LEDGER);
    deny();
    await expect(rollback({ to: '1' })).rejects.toThrow(`sagemaker:${action} was denied`);
    expect(sm.commandCalls(DescribeModelPackageCommand)).toHaveLength(1);
    expect(deployed()).toEqual([]);
  });

  test('data capture switched off on the live config stays off', async () => {
    endpoint(LEDGER);
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(liveConfig({ DataCaptureConfig: { EnableCapture: false, InitialSamplingPercentage: 20, DestinationS3Uri: 's3://capture/prod', CaptureOptions: [{ CaptureMode: 'Input' }] } }));
    await rollback({ to: '1' });
    expect(options().deploy.dataCapture).toBeUndefined();
  });

  test('an endpoint with no live config, or whose live config serves two versions: refused', async () => {
    sm.on(DescribeEndpointCommand).resolves({ EndpointName: 'prod', EndpointArn: EP });
    await expect(rollback({ to: '1' })).rejects.toThrow('Endpoint prod has no live endpoint config: there is nothing to roll back from.');
    endpoint(LEDGER);
    const variants = [...liveConfig().ProductionVariants!, { VariantName: 'canary', ModelName: 'canary', InstanceType: 'ml.c5.xlarge', InitialInstanceCount: 1 }];
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(liveConfig({ ProductionVariants: variants as DescribeEndpointConfigOutput['ProductionVariants'] }));
    sm.on(DescribeModelCommand, { ModelName: 'canary' }).resolves({ PrimaryContainer: { ModelPackageName: v(2) } });
    await expect(rollback({ to: '1' })).rejects.toThrow(`Endpoint prod serves 2 versions on its live config ${LIVE}; a rollback starts from the one version it serves.`);
    expect(deployed()).toEqual([]);
  });

  test('a target that cannot be described: the reason is in the job log', async () => {
    endpoint(LEDGER);
    sm.on(DescribeModelPackageCommand, { ModelPackageName: v(1) }).rejects(Object.assign(new Error('ModelPackage does not exist'), { name: 'ValidationException' }));
    await expect(rollback({ to: '1' })).rejects.toThrow('could not be described (DescribeModelPackage failed; the reason is in the job log)');
    expect(lines.find((l) => l.startsWith('DescribeModelPackage of the rollback target failed: '))).toContain('ModelPackage does not exist');
  });

  test('a live config without a creation time: no earlier config can be proven older, so the ledger is not followed', async () => {
    endpoint(LEDGER);
    earlierConfig(v(2));
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(liveConfig({ CreationTime: undefined }));
    await expect(rollback()).rejects.toThrow('cannot prove served the endpoint before');
    expect(deployed()).toEqual([]);
  });

  test('configs made at or after the live one (updates that never went live) are not even read as evidence', async () => {
    for (const at of [T3, new Date(T3.getTime() + 1)]) {
      endpoint(LEDGER);
      earlierConfig(v(2), at);
      await expect(rollback()).rejects.toThrow('cannot prove served the endpoint before');
      expect(sm.commandCalls(DescribeEndpointConfigCommand).filter((c) => c.args[0].input.EndpointConfigName === EARLIER)).toHaveLength(0);
    }
  });

  test('the log names both versions; a ledger that cannot be marked is a warning that says why', async () => {
    endpoint(LEDGER);
    earlierConfig(v(2));
    sm.on(AddTagsCommand).rejects(denied());
    await rollback();
    expect(lines).toContain(`Rolled back prod from v3 to v2 (${v(3)} → ${v(2)}).`);
    expect(lines.find((l) => l.startsWith('::warning::Could not mark the rollback in the ledger: '))).toContain('sagemaker:AddTags was denied');
  });

  test('the stage the current version holds on this endpoint moves to the target; the current one is marked RolledBack', async () => {
    endpoint(LEDGER);
    versions[v(3)] = { ModelLifeCycle: { Stage: 'production', StageStatus: 'Deployed', StageDescription: 'Serving on prod' } };
    // A described version without ModelPackageVersion (optional in the API) is named by its ARN's number.
    versions[v(1)] = { ModelPackageVersion: undefined };
    const s = await rollback({ to: '1' });
    expect(options().deploy.stage).toBe('production');
    expect(s.report?.headline).toBe('Rolled back prod from v3 to v1');
    expect(sm.commandCalls(UpdateModelPackageCommand).map((c) => c.args[0].input)).toEqual([
      { ModelPackageArn: v(3), ModelLifeCycle: { Stage: 'production', StageStatus: 'RolledBack', StageDescription: 'Rolled back on prod to v1' } }
    ]);
    sm.on(UpdateModelPackageCommand).rejects(denied());
    await rollback({ to: '1' });
    expect(lines.find((l) => l.startsWith('::warning::Could not mark v3 as rolled back from stage production: '))).toContain('sagemaker:UpdateModelPackage was denied');
  });

  test('a rollback that fails on its inputs says so under its own heading in the job summary', async () => {
    const summary = await jobSummary(() =>
      run({ env: { 'INPUT_AWS-REGION': 'us-east-1' }, clock: { now: () => NOW, sleep: async () => undefined } })
    );
    expect(summary).toMatch(/^### SageMaker rollback: ❌ failed\n/);
  });
});

describe('the live endpoint’s kind is a default too', () => {
  // Serverless endpoints have no data capture or volume key; the real-time one below has neither, so a serverless target may follow it.
  const serverless = () => liveConfig({ DataCaptureConfig: undefined, KmsKeyId: undefined, ProductionVariants: [{ VariantName: 'blue', ModelName: LIVE, ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } }] });

  test('a serverless endpoint is rolled back as serverless, with its sizes', async () => {
    endpoint(LEDGER);
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(serverless());
    await rollback({ to: '1' });
    expect(options().deploy).toMatchObject({ endpointType: 'serverless', serverless: { memorySizeMb: 2048, maxConcurrency: 5 } });
  });

  test('endpoint-type naming the live kind still takes its sizes; naming another kind takes none of them', async () => {
    endpoint(LEDGER);
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(serverless());
    await rollback({ to: '1', 'endpoint-type': 'serverless' });
    expect(options().deploy).toMatchObject({ endpointType: 'serverless', serverless: { memorySizeMb: 2048, maxConcurrency: 5 } });
    deployVersion.mockClear();
    await rollback({ to: '1', 'endpoint-type': 'real-time' });
    expect(options().deploy).toMatchObject({ endpointType: 'real-time', instanceType: 'ml.m5.large' });
    expect(options().deploy).not.toHaveProperty('serverless');
  });

  test('a serverless target takes none of the live instance settings', async () => {
    endpoint(LEDGER);
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves(liveConfig({ DataCaptureConfig: undefined, KmsKeyId: undefined }));
    await rollback({ to: '1', 'endpoint-type': 'serverless', 'serverless-memory-mb': '1024', 'serverless-max-concurrency': '2' });
    expect(options().deploy).toMatchObject({ endpointType: 'serverless', serverless: { memorySizeMb: 1024, maxConcurrency: 2 } });
    expect(options().deploy.instanceType).not.toBe('ml.c5.xlarge');
  });
});

describe('registry-role-arn', () => {
  const sts = mockClient(STSClient);
  const REGISTRY_ROLE = `arn:aws:iam::${ACCOUNT}:role/registry-writer`;
  beforeEach(() => {
    sts.reset();
    sts.on(GetCallerIdentityCommand).resolves({ Account: '333344445555' });
    sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: `ASIA${ACCOUNT}0001`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(NOW + 3_600_000) } });
  });
  afterAll(() => sts.restore());

  test("the stage records of the served version's account are written with the role; the deploy's too; everything else with the run's client", async () => {
    endpoint(LEDGER);
    versions[v(3)] = { ModelLifeCycle: { Stage: 'production', StageStatus: 'Deployed', StageDescription: 'Serving on prod' } };
    await rollback({ to: '1', 'registry-role-arn': REGISTRY_ROLE });
    expect(sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.RoleArn)).toEqual([REGISTRY_ROLE]);
    expect(options().deploy.registryRoleArn).toBe(REGISTRY_ROLE);
    const [update] = sm.commandCalls(UpdateModelPackageCommand);
    expect(update!.args[0].input.ModelLifeCycle?.StageStatus).toBe('RolledBack');
    expect(update!.thisValue).not.toBe(client);
    expect(sm.commandCalls(DescribeEndpointCommand)[0]!.thisValue).toBe(client);
  });

  test('a role of another account than the served version is refused before any write', async () => {
    endpoint(LEDGER);
    const other = 'arn:aws:iam::111122223333:role/registry-writer';
    await expect(rollback({ to: '1', 'registry-role-arn': other })).rejects.toThrow(
      `Input 'registry-role-arn': "${other}" is a role of account 111122223333, but the version the endpoint serves is in account ${ACCOUNT}`
    );
    // A role of the run's own account is refused by aws/registry-role.ts (its own test).
    expect(deployVersion).not.toHaveBeenCalled();
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });
});
