import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { InvokeEndpointAsyncCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand, SageMakerClient, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { ApplicationAutoScalingClient, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';
import { config, describeEp, IMAGE_V1, liveEndpoint, model, ROLE } from './hosting-helpers.js';

let sim: Simulator;
let sm: SageMakerClient;
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const s3 = (region = 'us-east-1') => new S3Client({ endpoint: sim.url, region, credentials, maxAttempts: 1 });

beforeEach(async () => {
  ({ sim, sm } = await startSim({ clockSpeed: 0 }));
});
afterEach(() => sim.close());

const serverlessConfig = (name: string, modelName: string, extra: Record<string, unknown> = {}, serverless: Record<string, unknown> = { MemorySizeInMB: 2048, MaxConcurrency: 5 }) =>
  sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: name, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: modelName, ServerlessConfig: serverless as never }], ...extra }));

describe('S3 (path-style REST-XML)', () => {
  it('creates a bucket, puts, heads, gets and lists objects through the SDK', async () => {
    const c = s3();
    await c.send(new CreateBucketCommand({ Bucket: 'results' }));
    const put = await c.send(new PutObjectCommand({ Bucket: 'results', Key: 'a/b.json', Body: '{"x":1}', ContentType: 'application/json' }));
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    const got = await c.send(new GetObjectCommand({ Bucket: 'results', Key: 'a/b.json' }));
    expect([got.ContentType, await got.Body!.transformToString()]).toEqual(['application/json', '{"x":1}']);
    expect((await c.send(new HeadObjectCommand({ Bucket: 'results', Key: 'a/b.json' }))).ContentLength).toBe(7);
    const list = await c.send(new ListObjectsV2Command({ Bucket: 'results', Prefix: 'a/' }));
    expect(list.Contents?.map((o) => o.Key)).toEqual(['a/b.json']);
    expect(sim.requests({ service: 's3' }).map((r) => r.operation)).toEqual(['CreateBucket', 'PutObject', 'GetObject', 'HeadObject', 'ListObjectsV2']);
  });

  it("answers S3's errors: NoSuchKey, NoSuchBucket, NotFound on HEAD, a wrong Region, an existing bucket", async () => {
    const c = s3();
    await c.send(new CreateBucketCommand({ Bucket: 'results' }));
    const missing = await rejection(c.send(new GetObjectCommand({ Bucket: 'results', Key: 'nope' })));
    expect([missing.name, missing.message, missing.$metadata?.httpStatusCode]).toEqual(['NoSuchKey', 'The specified key does not exist.', 404]);
    expect((await rejection(c.send(new GetObjectCommand({ Bucket: 'other', Key: 'k' })))).name).toBe('NoSuchBucket');
    expect((await rejection(c.send(new HeadObjectCommand({ Bucket: 'results', Key: 'nope' })))).name).toBe('NotFound');
    expect((await rejection(s3('eu-west-1').send(new GetObjectCommand({ Bucket: 'results', Key: 'k' })))).name).toBe('AuthorizationHeaderMalformed');
    expect((await rejection(c.send(new CreateBucketCommand({ Bucket: 'results' })))).name).toBe('BucketAlreadyOwnedByYou');
  });

  it('checks a CRC32 it is sent (BadDigest), decodes aws-chunked bodies with a trailing checksum, and names what it does not implement', async () => {
    await s3().send(new CreateBucketCommand({ Bucket: 'results' }));
    const auth = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0';
    const put = (path: string, body: string, headers: Record<string, string>) => fetch(`${sim.url}${path}`, { method: 'PUT', headers: { authorization: auth, ...headers }, body });
    const bad = await put('/results/k', 'hello', { 'x-amz-checksum-crc32': 'AAAAAA==' });
    expect([bad.status, await bad.text()]).toEqual([400, expect.stringContaining('<Code>BadDigest</Code>')]);
    // CRC32 of "hello" is 0x3610a686.
    const chunked = await put('/results/c', '5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n', { 'content-encoding': 'aws-chunked', 'x-amz-trailer': 'x-amz-checksum-crc32' });
    expect(chunked.status).toBe(200);
    expect(await (await s3().send(new GetObjectCommand({ Bucket: 'results', Key: 'c' }))).Body!.transformToString()).toBe('hello');
    const acl = await fetch(`${sim.url}/results?acl`, { headers: { authorization: auth } });
    expect([acl.status, await acl.text()]).toEqual([501, expect.stringContaining('The simulator does not implement S3 GET /results?acl')]);
  });

  it('creates buckets and shows objects through the control API', async () => {
    expect((await control(sim, 'POST', '/_sim/s3/buckets', { name: 'seeded' })).status).toBe(200);
    await s3().send(new PutObjectCommand({ Bucket: 'seeded', Key: 'k', Body: 'hello' }));
    const view = (await (await control(sim, 'GET', '/_sim/s3/objects?bucket=seeded')).json()) as { objects: { key: string; body: string }[] };
    expect(view.objects.map((o) => [o.key, o.body])).toEqual([['k', 'hello']]);
  });
});

