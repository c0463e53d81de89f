/** The experiment's waits and stop against a mocked SageMaker: what ends a wait, what a stop sends. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeInferenceExperimentCommand, SageMakerClient, StopInferenceExperimentCommand } from '@aws-sdk/client-sagemaker';
import { AwsClock, stopExperiment, waitDuration, waitRunning } from '../../../src/shadow/experiment.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const live = { endpointName: 'ep', configName: 'c1', variantName: 'AllTraffic', modelName: 'm1', instanceType: 'ml.m5.large', instanceCount: 1 };

/** A clock whose sleeps move time at once. */
function fakeClock(start = 0) {
  let now = start;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}
const status = (...s: string[]) => {
  const m = sm.on(DescribeInferenceExperimentCommand);
  for (const x of s) m.resolvesOnce({ Status: x as never, StatusReason: x === 'Cancelled' ? 'stopped by hand' : undefined });
};

beforeEach(() => void sm.reset());

describe('waits', () => {
  test('Running after Creating; the start is AWS time', async () => {
    status('Creating', 'Creating', 'Running');
    const clock = fakeClock(1000);
    const lines: string[] = [];
    const start = await waitRunning(client, 'x', { clock, aws: new AwsClock(clock), pollMs: 5000, deadline: 60_000, log: (l) => lines.push(l) });
    expect(start).toBe(11_000);
    expect(lines).toEqual(['Inference experiment x is Running: the candidate receives a copy of production requests.']);
  });

  test('an experiment stopped by someone else ends the wait with its reason', async () => {
    status('Running', 'Cancelled');
    const clock = fakeClock();
    await expect(waitDuration(client, 'x', { clock, aws: new AwsClock(clock), pollMs: 1000, deadline: 60_000, log: () => {}, startMs: 0, durationMs: 10_000 })).rejects.toThrow(
      'Inference experiment x is Cancelled (stopped by hand) while waiting for the test window to end; the shadow test has no result.'
    );
  });

  test('the window ends when the duration has passed; the time budget is kept', async () => {
    sm.on(DescribeInferenceExperimentCommand).resolves({ Status: 'Running' });
    const clock = fakeClock();
    expect(await waitDuration(client, 'x', { clock, aws: new AwsClock(clock), pollMs: 3000, deadline: 60_000, log: () => {}, startMs: 0, durationMs: 10_000 })).toBe(10_000);
    const late = fakeClock();
    await expect(waitDuration(client, 'x', { clock: late, aws: new AwsClock(late), pollMs: 3000, deadline: 5000, log: () => {}, startMs: 0, durationMs: 10_000 })).rejects.toThrow(/^Timed out waiting for the test window to end \(wait-timeout\)/);
  });
});

describe('stop', () => {
  test('a running experiment: the shadow removed, production retained, the desired state and reason sent', async () => {
    status('Running');
    sm.on(StopInferenceExperimentCommand).resolves({ InferenceExperimentArn: 'arn' });
    expect(await stopExperiment(client, { name: 'x', live, shadowVariant: 'shadow-v2', state: 'Cancelled', reason: 'r'.repeat(2000) })).toBe(true);
    const input = sm.commandCalls(StopInferenceExperimentCommand)[0]!.args[0].input;
    expect(input).toEqual({ Name: 'x', ModelVariantActions: { AllTraffic: 'Retain', 'shadow-v2': 'Remove' }, DesiredState: 'Cancelled', Reason: 'r'.repeat(1024) });
  });

  test('an experiment that already ended is left alone', async () => {
    status('Completed');
    expect(await stopExperiment(client, { name: 'x', live, shadowVariant: 's', state: 'Completed', reason: 'r' })).toBe(false);
    expect(sm.commandCalls(StopInferenceExperimentCommand)).toHaveLength(0);
  });
});

test("AWS's clock: without a Date header seen, the runner's", () => {
  const clock = fakeClock(42);
  expect(new AwsClock(clock).now()).toBe(42);
});
