import { DeleteEndpointConfigCommand, DeleteModelCommand, type DeploymentConfig, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { control, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';
import { arnOf, config, describeEp, IMAGE_V1, IMAGE_V2, liveEndpoint, model, walk } from './hosting-helpers.js';

const { sim, sm } = useSimulator({ clockSpeed: 0 });


const canary = (wait = 60, termination = 30, extra: Partial<DeploymentConfig> = {}): DeploymentConfig => ({
  BlueGreenUpdatePolicy: {
    TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: wait, CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 } },
    TerminationWaitInSeconds: termination,
  },
  ...extra,
});
const withAlarm = (dc: DeploymentConfig, ...names: string[]): DeploymentConfig => ({
  ...dc,
  AutoRollbackConfiguration: { Alarms: names.map((AlarmName) => ({ AlarmName })) },
});
const update = (DeploymentConfig?: DeploymentConfig, EndpointConfigName = 'c2') =>
  sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName, DeploymentConfig }));
const alarm = (name: string, state: string) => control(sim, 'POST', '/_sim/alarms', { name, state });

describe('blue/green deployment phases', () => {
  it('CANARY: Creating → ActivatingTraffic → Baking → ActivatingTraffic → final Baking → Deleting, config switches at the end', async () => {
    await liveEndpoint(sim, sm);
    await update(canary(60, 30));
    const seen = await walk(sim, sm, 'ep', 1_000);
    expect(seen.map((o) => [o.status, o.config, o.pending, o.variantStatus, o.message, o.weight])).toEqual([
      ['Updating', 'c1', true, 'Creating', 'Launching 4 instance(s) for the new fleet.', 0],
      ['Updating', 'c1', true, 'ActivatingTraffic', 'Activating traffic on canary capacity of 1 instance(s) (25% of capacity).', 0.25],
      ['Updating', 'c1', true, 'Baking', 'Baking for 60 seconds (WaitIntervalInSeconds) with traffic enabled on canary capacity of 1 instance(s).', 0.25],
      ['Updating', 'c1', true, 'ActivatingTraffic', 'Activating traffic on full capacity of 4 instance(s) (100% of capacity).', 1],
      ['Updating', 'c1', true, 'Baking', 'Baking for 30 seconds (TerminationWaitInSeconds) with traffic enabled on full capacity.', 1],
      ['Updating', 'c1', true, 'Deleting', 'Terminating the old fleet.', 1],
      ['InService', 'c2', false, undefined, undefined, undefined],
    ]);
    const done = await describeEp(sm, 'ep');
    expect(done.FailureReason).toBeUndefined();
    expect(done.LastDeploymentConfig?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.Type).toBe('CANARY');
    expect(done.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE_V2);
  });

  it('shows the pending new fleet next to the live old one while updating', async () => {
    await liveEndpoint(sim, sm);
    await update(canary(600, 0));
    sim.clock.advance(5_500); // fleet created, canary traffic activated, baking
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('Updating');
    expect(d.EndpointConfigName).toBe('c1');
    expect(d.PendingDeploymentSummary?.EndpointConfigName).toBe('c2');
    const pv = d.PendingDeploymentSummary?.ProductionVariants?.[0];
    expect(pv).toMatchObject({ VariantName: 'AllTraffic', CurrentInstanceCount: 4, DesiredInstanceCount: 4, CurrentWeight: 0.25, DesiredWeight: 1, InstanceType: 'ml.m5.large' });
    expect(pv?.VariantStatus?.[0]?.StatusMessage).toBe('Baking for 600 seconds (WaitIntervalInSeconds) with traffic enabled on canary capacity of 1 instance(s).');
    expect(pv?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE_V2);
    expect(d.ProductionVariants?.[0]).toMatchObject({ CurrentWeight: 0.75, DesiredWeight: 1, CurrentInstanceCount: 4 });
    expect(d.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE_V1);
  });

  it('LINEAR: steps of LinearStepSize with Baking between them', async () => {
    await liveEndpoint(sim, sm);
    await update({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'LINEAR', WaitIntervalInSeconds: 20, LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 25 } },
      },
    });
    const seen = await walk(sim, sm, 'ep', 1_000);
    expect(seen.map((o) => o.variantStatus)).toEqual([
      'Creating', 'ActivatingTraffic', 'Baking', 'ActivatingTraffic', 'Baking', 'ActivatingTraffic', 'Baking', 'ActivatingTraffic', 'Deleting', undefined,
    ]);
    expect(seen.filter((o) => o.variantStatus === 'ActivatingTraffic').map((o) => o.weight)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(seen[3]?.message).toBe('Activating traffic on linear step capacity of 2 instance(s) (50% of capacity).');
    expect(seen[4]?.message).toBe('Baking for 20 seconds (WaitIntervalInSeconds) with traffic enabled on linear step capacity of 2 instance(s).');
    expect(seen.slice(0, -1).every((o) => o.config === 'c1' && o.pending)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ status: 'InService', config: 'c2', pending: false });
  });

  it('no DeploymentConfig: ALL_AT_ONCE without baking; LastDeploymentConfig absent', async () => {
    await liveEndpoint(sim, sm);
    await update(undefined);
    const seen = await walk(sim, sm, 'ep', 500);
    expect(seen.map((o) => o.variantStatus)).toEqual(['Creating', 'ActivatingTraffic', 'Deleting', undefined]);
    expect((await describeEp(sm, 'ep')).LastDeploymentConfig).toBeUndefined();
  });

  it('a fast clock runs a 30-minute canary in a fraction of a second of real time', async () => {
    await liveEndpoint(sim, sm);
    await update(canary(1_800, 0));
    await control(sim, 'POST', '/_sim/config', { clockSpeed: 100_000 });
    const started = Date.now();
    let d = await describeEp(sm, 'ep');
    while (d.EndpointStatus === 'Updating' && Date.now() - started < 5_000) {
      await new Promise((r) => setTimeout(r, 5));
      d = await describeEp(sm, 'ep');
    }
    expect(d.EndpointStatus).toBe('InService');
    expect(d.EndpointConfigName).toBe('c2');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('RetainDeploymentConfig reuses the DeploymentConfig of the last deployment', async () => {
    await liveEndpoint(sim, sm);
    await update(canary(60, 0));
    await walk(sim, sm, 'ep', 5_000);
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1', RetainDeploymentConfig: true }));
    const seen = await walk(sim, sm, 'ep', 1_000);
    expect(seen.map((o) => o.variantStatus)).toContain('Baking');
    expect(seen.find((o) => o.variantStatus === 'Baking')?.message).toContain('Baking for 60 seconds (WaitIntervalInSeconds)');
    expect(seen.at(-1)?.config).toBe('c1');
  });
});

