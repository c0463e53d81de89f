import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { endpointUrl } from '../report/console-links.js';
import type { DeployConfig } from '../inputs/deploy.js';
import { isOurName, planDeploy } from './plan.js';
import { cleanup, commands, endpointTags, findEndpoint } from './endpoint.js';
import { describePhase } from './verdict.js';
import { waitForDeployment } from './wait.js';
import { ActionError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import { describeVersion } from '../register/model-registry.js';
import type { Clock } from '../aws/poll.js';

export type DeployStatus = 'planned' | 'in-progress' | 'started' | 'unchanged' | 'succeeded' | 'rolled-back' | 'failed' | 'timed-out' | 'cancelled';

/** Where a deployment stands; shared with the report, so the summary and comment can show it at any time. */
export interface Deployment {
  endpointName: string;
  status: DeployStatus;
  policy?: string;
  phase?: string;
  endpointArn?: string;
  configName?: string;
  modelName?: string;
  previousConfig?: string;
  consoleUrl?: string;
  reason?: string;
  alarms?: string[];
}

export interface DeployOptions {
  deploy: DeployConfig;
  ctx: RunContext;
  versionArn: string;
  region: string;
  providerArn?: string;
  dryRun: boolean;
  clock: Clock;
  /** Absolute deadline on the clock for every wait. */
  deadline: number;
  pollMs: number;
  log: { info(m: string): void; warning(m: string): void };
  /** Outputs and console link are published through this before any wait. */
  onStarted?: (d: Deployment) => void;
  onPhase?: (d: Deployment) => Promise<void> | void;
  /** The version's description, read once at the start (the report of a deploy-only run uses it). */
  onVersion?: (pkg: DescribeModelPackageOutput) => void;
}

const BUSY = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);

/**
 * Deploys a registered version to an endpoint with blue/green traffic shifting and reports success only
 * when the new config is live. Fills `d` as it goes; throws ActionError with the reason on any failure.
 */
export async function deployVersion(sm: SageMakerClient, o: DeployOptions, d: Deployment): Promise<void> {
  const { deploy } = o;
  d.consoleUrl = endpointUrl(o.region, deploy.endpointName);
  const pkg = await describeVersion(sm, o.versionArn);
  o.onVersion?.(pkg);
  const approval = pkg.ModelApprovalStatus ?? 'PendingManualApproval';
  if (pkg.ModelPackageStatus !== 'Completed') throw new ActionError(`Model package ${o.versionArn} is ${pkg.ModelPackageStatus}; only Completed versions can be deployed.`);
  if (!deploy.deployApproval.includes(approval as never)) {
    throw new ActionError(
      `Model package ${o.versionArn} is ${approval}; deploy-approval allows ${deploy.deployApproval.join(', ')}. Approve the version, or set deploy-approval to deploy it anyway (for example to a staging endpoint).`
    );
  }

  let ep = await findEndpoint(sm, deploy.endpointName);
  if (!ep && !deploy.createEndpoint) throw new ActionError(`Endpoint ${deploy.endpointName} does not exist and create-endpoint is false.`);
  if (ep && BUSY.has(ep.EndpointStatus ?? '')) {
    if (deploy.onBusy === 'fail') {
      throw new ActionError(`Endpoint ${deploy.endpointName} is ${ep.EndpointStatus} (${describePhase(ep)}): another deployment is in progress and updates are never stacked. Re-run when it ends, or set on-busy: wait.`);
    }
    o.log.info(`Endpoint ${deploy.endpointName} is ${ep.EndpointStatus}; waiting for the update in progress to end first.`);
    ep = await waitUntilIdle(sm, deploy.endpointName, o);
  }
  if (ep?.EndpointStatus === 'Failed') {
    throw new ActionError(`Endpoint ${deploy.endpointName} is Failed (${ep.FailureReason ?? 'no reason given'}): only DeleteEndpoint works on it. Delete it and deploy again.`);
  }
  if (ep?.EndpointStatus === 'InService' && ep.EndpointArn && ep.EndpointConfigName && isOurName(deploy.endpointName, ep.EndpointConfigName)) {
    const tags = await endpointTags(sm, ep.EndpointArn);
    if (tags['model-package-arn'] === o.versionArn) {
      Object.assign(d, { status: 'unchanged', endpointArn: ep.EndpointArn, configName: ep.EndpointConfigName, modelName: ep.EndpointConfigName });
      o.log.info(`Endpoint ${deploy.endpointName} already serves ${o.versionArn} (${ep.EndpointConfigName}); nothing to deploy.`);
      return;
    }
  }

  const plan = planDeploy({ deploy, ctx: o.ctx, pkg, ...(o.providerArn ? { providerArn: o.providerArn } : {}), ...(ep?.ProductionVariants?.[0]?.VariantName ? { liveVariant: ep.ProductionVariants[0].VariantName } : {}) });
  d.policy = plan.policy;
  if (ep?.EndpointConfigName) d.previousConfig = ep.EndpointConfigName;
  if (o.dryRun) {
    d.status = 'planned';
    o.log.info(`Dry run: CreateModel ${JSON.stringify(plan.createModel)}`);
    o.log.info(`Dry run: CreateEndpointConfig ${JSON.stringify(plan.createConfig)}`);
    o.log.info(ep ? `Dry run: UpdateEndpoint ${JSON.stringify({ EndpointName: deploy.endpointName, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig })}` : `Dry run: CreateEndpoint ${deploy.endpointName}`);
    return;
  }

  const c = await commands();
  o.log.info(`Creating model ${plan.modelName} (${plan.privateRegistry ? 'private registry through the VPC' : 'from the model package'})`);
  await send('sagemaker:CreateModel', () => sm.send(new c.CreateModelCommand(plan.createModel)));
  let configMade = false;
  try {
    await send('sagemaker:CreateEndpointConfig', () => sm.send(new c.CreateEndpointConfigCommand(plan.createConfig)));
    configMade = true;
    if (ep) {
      o.log.info(`Updating endpoint ${deploy.endpointName} to ${plan.configName}: blue/green, ${plan.policy}${deploy.rollbackAlarms.length ? `, auto-rollback on ${deploy.rollbackAlarms.join(', ')}` : ''}`);
      const out = await send('sagemaker:UpdateEndpoint', () =>
        sm.send(new c.UpdateEndpointCommand({ EndpointName: deploy.endpointName, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig }))
      );
      d.endpointArn = out.EndpointArn;
    } else {
      o.log.info(`Creating endpoint ${deploy.endpointName} with ${plan.configName}`);
      const out = await send('sagemaker:CreateEndpoint', () =>
        sm.send(new c.CreateEndpointCommand({ EndpointName: deploy.endpointName, EndpointConfigName: plan.configName, Tags: plan.createConfig.Tags }))
      );
      d.endpointArn = out.EndpointArn;
    }
  } catch (err) {
    // Nothing half-made stays behind: the model (and config) of an update that never started are removed.
    if (configMade) await sm.send(new c.DeleteEndpointConfigCommand({ EndpointConfigName: plan.configName })).catch(() => undefined);
    await sm.send(new c.DeleteModelCommand({ ModelName: plan.modelName })).catch(() => undefined);
    throw err;
  }
  Object.assign(d, { status: 'started', configName: plan.configName, modelName: plan.modelName, alarms: deploy.rollbackAlarms });
  o.onStarted?.(d);
  if (!deploy.wait) {
    o.log.info('wait is false: not waiting for the deployment. SageMaker continues it; follow it in the console.');
    return;
  }

  await warnIfCredentialsExpireFirst(sm, o);
  d.status = 'in-progress';
  const result = await waitForDeployment(sm, deploy.endpointName, plan.configName, plan.expectedDigest, {
    clock: o.clock,
    deadline: o.deadline,
    pollMs: o.pollMs,
    log: o.log,
    bakeSeconds: deploy.waitIntervalSeconds,
    onPhase: async (_ep, phase) => {
      d.phase = phase;
      await o.onPhase?.(d);
    }
  });
  const v = result.verdict;
  if (v.state === 'succeeded') {
    Object.assign(d, { status: 'succeeded', phase: 'InService on the new config' });
    o.log.info(`Endpoint ${deploy.endpointName} is InService on ${plan.configName}.`);
    await afterSuccess(sm, o, d, plan.configName);
    return;
  }
  if (v.state === 'timed-out') {
    Object.assign(d, { status: 'timed-out', phase: v.phase });
    throw new ActionError(`Timed out waiting for endpoint ${deploy.endpointName} (phase: ${v.phase}). SageMaker continues the update; follow it at ${d.consoleUrl}`);
  }
  if (v.state === 'rolled-back') {
    Object.assign(d, { status: 'rolled-back', reason: v.reason });
    const fired = deploy.rollbackAlarms.filter((a) => v.reason.includes(a));
    throw new ActionError(
      `Deployment to ${deploy.endpointName} was rolled back: ${v.reason.trim().replace(/\.+$/, '')}${fired.length ? ` (alarm ${fired.join(', ')})` : ''}. The endpoint still serves ${result.endpoint.EndpointConfigName}.`
    );
  }
  Object.assign(d, { status: 'failed', reason: v.state === 'failed' ? v.reason : 'unknown' });
  throw new ActionError(`Deployment to ${deploy.endpointName} failed: ${d.reason}`);
}

