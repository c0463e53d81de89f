import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  ListArtifactsCommand,
  ListContextsCommand,
  ListAssociationsCommand,
  AddAssociationCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateModelPackageCommand,
  type DescribeEndpointOutput,
  type DescribeModelPackageOutput
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import type { DeployConfig } from '../../../src/inputs/deploy.js';
import { deployConfig, EXECUTION_ROLE as ROLE } from '../../helpers/deploy-config.js';
import { resourceName } from '../../../src/deploy/plan.js';
import { deployVersion, type DeployOptions, type Deployment } from '../../../src/deploy/step.js';
import { ActionError } from '../../../src/errors.js';
import { pushContext, SHA } from '../../helpers/run-context.js';
import { fakeClock, type FakeClock } from '../../helpers/clock.js';
import { awsError } from '../../helpers/errors.js';

const V4 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/4';
const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@${DIGEST}`;
const EP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod';
const CONSOLE = 'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/endpoints/fraud-prod';
const OLD = 'fraud-prod-v3-def456';
const OLDER = 'fraud-prod-v2-0a1b2c';
const START = 1_700_000_000_000;
const ARTIFACT = 'arn:aws:sagemaker:us-east-1:123456789012:artifact/0123456789abcdef';
const CONTEXT = 'arn:aws:sagemaker:us-east-1:123456789012:context/fraud-prod-1a2b3c4d';
const T = new Date('2025-06-01T12:00:00Z');

const ctx = pushContext({ workflow: 'deploy', runId: '55' });

const NEW = resourceName('fraud-prod', 4, '55', '1', V4);

function pkg(extra: Partial<DescribeModelPackageOutput> = {}): DescribeModelPackageOutput {
  return {
    ModelPackageName: 'fraud-model',
    ModelPackageGroupName: 'fraud-model',
    ModelPackageArn: V4,
    ModelPackageVersion: 4,
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: 'Approved',
    CreationTime: T,
    InferenceSpecification: { Containers: [{ Image: IMAGE, ImageDigest: DIGEST }], SupportedContentTypes: [], SupportedResponseMIMETypes: [] },
    ...extra
  } as DescribeModelPackageOutput;
}

function endpoint(extra: Partial<DescribeEndpointOutput>): DescribeEndpointOutput {
  return {
    EndpointName: 'fraud-prod',
    EndpointArn: EP_ARN,
    EndpointConfigName: OLD,
    EndpointStatus: 'InService',
    CreationTime: T,
    LastModifiedTime: T,
    ProductionVariants: [{ VariantName: 'AllTraffic' }],
    ...extra
  } as DescribeEndpointOutput;
}

function updating(variantStatus: string, message: string): DescribeEndpointOutput {
  return endpoint({
    EndpointStatus: 'Updating',
    PendingDeploymentSummary: { EndpointConfigName: NEW, ProductionVariants: [{ VariantName: 'AllTraffic', VariantStatus: [{ Status: variantStatus as never, StatusMessage: message, StartTime: T }] }] }
  });
}

const live = (config = NEW) => endpoint({ EndpointStatus: 'InService', EndpointConfigName: config });

const notFound = () => awsError('ValidationException', 'Could not find endpoint "arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod".');

const WRITES = new Set([
  'CreateModelCommand',
  'CreateEndpointConfigCommand',
  'CreateEndpointCommand',
  'UpdateEndpointCommand',
  'AddTagsCommand',
  'UpdateModelPackageCommand',
  'DeleteEndpointConfigCommand',
  'DeleteModelCommand'
]);

const sm = mockClient(SageMakerClient);
let client: SageMakerClient;
let clock: FakeClock;
let logs: { info: string[]; warning: string[] };
let started: Deployment[];
let phases: string[];


function options(deploy: DeployConfig, extra: Partial<DeployOptions> = {}): DeployOptions {
  return {
    deploy,
    ctx,
    versionArn: V4,
    region: 'us-east-1',
    dryRun: false,
    clock,
    deadline: START + 3_600_000,
    pollMs: 15_000,
    log: { info: (m) => logs.info.push(m), warning: (m) => logs.warning.push(m) },
    onStarted: (d) => void started.push({ ...d }),
    onPhase: (d) => void phases.push(d.phase ?? ''),
    ...extra
  };
}

const newDeployment = (): Deployment => ({ endpointName: 'fraud-prod', status: 'in-progress' });
const commandNames = () => sm.calls().map((c) => (c.args[0] as object).constructor.name);
const writes = () => commandNames().filter((n) => WRITES.has(n));

async function expectActionError(promise: Promise<unknown>, message: string): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(ActionError);
  expect((err as Error).message).toBe(message);
}

beforeEach(() => {
  sm.reset();
  client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
  clock = fakeClock(START);
  logs = { info: [], warning: [] };
  started = [];
  phases = [];
  sm.on(DescribeModelPackageCommand, { ModelPackageName: V4 }).resolves(pkg());
  sm.on(CreateModelCommand).resolves({ ModelArn: `arn:aws:sagemaker:us-east-1:123456789012:model/${NEW}` });
  sm.on(CreateEndpointConfigCommand).resolves({ EndpointConfigArn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/${NEW}` });
  sm.on(CreateEndpointCommand).resolves({ EndpointArn: EP_ARN });
  sm.on(UpdateEndpointCommand).resolves({ EndpointArn: EP_ARN });
  sm.on(AddTagsCommand).resolves({});
  sm.on(UpdateModelPackageCommand).resolves({ ModelPackageArn: V4 });
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(DeleteEndpointConfigCommand).resolves({});
  sm.on(DeleteModelCommand).resolves({});
  sm.on(ListArtifactsCommand).resolves({ ArtifactSummaries: [{ ArtifactArn: ARTIFACT }] });
  sm.on(ListContextsCommand).resolves({ ContextSummaries: [{ ContextArn: CONTEXT }] });
  sm.on(ListAssociationsCommand).resolves({ AssociationSummaries: [] });
  sm.on(AddAssociationCommand).resolves({ SourceArn: ARTIFACT, DestinationArn: CONTEXT });
  // The live config OLD serves V3, as its model says.
  sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: OLD }).resolves({ EndpointConfigName: OLD, CreationTime: T, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: OLD }] });
  sm.on(DescribeModelCommand, { ModelName: OLD }).resolves({ ModelName: OLD, Containers: [{ ModelPackageName: V3, Image: IMAGE }] });
});

