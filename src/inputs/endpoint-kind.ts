/**
 * `endpoint-type`: real-time (instances), serverless (ServerlessConfig, scale to zero) or async (instances with
 * AsyncInferenceConfig: requests queued, results written to S3). Each kind's inputs, and the SageMaker feature
 * exclusions of serverless endpoints, refused before any AWS call with the reason.
 */
import { InputError } from '../errors.js';
import { integer, oneOf, type InputReader } from './readers.js';
import { s3UriProblem } from './s3-uri.js';

export type EndpointType = 'real-time' | 'serverless' | 'async';
export const ENDPOINT_TYPES: readonly EndpointType[] = ['real-time', 'serverless', 'async'];

/** ProductionVariant.ServerlessConfig. */
export interface ServerlessSettings {
  memorySizeMb: number;
  maxConcurrency: number;
  provisionedConcurrency?: number;
}

/** CreateEndpointConfig.AsyncInferenceConfig (kms-key-id, when set, also encrypts the output objects). */
export interface AsyncSettings {
  outputS3Uri: string;
  failureS3Uri?: string;
  maxConcurrentInvocations?: number;
  successTopic?: string;
  errorTopic?: string;
}

export interface EndpointKind {
  endpointType: EndpointType;
  serverless?: ServerlessSettings;
  async?: AsyncSettings;
}

export const SERVERLESS_INPUTS = ['serverless-memory-mb', 'serverless-max-concurrency', 'serverless-provisioned-concurrency'] as const;
export const ASYNC_INPUTS = ['async-output-s3-uri', 'async-failure-s3-uri', 'async-max-concurrent-invocations', 'async-success-topic', 'async-error-topic'] as const;

/** SageMaker's SnsTopicArn pattern (CreateEndpointConfig AsyncInferenceNotificationConfig). */
export const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$/;
/** DestinationS3Uri: at most 512 characters. */
export const S3_URI_MAX = 512;
/** ServerlessConfig and AsyncInferenceConfig limits (CreateEndpointConfig). */
export const SERVERLESS_MEMORY_MB = { min: 1024, max: 6144 } as const;
export const SERVERLESS_CONCURRENCY = { min: 1, max: 200 } as const;
export const ASYNC_CONCURRENT_INVOCATIONS = { min: 1, max: 1000 } as const;

function s3Uri(read: InputReader, name: string): string {
  const value = read(name);
  const problem = s3UriProblem(value) ?? (value.length > S3_URI_MAX ? `is longer than ${S3_URI_MAX} characters (SageMaker's limit)` : undefined);
  if (problem) throw new InputError(name, value, problem);
  return value;
}

function topic(read: InputReader, name: string): string | undefined {
  const value = read(name);
  if (!value) return undefined;
  if (!SNS_TOPIC_ARN.test(value) || value.length > 2048) throw new InputError(name, value, 'must be an SNS topic ARN: arn:aws:sns:<region>:<account>:<topic>');
  return value;
}

function requiredInteger(read: InputReader, name: string, min: number, max: number, rule: string): number {
  if (!read(name)) throw new InputError(name, '', `is required with endpoint-type: serverless (${rule})`);
  return integer(read, name, 0, min, max);
}

function readServerless(read: InputReader): ServerlessSettings {
  const memorySizeMb = requiredInteger(read, 'serverless-memory-mb', SERVERLESS_MEMORY_MB.min, SERVERLESS_MEMORY_MB.max, '1024 to 6144 MB in steps of 1024');
  if (memorySizeMb % 1024) throw new InputError('serverless-memory-mb', String(memorySizeMb), 'must be 1024, 2048, 3072, 4096, 5120 or 6144 (SageMaker takes steps of 1024 MB)');
  const maxConcurrency = requiredInteger(read, 'serverless-max-concurrency', SERVERLESS_CONCURRENCY.min, SERVERLESS_CONCURRENCY.max, 'concurrent invocations, 1 to 200');
  const settings: ServerlessSettings = { memorySizeMb, maxConcurrency };
  if (read('serverless-provisioned-concurrency')) {
    const provisioned = integer(read, 'serverless-provisioned-concurrency', 0, SERVERLESS_CONCURRENCY.min, SERVERLESS_CONCURRENCY.max);
    if (provisioned > maxConcurrency) {
      throw new InputError('serverless-provisioned-concurrency', String(provisioned), `must be at most serverless-max-concurrency (${maxConcurrency})`);
    }
    settings.provisionedConcurrency = provisioned;
  }
  return settings;
}

