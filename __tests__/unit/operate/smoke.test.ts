/** The smoke test: percentiles, bounded concurrency, what fails it, and what it repeats of the service's text. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { describeSmoke, percentile, smokeTest } from '../../../src/operate/smoke.js';
import type { SmokeConfig } from '../../../src/inputs/operate.js';

const rt = mockClient(SageMakerRuntimeClient);
const client = new SageMakerRuntimeClient({ region: 'us-east-1' });
beforeEach(() => void rt.reset());

const smoke = (extra: Partial<SmokeConfig> = {}): SmokeConfig => ({ payload: Buffer.from('{"x":1}'), contentType: 'application/json', requests: 10, concurrency: 4, onFailure: 'fail', ...extra });

/** A fake clock: each request takes the next latency of the list. */
function timed(latencies: number[]) {
  let t = 0;
  let i = 0;
  rt.on(InvokeEndpointCommand).callsFake(async () => {
    t += latencies[i++ % latencies.length]!;
    return {} as never;
  });
  return () => t;
}

test('percentile is nearest-rank', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  expect([percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99)]).toEqual([50, 90, 99]);
  expect(percentile([7], 99)).toBe(7);
  expect(percentile([], 50)).toBe(0);
});

describe('smokeTest', () => {
  test('sends the payload and content type to the endpoint, requests times, and passes with no error', async () => {
    rt.on(InvokeEndpointCommand).resolves({});
    const r = await smokeTest(client, { endpointName: 'fraud-prod', smoke: smoke() });
    expect(rt.commandCalls(InvokeEndpointCommand)).toHaveLength(10);
    expect(rt.commandCalls(InvokeEndpointCommand)[0]!.args[0].input).toEqual({ EndpointName: 'fraud-prod', ContentType: 'application/json', Body: Buffer.from('{"x":1}') });
    expect(r).toMatchObject({ requests: 10, errors: 0, passed: true });
  });

  test('never more than `concurrency` requests at once', async () => {
    let inFlight = 0;
    let most = 0;
    rt.on(InvokeEndpointCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return {};
    });
    await smokeTest(client, { endpointName: 'e', smoke: smoke({ requests: 12, concurrency: 3 }) });
    expect(most).toBe(3);
    expect(rt.commandCalls(InvokeEndpointCommand)).toHaveLength(12);
  });

  test('reports p50/p90/p99 and fails when p99 is above smoke-max-p99-ms', async () => {
    const now = timed([10, 10, 10, 10, 10, 10, 10, 10, 10, 300]);
    const r = await smokeTest(client, { endpointName: 'e', smoke: smoke({ concurrency: 1, maxP99Ms: 200 }), now });
    expect([r.p50, r.p90, r.p99]).toEqual([10, 10, 300]);
    expect(r.passed).toBe(false);
    expect(r.failure).toBe('p99 latency 300 ms is above smoke-max-p99-ms 200 ms');
    expect(describeSmoke(r)).toBe('10 requests, 0 errors, p50 10 ms, p90 10 ms, p99 300 ms');
  });

  test('passes when p99 is at the limit', async () => {
    const now = timed([200]);
    expect((await smokeTest(client, { endpointName: 'e', smoke: smoke({ concurrency: 1, maxP99Ms: 200 }), now })).passed).toBe(true);
  });

  test('any error fails it, naming the first error by name and status only (the message can echo the payload)', async () => {
    const modelError = Object.assign(new Error('Received server error (500) with message "secret-looking payload"'), { name: 'ModelError', $metadata: { httpStatusCode: 424 } });
    rt.on(InvokeEndpointCommand).resolvesOnce({}).rejects(modelError);
    const r = await smokeTest(client, { endpointName: 'e', smoke: smoke({ requests: 4, concurrency: 1 }) });
    expect(r).toMatchObject({ errors: 3, passed: false, firstError: 'ModelError (HTTP 424)', failure: '3 of 4 requests failed (first: ModelError (HTTP 424))' });
    expect(JSON.stringify(r)).not.toContain('payload');
  });

  test('an error name that is not an identifier is not repeated', async () => {
    rt.on(InvokeEndpointCommand).rejects(Object.assign(new Error('x'), { name: '<script>alert(1)</script>' }));
    const r = await smokeTest(client, { endpointName: 'e', smoke: smoke({ requests: 1 }) });
    expect(r.firstError).toBe('Error');
  });
});