describe('deployVersion: refusals before any write', () => {
  test('the approval gate refuses a pending version', async () => {
    sm.on(DescribeModelPackageCommand).resolves(pkg({ ModelApprovalStatus: 'PendingManualApproval' }));
    const d = newDeployment();
    await expectActionError(
      deployVersion(client, options(deployConfig()), d),
      `Model package ${V4} is PendingManualApproval; deploy-approval allows Approved. Approve the version, or set deploy-approval to deploy it anyway (for example to a staging endpoint).`
    );
    expect(commandNames()).toEqual(['DescribeModelPackageCommand']);
    expect(d).toEqual({ endpointName: 'fraud-prod', status: 'in-progress', consoleUrl: CONSOLE, kind: 'real-time' });
  });

  test('a version without an approval status counts as pending', async () => {
    const p = pkg();
    delete p.ModelApprovalStatus;
    sm.on(DescribeModelPackageCommand).resolves(p);
    await expectActionError(
      deployVersion(client, options(deployConfig({ 'deploy-approval': 'approved,rejected' })), newDeployment()),
      `Model package ${V4} is PendingManualApproval; deploy-approval allows Approved, Rejected. Approve the version, or set deploy-approval to deploy it anyway (for example to a staging endpoint).`
    );
    expect(writes()).toEqual([]);
  });

  test('a version that is not Completed is refused', async () => {
    sm.on(DescribeModelPackageCommand).resolves(pkg({ ModelPackageStatus: 'InProgress' }));
    await expectActionError(deployVersion(client, options(deployConfig()), newDeployment()), `Model package ${V4} is InProgress; only Completed versions can be deployed.`);
    expect(commandNames()).toEqual(['DescribeModelPackageCommand']);
  });

  test('onVersion receives the description', async () => {
    sm.on(DescribeModelPackageCommand).resolves(pkg({ ModelPackageStatus: 'Failed' }));
    const seen: DescribeModelPackageOutput[] = [];
    await expect(deployVersion(client, options(deployConfig(), { onVersion: (p) => void seen.push(p) }), newDeployment())).rejects.toThrow(
      `Model package ${V4} is Failed; only Completed versions can be deployed.`
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.ModelPackageArn).toBe(V4);
  });

  test('a missing endpoint with create-endpoint false', async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound());
    await expectActionError(
      deployVersion(client, options(deployConfig({ 'create-endpoint': 'false' })), newDeployment()),
      'Endpoint fraud-prod does not exist and create-endpoint is false.'
    );
    expect(commandNames()).toEqual(['DescribeModelPackageCommand', 'DescribeEndpointCommand']);
  });

  test('a busy endpoint with on-busy fail', async () => {
    sm.on(DescribeEndpointCommand).resolves(updating('Baking', 'Baking for 300 seconds'));
    await expectActionError(
      deployVersion(client, options(deployConfig({ 'on-busy': 'fail' })), newDeployment()),
      'Endpoint fraud-prod is Updating (Updating; AllTraffic: Baking (Baking for 300 seconds)): another deployment is in progress and updates are never stacked. Re-run when it ends, or set on-busy: wait.'
    );
    expect(commandNames()).toEqual(['DescribeModelPackageCommand', 'DescribeEndpointCommand']);
    expect(clock.sleeps).toEqual([]);
  });

  test('a busy endpoint with on-busy wait that stays busy past the deadline', async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint({ EndpointStatus: 'RollingBack' }));
    await expectActionError(
      deployVersion(client, options(deployConfig(), { deadline: START + 40_000 }), newDeployment()),
      'Endpoint fraud-prod stayed RollingBack past wait-timeout; not stacking another update.'
    );
    expect(clock.sleeps).toEqual([15_000, 15_000, 10_000]);
    expect(writes()).toEqual([]);
    expect(logs.info).toEqual(['Endpoint fraud-prod is RollingBack; waiting for the update in progress to end first.']);
  });

  test('a Failed endpoint is refused', async () => {
    sm.on(DescribeEndpointCommand).resolves(endpoint({ EndpointStatus: 'Failed', FailureReason: 'ping health check' }));
    await expectActionError(
      deployVersion(client, options(deployConfig()), newDeployment()),
      'Endpoint fraud-prod is Failed (ping health check): only DeleteEndpoint works on it. Delete it and deploy again.'
    );
    expect(writes()).toEqual([]);
  });

  test('a DescribeEndpoint error other than not-found fails with the translated error', async () => {
    sm.on(DescribeEndpointCommand).rejects(awsError('AccessDeniedException', 'not allowed'));
    await expectActionError(
      deployVersion(client, options(deployConfig()), newDeployment()),
      'sagemaker:DescribeEndpoint was denied: the role this workflow assumed needs sagemaker:DescribeEndpoint (see the IAM section of the README). AWS said: not allowed'
    );
    expect(writes()).toEqual([]);
  });
});

