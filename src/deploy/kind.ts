/**
 * The kind of a live endpoint (real-time, serverless or async) as DescribeEndpoint shows it, and which changes of
 * kind an update may make. SageMaker documents that an instance-based endpoint cannot become serverless
 * (ValidationError) and that a serverless endpoint can become instance-based, one way. Nothing documents an
 * in-place change between real-time and async: it is refused (the worst case), as is serverless → async.    pure
 */
import type { DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
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
