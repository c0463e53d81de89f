import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { endpointUrl } from '../report/console-links.js';
import { planDeploy, type DeployPlan } from './plan.js';
import { waitForDeployment, type WaitResult } from './wait.js';
import { ActionError } from '../errors.js';
import type { DeployOptions, Deployment } from './types.js';
import { alreadyServes, checkVersion, readEndpoint, readLiveFleet, type LiveFleet } from './preflight.js';
import { startUpdate, suspendScaling } from './update.js';
import { followUp, runSmoke } from './follow-up.js';
import { checkKindChange } from './kind.js';
import { deployRefusal, describeRunning, runningExperiments } from './experiments.js';
import { crossAccountImageHint } from './image-access.js';

export type { DeployStatus, Deployment, OperateClients, DeployOptions } from './types.js';

/**
 * Deploys a registered version to an endpoint (blue/green or rolling) and reports success only when the new
 * config is live. Fills `d` as it goes; throws ActionError with the reason on any failure. Work after a live
 * deployment never fails the step: it becomes follow-up warnings.
 */
export async function deployVersion(sm: SageMakerClient, o: DeployOptions, d: Deployment): Promise<void> {
  d.consoleUrl = endpointUrl(o.region, o.deploy.endpointName);
  d.kind = o.deploy.endpointType;
  if ((o.deploy.alarms || o.deploy.smoke || o.deploy.autoscaling) && !o.clients) throw new ActionError('create-alarms, smoke-payload and autoscaling need the CloudWatch, SageMaker Runtime and Application Auto Scaling clients.');
  const pkg = await checkVersion(sm, o);
  const ep = await readEndpoint(sm, o);
  const kindNote = ep ? checkKindChange(o.deploy.endpointName, o.deploy.endpointType, ep) : undefined;
  if (kindNote) o.log.info(kindNote);
  const experiments = ep ? await runningExperiments(sm, o.deploy.endpointName) : [];
  if (ep && (await alreadyServes(sm, o, ep, d, pkg))) {
    if (experiments.length) return o.log.info(`Old endpoint configs and models of ${o.deploy.endpointName} are left while ${describeRunning(experiments)} runs on it.`);
    if (!o.dryRun) await (await import('./tidy.js')).tidyUnchanged(sm, o, d);
    return;
  }
  if (experiments.length) throw deployRefusal(o.deploy.endpointName, experiments);
  const live = ep ? await readLiveFleet(sm, o, ep) : undefined;
  const alarmDefs = o.deploy.alarms ? (await import('../operate/alarms.js')).alarmDefinitions(o.deploy.endpointName, live?.variant ?? o.deploy.variantName ?? 'AllTraffic', o.deploy.alarms) : [];
  const plan = planDeploy({
    deploy: o.deploy,
    ctx: o.ctx,
    pkg,
    ...(o.providerArn ? { providerArn: o.providerArn } : {}),
    ...(live ? { liveVariant: live.variant } : {}),
    ...keptCapacity(o, live, d),
    createdAlarms: alarmDefs.map((a) => a.AlarmName!)
  });
  d.policy = plan.policy;
  if (ep?.EndpointConfigName) d.previousConfig = ep.EndpointConfigName;
  if (o.dryRun) return dryRun(o, d, plan, ep);
  if (alarmDefs.length) d.createdAlarms = await (await import('../operate/alarms.js')).putAlarms(await o.clients!.cloudwatch(), alarmDefs);
  const restoreScaling = await suspendScaling(o, live, d);
  try {
    d.endpointArn = await startUpdate(sm, o, plan, ep).catch((err: unknown) => {
      d.status = 'failed'; // the endpoint was not changed
      throw err;
    });
    Object.assign(d, { status: 'started', configName: plan.configName, modelName: plan.modelName, alarms: [...o.deploy.rollbackAlarms, ...(d.createdAlarms ?? [])] });
    o.onStarted?.(d);
    if (!o.deploy.wait) return o.log.info('wait is false: not waiting for the deployment. SageMaker continues it; follow it in the console.');
    await settle(o, d, await waitFor(sm, o, d, plan, live), pkg.InferenceSpecification?.Containers?.[0]?.Image);
    if (o.deploy.smoke) await runSmoke(sm, o, d);
  } finally {
    if (restoreScaling) await restoreAfter(o, d, restoreScaling);
  }
  await followUp(sm, o, d, plan);
}