describe('deployVersion: unchanged', () => {
  test('the endpoint already serves the version on a config of ours (its live model says so)', async () => {
    sm.on(DescribeEndpointCommand).resolves(live(OLD));
    sm.on(DescribeModelCommand, { ModelName: OLD }).resolves({ ModelName: OLD, Containers: [{ ModelPackageName: V4, Image: IMAGE }] });
    sm.on(ListTagsCommand, { ResourceArn: EP_ARN }).resolves({ Tags: [{ Key: 'model-package-arn', Value: V4 }, { Key: 'managed-by', Value: 'x' }] });
    const d = newDeployment();
    await deployVersion(client, options(deployConfig()), d);
    expect(d).toEqual({ endpointName: 'fraud-prod', status: 'unchanged', consoleUrl: CONSOLE, kind: 'real-time', endpointArn: EP_ARN, configName: OLD, modelName: OLD });
    expect(writes()).toEqual([]);
    expect(logs.info).toEqual([`Endpoint fraud-prod already serves ${V4} (${OLD}); nothing to deploy.`]);
    // The ledger is read (by the cleanup) only after the live config decided.
    expect(sm.commandCalls(ListTagsCommand)[0]?.args[0].input).toEqual({ ResourceArn: EP_ARN, MaxResults: 100 });
    expect(commandNames().indexOf('ListTagsCommand')).toBeGreaterThan(commandNames().indexOf('DescribeModelCommand'));
  });

  test('a ledger tag naming the version does not make it unchanged: the live model serves another one', async () => {
    sm.on(DescribeEndpointCommand).resolvesOnce(live(OLD)).resolves(live(NEW));
    sm.on(ListTagsCommand, { ResourceArn: EP_ARN }).resolves({ Tags: [{ Key: 'model-package-arn', Value: V4 }] });
    const d = newDeployment();
    await deployVersion(client, options(deployConfig()), d);
    expect(d.status).toBe('succeeded');
    expect(sm.commandCalls(UpdateEndpointCommand)).toHaveLength(1);
    // The ledger then names the version the live config served before, not what the forged tag implied.
    const tags = sm.commandCalls(AddTagsCommand).find((c) => c.args[0].input.ResourceArn === EP_ARN)!.args[0].input.Tags;
    expect(tags).toEqual(expect.arrayContaining([{ Key: 'model-package-arn', Value: V4 }, { Key: 'previous-model-package-arn', Value: V3 }]));
  });

  test('tags are not read for a config that is not ours, and the deployment goes ahead', async () => {
    sm.on(DescribeEndpointCommand).resolvesOnce(live('hand-made-config')).resolves(live(NEW));
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: V4 }] });
    const d = newDeployment();
    await deployVersion(client, options(deployConfig()), d);
    // The unchanged check does not trust tags here; only the ledger reads them, after the update went live.
    expect(commandNames().indexOf('ListTagsCommand')).toBeGreaterThan(commandNames().indexOf('UpdateEndpointCommand'));
    expect(d.status).toBe('succeeded');
    expect(d.previousConfig).toBe('hand-made-config');
  });
});