describe('serverless endpoints', () => {
  it('deploy with no instances: DescribeEndpoint shows CurrentServerlessConfig', async () => {
    await model(sm, 'm1');
    await serverlessConfig('s1', 'm1');
    await sm.send(new CreateEndpointCommand({ EndpointName: 'sls', EndpointConfigName: 's1' }));
    sim.clock.advance(4_000);
    const v = (await describeEp(sm, 'sls')).ProductionVariants![0]!;
    expect(v.CurrentServerlessConfig).toEqual({ MemorySizeInMB: 2048, MaxConcurrency: 5 });
    expect(v.CurrentInstanceCount).toBeUndefined();
  });

  it.each([
    ['memory off the 1024 steps', {}, { MemorySizeInMB: 1536, MaxConcurrency: 5 }, 'MemorySizeInMB 1536'],
    ['provisioned above max', {}, { MemorySizeInMB: 1024, MaxConcurrency: 2, ProvisionedConcurrency: 3 }, 'must be less than or equal to MaxConcurrency 2'],
    ['data capture', { DataCaptureConfig: { InitialSamplingPercentage: 100, DestinationS3Uri: 's3://b/c', CaptureOptions: [{ CaptureMode: 'Input' }] } }, undefined, 'DataCaptureConfig is not supported for serverless endpoints'],
    ['async', { AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://b/o' } } }, undefined, 'AsyncInferenceConfig cannot be used with a serverless production variant'],
  ])('refuse %s', async (_, extra, serverless, message) => {
    await model(sm, 'm1');
    const e = await rejection(serverlessConfig('s1', 'm1', extra, serverless));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toContain(message);
  });

  it('refuse a model with a VPC or a private registry image', async () => {
    await sm.send(new CreateModelCommand({ ModelName: 'vpc', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: IMAGE_V1 }, VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0a1b2c3d4e5f60718'] } }));
    expect((await rejection(serverlessConfig('s1', 'vpc'))).message).toContain('Serverless endpoints do not support VpcConfig');
    await sm.send(new CreateModelCommand({ ModelName: 'ghcr', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: 'ghcr.io/acme/m:v1', ImageConfig: { RepositoryAccessMode: 'Vpc' } }, VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0a1b2c3d4e5f60718'] } }));
    expect((await rejection(serverlessConfig('s2', 'ghcr'))).message).toContain('Serverless endpoints do not support');
  });

  it('an instance-based endpoint is not updated to serverless; rolling updates exclude serverless', async () => {
    await liveEndpoint(sim, sm, 'ep', 4);
    await serverlessConfig('s1', 'm2');
    const e = await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 's1' })));
    expect(e.message).toBe('Endpoint "arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep" is an instance-based endpoint and cannot be updated to a serverless endpoint configuration.');
    await sm.send(new CreateEndpointCommand({ EndpointName: 'sls', EndpointConfigName: 's1' }));
    sim.clock.advance(4_000);
    await serverlessConfig('s2', 'm1');
    const rolling = { RollingUpdatePolicy: { MaximumBatchSize: { Type: 'CAPACITY_PERCENT' as const, Value: 25 }, WaitIntervalInSeconds: 0 } };
    expect((await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'sls', EndpointConfigName: 's2', DeploymentConfig: rolling })))).message).toBe('RollingUpdatePolicy is not supported for serverless endpoints.');
    // serverless → real-time is allowed (one way)
    await sm.send(new UpdateEndpointCommand({ EndpointName: 'sls', EndpointConfigName: 'c1' }));
  });

  it('has no instances to autoscale', async () => {
    await model(sm, 'm1');
    await serverlessConfig('s1', 'm1');
    await sm.send(new CreateEndpointCommand({ EndpointName: 'sls', EndpointConfigName: 's1' }));
    sim.clock.advance(4_000);
    const aas = new ApplicationAutoScalingClient({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });
    const e = await rejection(aas.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: 'endpoint/sls/variant/AllTraffic', ScalableDimension: 'sagemaker:variant:DesiredInstanceCount', MinCapacity: 1, MaxCapacity: 2 })));
    expect(e.message).toContain('is serverless');
  });
});