async function waitUntilIdle(sm: SageMakerClient, name: string, o: DeployOptions) {
  const { describeEndpoint } = await import('./endpoint.js');
  for (;;) {
    const ep = await describeEndpoint(sm, name);
    if (!BUSY.has(ep.EndpointStatus ?? '')) return ep;
    if (o.clock.now() >= o.deadline) throw new ActionError(`Endpoint ${name} stayed ${ep.EndpointStatus} past wait-timeout; not stacking another update.`);
    await o.clock.sleep(Math.min(o.pollMs, Math.max(0, o.deadline - o.clock.now())));
  }
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

/** Records which version serves where, and removes configs and models no longer needed for rollback. */
async function afterSuccess(sm: SageMakerClient, o: DeployOptions, d: Deployment, configName: string): Promise<void> {
  const c = await commands();
  const { metadataValue } = await import('../register/plan.js');
  if (d.endpointArn) {
    await send('sagemaker:AddTags', () =>
      sm.send(
        new c.AddTagsCommand({
          ResourceArn: d.endpointArn!,
          Tags: [
            { Key: 'model-package-arn', Value: o.versionArn },
            { Key: 'git-commit', Value: metadataValue(o.ctx.sha || 'unknown') },
            ...(o.ctx.runId ? [{ Key: 'github-run-id', Value: o.ctx.runId }] : [])
          ]
        })
      )
    );
  }
  const key = `endpoint.${o.deploy.endpointName}`.slice(0, 128);
  await send('sagemaker:UpdateModelPackage', () =>
    sm.send(
      new c.UpdateModelPackageCommand({
        ModelPackageArn: o.versionArn,
        CustomerMetadataProperties: { [key]: metadataValue(`deployed ${new Date().toISOString()}`) },
        ...(o.deploy.stage ? { ModelLifeCycle: { Stage: o.deploy.stage, StageStatus: 'Deployed', StageDescription: `Serving on ${o.deploy.endpointName}` } } : {})
      })
    )
  );
  const keep = [configName, ...(d.previousConfig ? [d.previousConfig] : [])];
  await cleanup(sm, o.deploy.endpointName, keep, o.log);
}