describe('deployVersion: create', () => {
  test('CreateModel, CreateEndpointConfig, CreateEndpoint, then waits until InService on the new config', async () => {
    sm.on(DescribeEndpointCommand)
      .rejectsOnce(notFound())
      .resolvesOnce(endpoint({ EndpointStatus: 'Creating', EndpointConfigName: NEW, ProductionVariants: [] }))
      .resolves(live(NEW));
    const d = newDeployment();
    const before = Date.now();
    await deployVersion(client, options(deployConfig()), d);
    const after = Date.now();

    expect(commandNames()).toEqual([
      'DescribeModelPackageCommand',
      'DescribeEndpointCommand',
      'CreateModelCommand',
      'CreateEndpointConfigCommand',
      'CreateEndpointCommand',
      'DescribeEndpointCommand',
      'DescribeEndpointCommand',
      'ListTagsCommand',
      'AddTagsCommand',
      'UpdateModelPackageCommand',
      'ListEndpointConfigsCommand',
      'ListModelsCommand',
      'ListArtifactsCommand',
      'ListContextsCommand',
      'ListAssociationsCommand',
      'AddAssociationCommand'
    ]);
    const tags = [
      { Key: 'managed-by', Value: 'sagemaker-private-registry-action' },
      { Key: 'endpoint', Value: 'fraud-prod' },
      { Key: 'model-package-arn', Value: V4 },
      { Key: 'git-commit', Value: SHA }
    ];
    expect(sm.commandCalls(CreateModelCommand)[0]?.args[0].input).toEqual({ ModelName: NEW, ExecutionRoleArn: ROLE, Tags: tags, Containers: [{ ModelPackageName: V4 }] });
    expect(sm.commandCalls(CreateEndpointConfigCommand)[0]?.args[0].input.EndpointConfigName).toBe(NEW);
    expect(sm.commandCalls(CreateEndpointCommand)[0]?.args[0].input).toEqual({ EndpointName: 'fraud-prod', EndpointConfigName: NEW, Tags: tags });
    expect(sm.commandCalls(UpdateEndpointCommand)).toHaveLength(0);
    expect(clock.sleeps).toEqual([15_000]);

    expect(d).toEqual({
      endpointName: 'fraud-prod',
      status: 'succeeded',
      consoleUrl: CONSOLE,
      kind: 'real-time',
      policy: 'all at once',
      endpointArn: EP_ARN,
      configName: NEW,
      modelName: NEW,
      alarms: [],
      phase: 'InService on the new config',
      lineage: `${ARTIFACT} → ${CONTEXT}`
    });
    expect(started).toEqual([
      { endpointName: 'fraud-prod', status: 'started', consoleUrl: CONSOLE, kind: 'real-time', policy: 'all at once', endpointArn: EP_ARN, configName: NEW, modelName: NEW, alarms: [] }
    ]);
    expect(phases).toEqual(['Creating']);
    expect(logs.info).toEqual([
      `Creating model ${NEW} (from the model package)`,
      `Creating endpoint fraud-prod with ${NEW}`,
      '[0 s] Creating',
      `Endpoint fraud-prod is InService on ${NEW}.`
    ]);
    expect(logs.warning).toEqual([]);

    expect(sm.commandCalls(AddTagsCommand)[0]?.args[0].input).toEqual({
      ResourceArn: EP_ARN,
      Tags: [
        { Key: 'model-package-arn', Value: V4 },
        { Key: 'last-change', Value: 'deploy' },
        { Key: 'git-commit', Value: SHA },
        { Key: 'github-run-id', Value: '55' }
      ]
    });
    const update = sm.commandCalls(UpdateModelPackageCommand)[0]?.args[0].input;
    expect(Object.keys(update ?? {})).toEqual(['ModelPackageArn', 'CustomerMetadataProperties']);
    expect(update?.ModelPackageArn).toBe(V4);
    expect(Object.keys(update?.CustomerMetadataProperties ?? {})).toEqual(['endpoint.fraud-prod']);
    const value = update?.CustomerMetadataProperties?.['endpoint.fraud-prod'] ?? '';
    expect(value).toMatch(/^deployed \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const at = Date.parse(value.slice('deployed '.length));
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
    expect(sm.commandCalls(ListEndpointConfigsCommand)[0]?.args[0].input).toEqual({ NameContains: 'fraud-prod', MaxResults: 100 });
  });

  test('wait false: started, onStarted called, no wait and no after-success writes', async () => {
    sm.on(DescribeEndpointCommand).rejectsOnce(notFound()).resolves(live(NEW));
    const d = newDeployment();
    await deployVersion(client, options(deployConfig({ wait: 'false' })), d);
    expect(d.status).toBe('started');
    expect(started).toHaveLength(1);
    expect(commandNames()).toEqual(['DescribeModelPackageCommand', 'DescribeEndpointCommand', 'CreateModelCommand', 'CreateEndpointConfigCommand', 'CreateEndpointCommand']);
    expect(logs.info.at(-1)).toBe('wait is false: not waiting for the deployment. SageMaker continues it; follow it in the console.');
  });

  test('a dry run plans without writing', async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound());
    const d = newDeployment();
    await deployVersion(client, options(deployConfig(), { dryRun: true }), d);
    expect(d).toEqual({ endpointName: 'fraud-prod', status: 'planned', consoleUrl: CONSOLE, kind: 'real-time', policy: 'all at once' });
    expect(writes()).toEqual([]);
    expect(logs.info).toHaveLength(3);
    expect(logs.info[0]).toBe(
      `Dry run: CreateModel ${JSON.stringify({
        ModelName: NEW,
        ExecutionRoleArn: ROLE,
        Tags: [
          { Key: 'managed-by', Value: 'sagemaker-private-registry-action' },
          { Key: 'endpoint', Value: 'fraud-prod' },
          { Key: 'model-package-arn', Value: V4 },
          { Key: 'git-commit', Value: SHA }
        ],
        Containers: [{ ModelPackageName: V4 }]
      })}`
    );
    expect(logs.info[1]).toMatch(/^Dry run: CreateEndpointConfig \{"EndpointConfigName":"fraud-prod-v4-[0-9a-f]{6}"/);
    expect(logs.info[2]).toBe('Dry run: CreateEndpoint fraud-prod');
  });

  test('a CreateEndpointConfig failure deletes the model: nothing half-made stays', async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound());
    sm.on(CreateEndpointConfigCommand).rejects(awsError('ValidationException', 'Invalid KmsKeyId'));
    const d = newDeployment();
    await expectActionError(deployVersion(client, options(deployConfig()), d), 'sagemaker:CreateEndpointConfig failed: ValidationException: Invalid KmsKeyId');
    expect(writes()).toEqual(['CreateModelCommand', 'CreateEndpointConfigCommand', 'DeleteModelCommand']);
    expect(sm.commandCalls(DeleteModelCommand)[0]?.args[0].input).toEqual({ ModelName: NEW });
    expect(started).toEqual([]);
  });

  test('a CreateEndpoint failure deletes the config and the model', async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound());
    sm.on(CreateEndpointCommand).rejects(awsError('ResourceLimitExceeded', 'endpoint quota'));
    await expectActionError(
      deployVersion(client, options(deployConfig()), newDeployment()),
      'sagemaker:CreateEndpoint failed: an account quota is exhausted (endpoint quota). Request an increase in Service Quotas or delete unused resources.'
    );
    expect(writes()).toEqual(['CreateModelCommand', 'CreateEndpointConfigCommand', 'CreateEndpointCommand', 'DeleteEndpointConfigCommand', 'DeleteModelCommand']);
    expect(sm.commandCalls(DeleteEndpointConfigCommand)[0]?.args[0].input).toEqual({ EndpointConfigName: NEW });
  });

  test('the original error is kept when the clean-up itself fails', async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound());
    sm.on(CreateEndpointConfigCommand).rejects(awsError('ValidationException', 'bad config'));
    sm.on(DeleteModelCommand).rejects(awsError('ThrottlingException', 'Rate exceeded'));
    await expectActionError(deployVersion(client, options(deployConfig()), newDeployment()), 'sagemaker:CreateEndpointConfig failed: ValidationException: bad config');
  });

  test('a CreateModel failure makes nothing else', async () => {
    sm.on(DescribeEndpointCommand).rejects(notFound());
    sm.on(CreateModelCommand).rejects(awsError('AccessDeniedException', 'iam:PassRole'));
    await expect(deployVersion(client, options(deployConfig()), newDeployment())).rejects.toThrow(
      'sagemaker:CreateModel was denied: the role this workflow assumed needs sagemaker:CreateModel (see the IAM section of the README). AWS said: iam:PassRole'
    );
    expect(writes()).toEqual(['CreateModelCommand']);
  });

  test('credentials that expire before the deadline are warned about', async () => {
    const expiration = new Date(Date.now() + 60_000);
    client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', expiration } });
    sm.on(DescribeEndpointCommand).rejectsOnce(notFound()).resolves(live(NEW));
    await deployVersion(client, options(deployConfig()), newDeployment());
    expect(logs.warning).toEqual([
      `The AWS credentials expire at ${expiration.toISOString()}, before wait-timeout ends: raise role-duration-seconds in configure-aws-credentials, or lower wait-timeout.`
    ]);
  });
});