describe('auto-rollback', () => {
  it('an alarm in ALARM mid-update rolls back: InService on the OLD config with a FailureReason naming the alarm', async () => {
    await liveEndpoint(sim, sm);
    await alarm('ep-5xx', 'OK');
    await alarm('ep-latency', 'OK');
    await update(withAlarm(canary(600, 60), 'ep-5xx', 'ep-latency'));
    sim.clock.advance(10_000);
    expect((await describeEp(sm, 'ep')).PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Baking');
    expect((await alarm('ep-5xx', 'ALARM')).status).toBe(200);
    const rolling = await describeEp(sm, 'ep');
    expect(rolling.EndpointStatus).toBe('RollingBack');
    expect(rolling.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Deleting');
    sim.clock.advance(2_000);
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('InService');
    expect(d.EndpointConfigName).toBe('c1');
    expect(d.PendingDeploymentSummary).toBeUndefined();
    expect(d.FailureReason).toBe('Deployment was rolled back because CloudWatch alarm(s) [ep-5xx] went into ALARM state.');
    expect(d.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE_V1);
  });

  it('an alarm that fired and cleared between two reads still rolls the deployment back', async () => {
    await liveEndpoint(sim, sm);
    await alarm('flappy', 'OK');
    await update(withAlarm(canary(600, 0), 'flappy'));
    sim.clock.advance(100_000);
    await alarm('flappy', 'ALARM');
    sim.clock.advance(1_000);
    await alarm('flappy', 'OK');
    sim.clock.advance(10_000);
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('InService');
    expect(d.EndpointConfigName).toBe('c1');
    expect(d.FailureReason).toContain('[flappy]');
  });

  it('an alarm of another endpoint or set after the deployment ended changes nothing', async () => {
    await liveEndpoint(sim, sm);
    await alarm('watched', 'OK');
    await alarm('other', 'OK');
    await update(withAlarm(canary(60, 0), 'watched'));
    sim.clock.advance(20_000);
    await alarm('other', 'ALARM');
    sim.clock.advance(100_000);
    await alarm('watched', 'ALARM');
    const d = await describeEp(sm, 'ep');
    expect(d).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'c2' });
    expect(d.FailureReason).toBeUndefined();
  });

  it('failFleet: the new fleet fails its health check while Creating → rolled back with that reason; a new update clears it', async () => {
    await liveEndpoint(sim, sm);
    await control(sim, 'POST', '/_sim/faults', { failFleet: { count: 1, reason: 'The primary container for production variant AllTraffic did not pass the ping health check.' } });
    await update(canary(60, 0));
    const seen = await walk(sim, sm, 'ep', 1_000);
    expect(seen.map((o) => o.status)).toEqual(['Updating', 'RollingBack', 'InService']);
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointConfigName).toBe('c1');
    expect(d.FailureReason).toBe('The primary container for production variant AllTraffic did not pass the ping health check.');
    await update(canary(60, 0));
    expect((await describeEp(sm, 'ep')).FailureReason).toBeUndefined();
    await walk(sim, sm, 'ep', 5_000);
    expect((await describeEp(sm, 'ep')).EndpointConfigName).toBe('c2');
  });

  it('rollbackFails: the rollback itself fails → UpdateRollbackFailed with a FailureReason', async () => {
    await liveEndpoint(sim, sm);
    await control(sim, 'POST', '/_sim/faults', { failFleet: { count: 1 }, rollbackFails: { count: 1, reason: 'old fleet unhealthy' } });
    await update(canary(60, 0));
    await walk(sim, sm, 'ep', 1_000);
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('UpdateRollbackFailed');
    expect(d.FailureReason).toBe(
      'The primary container for production variant AllTraffic did not pass the ping health check. Please check CloudWatch logs for this endpoint. Rollback failed: old fleet unhealthy',
    );
    expect(d.PendingDeploymentSummary).toBeUndefined();
  });

  it('deleting the old endpoint configuration mid-update breaks its rollback', async () => {
    await liveEndpoint(sim, sm);
    await alarm('a', 'OK');
    await update(withAlarm(canary(600, 0), 'a'));
    await sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'c1' }));
    sim.clock.advance(10_000);
    await alarm('a', 'ALARM');
    await walk(sim, sm, 'ep', 1_000);
    const d = await describeEp(sm, 'ep');
    expect(d.EndpointStatus).toBe('UpdateRollbackFailed');
    expect(d.FailureReason).toContain(`Rollback failed: Could not find endpoint configuration "${arnOf('endpoint-config', 'c1')}".`);
  });

  it('MaximumExecutionTimeoutInSeconds exceeded → rolled back', async () => {
    await control(sim, 'POST', '/_sim/config', { fleetCreateMs: 700_000 });
    await liveEndpoint(sim, sm);
    const dc = canary(60, 0);
    dc.BlueGreenUpdatePolicy!.MaximumExecutionTimeoutInSeconds = 600;
    await update(dc);
    sim.clock.advance(600_000);
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('RollingBack');
    sim.clock.advance(2_000);
    const d = await describeEp(sm, 'ep');
    expect(d).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'c1' });
    expect(d.FailureReason).toBe('Deployment was rolled back because it did not complete within MaximumExecutionTimeoutInSeconds (600 seconds).');
  });
});

