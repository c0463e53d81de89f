import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { findEndpoint } from './endpoint.js';
import type { DeployPlan } from './plan.js';
import type { DeployOptions, Deployment } from './step.js';
import type { LiveFleet } from './preflight.js';
import { sagemakerSdk } from '../aws/sdk.js';

/** Creates the model and config, then updates (or creates) the endpoint; removes what it made if that fails. */
export async function startUpdate(sm: SageMakerClient, o: DeployOptions, plan: DeployPlan, ep: DescribeEndpointOutput | undefined): Promise<string | undefined> {
  const c = await sagemakerSdk();
  const name = o.deploy.endpointName;
  o.log.info(`Creating model ${plan.modelName} (${plan.privateRegistry ? 'private registry through the VPC' : 'from the model package'})`);
  let modelMade = false;
  let configMade = false;
  try {
    await send('sagemaker:CreateModel', () => ownRetry(sm.send(new c.CreateModelCommand(plan.createModel)), undefined));
    modelMade = true;
    await send('sagemaker:CreateEndpointConfig', () => ownRetry(sm.send(new c.CreateEndpointConfigCommand(plan.createConfig)), undefined));
    configMade = true;
    if (ep) {
      const alarms = plan.deploymentConfig.AutoRollbackConfiguration?.Alarms?.map((a) => a.AlarmName) ?? [];
      const kind = plan.deploymentConfig.RollingUpdatePolicy ? '' : 'blue/green, ';
      o.log.info(`Updating endpoint ${name} to ${plan.configName}: ${kind}${plan.policy}${alarms.length ? `, auto-rollback on ${alarms.join(', ')}` : ''}`);
      const update = sm.send(new c.UpdateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig }));
      const out = await send('sagemaker:UpdateEndpoint', () => ownRetry(update, () => startedWith(sm, name, plan.configName)));
      return out?.EndpointArn;
    }
    o.log.info(`Creating endpoint ${name} with ${plan.configName}`);
    const create = sm.send(new c.CreateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, Tags: plan.createConfig.Tags }));
    const out = await send('sagemaker:CreateEndpoint', () => ownRetry(create, () => startedWith(sm, name, plan.configName)));
    return out?.EndpointArn;
  } catch (err) {
    // Nothing half-made stays behind: the model (and config) of an update that never started are removed.
    if (configMade) await sm.send(new c.DeleteEndpointConfigCommand({ EndpointConfigName: plan.configName })).catch(() => undefined);
    if (modelMade) await sm.send(new c.DeleteModelCommand({ ModelName: plan.modelName })).catch(() => undefined);
    throw err;
  }
}

/**
 * A retried request whose first answer was lost (a dropped connection) meets its own first attempt: names are
 * unique per run attempt, so "already existing" means this run made it. For endpoints, `mine` reads whether the
 * endpoint is being created or updated to this run's config (undefined: someone else's update, the error stands).
 */
async function ownRetry<T>(call: Promise<T>, mine: (() => Promise<T | undefined>) | undefined): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    const e = err as { name?: string; message?: string; $metadata?: { attempts?: number } };
    const retried = (e.$metadata?.attempts ?? 1) > 1;
    if (!retried || e.name !== 'ValidationException' || !/Cannot (create already existing|update in-progress)/i.test(e.message ?? '')) throw err;
    const own = mine ? await mine() : ({} as T);
    if (own === undefined) throw err;
    return own;
  }
}

/** The endpoint, when it is being created or updated to `config` (this run's request went through). */
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