describe('deployVersion: update', () => {
  function liveOld(): DescribeEndpointOutput {
    return endpoint({ EndpointConfigName: OLD, ProductionVariants: [{ VariantName: 'blue' }] });
  }

  test('UpdateEndpoint with the blue/green DeploymentConfig and the live variant name', async () => {
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(liveOld())
      .resolvesOnce(updating('Creating', 'Launching 2 instances'))
      .resolvesOnce(updating('Baking', 'Baking for 60 seconds'))
      .resolves(live(NEW));
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: V3 }] });
    const deploy = deployConfig({ 'traffic-routing': 'canary', 'instance-count': '2', 'wait-interval': '60', 'rollback-alarms': 'p99-latency', stage: 'production' });
    const d = newDeployment();
    await deployVersion(client, options(deploy), d);

    expect(sm.commandCalls(UpdateEndpointCommand)[0]?.args[0].input).toEqual({
      EndpointName: 'fraud-prod',
      EndpointConfigName: NEW,
      DeploymentConfig: {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 60, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 } },
          TerminationWaitInSeconds: 0,
          MaximumExecutionTimeoutInSeconds: 3660
        },
        AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'p99-latency' }] }
      }
    });
    expect(sm.commandCalls(CreateEndpointCommand)).toHaveLength(0);
    expect(sm.commandCalls(CreateEndpointConfigCommand)[0]?.args[0].input.ProductionVariants?.[0]?.VariantName).toBe('blue');
    expect(d).toEqual({
      endpointName: 'fraud-prod',
      status: 'succeeded',
      consoleUrl: CONSOLE,
      kind: 'real-time',
      policy: 'canary 10%, bake 60 s',
      previousConfig: OLD,
      endpointArn: EP_ARN,
      configName: NEW,
      modelName: NEW,
      alarms: ['p99-latency'],
      phase: 'InService on the new config',
      lineage: `${ARTIFACT} → ${CONTEXT}`
    });
    expect(phases).toEqual(['Updating; AllTraffic: Creating (Launching 2 instances)', 'Updating; AllTraffic: Baking (Baking for 60 seconds)']);
    expect(logs.info).toContain(`Updating endpoint fraud-prod to ${NEW}: blue/green, canary 10%, bake 60 s, auto-rollback on p99-latency`);
    // The bake is slept through: 60 s, at most 4 × 15 s.
    expect(clock.sleeps).toEqual([15_000, 60_000]);
    const update = sm.commandCalls(UpdateModelPackageCommand)[0]?.args[0].input;
    expect(update?.ModelLifeCycle).toEqual({ Stage: 'production', StageStatus: 'Deployed', StageDescription: 'Serving on fraud-prod' });
  });

  test('cleanup deletes only our old configs and models, keeping the live and the previous one', async () => {
    sm.on(DescribeEndpointCommand).resolvesOnce(liveOld()).resolves(live(NEW));
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: V3 }] });
    sm.on(ListEndpointConfigsCommand)
      .resolvesOnce({ EndpointConfigs: [{ EndpointConfigName: NEW, EndpointConfigArn: 'a', CreationTime: T }, { EndpointConfigName: 'fraud-prod-manual', EndpointConfigArn: 'b', CreationTime: T }], NextToken: 'page2' })
      .resolvesOnce({
        EndpointConfigs: [
          { EndpointConfigName: OLD, EndpointConfigArn: 'c', CreationTime: T },
          { EndpointConfigName: OLDER, EndpointConfigArn: 'd', CreationTime: T },
          { EndpointConfigName: 'my-fraud-prod-v1-abcdef', EndpointConfigArn: 'e', CreationTime: T }
        ]
      });
    sm.on(DeleteModelCommand).rejects(awsError('ValidationException', `Could not find model "${OLDER}".`));
    await deployVersion(client, options(deployConfig()), newDeployment());
    expect(sm.commandCalls(ListEndpointConfigsCommand).map((c) => c.args[0].input)).toEqual([
      { NameContains: 'fraud-prod', MaxResults: 100 },
      { NameContains: 'fraud-prod', MaxResults: 100, NextToken: 'page2' }
    ]);
    expect(sm.commandCalls(DeleteEndpointConfigCommand).map((c) => c.args[0].input)).toEqual([{ EndpointConfigName: OLDER }]);
    expect(sm.commandCalls(DeleteModelCommand).map((c) => c.args[0].input)).toEqual([{ ModelName: OLDER }]);
    expect(logs.info).toContain(`Deleted the old endpoint config and model ${OLDER}`);
    expect(logs.warning).toEqual([]);
  });

  test('a rollback throws with the alarm name and records the reason', async () => {
    const reason = 'Rolled back: alarm p99-latency entered ALARM during the canary bake';
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(liveOld())
      .resolvesOnce(updating('Baking', 'Baking for 300 seconds'))
      .resolves(endpoint({ EndpointConfigName: OLD, FailureReason: reason }));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    const d = newDeployment();
    await expectActionError(
      deployVersion(client, options(deployConfig({ 'rollback-alarms': 'errors-5xx,p99-latency' })), d),
      `Deployment to fraud-prod was rolled back: ${reason} (alarm p99-latency). The endpoint still serves ${OLD}.`
    );
    expect(d.status).toBe('rolled-back');
    expect(d.reason).toBe(reason);
    expect(sm.commandCalls(AddTagsCommand)).toHaveLength(0);
    expect(sm.commandCalls(UpdateModelPackageCommand)).toHaveLength(0);
    expect(sm.commandCalls(ListEndpointConfigsCommand)).toHaveLength(0);
  });

  test('a rollback without a matching alarm names none', async () => {
    // A rollback SageMaker finished shows the old config with a LastModifiedTime after the update.
    sm.on(DescribeEndpointCommand).resolvesOnce(liveOld()).resolves(endpoint({ EndpointConfigName: OLD, LastModifiedTime: new Date(T.getTime() + 60_000) }));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    await expectActionError(
      deployVersion(client, options(deployConfig({ 'rollback-alarms': 'errors-5xx' })), newDeployment()),
      `Deployment to fraud-prod was rolled back: the endpoint is InService on ${OLD}, not on the new ${NEW}. The endpoint still serves ${OLD}.`
    );
  });

  test('UpdateRollbackFailed fails with the reason', async () => {
    sm.on(DescribeEndpointCommand).resolvesOnce(liveOld()).resolves(endpoint({ EndpointStatus: 'UpdateRollbackFailed', FailureReason: 'capacity' }));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    const d = newDeployment();
    await expectActionError(
      deployVersion(client, options(deployConfig()), d),
      'Deployment to fraud-prod failed: UpdateRollbackFailed: capacity. The endpoint may serve a mix of the old and new fleets: fix the cause, then deploy a known-good version or update the endpoint again.'
    );
    expect(d.status).toBe('failed');
  });

  test('a time-out throws with the phase and the console link', async () => {
    sm.on(DescribeEndpointCommand).resolvesOnce(liveOld()).resolves(updating('Creating', 'Launching'));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    const d = newDeployment();
    await expectActionError(
      deployVersion(client, options(deployConfig(), { deadline: START + 30_000 }), d),
      `Timed out waiting for endpoint fraud-prod (phase: Updating; AllTraffic: Creating (Launching)). SageMaker continues the update; follow it at ${CONSOLE}`
    );
    expect(d.status).toBe('timed-out');
    expect(d.phase).toBe('Updating; AllTraffic: Creating (Launching)');
    expect(clock.sleeps).toEqual([15_000, 15_000]);
  });

  test('an UpdateEndpoint failure deletes the new config and model', async () => {
    sm.on(DescribeEndpointCommand).resolves(liveOld());
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    sm.on(UpdateEndpointCommand).rejects(awsError('ValidationException', 'Cannot update in-progress endpoint'));
    await expectActionError(deployVersion(client, options(deployConfig()), newDeployment()), 'sagemaker:UpdateEndpoint failed: ValidationException: Cannot update in-progress endpoint');
    expect(writes()).toEqual(['CreateModelCommand', 'CreateEndpointConfigCommand', 'UpdateEndpointCommand', 'DeleteEndpointConfigCommand', 'DeleteModelCommand']);
  });

  test('on-busy wait: waits for the running update, then deploys', async () => {
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(endpoint({ EndpointStatus: 'Updating', EndpointConfigName: OLDER }))
      .resolvesOnce(endpoint({ EndpointStatus: 'Updating', EndpointConfigName: OLDER }))
      .resolvesOnce(liveOld())
      .resolves(live(NEW));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    const d = newDeployment();
    await deployVersion(client, options(deployConfig()), d);
    expect(d.status).toBe('succeeded');
    expect(d.previousConfig).toBe(OLD);
    // The first read finds it busy; the idle wait reads again at once, sleeps one interval, then finds it InService.
    expect(clock.sleeps).toEqual([15_000]);
    expect(commandNames().slice(0, 7)).toEqual([
      'DescribeModelPackageCommand',
      'DescribeEndpointCommand',
      'DescribeEndpointCommand',
      'DescribeEndpointCommand',
      'DescribeEndpointConfigCommand',
      'DescribeModelCommand',
      'CreateModelCommand'
    ]);
  });
});