describe('UpdateEndpoint validation', () => {
  beforeEach(async () => {
    await liveEndpoint(sim, sm);
  });

  it('WaitIntervalInSeconds is required (schema)', async () => {
    const err = await rejection(update({ BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE' } } } as unknown as DeploymentConfig));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(
      "1 validation error detected: Value null at 'deploymentConfig.blueGreenUpdatePolicy.trafficRoutingConfiguration.waitIntervalInSeconds' failed to satisfy constraint: Member must not be null",
    );
  });

  it('a canary above 50% of the instance count is refused; 50% is accepted', async () => {
    const big = canary();
    big.BlueGreenUpdatePolicy!.TrafficRoutingConfiguration!.CanarySize = { Type: 'INSTANCE_COUNT', Value: 3 };
    const err = await rejection(update(big));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe('CanarySize (INSTANCE_COUNT 3) must be at most 50% of the instance count (4) of production variant "AllTraffic".');
    const pct = canary();
    pct.BlueGreenUpdatePolicy!.TrafficRoutingConfiguration!.CanarySize = { Type: 'CAPACITY_PERCENT', Value: 51 };
    expect((await rejection(update(pct))).message).toContain('must be at most 50%');
    const half = canary();
    half.BlueGreenUpdatePolicy!.TrafficRoutingConfiguration!.CanarySize = { Type: 'INSTANCE_COUNT', Value: 2 };
    await update(half);
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('Updating');
  });

  it('LinearStepSize must be 10–50%; CANARY needs CanarySize', async () => {
    const linear = (Value: number) => update({
      BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'LINEAR', WaitIntervalInSeconds: 0, LinearStepSize: { Type: 'CAPACITY_PERCENT', Value } } },
    });
    expect((await rejection(linear(5))).message).toContain('LinearStepSize (CAPACITY_PERCENT 5) must be between 10% and 50%');
    expect((await rejection(linear(60))).message).toContain('must be between 10% and 50%');
    const noSize = await rejection(update({ BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 0 } } }));
    expect(noSize.message).toBe('CanarySize must be specified when TrafficRoutingConfiguration Type is CANARY.');
  });

  it('MaximumExecutionTimeoutInSeconds must exceed the waits; TerminationWaitInSeconds ≤ 3600 (schema)', async () => {
    const dc = canary(600, 60);
    dc.BlueGreenUpdatePolicy!.MaximumExecutionTimeoutInSeconds = 660;
    expect((await rejection(update(dc))).message).toBe(
      'MaximumExecutionTimeoutInSeconds (660) must be greater than the total baking time of the deployment (660 seconds of WaitIntervalInSeconds and TerminationWaitInSeconds).',
    );
    const long = canary(60, 3601);
    expect((await rejection(update(long))).message).toContain("at 'deploymentConfig.blueGreenUpdatePolicy.terminationWaitInSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600");
  });

  it('the new config must keep the variant names', async () => {
    await config(sm, 'c3', 'm2', 4, 'Blue');
    const err = await rejection(update(canary(), 'c3'));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toContain('[Blue] must be the same as those of the endpoint\'s current configuration [AllTraffic]');
  });

  it('alarms named in AutoRollbackConfiguration must exist', async () => {
    const err = await rejection(update(withAlarm(canary(), 'nope')));
    expect(err.message).toBe('CloudWatch alarm(s) [nope] in AutoRollbackConfiguration do not exist.');
  });

  it('Cannot update in-progress endpoint while Updating and RollingBack; missing config / endpoint', async () => {
    await alarm('a', 'OK');
    await update(withAlarm(canary(600, 0), 'a'));
    const arn = arnOf('endpoint', 'ep');
    expect((await rejection(update(canary()))).message).toBe(`Cannot update in-progress endpoint "${arn}".`);
    await alarm('a', 'ALARM');
    expect((await describeEp(sm, 'ep')).EndpointStatus).toBe('RollingBack');
    expect((await rejection(update(canary()))).message).toBe(`Cannot update in-progress endpoint "${arn}".`);
    sim.clock.advance(2_000);
    expect((await rejection(update(canary(), 'c9'))).message).toBe(`Could not find endpoint configuration "${arnOf('endpoint-config', 'c9')}".`);
    const missing = await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'nope', EndpointConfigName: 'c2' })));
    expect(missing.message).toBe(`Could not find endpoint "${arnOf('endpoint', 'nope')}".`);
  });

  it('a config whose model was deleted cannot be deployed', async () => {
    await model(sm, 'm3', IMAGE_V2);
    await config(sm, 'c3', 'm3');
    await sm.send(new DeleteModelCommand({ ModelName: 'm3' }));
    expect((await rejection(update(canary(), 'c3'))).message).toBe(`Could not find model "${arnOf('model', 'm3')}".`);
  });
});

describe('canary on a single-instance variant', () => {
  it('is refused even as 50% CAPACITY_PERCENT (one instance is the whole fleet)', async () => {
    await liveEndpoint(sim, sm, 'ep', 1);
    const dc = canary();
    dc.BlueGreenUpdatePolicy!.TrafficRoutingConfiguration!.CanarySize = { Type: 'CAPACITY_PERCENT', Value: 50 };
    const err = await rejection(update(dc));
    expect(err.message).toBe('CanarySize (CAPACITY_PERCENT 50) must be at most 50% of the instance count (1) of production variant "AllTraffic".');
  });
});