function readAsync(read: InputReader): AsyncSettings {
  if (!read('async-output-s3-uri')) throw new InputError('async-output-s3-uri', '', 'is required with endpoint-type: async: SageMaker writes each result there');
  const settings: AsyncSettings = { outputS3Uri: s3Uri(read, 'async-output-s3-uri') };
  if (read('async-failure-s3-uri')) settings.failureS3Uri = s3Uri(read, 'async-failure-s3-uri');
  if (read('async-max-concurrent-invocations')) settings.maxConcurrentInvocations = integer(read, 'async-max-concurrent-invocations', 0, ASYNC_CONCURRENT_INVOCATIONS.min, ASYNC_CONCURRENT_INVOCATIONS.max);
  const success = topic(read, 'async-success-topic');
  if (success) settings.successTopic = success;
  const error = topic(read, 'async-error-topic');
  if (error) settings.errorTopic = error;
  return settings;
}

/** endpoint-type and the inputs of that kind; another kind's inputs are refused. */
export function readEndpointKind(read: InputReader): EndpointKind {
  const endpointType = oneOf<EndpointType>(read, 'endpoint-type', ENDPOINT_TYPES, 'real-time');
  const others = [...(endpointType === 'serverless' ? [] : SERVERLESS_INPUTS), ...(endpointType === 'async' ? [] : ASYNC_INPUTS)];
  for (const name of others) {
    if (read(name)) throw new InputError(name, read(name), `applies only to endpoint-type: ${name.startsWith('async-') ? 'async' : 'serverless'} (endpoint-type is ${endpointType})`);
  }
  if (endpointType === 'serverless') return { endpointType, serverless: readServerless(read) };
  if (endpointType === 'async') return { endpointType, async: readAsync(read) };
  return { endpointType };
}

/** What the serverless checks need of the other deploy inputs. */
export interface ServerlessCheckInput {
  vpcSubnets: string[];
  networkIsolation: boolean;
  dataCapture?: unknown;
  autoscaling?: unknown;
  kmsKeyId?: string;
}

/**
 * SageMaker's serverless feature exclusions ("Serverless Inference", feature exclusions) and the settings that
 * describe instances, which a serverless endpoint does not have. `given`: an input's value when the workflow (or the
 * deployment file) set it (the fleet inputs have no action.yml default), else undefined.
 */
export function checkServerless(d: ServerlessCheckInput, given: (name: string) => string | undefined): void {
  const refuse = refuseForServerless;
  if (d.vpcSubnets.length) refuse('vpc-subnets', d.vpcSubnets.join(','), 'SageMaker serverless endpoints do not support VPC configuration');
  if (d.networkIsolation) refuse('network-isolation', 'true', 'SageMaker serverless endpoints do not support network isolation');
  if (d.dataCapture) refuse('data-capture', given('data-capture') ?? '', 'SageMaker serverless endpoints do not support data capture');
  if (d.autoscaling) refuse('autoscaling', given('autoscaling') ?? '', 'a serverless endpoint scales itself up to serverless-max-concurrency; there are no instances to scale');
  if (d.kmsKeyId) refuse('kms-key-id', d.kmsKeyId, 'the key encrypts an instance storage volume, which a serverless endpoint does not have');
  for (const name of ['instance-type', 'instance-count'] as const) {
    const value = given(name);
    if (value !== undefined) refuse(name, value, 'a serverless endpoint has no instances (size it with serverless-memory-mb and serverless-max-concurrency)');
  }
}

function refuseForServerless(name: string, value: string, why: string): never {
  throw new InputError(name, value, `cannot be used with endpoint-type: serverless: ${why}`);
}

/** Rolling updates exclude serverless endpoints; canary and linear sizes can only be percentages (no instances). */
export function checkServerlessRouting(read: InputReader, r: { trafficRouting: string; canarySize: { Type: string }; linearStepSize: { Type: string } }): void {
  if (r.trafficRouting === 'rolling') refuseForServerless('traffic-routing', 'rolling', 'SageMaker excludes serverless endpoints from rolling deployments (use all-at-once, canary or linear)');
  const size = r.trafficRouting === 'canary' ? (['canary-size', r.canarySize] as const) : r.trafficRouting === 'linear' ? (['linear-step-size', r.linearStepSize] as const) : undefined;
  if (size && size[1].Type !== 'CAPACITY_PERCENT') refuseForServerless(size[0], read(size[0]), 'a serverless endpoint has no instances to count: give a percentage such as 10%');
}

/** A serverless endpoint pulls only from ECR: the image must be there, or be copied there (replicate-to-ecr). */
export function checkServerlessImage(inEcr: boolean, image: string): void {
  if (!inEcr) throw new InputError('image', image, 'is outside ECR, and SageMaker serverless endpoints cannot pull images from private registries: set replicate-to-ecr to copy it into ECR first');
}
