import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  type DescribeEndpointCommandOutput,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { Simulator } from '../../sim/server.js';

export const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-exec';
export const IMAGE_V1 = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/churn:v1';
export const IMAGE_V2 = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/churn:v2';
export const ACCT = '123456789012';
export const arnOf = (type: string, name: string) => `arn:aws:sagemaker:us-east-1:${ACCT}:${type}/${name.toLowerCase()}`;

export const model = (sm: SageMakerClient, name: string, image = IMAGE_V1) =>
  sm.send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: ROLE, PrimaryContainer: { Image: image } }));

export const config = (sm: SageMakerClient, name: string, modelName: string, count = 4, variant = 'AllTraffic') =>
  sm.send(new CreateEndpointConfigCommand({
    EndpointConfigName: name,
    ProductionVariants: [{ VariantName: variant, ModelName: modelName, InstanceType: 'ml.m5.large', InitialInstanceCount: count }],
  }));

export const describeEp = (sm: SageMakerClient, name: string) => sm.send(new DescribeEndpointCommand({ EndpointName: name }));

/** Models m1 (v1) and m2 (v2), configs c1 / c2 (4 instances, variant AllTraffic), endpoint `name` InService on c1. */
export async function liveEndpoint(sim: Simulator, sm: SageMakerClient, name = 'ep', count = 4): Promise<void> {
  await model(sm, 'm1', IMAGE_V1);
  await model(sm, 'm2', IMAGE_V2);
  await config(sm, 'c1', 'm1', count);
  await config(sm, 'c2', 'm2', count);
  await sm.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: 'c1' }));
  sim.clock.advance(4_000);
  const d = await describeEp(sm, name);
  if (d.EndpointStatus !== 'InService') throw new Error(`endpoint not InService: ${d.EndpointStatus}`);
}

export interface Observation {
  status: string | undefined;
  config: string | undefined;
  pending: boolean;
  variantStatus: string | undefined;
  message: string | undefined;
  weight: number | undefined;
}

const observe = (d: DescribeEndpointCommandOutput): Observation => {
  const pv = d.PendingDeploymentSummary?.ProductionVariants?.[0];
  return {
    status: d.EndpointStatus,
    config: d.EndpointConfigName,
    pending: d.PendingDeploymentSummary !== undefined,
    variantStatus: pv?.VariantStatus?.[0]?.Status,
    message: pv?.VariantStatus?.[0]?.StatusMessage,
    weight: pv?.CurrentWeight,
  };
};

/**
 * Advance the (frozen) virtual clock by `stepMs` between DescribeEndpoint calls until the endpoint has no
 * operation in progress; returns the distinct observations in order (consecutive duplicates dropped).
 */
export async function walk(sim: Simulator, sm: SageMakerClient, name: string, stepMs: number, maxSteps = 2_000): Promise<Observation[]> {
  const seen: Observation[] = [];
  for (let i = 0; i < maxSteps; i++) {
    const o = observe(await describeEp(sm, name));
    if (JSON.stringify(o) !== JSON.stringify(seen.at(-1))) seen.push(o);
    if (!['Creating', 'Updating', 'RollingBack', 'Deleting'].includes(o.status ?? '')) return seen;
    sim.clock.advance(stepMs);
  }
  throw new Error(`endpoint ${name} still in progress after ${maxSteps} steps: ${JSON.stringify(seen.at(-1))}`);
}
