/**
 * The live endpoint a shadow test runs on: read (three descriptions, no write) and checked against SageMaker's limits
 * on shadow tests, so a test SageMaker would refuse, or refuse halfway, is refused before anything is created.
 */
import type { DescribeEndpointConfigOutput, DescribeEndpointOutput, DescribeModelOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { ActionError } from '../errors.js';

/** The production side of the test: the live variant and what serves it. */
export interface LiveVariant {
  endpointName: string;
  configName: string;
  variantName: string;
  modelName: string;
  instanceType: string;
  instanceCount: number;
}

/** Why SageMaker would refuse a shadow test on this endpoint, or undefined. Pure. */
export function shadowRefusal(e: DescribeEndpointOutput, config: DescribeEndpointConfigOutput, model?: DescribeModelOutput): string | undefined {
  const name = e.EndpointName ?? '';
  if (e.EndpointStatus !== 'InService') return `endpoint ${name} is ${e.EndpointStatus ?? 'unknown'}; a shadow test needs it InService`;
  const variants = config.ProductionVariants ?? [];
  if (variants.length !== 1) return `endpoint ${name} has ${variants.length} production variants; a shadow test needs exactly one`;
  if (config.ShadowProductionVariants?.length) return `endpoint ${name} already has a shadow variant; SageMaker allows one`;
  const v = variants[0]!;
  if (v.ServerlessConfig) return `endpoint ${name} is serverless; SageMaker shadow tests need instances`;
  if (config.AsyncInferenceConfig) return `endpoint ${name} is asynchronous; SageMaker shadow tests are real-time only`;
  if (!v.ModelName) return `endpoint ${name} hosts inference components; a shadow test needs a variant with a model`;
  if (/^ml\.inf1\./.test(v.InstanceType ?? '')) return `endpoint ${name} runs on ${v.InstanceType}; SageMaker shadow tests do not support Inf1 instances`;
  const containers = model ? [...(model.PrimaryContainer ? [model.PrimaryContainer] : []), ...(model.Containers ?? [])] : [];
  if (containers.some((c) => c.Mode === 'MultiModel')) return `endpoint ${name} serves a multi-model container; SageMaker shadow tests do not support multi-model endpoints`;
  return undefined;
}

export async function readLive(sm: SageMakerClient, endpointName: string): Promise<LiveVariant> {
  const cmd = await sagemakerSdk();
  const e = await send('sagemaker:DescribeEndpoint', () => sm.send(new cmd.DescribeEndpointCommand({ EndpointName: endpointName })));
  const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new cmd.DescribeEndpointConfigCommand({ EndpointConfigName: e.EndpointConfigName! })));
  const v = config.ProductionVariants?.[0];
  const model = v?.ModelName && (config.ProductionVariants ?? []).length === 1 ? await send('sagemaker:DescribeModel', () => sm.send(new cmd.DescribeModelCommand({ ModelName: v.ModelName! }))) : undefined;
  const refused = shadowRefusal(e, config, model);
  if (refused) throw new ActionError(`Refused: ${refused}. Nothing was created.`);
  const live = e.ProductionVariants?.find((p) => p.VariantName === v!.VariantName);
  return {
    endpointName: e.EndpointName!,
    configName: e.EndpointConfigName!,
    variantName: v!.VariantName!,
    modelName: v!.ModelName!,
    instanceType: v!.InstanceType!,
    instanceCount: live?.CurrentInstanceCount ?? v!.InitialInstanceCount ?? 1
  };
}