describe('async endpoints', () => {
  const asyncConfig = { AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://results/out', S3FailurePath: 's3://results/failed' } } };

  beforeEach(async () => {
    await model(sm, 'm1');
    await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'a1', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm1', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }], ...asyncConfig }));
    await sm.send(new CreateEndpointCommand({ EndpointName: 'batch', EndpointConfigName: 'a1' }));
    sim.clock.advance(4_000);
    await s3().send(new CreateBucketCommand({ Bucket: 'results' }));
  });

  const rt = () => new SageMakerRuntimeClient({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });

  it('reads the input from S3 and writes the result to S3OutputPath', async () => {
    expect((await describeEp(sm, 'batch')).AsyncInferenceConfig).toEqual(asyncConfig.AsyncInferenceConfig);
    await s3().send(new PutObjectCommand({ Bucket: 'results', Key: 'in/req.json', Body: '{"x":2}' }));
    const out = await rt().send(new InvokeEndpointAsyncCommand({ EndpointName: 'batch', InputLocation: 's3://results/in/req.json', ContentType: 'application/json' }));
    expect(out.OutputLocation).toMatch(/^s3:\/\/results\/out\/[0-9a-f-]{36}\.out$/);
    expect(out.FailureLocation).toMatch(/^s3:\/\/results\/failed\/[0-9a-f-]{36}-error\.out$/);
    const key = out.OutputLocation!.slice('s3://results/'.length);
    const result = JSON.parse(await (await s3().send(new GetObjectCommand({ Bucket: 'results', Key: key }))).Body!.transformToString());
    expect(result).toMatchObject({ endpointName: 'batch', endpointConfigName: 'a1', body: '{"x":2}', inferenceId: out.InferenceId });
  });

  it('writes a failure object when the input is missing, and refuses a real-time endpoint', async () => {
    const out = await rt().send(new InvokeEndpointAsyncCommand({ EndpointName: 'batch', InputLocation: 's3://results/in/none.json' }));
    const key = out.FailureLocation!.slice('s3://results/'.length);
    expect(JSON.parse(await (await s3().send(new GetObjectCommand({ Bucket: 'results', Key: key }))).Body!.transformToString())).toMatchObject({ errorCode: 'InputNotFound' });
    await config(sm, 'rt', 'm1', 1);
    await sm.send(new CreateEndpointCommand({ EndpointName: 'sync', EndpointConfigName: 'rt' }));
    sim.clock.advance(4_000);
    const e = await rejection(rt().send(new InvokeEndpointAsyncCommand({ EndpointName: 'sync', InputLocation: 's3://results/in/none.json' })));
    expect([e.name, e.message]).toEqual(['ValidationError', 'Endpoint sync of account 123456789012 is not an asynchronous inference endpoint (its configuration has no AsyncInferenceConfig).']);
  });

  it('autoscales down to zero instances; a change to real-time in place is not implemented', async () => {
    const aas = new ApplicationAutoScalingClient({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });
    await aas.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: 'endpoint/batch/variant/AllTraffic', ScalableDimension: 'sagemaker:variant:DesiredInstanceCount', MinCapacity: 0, MaxCapacity: 2 }));
    await config(sm, 'rt', 'm1', 1);
    const e = await rejection(sm.send(new UpdateEndpointCommand({ EndpointName: 'batch', EndpointConfigName: 'rt' })));
    expect([e.name, e.message]).toEqual(['UnknownOperationException', 'The simulator does not implement SageMaker.UpdateEndpoint from a async to a real-time endpoint configuration']);
  });
});
