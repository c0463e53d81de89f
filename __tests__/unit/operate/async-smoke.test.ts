import { beforeEach, expect, test } from '@jest/globals';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { InvokeEndpointAsyncCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { asyncSmokeTest, inputLocation, s3Location } from '../../../src/operate/async-smoke.js';
import { fakeClock } from '../../helpers/clock.js';

const s3 = mockClient(S3Client);
const rt = mockClient(SageMakerRuntimeClient);
const smoke = { payload: Buffer.from('{"x":1}'), contentType: 'application/json', requests: 2, concurrency: 2, onFailure: 'fail' as const };
const notFound = () => Object.assign(new Error('The specified key does not exist.'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
// The result's body: read and dropped by the smoke test.
const body = () => ({ Body: { transformToByteArray: async () => new Uint8Array(2) } }) as never;
let n = 0;

beforeEach(() => {
  s3.reset();
  rt.reset();
  n = 0;
  s3.on(PutObjectCommand).resolves({});
  rt.on(InvokeEndpointAsyncCommand).callsFake(() => {
    n++;
    return { InferenceId: `i${n}`, OutputLocation: `s3://results/out/${n}.out`, FailureLocation: `s3://results/failed/${n}-error.out` };
  });
});

const run = (clock = fakeClock(), deadline = 60_000, extra = {}) =>
  asyncSmokeTest(new SageMakerRuntimeClient({ region: 'us-east-1' }), new S3Client({ region: 'us-east-1' }), { endpointName: 'batch', smoke: { ...smoke, ...extra }, outputS3Uri: 's3://results/out/', runKey: '7-1', clock, deadline, pollMs: 5_000 });

test('uploads the payload once, queues each request on it, and waits for each result object', async () => {
  let reads = 0;
  // The results appear on the second poll.
  s3.on(GetObjectCommand).callsFake((input: { Key: string }) => (input.Key.startsWith('out/') && ++reads > 2 ? body() : Promise.reject(notFound())));
  const clock = fakeClock();
  const r = await run(clock);
  expect(s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input)).toEqual([{ Bucket: 'results', Key: 'out/smoke-input/batch-7-1', Body: smoke.payload, ContentType: 'application/json' }]);
  expect(rt.commandCalls(InvokeEndpointAsyncCommand).map((c) => c.args[0].input)).toEqual(Array(2).fill({ EndpointName: 'batch', InputLocation: 's3://results/out/smoke-input/batch-7-1', ContentType: 'application/json' }));
  expect(r).toMatchObject({ requests: 2, errors: 0, passed: true, p50: 5000 });
  expect(clock.sleeps).toEqual([5_000]);
});

test('a failure object counts as an error', async () => {
  s3.on(GetObjectCommand).callsFake((input: { Key: string }) => (input.Key.startsWith('failed/') ? body() : Promise.reject(notFound())));
  const r = await run();
  expect(r).toMatchObject({ errors: 2, passed: false, failure: '2 of 2 requests failed (first: model failure (the failure location has the error))' });
});

test('results still missing when the wait budget ends are errors; no wait goes past the deadline', async () => {
  s3.on(GetObjectCommand).rejects(notFound());
  const clock = fakeClock();
  const r = await run(clock, 12_000);
  expect(r.failure).toBe('2 of 2 requests failed (first: no result in S3 within wait-timeout)');
  expect(clock.now()).toBeLessThanOrEqual(12_000);
});

test('a refused invocation and an unreadable result are errors named by the service, without its text', async () => {
  rt.on(InvokeEndpointAsyncCommand).rejectsOnce(Object.assign(new Error('secret text'), { name: 'ValidationError', $metadata: { httpStatusCode: 400 } }));
  s3.on(GetObjectCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
  const r = await run();
  expect(r.errors).toBe(2);
  expect(r.firstError).toBe('ValidationError (HTTP 400)');
  expect(JSON.stringify(r)).not.toContain('secret text');
});

test('an upload refused fails every request with the reason, and nothing is invoked', async () => {
  s3.on(PutObjectCommand).rejects(Object.assign(new Error('x'), { name: 'NoSuchBucket', $metadata: { httpStatusCode: 404 } }));
  const r = await run();
  expect(r.failure).toBe('2 of 2 requests failed (first: the payload could not be uploaded to s3://results/out/smoke-input/batch-7-1 (NoSuchBucket (HTTP 404)))');
  expect(rt.commandCalls(InvokeEndpointAsyncCommand)).toEqual([]);
});

test('locations', () => {
  expect(inputLocation('s3://b/p//', 'e', 'r')).toBe('s3://b/p/smoke-input/e-r');
  expect(s3Location('s3://b/k/x.out')).toEqual({ bucket: 'b', key: 'k/x.out' });
  expect(() => s3Location('https://b/k')).toThrow('not an s3:// object URI');
});
