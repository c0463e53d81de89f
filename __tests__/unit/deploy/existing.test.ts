import { describe, expect, test } from '@jest/globals';
import type { CreateEndpointConfigInput, CreateModelInput, DescribeEndpointConfigOutput, DescribeModelOutput } from '@aws-sdk/client-sagemaker';
import { configDiffers, covers, createOnce, modelDiffers, retried } from '../../../src/deploy/existing.js';
import { ActionError } from '../../../src/errors.js';

const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-execution';
const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/3';
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud-model@sha256:' + 'a'.repeat(64);
const VPC = { Subnets: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] };

const asked: CreateModelInput = {
  ModelName: 'fraud-prod-v3-abc123',
  ExecutionRoleArn: ROLE,
  Tags: [{ Key: 'endpoint', Value: 'fraud-prod' }],
  Containers: [{ ModelPackageName: V3, Environment: { LOG_LEVEL: 'info' } }]
};
// What DescribeModel reports for it: SageMaker adds the image and data it derives from the version.
const found: DescribeModelOutput = {
  ModelName: 'fraud-prod-v3-abc123',
  ModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/fraud-prod-v3-abc123',
  CreationTime: new Date(0),
  ExecutionRoleArn: ROLE,
  Containers: [{ ModelPackageName: V3, Image: IMAGE, ModelDataUrl: 's3://b/model.tar.gz', Environment: { LOG_LEVEL: 'info' } }]
};
const withContainer = (c: object): DescribeModelOutput => ({ ...found, Containers: [{ ...found.Containers![0], ...c }] });

describe('modelDiffers: identity from what DescribeModel reports', () => {
  test('the model as asked, with what SageMaker derives, is identical; PrimaryContainer and one of Containers are the same', () => {
    expect(modelDiffers(asked, found)).toBeUndefined();
    expect(modelDiffers(asked, { ...found, Containers: undefined, PrimaryContainer: found.Containers![0] })).toBeUndefined();
    expect(modelDiffers({ ...asked, EnableNetworkIsolation: false }, found)).toBeUndefined();
    expect(modelDiffers({ ...asked, EnableNetworkIsolation: true }, { ...found, EnableNetworkIsolation: true })).toBeUndefined();
    expect(modelDiffers({ ...asked, EnableNetworkIsolation: true }, found)).toBe('EnableNetworkIsolation');
  });

  test.each([
    ['ExecutionRoleArn', { ...found, ExecutionRoleArn: `${ROLE}-other` }],
    ['VpcConfig', { ...found, VpcConfig: VPC }],
    ['EnableNetworkIsolation', { ...found, EnableNetworkIsolation: true }],
    ['containers', { ...found, Containers: [...found.Containers!, ...found.Containers!] }],
    ['containers', { ...found, Containers: [] }],
    ['container 1', withContainer({ ModelPackageName: V3.replace(/3$/, '2') })],
    ['container 1', withContainer({ ModelPackageName: undefined })],
    ['container 1', withContainer({ Environment: { LOG_LEVEL: 'debug' } })],
    ['container 1', withContainer({ Environment: { LOG_LEVEL: 'info', EXTRA: '1' } })],
    ['container 1', withContainer({ Environment: undefined })],
    ['container 1', withContainer({ ImageConfig: { RepositoryAccessMode: 'Vpc' } })]
  ] as [string, DescribeModelOutput][])('%s differs', (field, other) => {
    expect(modelDiffers(asked, other)).toBe(field);
  });

  test('ImageConfig Platform is the default of a model that asked for none', () => {
    expect(modelDiffers(asked, withContainer({ ImageConfig: { RepositoryAccessMode: 'Platform' } }))).toBeUndefined();
  });

  test('a private-registry model: image, VPC pull, credentials and VPC config are compared as asked', () => {
    const container = { Image: 'ghcr.io/acme/fraud@sha256:' + 'b'.repeat(64), ImageConfig: { RepositoryAccessMode: 'Vpc' as const, RepositoryAuthConfig: { RepositoryCredentialsProviderArn: 'arn:aws:lambda:us-east-1:123456789012:function:creds' } } };
    const vpcAsked: CreateModelInput = { ModelName: 'm', ExecutionRoleArn: ROLE, PrimaryContainer: container, VpcConfig: VPC };
    const vpcFound: DescribeModelOutput = { ...found, Containers: undefined, PrimaryContainer: structuredClone(container), VpcConfig: structuredClone(VPC) };
    expect(modelDiffers(vpcAsked, vpcFound)).toBeUndefined();
    expect(modelDiffers(vpcAsked, { ...vpcFound, VpcConfig: { ...VPC, Subnets: ['subnet-1'] } })).toBe('VpcConfig');
    expect(modelDiffers(vpcAsked, { ...vpcFound, VpcConfig: undefined })).toBe('VpcConfig');
    expect(modelDiffers(vpcAsked, { ...vpcFound, PrimaryContainer: { ...container, Image: container.Image.replace('b', 'c') } })).toBe('container 1');
    expect(modelDiffers(vpcAsked, { ...vpcFound, PrimaryContainer: { ...container, ImageConfig: { RepositoryAccessMode: 'Vpc' } } })).toBe('container 1');
  });
});

