import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import { DescribeEndpointCommand, SageMakerClient, type DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { nextDelay, waitForDeployment, type WaitOptions } from '../../../src/deploy/wait.js';
import { fakeClock, type FakeClock } from '../../helpers/clock.js';

const NEW = 'fraud-prod-v4-abc123';
const OLD = 'fraud-prod-v3-def456';
const T = new Date('2025-06-01T12:00:00Z');
const START = 1_700_000_000_000;

function endpoint(extra: Partial<DescribeEndpointOutput>): DescribeEndpointOutput {
  return { EndpointName: 'fraud-prod', EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod', CreationTime: T, LastModifiedTime: T, ...extra } as DescribeEndpointOutput;
}

function pendingEp(endpointStatus: string, variantStatus: string, message?: string, weight?: number): DescribeEndpointOutput {
  return endpoint({
    EndpointStatus: endpointStatus as never,
    EndpointConfigName: OLD,
    PendingDeploymentSummary: {
      EndpointConfigName: NEW,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ...(weight !== undefined ? { CurrentWeight: weight, DesiredWeight: 1 } : {}),
          VariantStatus: [{ Status: variantStatus as never, ...(message ? { StatusMessage: message } : {}), StartTime: T }]
        }
      ]
    }
  });
}

const baking = (seconds: number, weight = 0.1) => pendingEp('Updating', 'Baking', `Baking for ${seconds} seconds`, weight);

describe('nextDelay', () => {
  const opts = { pollMs: 15_000 };

  test('outside a bake: the poll interval', () => {
    expect(nextDelay(pendingEp('Updating', 'Creating'), 0, 100_000, opts)).toBe(15_000);
    expect(nextDelay(endpoint({ EndpointStatus: 'Creating' }), 0, 100_000, { pollMs: 2000, bakeSeconds: 600 })).toBe(2000);
  });

  test('during a bake: the rest of the bake, at most 4 intervals', () => {
    expect(nextDelay(baking(600), 0, 0, opts)).toBe(60_000);
    expect(nextDelay(baking(600), 0, 550_000, opts)).toBe(50_000);
    expect(nextDelay(baking(600), 1000, 551_000, opts)).toBe(50_000);
  });

  test('during a bake: at least one interval, even when the bake should be over', () => {
    expect(nextDelay(baking(600), 0, 590_000, opts)).toBe(15_000);
    expect(nextDelay(baking(600), 0, 900_000, opts)).toBe(15_000);
  });

  test('the bake length comes from the status message first, then bakeSeconds, else nothing', () => {
    expect(nextDelay(baking(30), 0, 0, { pollMs: 5000, bakeSeconds: 600 })).toBe(20_000);
    const noMessage = pendingEp('Updating', 'Baking');
    expect(nextDelay(noMessage, 0, 0, { pollMs: 5000, bakeSeconds: 12 })).toBe(12_000);
    expect(nextDelay(noMessage, 0, 0, { pollMs: 5000 })).toBe(5000);
    expect(nextDelay(pendingEp('Updating', 'Baking', 'Waiting on alarms'), 0, 0, { pollMs: 5000, bakeSeconds: 18 })).toBe(18_000);
  });
});

const sm = mockClient(SageMakerClient);
let client: SageMakerClient;
let clock: FakeClock;
let logs: string[];

function options(extra: Partial<WaitOptions> = {}): WaitOptions {
  return { clock, deadline: START + 3_600_000, pollMs: 10_000, log: { info: (m) => logs.push(m) }, ...extra };
}

beforeEach(() => {
  sm.reset();
  client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
  clock = fakeClock(START);
  logs = [];
});

