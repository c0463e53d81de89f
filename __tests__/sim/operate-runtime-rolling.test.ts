import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import {
  AddAssociationCommand,
  CreateArtifactCommand,
  CreateContextCommand,
  CreateEndpointConfigCommand,
  DescribeContextCommand,
  DescribeEndpointConfigCommand,
  ListArtifactsCommand,
  ListAssociationsCommand,
  ListContextsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';
import { arnOf, describeEp, liveEndpoint, walk } from './hosting-helpers.js';

let sim: Simulator;
let sm: SageMakerClient;
let rt: SageMakerRuntimeClient;

beforeEach(async () => {
  ({ sim, sm } = await startSim({ clockSpeed: 0 }));
  rt = new SageMakerRuntimeClient({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });
  await liveEndpoint(sim, sm, 'ep', 4);
});
afterEach(() => sim.close());

const invoke = (body = '{"x":1}') => rt.send(new InvokeEndpointCommand({ EndpointName: 'ep', ContentType: 'application/json', Body: new TextEncoder().encode(body) }));

describe('InvokeEndpoint', () => {
  it('echoes the request deterministically with the serving variant and configuration', async () => {
    const out = await invoke('{"x":1}');
    expect(out.InvokedProductionVariant).toBe('AllTraffic');
    expect(JSON.parse(new TextDecoder().decode(out.Body))).toMatchObject({ endpointName: 'ep', endpointConfigName: 'c1', variantName: 'AllTraffic', body: '{"x":1}', latencyMs: 0 });
    const missing = await rejection(rt.send(new InvokeEndpointCommand({ EndpointName: 'nope', Body: new Uint8Array([1]) })));
    expect([missing.name, missing.message]).toEqual(['ValidationError', 'Endpoint nope of account 123456789012 not found.']);
  });

  it('applies the latency list and error rate of the configuration; errors are ModelError 424', async () => {
    const r = await control(sim, 'POST', '/_sim/runtime', { endpointConfigName: 'c1', latencyMs: [30, 5], errorRate: 0 });
    expect(r.status).toBe(200);
    const t0 = Date.now();
    const a = JSON.parse(new TextDecoder().decode((await invoke()).Body));
    expect(a.latencyMs).toBe(30);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(JSON.parse(new TextDecoder().decode((await invoke()).Body)).latencyMs).toBe(5);
    await control(sim, 'POST', '/_sim/runtime', { endpointConfigName: 'c1', latencyMs: { p50: 2, p99: 10 }, errorRate: 1 });
    const e = await rejection(invoke());
    expect([e.name, e.$metadata?.httpStatusCode]).toEqual(['ModelError', 424]);
    expect((e as unknown as { OriginalStatusCode: number }).OriginalStatusCode).toBe(500);
    expect((await control(sim, 'POST', '/_sim/runtime', { endpointConfigName: 'c1', errorRate: 2 })).status).toBe(400);
  });

  it('serves the new configuration once traffic is shifted during an update', async () => {
    await control(sim, 'POST', '/_sim/runtime', { endpointConfigName: 'c2', errorRate: 1 });
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c2' }));
    expect(JSON.parse(new TextDecoder().decode((await invoke()).Body)).endpointConfigName).toBe('c1');
    sim.clock.advance(4_000 + 1_000); // new fleet created, traffic shifted
    expect((await rejection(invoke())).name).toBe('ModelError');
  });
});

const rolling = (alarms?: string[]) => sm.send(new UpdateEndpointCommand({
  EndpointName: 'ep', EndpointConfigName: 'c2',
  DeploymentConfig: {
    RollingUpdatePolicy: { MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 }, WaitIntervalInSeconds: 60, RollbackMaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 4 } },
    ...(alarms ? { AutoRollbackConfiguration: { Alarms: alarms.map((AlarmName) => ({ AlarmName })) } } : {}),
  },
}));