/** An autoscaled fleet starts the new config at its live size: a plain update would reset it to instance-count. */
function keptCapacity(o: DeployOptions, live: LiveFleet | undefined, d: Deployment): { instanceCount?: number } {
  if (!live?.scaling || live.instanceCount === undefined) return {};
  d.autoscaling = { action: 'kept', instanceCount: live.instanceCount, range: `${live.scaling.target.MinCapacity}-${live.scaling.target.MaxCapacity} instances` };
  // An async fleet scaled in to zero starts at one instance: a config's InitialInstanceCount is at least 1.
  const count = Math.max(1, live.instanceCount);
  if (count !== o.deploy.instanceCount) o.log.info(`The variant autoscales: the new fleet starts at the live ${count} instance(s), not instance-count ${o.deploy.instanceCount}.`);
  return { instanceCount: count };
}

async function restoreAfter(o: DeployOptions, d: Deployment, restore: () => Promise<void>): Promise<void> {
  try {
    await restore();
    o.log.info(`Registered the autoscaling of ${o.deploy.endpointName} again.`);
  } catch (err) {
    const message = `Could not register the autoscaling of ${o.deploy.endpointName} again: ${(err as Error).message}. The endpoint does not scale until it is registered.`;
    (d.followUpWarnings ??= []).push(message);
    o.log.warning(message);
  }
}

function dryRun(o: DeployOptions, d: Deployment, plan: DeployPlan, ep: DescribeEndpointOutput | undefined): void {
  d.status = 'planned';
  o.log.info(`Dry run: CreateModel ${JSON.stringify(plan.createModel)}`);
  o.log.info(`Dry run: CreateEndpointConfig ${JSON.stringify(plan.createConfig)}`);
  o.log.info(ep ? `Dry run: UpdateEndpoint ${JSON.stringify({ EndpointName: o.deploy.endpointName, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig })}` : `Dry run: CreateEndpoint ${o.deploy.endpointName}`);
}

async function waitFor(sm: SageMakerClient, o: DeployOptions, d: Deployment, plan: DeployPlan, live: LiveFleet | undefined): Promise<WaitResult> {
  await warnIfCredentialsExpireFirst(sm, o);
  d.status = 'in-progress';
  return waitForDeployment(sm, o.deploy.endpointName, plan.configName, plan.expectedDigest, {
    clock: o.clock,
    deadline: o.deadline,
    pollMs: o.pollMs,
    log: o.log,
    bakeSeconds: o.deploy.waitIntervalSeconds,
    ...(live?.lastModified ? { since: live.lastModified } : {}),
    onPhase: async (_ep, phase) => {
      d.phase = phase;
      await o.onPhase?.(d);
    }
  });
}

/**
 * Turns the wait's verdict into the deployment's status; throws unless the new config is live. A failure of a version
 * whose image is in another account's ECR says which repository policy must allow the pull.
 */
function settle(o: DeployOptions, d: Deployment, result: WaitResult, image?: string): void {
  const v = result.verdict;
  const hint = crossAccountImageHint(image, d.endpointArn);
  const also = hint ? ` ${hint}` : '';
  const name = o.deploy.endpointName;
  if (v.state === 'succeeded') {
    Object.assign(d, { status: 'succeeded', phase: 'InService on the new config' });
    o.log.info(`Endpoint ${name} is InService on ${d.configName}.`);
    return;
  }
  if (v.state === 'timed-out') {
    Object.assign(d, { status: 'timed-out', phase: v.phase });
    throw new ActionError(`Timed out waiting for endpoint ${name} (phase: ${v.phase}). SageMaker continues the update; follow it at ${d.consoleUrl}`);
  }
  if (v.state === 'rolled-back') {
    Object.assign(d, { status: 'rolled-back', reason: v.reason });
    const fired = (d.alarms ?? []).filter((a) => v.reason.includes(a));
    throw new ActionError(
      `Deployment to ${name} was rolled back: ${v.reason.trim().replace(/\.+$/, '')}${fired.length ? ` (alarm ${fired.join(', ')})` : ''}. The endpoint still serves ${result.endpoint.EndpointConfigName}.${fired.length ? '' : also}`
    );
  }
  Object.assign(d, { status: 'failed', reason: v.state === 'failed' ? v.reason : 'unknown' });
  throw new ActionError(`Deployment to ${name} failed: ${d.reason}${also}`);
}

async function warnIfCredentialsExpireFirst(sm: SageMakerClient, o: DeployOptions): Promise<void> {
  try {
    const creds = await sm.config.credentials();
    const expiration = creds.expiration?.getTime();
    if (expiration && expiration < o.deadline - o.clock.now() + Date.now()) {
      o.log.warning(`The AWS credentials expire at ${new Date(expiration).toISOString()}, before wait-timeout ends: raise role-duration-seconds in configure-aws-credentials, or lower wait-timeout.`);
    }
  } catch {
    // credentials problems surface on the next call with a clear message
  }
}
