/** Inference experiments (shadow tests), production traffic over virtual minutes, and GetMetricData per variant. */
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  CreateInferenceExperimentCommand,
  type CreateInferenceExperimentCommandInput,
  DescribeInferenceExperimentCommand,
  SageMakerClient,
  StopInferenceExperimentCommand,
} from '@aws-sdk/client-sagemaker';
import { decode, encode, Tagged } from 'cborg';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';
import { IMAGE_V2, liveEndpoint, ROLE } from './hosting-helpers.js';

let sim: Simulator;
let sm: SageMakerClient;
let cw: CloudWatchClient;
const MIN = 60_000;

beforeEach(async () => {
  ({ sim, sm } = await startSim({ clockSpeed: 0 }));
  cw = new CloudWatchClient({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });
  await liveEndpoint(sim, sm, 'ep', 1);
});
afterEach(() => sim.close());

const infra = { InfrastructureType: 'RealTimeInference' as const, RealTimeInferenceConfig: { InstanceType: 'ml.m5.large' as const, InstanceCount: 1 } };
const request = (over: Partial<CreateInferenceExperimentCommandInput> = {}): CreateInferenceExperimentCommandInput => ({
  Name: 'shadow-1',
  Type: 'ShadowMode',
  RoleArn: ROLE,
  EndpointName: 'ep',
  Schedule: { EndTime: new Date(sim.clock.now() + 60 * MIN) },
  ModelVariants: [
    { ModelName: 'm1', VariantName: 'AllTraffic', InfrastructureConfig: infra },
    { ModelName: 'm2', VariantName: 'shadow', InfrastructureConfig: infra },
  ],
  ShadowModeConfig: { SourceModelVariantName: 'AllTraffic', ShadowModelVariants: [{ ShadowModelVariantName: 'shadow', SamplingPercentage: 50 }] },
  ...over,
});
const status = async () => (await sm.send(new DescribeInferenceExperimentCommand({ Name: 'shadow-1' }))).Status;
const query = (id: string, variant: string, metric: string, stat: string, period = 60): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: 'AWS/SageMaker', MetricName: metric, Dimensions: [{ Name: 'EndpointName', Value: 'ep' }, { Name: 'VariantName', Value: variant }] }, Period: period, Stat: stat },
});