describe('RollingUpdatePolicy', () => {
  it('replaces the fleet batch by batch and shows the counts while in progress', async () => {
    await rolling();
    sim.clock.advance(4_000 + 1_000 + 1_000); // batch 1 created, traffic on it, baking
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('Updating');
    expect(d.ProductionVariants?.[0]?.CurrentInstanceCount).toBe(4);
    const pv = d.PendingDeploymentSummary?.ProductionVariants?.[0];
    expect(pv?.CurrentInstanceCount).toBe(2);
    expect(pv?.VariantStatus?.[0]?.StatusMessage).toBe('Baking for 60 seconds (WaitIntervalInSeconds) with traffic enabled on rolling batch capacity of 2 instance(s).');
    sim.clock.advance(60_000);
    expect((await describeEp(sm, 'ep')).ProductionVariants?.[0]?.CurrentInstanceCount).toBe(2); // old batch 1 terminating
    const seen = await walk(sim, sm, 'ep', 1000);
    expect(seen.at(-1)).toMatchObject({ status: 'InService', config: 'c2', pending: false });
  });

  it('rolls back when an alarm goes into ALARM mid-way', async () => {
    await control(sim, 'POST', '/_sim/alarms', { name: 'errors', state: 'OK' });
    await rolling(['errors']);
    sim.clock.advance(70_000);
    await control(sim, 'POST', '/_sim/alarms', { name: 'errors', state: 'ALARM' });
    const seen = await walk(sim, sm, 'ep', 1000);
    expect(seen.map((o) => o.status)).toContain('RollingBack');
    const d = await describeEp(sm, 'ep');
    expect([d.EndpointStatus, d.EndpointConfigName, d.PendingDeploymentSummary]).toEqual(['InService', 'c1', undefined]);
    expect(d.FailureReason).toBe('Deployment was rolled back because CloudWatch alarm(s) [errors] went into ALARM state.');
  });

  it('validates the batch size and the single-variant rule', async () => {
    const big = await rejection(sm.send(new UpdateEndpointCommand({
      EndpointName: 'ep', EndpointConfigName: 'c2',
      DeploymentConfig: { RollingUpdatePolicy: { MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 75 }, WaitIntervalInSeconds: 0 } },
    })));
    expect(big.message).toBe('MaximumBatchSize (CAPACITY_PERCENT 75) must be between 5% and 50% of the instance count (4) of production variant "AllTraffic".');
    const both = await rejection(sm.send(new UpdateEndpointCommand({
      EndpointName: 'ep', EndpointConfigName: 'c2',
      DeploymentConfig: {
        RollingUpdatePolicy: { MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 }, WaitIntervalInSeconds: 0 },
        BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 } },
      },
    })));
    expect(both.message).toBe('Only one of BlueGreenUpdatePolicy or RollingUpdatePolicy can be specified.');
  });
});

describe('lineage', () => {
  it('creates the endpoint context and lists contexts, artifacts and associations', async () => {
    const ctxs = await sm.send(new ListContextsCommand({ SourceUri: arnOf('endpoint', 'ep') }));
    expect(ctxs.ContextSummaries).toHaveLength(1);
    const epCtx = ctxs.ContextSummaries?.[0];
    expect(epCtx?.ContextType).toBe('Endpoint');
    expect(epCtx?.ContextName).toMatch(/^ep-\d+-aws-endpoint$/);
    const described = await sm.send(new DescribeContextCommand({ ContextName: epCtx?.ContextName }));
    expect(described.Source?.SourceUri).toBe(arnOf('endpoint', 'ep'));
    const pkg = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3';
    const { ArtifactArn } = await sm.send(new CreateArtifactCommand({ Source: { SourceUri: pkg }, ArtifactType: 'ModelPackage' }));
    expect((await sm.send(new ListArtifactsCommand({ SourceUri: pkg }))).ArtifactSummaries?.map((a) => a.ArtifactArn)).toEqual([ArtifactArn]);
    await sm.send(new AddAssociationCommand({ SourceArn: ArtifactArn, DestinationArn: epCtx?.ContextArn, AssociationType: 'ContributedTo' }));
    const assoc = await sm.send(new ListAssociationsCommand({ DestinationArn: epCtx?.ContextArn }));
    expect(assoc.AssociationSummaries?.[0]).toMatchObject({ SourceArn: ArtifactArn, SourceType: 'Artifact', DestinationType: 'Context', AssociationType: 'ContributedTo' });
    const { ContextArn } = await sm.send(new CreateContextCommand({ ContextName: 'release-7', Source: { SourceUri: 'https://github.com/o/r/pull/7' }, ContextType: 'Release' }));
    expect((await sm.send(new ListContextsCommand({ ContextType: 'Release' }))).ContextSummaries?.map((c) => c.ContextArn)).toEqual([ContextArn]);
    const dup = await rejection(sm.send(new CreateContextCommand({ ContextName: 'release-7', Source: { SourceUri: 'x' }, ContextType: 'Release' })));
    expect(dup.name).toBe('ValidationException');
    const bad = await rejection(sm.send(new AddAssociationCommand({ SourceArn: `${ArtifactArn}0`, DestinationArn: ContextArn })));
    expect(bad.name).toBe('ResourceNotFound');
  });
});

describe('KMS', () => {
  it('stores KmsKeyId and refuses it with a local-NVMe instance type', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    await sm.send(new CreateEndpointConfigCommand({
      EndpointConfigName: 'enc', KmsKeyId: key,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm1', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }],
      DataCaptureConfig: { InitialSamplingPercentage: 10, DestinationS3Uri: 's3://b/capture', CaptureOptions: [{ CaptureMode: 'Input' }], KmsKeyId: key },
    }));
    const d = await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'enc' }));
    expect([d.KmsKeyId, d.DataCaptureConfig?.KmsKeyId]).toEqual([key, key]);
    const e = await rejection(sm.send(new CreateEndpointConfigCommand({
      EndpointConfigName: 'nvme', KmsKeyId: key,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm1', InstanceType: 'ml.g5.xlarge', InitialInstanceCount: 1 }],
    })));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toContain('KmsKeyId is not supported for instance type ml.g5.xlarge');
  });
});