const variant = { VariantName: 'AllTraffic', ModelName: 'fraud-prod-v3-abc123', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' as const, InitialVariantWeight: 1 };
const config: CreateEndpointConfigInput = { EndpointConfigName: 'fraud-prod-v3-abc123', ProductionVariants: [variant], Tags: [{ Key: 'endpoint', Value: 'fraud-prod' }] };
const described: DescribeEndpointConfigOutput = {
  EndpointConfigName: 'fraud-prod-v3-abc123',
  EndpointConfigArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/fraud-prod-v3-abc123',
  CreationTime: new Date(0),
  ProductionVariants: [{ ...variant }]
};
const capture = { EnableCapture: true, InitialSamplingPercentage: 10, DestinationS3Uri: 's3://b/capture', CaptureOptions: [{ CaptureMode: 'Input' as const }, { CaptureMode: 'Output' as const }] };

describe('configDiffers: identity from what DescribeEndpointConfig reports', () => {
  test('the config as asked is identical', () => {
    expect(configDiffers(config, described)).toBeUndefined();
    const full = { ...config, KmsKeyId: 'key-1', DataCaptureConfig: capture };
    expect(configDiffers(full, { ...described, KmsKeyId: 'key-1', DataCaptureConfig: structuredClone(capture) })).toBeUndefined();
  });

  test.each([
    ['ProductionVariants', { ...described, ProductionVariants: [{ ...variant, ModelName: 'fraud-prod-v2-def456' }] }],
    ['ProductionVariants', { ...described, ProductionVariants: [{ ...variant, InitialInstanceCount: 1 }] }],
    ['ProductionVariants', { ...described, ProductionVariants: [{ ...variant, InstanceType: 'ml.c5.xlarge' }] }],
    ['ProductionVariants', { ...described, ProductionVariants: [variant, { ...variant, VariantName: 'b' }] }],
    ['KmsKeyId', { ...described, KmsKeyId: 'key-1' }],
    ['DataCaptureConfig', { ...described, DataCaptureConfig: capture }]
  ] as [string, DescribeEndpointConfigOutput][])('%s differs', (field, other) => {
    expect(configDiffers(config, other)).toBe(field);
  });

  test('an async config or a serverless variant is part of the identity', () => {
    const async = { OutputConfig: { S3OutputPath: 's3://b/out' } };
    expect(configDiffers({ ...config, AsyncInferenceConfig: async }, { ...described, AsyncInferenceConfig: structuredClone(async) })).toBeUndefined();
    expect(configDiffers({ ...config, AsyncInferenceConfig: async }, described)).toBe('AsyncInferenceConfig');
    expect(configDiffers(config, { ...described, AsyncInferenceConfig: async })).toBe('AsyncInferenceConfig');
    const serverless = { VariantName: 'AllTraffic', ModelName: variant.ModelName, ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 }, InitialVariantWeight: 1 };
    expect(configDiffers({ ...config, ProductionVariants: [serverless] }, { ...described, ProductionVariants: [structuredClone(serverless)] })).toBeUndefined();
    expect(configDiffers({ ...config, ProductionVariants: [serverless] }, described)).toBe('ProductionVariants');
  });

  test('data capture with another destination differs', () => {
    const full = { ...config, DataCaptureConfig: capture };
    expect(configDiffers(full, { ...described, DataCaptureConfig: { ...capture, DestinationS3Uri: 's3://other' } })).toBe('DataCaptureConfig');
    expect(configDiffers(full, described)).toBe('DataCaptureConfig');
  });
});

