import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { findEndpoint } from './endpoint.js';
import type { DeployPlan } from './plan.js';
import type { DeployOptions, Deployment } from './types.js';
import type { LiveFleet } from './preflight.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { configDiffers, createOnce, modelDiffers } from './existing.js';

/**
 * Creates the model and config, then updates (or creates) the endpoint; removes what it made if that fails. A retry
 * meeting its own first attempt (an answer lost to a dropped connection) continues: see existing.ts.
 */
export async function startUpdate(sm: SageMakerClient, o: DeployOptions, plan: DeployPlan, ep: DescribeEndpointOutput | undefined): Promise<string | undefined> {
  const c = await sagemakerSdk();
  o.log.info(`Creating model ${plan.modelName} (${plan.privateRegistry ? 'private registry through the VPC' : 'from the model package'})`);
  const made = { model: false, config: false };
  try {
    made.model = await createOnce({
      action: 'sagemaker:CreateModel',
      what: `model ${plan.modelName}`,
      create: () => sm.send(new c.CreateModelCommand(plan.createModel)),
      differs: async () => modelDiffers(plan.createModel, await send('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: plan.modelName }))))
    });
    made.config = await createOnce({
      action: 'sagemaker:CreateEndpointConfig',
      what: `endpoint config ${plan.configName}`,
      create: () => sm.send(new c.CreateEndpointConfigCommand(plan.createConfig)),
      differs: async () => configDiffers(plan.createConfig, await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: plan.configName }))))
    });
    return await startEndpoint(sm, o, plan, ep);
  } catch (err) {
    // Nothing half-made stays behind: the model (and config) this attempt made for an update that never started.
    if (made.config) await sm.send(new c.DeleteEndpointConfigCommand({ EndpointConfigName: plan.configName })).catch(() => undefined);
    if (made.model) await sm.send(new c.DeleteModelCommand({ ModelName: plan.modelName })).catch(() => undefined);
    throw err;
  }
}

async function startEndpoint(sm: SageMakerClient, o: DeployOptions, plan: DeployPlan, ep: DescribeEndpointOutput | undefined): Promise<string | undefined> {
  const c = await sagemakerSdk();
  const name = o.deploy.endpointName;
  if (ep) {
    const alarms = plan.deploymentConfig.AutoRollbackConfiguration?.Alarms?.map((a) => a.AlarmName) ?? [];
    const kind = plan.deploymentConfig.RollingUpdatePolicy ? '' : 'blue/green, ';
    o.log.info(`Updating endpoint ${name} to ${plan.configName}: ${kind}${plan.policy}${alarms.length ? `, auto-rollback on ${alarms.join(', ')}` : ''}`);
    const update = () => sm.send(new c.UpdateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig }));
    return (await send('sagemaker:UpdateEndpoint', () => towardOurs(update, sm, name, plan.configName))).EndpointArn;
  }
  o.log.info(`Creating endpoint ${name} with ${plan.configName}`);
  const create = () => sm.send(new c.CreateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, Tags: plan.createConfig.Tags }));
  return (await send('sagemaker:CreateEndpoint', () => towardOurs(create, sm, name, plan.configName))).EndpointArn;
}

/**
 * An endpoint create or update refused because the endpoint exists or is busy: when SageMaker describes it being
 * created or updated to this run's config (the retried request met its own first attempt), the run continues to the
 * wait; otherwise (someone else's update) the refusal stands.
 */
async function towardOurs(call: () => Promise<{ EndpointArn?: string }>, sm: SageMakerClient, name: string, config: string): Promise<{ EndpointArn?: string }> {
  try {
    return await call();
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e.name !== 'ValidationException' || !/Cannot (create already existing|update in-progress)/i.test(e.message ?? '')) throw err;
    const own = await startedWith(sm, name, config);
    if (own === undefined) throw err;
    return own;
  }
}

/** The endpoint, when it is being created or updated to `config`, or already serves it. */
async function startedWith(sm: SageMakerClient, name: string, config: string): Promise<{ EndpointArn?: string } | undefined> {
  const ep = await findEndpoint(sm, name);
  if (ep && (ep.EndpointConfigName === config || ep.PendingDeploymentSummary?.EndpointConfigName === config)) return ep;
  return undefined;
}

/**
 * SageMaker refuses an update that changes the instance type of a scalable variant: the target and its policies
 * are removed first and put back after (`restore`). Returns the restore, or undefined when nothing was removed.
 */
export async function suspendScaling(o: DeployOptions, live: LiveFleet | undefined, d: Deployment): Promise<(() => Promise<void>) | undefined> {
  const scaling = live?.scaling;
  if (!scaling || !o.clients || !live.instanceType || live.instanceType === o.deploy.instanceType) return undefined;
  const aas = await o.clients.autoscaling();
  const { deregister, restore } = await import('../operate/autoscaling.js');
  o.log.info(`The instance type changes (${live.instanceType} → ${o.deploy.instanceType}) on an autoscaled variant: deregistering its scalable target and ${scaling.policies.length} policy(ies) for the update; they are registered again after it.`);
  await deregister(aas, scaling);
  d.autoscaling = { ...d.autoscaling, action: 're-registered around the instance-type change' };
  return () => restore(aas, scaling);
}
