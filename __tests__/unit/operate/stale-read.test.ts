/**
 * Right after UpdateEndpoint, DescribeEndpoint can still show the old config InService: that is no rollback
 * until the update was seen (in progress, on the new config, or LastModifiedTime after the update call).
 */
import { beforeEach, expect, test } from '@jest/globals';
import { DescribeEndpointCommand, SageMakerClient, type DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { waitForDeployment } from '../../../src/deploy/wait.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const T = new Date('2026-01-01T00:00:00Z');
const later = new Date(T.getTime() + 5_000);
let now = 0;
const opts = (since?: Date) => ({ clock: { now: () => now, sleep: async (ms: number) => void (now += ms) }, deadline: 600_000, pollMs: 1000, log: { info: () => undefined }, ...(since ? { since } : {}) });
const ep = (config: string, status: string, modified: Date, extra: Partial<DescribeEndpointOutput> = {}): DescribeEndpointOutput =>
  ({ EndpointName: 'e', EndpointConfigName: config, EndpointStatus: status, LastModifiedTime: modified, ...extra }) as DescribeEndpointOutput;

beforeEach(() => {
  sm.reset();
  now = 0;
});

test('the old config InService on the first reads (not modified since) is waited through, then success', async () => {
  sm.on(DescribeEndpointCommand)
    .resolvesOnce(ep('old', 'InService', T))
    .resolvesOnce(ep('old', 'InService', T))
    .resolvesOnce(ep('old', 'Updating', later))
    .resolves(ep('new', 'InService', later));
  const r = await waitForDeployment(client, 'e', 'new', undefined, opts(T));
  expect(r.verdict).toEqual({ state: 'succeeded' });
  expect(r.polls).toBe(4);
});

test('once the update was seen in progress, the old config InService is a rollback', async () => {
  sm.on(DescribeEndpointCommand)
    .resolvesOnce(ep('old', 'Updating', later))
    .resolves(ep('old', 'InService', later, { FailureReason: 'Deployment was rolled back because CloudWatch alarm(s) [a] went into ALARM state.' }));
  const r = await waitForDeployment(client, 'e', 'new', undefined, opts(T));
  expect(r.verdict).toMatchObject({ state: 'rolled-back', reason: expect.stringContaining('alarm(s) [a]') });
});

test('the old config InService with LastModifiedTime after the update call is a rollback at once (it ended between two reads)', async () => {
  sm.on(DescribeEndpointCommand).resolves(ep('old', 'InService', later, { FailureReason: 'rolled back' }));
  const r = await waitForDeployment(client, 'e', 'new', undefined, opts(T));
  expect(r.verdict).toEqual({ state: 'rolled-back', reason: 'rolled back' });
  expect(r.polls).toBe(1);
});

test('without `since` (no earlier endpoint state known) the old config InService is a rollback at once', async () => {
  sm.on(DescribeEndpointCommand).resolves(ep('old', 'InService', T));
  const r = await waitForDeployment(client, 'e', 'new', undefined, opts());
  expect(r.verdict.state).toBe('rolled-back');
});

test('an update never seen before the deadline is a time-out, not a rollback', async () => {
  sm.on(DescribeEndpointCommand).resolves(ep('old', 'InService', T));
  const r = await waitForDeployment(client, 'e', 'new', undefined, { ...opts(T), deadline: 5_000 });
  expect(r.verdict.state).toBe('timed-out');
});