describe('waitForDeployment', () => {
  test('logs each phase change once, calls onPhase per change and returns succeeded', async () => {
    const done = endpoint({ EndpointStatus: 'InService', EndpointConfigName: NEW });
    sm.on(DescribeEndpointCommand, { EndpointName: 'fraud-prod' })
      .resolvesOnce(pendingEp('Updating', 'Creating', 'Launching 1 instance'))
      .resolvesOnce(pendingEp('Updating', 'Creating', 'Launching 1 instance (still)'))
      .resolvesOnce(baking(30, 0.1))
      .resolvesOnce(baking(30, 0.1))
      .resolvesOnce(baking(30, 1))
      .resolvesOnce(done);
    const phases: [string, string][] = [];
    const result = await waitForDeployment(client, 'fraud-prod', NEW, undefined, options({ onPhase: (ep, phase) => void phases.push([ep.EndpointStatus!, phase]) }));

    expect(result.verdict).toEqual({ state: 'succeeded' });
    expect(result.endpoint).toEqual(done);
    expect(result.polls).toBe(6);
    expect(sm.commandCalls(DescribeEndpointCommand)).toHaveLength(6);
    // Creating: the poll interval; a 30 s bake: its rest (30 s), then at least one interval when it should be over.
    expect(clock.sleeps).toEqual([10_000, 10_000, 30_000, 10_000, 30_000]);
    expect(logs).toEqual([
      '[0 s] Updating; AllTraffic: Creating (Launching 1 instance)',
      '[20 s] Updating; AllTraffic: Baking (Baking for 30 seconds); new fleet traffic 10%',
      '[60 s] Updating; AllTraffic: Baking (Baking for 30 seconds); new fleet traffic 100%'
    ]);
    expect(phases).toEqual([
      ['Updating', 'Updating; AllTraffic: Creating (Launching 1 instance)'],
      ['Updating', 'Updating; AllTraffic: Baking (Baking for 30 seconds); new fleet traffic 10%'],
      ['Updating', 'Updating; AllTraffic: Baking (Baking for 30 seconds); new fleet traffic 100%']
    ]);
  });

  test('awaits onPhase before polling again', async () => {
    sm.on(DescribeEndpointCommand).resolvesOnce(pendingEp('Creating', 'Creating')).resolves(endpoint({ EndpointStatus: 'InService', EndpointConfigName: NEW }));
    const order: string[] = [];
    const onPhase = jest.fn(async () => {
      await Promise.resolve();
      order.push(`phase after ${sm.commandCalls(DescribeEndpointCommand).length} reads`);
    });
    const result = await waitForDeployment(client, 'fraud-prod', NEW, undefined, options({ onPhase }));
    expect(result.verdict).toEqual({ state: 'succeeded' });
    expect(order).toEqual(['phase after 1 reads']);
    expect(onPhase).toHaveBeenCalledTimes(1);
  });

  test('a rollback ends the wait with the reason, no sleep after it', async () => {
    sm.on(DescribeEndpointCommand)
      .resolvesOnce(baking(60))
      .resolves(endpoint({ EndpointStatus: 'InService', EndpointConfigName: OLD, FailureReason: 'Alarm errors-5xx fired' }));
    const result = await waitForDeployment(client, 'fraud-prod', NEW, undefined, options());
    expect(result.verdict).toEqual({ state: 'rolled-back', reason: 'Alarm errors-5xx fired' });
    expect(result.polls).toBe(2);
    expect(clock.sleeps).toEqual([40_000]);
  });

  test('a digest mismatch is reported as failed', async () => {
    const expected = `sha256:${'ab'.repeat(32)}`;
    const served = `sha256:${'cd'.repeat(32)}`;
    sm.on(DescribeEndpointCommand).resolves(
      endpoint({
        EndpointStatus: 'InService',
        EndpointConfigName: NEW,
        ProductionVariants: [{ VariantName: 'AllTraffic', DeployedImages: [{ ResolvedImage: `registry.example.com/team/model@${served}` }] }]
      })
    );
    const result = await waitForDeployment(client, 'fraud-prod', NEW, expected, options());
    expect(result.verdict).toEqual({ state: 'failed', reason: `the endpoint serves ${served}, not the expected ${expected}` });
    expect(clock.sleeps).toEqual([]);
    expect(logs).toEqual([]);
  });

  test('times out at the deadline with the phase, never sleeping past it', async () => {
    sm.on(DescribeEndpointCommand).resolves(pendingEp('Updating', 'Creating', 'Launching'));
    const onPhase = jest.fn<() => void>();
    const result = await waitForDeployment(client, 'fraud-prod', NEW, undefined, options({ deadline: START + 45_000, pollMs: 15_000, onPhase }));
    expect(result.verdict).toEqual({ state: 'timed-out', phase: 'Updating; AllTraffic: Creating (Launching)' });
    expect(result.polls).toBe(4);
    expect(clock.sleeps).toEqual([15_000, 15_000, 15_000]);
    expect(clock.now()).toBe(START + 45_000);
    expect(logs).toEqual(['[0 s] Updating; AllTraffic: Creating (Launching)']);
    expect(onPhase).toHaveBeenCalledTimes(1);
  });

  test('the last sleep is cut to the deadline', async () => {
    sm.on(DescribeEndpointCommand).resolves(baking(600));
    const result = await waitForDeployment(client, 'fraud-prod', NEW, undefined, options({ deadline: START + 50_000, pollMs: 10_000 }));
    expect(result.verdict).toEqual({ state: 'timed-out', phase: 'Updating; AllTraffic: Baking (Baking for 600 seconds); new fleet traffic 10%' });
    expect(clock.sleeps).toEqual([40_000, 10_000]);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(50_000);
    expect(result.polls).toBe(3);
  });

  test('a deadline already passed reads once and does not sleep', async () => {
    sm.on(DescribeEndpointCommand).resolves(pendingEp('Creating', 'Creating'));
    const result = await waitForDeployment(client, 'fraud-prod', NEW, undefined, options({ deadline: START - 1 }));
    expect(result.verdict).toEqual({ state: 'timed-out', phase: 'Creating; AllTraffic: Creating' });
    expect(result.polls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('a DescribeEndpoint error is translated and ends the wait', async () => {
    sm.on(DescribeEndpointCommand).rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }));
    await expect(waitForDeployment(client, 'fraud-prod', NEW, undefined, options())).rejects.toThrow(
      'sagemaker:DescribeEndpoint was denied: the role this workflow assumed needs sagemaker:DescribeEndpoint (see the IAM section of the README). AWS said: User is not authorized'
    );
  });
});
