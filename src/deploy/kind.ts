/**
 * The kind of a live endpoint (real-time, serverless or async) as DescribeEndpoint shows it, and which changes of
 * kind an update may make. SageMaker documents that an instance-based endpoint cannot become serverless
 * (ValidationError) and that a serverless endpoint can become instance-based, one way. Nothing documents an
 * in-place change between real-time and async: it is refused (the worst case), as is serverless → async.    pure
 */
import type { DescribeEndpointConfigOutput, DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import type { EndpointType } from '../inputs/endpoint-kind.js';

export function liveKind(ep: Pick<DescribeEndpointOutput, 'ProductionVariants' | 'AsyncInferenceConfig' | 'PendingDeploymentSummary'>): EndpointType {
  const variants = ep.ProductionVariants ?? [];
  if (variants.some((v) => v.CurrentServerlessConfig ?? v.DesiredServerlessConfig)) return 'serverless';
  return ep.AsyncInferenceConfig ? 'async' : 'real-time';
}

/** Refuses an update that would change the endpoint's kind where SageMaker does not allow it; returns a note otherwise. */
export function checkKindChange(endpointName: string, wanted: EndpointType, ep: DescribeEndpointOutput): string | undefined {
  const live = liveKind(ep);
  if (live === wanted) return undefined;
  const aLive = `${live === 'async' ? 'an' : 'a'} ${live}`;
  const newName = 'deploy to a new endpoint name (and delete the old endpoint when traffic has moved)';
  if (wanted === 'serverless') {
    throw new ActionError(`Endpoint ${endpointName} is ${aLive} endpoint on instances; SageMaker does not convert an instance-based endpoint to serverless in place. Keep endpoint-type: ${live}, or ${newName}.`);
  }
  if (live === 'serverless' && wanted === 'real-time') {
    return `Endpoint ${endpointName} is serverless and becomes a real-time endpoint on instances: SageMaker allows this one way only (it cannot be made serverless again).`;
  }
  throw new ActionError(`Endpoint ${endpointName} is ${aLive} endpoint; changing it to ${wanted} in place is not documented by SageMaker, so it is not attempted. Keep endpoint-type: ${live}, or ${newName}.`);
}

/**
 * The endpoint-type inputs that describe a live endpoint config (rollback takes them when the workflow leaves them
 * empty, as it takes the instance type): the serverless sizes, or the async output settings.
 */
export function kindInputs(config: Partial<Pick<DescribeEndpointConfigOutput, 'ProductionVariants' | 'AsyncInferenceConfig'>>): Record<string, string> {
  const s = config.ProductionVariants?.[0]?.ServerlessConfig;
  if (s) {
    const out: Record<string, string> = { 'endpoint-type': 'serverless', 'serverless-memory-mb': String(s.MemorySizeInMB), 'serverless-max-concurrency': String(s.MaxConcurrency) };
    if (s.ProvisionedConcurrency) out['serverless-provisioned-concurrency'] = String(s.ProvisionedConcurrency);
    return out;
  }
  const a = config.AsyncInferenceConfig;
  if (!a) return {};
  const entries: [string, string | number | undefined][] = [
    ['endpoint-type', 'async'],
    ['async-output-s3-uri', a.OutputConfig?.S3OutputPath],
    ['async-failure-s3-uri', a.OutputConfig?.S3FailurePath],
    ['async-max-concurrent-invocations', a.ClientConfig?.MaxConcurrentInvocationsPerInstance],
    ['async-success-topic', a.OutputConfig?.NotificationConfig?.SuccessTopic],
    ['async-error-topic', a.OutputConfig?.NotificationConfig?.ErrorTopic]
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
}