describe('inference experiments', () => {
  it('runs Creating → Running → Stopping → Completed, mirroring production traffic at the sampling percentage', async () => {
    await control(sim, 'POST', '/_sim/runtime', { endpointConfigName: 'c1', latencyMs: 100 });
    await control(sim, 'POST', '/_sim/runtime', { image: IMAGE_V2, latencyMs: 300, errorRate: 1 });
    const out = await sm.send(new CreateInferenceExperimentCommand(request()));
    expect(out.InferenceExperimentArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:inference-experiment/shadow-1');
    expect(await status()).toBe('Creating');
    sim.clock.advance(4_000);
    expect(await status()).toBe('Running');
    const start = sim.clock.now();
    const traffic = await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'ep', requests: 1000, minutes: 10 });
    expect(traffic.status).toBe(200);
    sim.clock.advance(10 * MIN);
    const data = await cw.send(new GetMetricDataCommand({
      StartTime: new Date(start), EndTime: new Date(sim.clock.now()), ScanBy: 'TimestampAscending',
      MetricDataQueries: [query('prod', 'AllTraffic', 'Invocations', 'Sum', 600 + 60), query('shadow', 'shadow', 'Invocations', 'Sum', 660), query('lat', 'shadow', 'ModelLatency', 'p99'), query('err', 'shadow', 'InvocationModelErrors', 'Sum', 660), query('plat', 'AllTraffic', 'ModelLatency', 'Average', 660)],
    }));
    const r = Object.fromEntries(data.MetricDataResults!.map((x) => [x.Id, x]));
    expect(r.prod!.Values).toEqual([1000]);
    const mirrored = r.shadow!.Values![0]!;
    expect(mirrored).toBeGreaterThan(430);
    expect(mirrored).toBeLessThan(570);
    expect(r.err!.Values).toEqual([mirrored]);
    expect(r.lat!.Values!.length).toBe(start % MIN === 0 ? 10 : 11); // periods start on whole minutes
    expect(new Set(r.lat!.Values)).toEqual(new Set([300_000]));
    expect(r.plat!.Values).toEqual([100_000]);
    expect(r.lat!.Timestamps![1]!.getTime() - r.lat!.Timestamps![0]!.getTime()).toBe(MIN);

    await sm.send(new StopInferenceExperimentCommand({ Name: 'shadow-1', ModelVariantActions: { AllTraffic: 'Retain', shadow: 'Remove' }, DesiredState: 'Cancelled', Reason: 'verdict fail' }));
    expect(await status()).toBe('Stopping');
    sim.clock.advance(2_000);
    const done = await sm.send(new DescribeInferenceExperimentCommand({ Name: 'shadow-1' }));
    expect([done.Status, done.StatusReason, done.ModelVariants!.map((v) => v.Status)]).toEqual(['Cancelled', 'verdict fail', ['InService', 'Deleted']]);
    // Traffic after the stop is not mirrored.
    await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'ep', requests: 100, minutes: 1 });
    sim.clock.advance(MIN);
    const after = await cw.send(new GetMetricDataCommand({ StartTime: new Date(start), EndTime: new Date(sim.clock.now()), MetricDataQueries: [query('shadow', 'shadow', 'Invocations', 'Sum', 3600)] }));
    expect(after.MetricDataResults![0]!.Values).toEqual([mirrored]);
  });

  it('is Completed at its EndTime', async () => {
    await sm.send(new CreateInferenceExperimentCommand(request({ Schedule: { EndTime: new Date(sim.clock.now() + 5 * MIN) } })));
    sim.clock.advance(5 * MIN);
    expect(await status()).toBe('Completed');
    const again = await rejection(sm.send(new StopInferenceExperimentCommand({ Name: 'shadow-1', ModelVariantActions: { AllTraffic: 'Retain', shadow: 'Remove' } })));
    expect(again.message).toMatch(/is Completed; only a Creating or Running experiment can be stopped/);
  });

  it.each([
    ['a source variant that is not the live one', { ShadowModeConfig: { SourceModelVariantName: 'shadow', ShadowModelVariants: [{ ShadowModelVariantName: 'AllTraffic', SamplingPercentage: 100 }] } }, /must be the endpoint's production variant AllTraffic with its model m1/],
    ['more than 30 days', { Schedule: { EndTime: new Date(Date.now() + 40 * 86400_000) } }, /at most 30 days/],
    ['an Inf1 shadow', { ModelVariants: [{ ModelName: 'm1', VariantName: 'AllTraffic', InfrastructureConfig: infra }, { ModelName: 'm2', VariantName: 'shadow', InfrastructureConfig: { ...infra, RealTimeInferenceConfig: { InstanceType: 'ml.inf1.xlarge', InstanceCount: 1 } } }] }, /ml.inf1.xlarge is not supported/],
    ['a missing shadow model', { ModelVariants: [{ ModelName: 'm1', VariantName: 'AllTraffic', InfrastructureConfig: infra }, { ModelName: 'nope', VariantName: 'shadow', InfrastructureConfig: infra }] }, /Could not find model/],
    ['a sampling percentage over 100', { ShadowModeConfig: { SourceModelVariantName: 'AllTraffic', ShadowModelVariants: [{ ShadowModelVariantName: 'shadow', SamplingPercentage: 101 }] } }, /less than or equal to 100/],
  ])('refuses %s', async (_what, over, why) => {
    const e = await rejection(sm.send(new CreateInferenceExperimentCommand(request(over as Partial<CreateInferenceExperimentCommandInput>))));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toMatch(why);
  });

  it('refuses a second experiment on the endpoint, a Promote, and a missing experiment', async () => {
    await sm.send(new CreateInferenceExperimentCommand(request()));
    expect((await rejection(sm.send(new CreateInferenceExperimentCommand(request({ Name: 'shadow-2' }))))).name).toBe('ResourceInUse');
    const promote = await rejection(sm.send(new StopInferenceExperimentCommand({ Name: 'shadow-1', ModelVariantActions: { AllTraffic: 'Retain', shadow: 'Promote' } })));
    expect(promote.name).toBe('UnknownOperationException');
    expect((await rejection(sm.send(new DescribeInferenceExperimentCommand({ Name: 'nope' })))).name).toBe('ResourceNotFound');
  });

  it('traffic and GetMetricData check their input', async () => {
    expect((await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'ep', requests: 0, minutes: 1 })).status).toBe(400);
    expect((await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'nope', requests: 1, minutes: 1 })).status).toBe(400);
    const expr = await rejection(cw.send(new GetMetricDataCommand({ StartTime: new Date(0), EndTime: new Date(), MetricDataQueries: [{ Id: 'e', Expression: 'SUM(METRICS())' }] })));
    expect(expr.message).toMatch(/MetricStat queries only/);
    const period = await rejection(cw.send(new GetMetricDataCommand({ StartTime: new Date(0), EndTime: new Date(), MetricDataQueries: [query('a', 'AllTraffic', 'Invocations', 'Sum', 30)] })));
    expect(period.message).toMatch(/multiple of 60/);
  });

  it('GetMetricData over RPC v2 CBOR: timestamps in and out as tag 1 epoch seconds (a request timestamp used to be refused)', async () => {
    const start = sim.clock.now();
    await control(sim, 'POST', '/_sim/runtime/traffic', { endpointName: 'ep', requests: 120, minutes: 2 });
    sim.clock.advance(2 * MIN);
    const body = encode({ StartTime: new Tagged(1, start / 1000), EndTime: new Tagged(1, sim.clock.now() / 1000), MetricDataQueries: [query('inv', 'AllTraffic', 'Invocations', 'Sum', 600)] });
    const res = await fetch(`${sim.url}/service/GraniteServiceVersion20100801/operation/GetMetricData`, {
      method: 'POST',
      headers: { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor', authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=x' },
      body,
    });
    expect(res.status).toBe(200);
    const tags: number[] = [];
    const out = decode(new Uint8Array(await res.arrayBuffer()), { tags: Object.assign([], { 1: (inner: () => number) => { const v = inner(); tags.push(v); return v; } }) });
    expect(out.MetricDataResults[0]).toMatchObject({ Id: 'inv', Values: [120], StatusCode: 'Complete' });
    expect(tags).toEqual([Math.floor(start / MIN) * 60]);
  });
});