describe('covers', () => {
  test('asked fields only; lists item by item with the same length', () => {
    expect(covers({ a: 1 }, { a: 1, b: 2 })).toBe(true);
    expect(covers({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(covers({ a: 1 }, { a: 2 })).toBe(false);
    expect(covers({ a: { b: 1 } }, { a: null })).toBe(false);
    expect(covers({ a: {} }, { a: [] })).toBe(false);
    expect(covers([1, 2], [1, 2])).toBe(true);
    expect(covers([1, 2], [2, 1])).toBe(false);
    expect(covers([1], [1, 2])).toBe(false);
    expect(covers([1], { 0: 1, length: 1 })).toBe(false);
    expect(covers(undefined, undefined)).toBe(true);
    expect(covers(undefined, {})).toBe(false);
  });
});

const existing = (attempts: number) => Object.assign(new Error('Cannot create already existing model "arn:aws:sagemaker:us-east-1:1:model/m".'), { name: 'ValidationException', $metadata: { attempts } });

describe('createOnce', () => {
  const base = { action: 'sagemaker:CreateModel', what: 'model m' };

  test('created: this attempt made it', async () => {
    let described = 0;
    await expect(createOnce({ ...base, create: async () => ({}), differs: async () => (described++, undefined) })).resolves.toBe(true);
    expect(described).toBe(0);
  });

  test('already existing and identical: continues; made by this attempt only when the SDK retried', async () => {
    await expect(createOnce({ ...base, create: () => Promise.reject(existing(2)), differs: async () => undefined })).resolves.toBe(true);
    await expect(createOnce({ ...base, create: () => Promise.reject(existing(1)), differs: async () => undefined })).resolves.toBe(false);
  });

  test('already existing and different: one line naming the resource and the field', async () => {
    const err = await createOnce({ ...base, create: () => Promise.reject(existing(2)), differs: async () => 'ExecutionRoleArn' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toMatch(/^The model m already exists and differs from what this run asks for \(ExecutionRoleArn\): /);
    expect((err as Error).message).not.toMatch(/\n|arn:aws/);
  });

  test('another error is explained as the create\'s, without describing', async () => {
    let described = 0;
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    const err = await createOnce({ ...base, create: () => Promise.reject(denied), differs: async () => (described++, undefined) }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^sagemaker:CreateModel was denied/);
    const other = Object.assign(new Error('Could not find model package'), { name: 'ValidationException' });
    expect(((await createOnce({ ...base, create: () => Promise.reject(other), differs: async () => undefined }).catch((e: unknown) => e)) as Error).message).toMatch(/^sagemaker:CreateModel failed/);
    expect(described).toBe(0);
  });

  test('retried reads the SDK attempts', () => {
    expect(retried(existing(3))).toBe(true);
    expect(retried(existing(1))).toBe(false);
    expect(retried(new Error('x'))).toBe(false);
  });
});
