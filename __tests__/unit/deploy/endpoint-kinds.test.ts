import { describe, expect, test } from '@jest/globals';
import type { DescribeEndpointOutput, DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { deployConfig } from '../../helpers/deploy-config.js';
import { planDeploy } from '../../../src/deploy/plan.js';
import { checkKindChange, kindInputs, liveKind } from '../../../src/deploy/kind.js';
import { ActionError } from '../../../src/errors.js';
import { pushContext } from '../../helpers/run-context.js';

const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const ECR_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@${DIGEST}`;
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:fraud-results';
const SERVERLESS = { 'endpoint-type': 'serverless', 'serverless-memory-mb': '3072', 'serverless-max-concurrency': '10' };
const ASYNC = { 'endpoint-type': 'async', 'async-output-s3-uri': 's3://acme-results/fraud/out' };
const ctx = pushContext({ workflow: 'deploy' });

function pkg(image = ECR_IMAGE): DescribeModelPackageOutput {
  return {
    ModelPackageName: 'fraud-model',
    CreationTime: new Date('2025-06-01T12:00:00Z'),
    ModelPackageStatusDetails: { ValidationStatuses: [] },
    ModelPackageArn: V3,
    ModelPackageVersion: 3,
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: 'Approved',
    InferenceSpecification: { Containers: [{ Image: image }], SupportedContentTypes: [], SupportedResponseMIMETypes: [] }
  } as DescribeModelPackageOutput;
}

const plan = (values: Record<string, string>, image?: string) => planDeploy({ deploy: deployConfig(values), ctx, pkg: pkg(image) });

describe('planDeploy: serverless', () => {
  test('the variant carries ServerlessConfig and no instances', () => {
    const variant = plan({ ...SERVERLESS, 'serverless-provisioned-concurrency': '2' }).createConfig.ProductionVariants![0]!;
    expect(variant.ServerlessConfig).toEqual({ MemorySizeInMB: 3072, MaxConcurrency: 10, ProvisionedConcurrency: 2 });
    expect(variant.InstanceType).toBeUndefined();
    expect(variant.InitialInstanceCount).toBeUndefined();
  });

  test('a percentage canary is a blue/green canary', () => {
    const p = plan({ ...SERVERLESS, 'traffic-routing': 'canary', 'canary-size': '20%', 'wait-interval': '60' });
    expect(p.deploymentConfig.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration).toEqual({ Type: 'CANARY', WaitIntervalInSeconds: 60, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 20 } });
  });

  test('a version whose image is outside ECR is refused before anything is made, naming replicate-to-ecr', () => {
    expect(() => plan(SERVERLESS, 'ghcr.io/acme/fraud:v1')).toThrow(ActionError);
    expect(() => plan(SERVERLESS, 'ghcr.io/acme/fraud:v1')).toThrow(/serverless endpoints cannot pull images from private registries. Register the version with replicate-to-ecr/);
  });
});

describe('planDeploy: async', () => {
  test('the config carries AsyncInferenceConfig with the output, failure path, topics, concurrency and the KMS key', () => {
    const p = plan({ ...ASYNC, 'async-failure-s3-uri': 's3://acme-results/fraud/failed', 'async-max-concurrent-invocations': '4', 'async-success-topic': TOPIC, 'kms-key-id': 'alias/fraud' });
    expect(p.createConfig.AsyncInferenceConfig).toEqual({
      OutputConfig: { S3OutputPath: 's3://acme-results/fraud/out', S3FailurePath: 's3://acme-results/fraud/failed', KmsKeyId: 'alias/fraud', NotificationConfig: { SuccessTopic: TOPIC } },
      ClientConfig: { MaxConcurrentInvocationsPerInstance: 4 }
    });
    expect(p.createConfig.ProductionVariants![0]).toMatchObject({ InstanceType: 'ml.m5.large', InitialInstanceCount: 1 });
  });

  test('a real-time config has none', () => {
    expect(plan({}).createConfig.AsyncInferenceConfig).toBeUndefined();
  });
});

describe('the kind of a live endpoint', () => {
  const ep = (extra: Partial<DescribeEndpointOutput>) => ({ EndpointName: 'fraud', ProductionVariants: [{ VariantName: 'AllTraffic', CurrentInstanceCount: 1 }], ...extra }) as DescribeEndpointOutput;
  const serverless = ep({ ProductionVariants: [{ VariantName: 'AllTraffic', CurrentServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } }] });
  const async = ep({ AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://b/o' } } });

  test('is read from DescribeEndpoint', () => {
    expect([liveKind(ep({})), liveKind(serverless), liveKind(async)]).toEqual(['real-time', 'serverless', 'async']);
  });

  test('an instance-based endpoint is not made serverless, naming the endpoint', () => {
    expect(() => checkKindChange('fraud', 'serverless', ep({}))).toThrow('Endpoint fraud is a real-time endpoint on instances; SageMaker does not convert an instance-based endpoint to serverless in place');
    expect(() => checkKindChange('fraud', 'serverless', async)).toThrow('Endpoint fraud is an async endpoint on instances');
  });

  test('serverless to real-time is allowed (one way, as documented), with a note', () => {
    expect(checkKindChange('fraud', 'real-time', serverless)).toContain('SageMaker allows this one way only');
  });

  test('real-time and async are not swapped in place (undocumented), nor serverless made async', () => {
    expect(() => checkKindChange('fraud', 'async', ep({}))).toThrow('changing it to async in place is not documented by SageMaker');
    expect(() => checkKindChange('fraud', 'real-time', async)).toThrow('Endpoint fraud is an async endpoint; changing it to real-time');
    expect(() => checkKindChange('fraud', 'async', serverless)).toThrow(ActionError);
  });

  test('the same kind passes', () => {
    expect(checkKindChange('fraud', 'async', async)).toBeUndefined();
  });
});

describe('the inputs of a live config (rollback keeps the kind)', () => {
  test('serverless sizes, async settings, nothing for real-time', () => {
    expect(kindInputs({ ProductionVariants: [{ VariantName: 'a', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 1 } }] })).toEqual({
      'endpoint-type': 'serverless',
      'serverless-memory-mb': '2048',
      'serverless-max-concurrency': '5',
      'serverless-provisioned-concurrency': '1'
    });
    expect(kindInputs({ AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://b/o', NotificationConfig: { ErrorTopic: TOPIC } }, ClientConfig: { MaxConcurrentInvocationsPerInstance: 3 } } })).toEqual({
      'endpoint-type': 'async',
      'async-output-s3-uri': 's3://b/o',
      'async-max-concurrent-invocations': '3',
      'async-error-topic': TOPIC
    });
    expect(kindInputs({ ProductionVariants: [{ VariantName: 'a', InstanceType: 'ml.m5.large' }] })).toEqual({});
  });
});
