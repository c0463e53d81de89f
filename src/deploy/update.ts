import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { commands } from './endpoint.js';
import type { DeployPlan } from './plan.js';
import type { DeployOptions, Deployment } from './step.js';
import type { LiveFleet } from './preflight.js';

/** Creates the model and config, then updates (or creates) the endpoint; removes what it made if that fails. */
export async function startUpdate(sm: SageMakerClient, o: DeployOptions, plan: DeployPlan, ep: DescribeEndpointOutput | undefined): Promise<string | undefined> {
  const c = await commands();
  const name = o.deploy.endpointName;
  o.log.info(`Creating model ${plan.modelName} (${plan.privateRegistry ? 'private registry through the VPC' : 'from the model package'})`);
  await send('sagemaker:CreateModel', () => sm.send(new c.CreateModelCommand(plan.createModel)));
  let configMade = false;
  try {
    await send('sagemaker:CreateEndpointConfig', () => sm.send(new c.CreateEndpointConfigCommand(plan.createConfig)));
    configMade = true;
    if (ep) {
      const alarms = plan.deploymentConfig.AutoRollbackConfiguration?.Alarms?.map((a) => a.AlarmName) ?? [];
      const kind = plan.deploymentConfig.RollingUpdatePolicy ? '' : 'blue/green, ';
      o.log.info(`Updating endpoint ${name} to ${plan.configName}: ${kind}${plan.policy}${alarms.length ? `, auto-rollback on ${alarms.join(', ')}` : ''}`);
      const out = await send('sagemaker:UpdateEndpoint', () => sm.send(new c.UpdateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig })));
      return out.EndpointArn;
    }
    o.log.info(`Creating endpoint ${name} with ${plan.configName}`);
    const out = await send('sagemaker:CreateEndpoint', () => sm.send(new c.CreateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, Tags: plan.createConfig.Tags })));
    return out.EndpointArn;
  } catch (err) {
    // Nothing half-made stays behind: the model (and config) of an update that never started are removed.
    if (configMade) await sm.send(new c.DeleteEndpointConfigCommand({ EndpointConfigName: plan.configName })).catch(() => undefined);
    await sm.send(new c.DeleteModelCommand({ ModelName: plan.modelName })).catch(() => undefined);
    throw err;
  }
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
