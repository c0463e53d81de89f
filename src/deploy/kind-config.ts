/** The parts of an endpoint config that depend on the endpoint's kind (inputs/endpoint-kind.ts).               pure */
import type { AsyncInferenceConfig, ProductionVariant, ProductionVariantInstanceType } from '@aws-sdk/client-sagemaker';
import type { DeployConfig } from '../inputs/deploy.js';

/** The variant's size: ServerlessConfig for a serverless endpoint, else its instances. */
export function variantSize(deploy: DeployConfig, instanceCount: number): Pick<ProductionVariant, 'ServerlessConfig' | 'InitialInstanceCount' | 'InstanceType'> {
  const s = deploy.serverless;
  if (s) {
    return { ServerlessConfig: { MemorySizeInMB: s.memorySizeMb, MaxConcurrency: s.maxConcurrency, ...(s.provisionedConcurrency ? { ProvisionedConcurrency: s.provisionedConcurrency } : {}) } };
  }
  return { InitialInstanceCount: instanceCount, InstanceType: deploy.instanceType as ProductionVariantInstanceType };
}

/** AsyncInferenceConfig: where results (and failures) go, SNS notifications, and kms-key-id for the output objects. */
export function asyncConfig(deploy: DeployConfig): AsyncInferenceConfig | undefined {
  const a = deploy.async;
  if (!a) return undefined;
  const notify = { ...(a.successTopic ? { SuccessTopic: a.successTopic } : {}), ...(a.errorTopic ? { ErrorTopic: a.errorTopic } : {}) };
  return {
    OutputConfig: {
      S3OutputPath: a.outputS3Uri,
      ...(a.failureS3Uri ? { S3FailurePath: a.failureS3Uri } : {}),
      ...(deploy.kmsKeyId ? { KmsKeyId: deploy.kmsKeyId } : {}),
      ...(Object.keys(notify).length ? { NotificationConfig: notify } : {})
    },
    ...(a.maxConcurrentInvocations ? { ClientConfig: { MaxConcurrentInvocationsPerInstance: a.maxConcurrentInvocations } } : {})
  };
}
