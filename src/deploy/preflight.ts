import type { DescribeEndpointOutput, DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { poll, WaitTimeout } from '../aws/poll.js';
import { ActionError } from '../errors.js';
import { describeVersion } from '../register/model-registry.js';
import type { ScalingSnapshot } from '../operate/autoscaling.js';
import { describeEndpoint, findEndpoint } from './endpoint.js';
import { readConfig, settledConfig } from './live.js';
import { configServes, type LiveConfig } from './serves.js';
import { isOurName } from './plan.js';
import type { DeployOptions, Deployment } from './types.js';
import { describePhase, isBusy } from './verdict.js';
import { sagemakerSdk } from '../aws/sdk.js';

/** Checks before any write: the version is deployable and the endpoint can take an update. */
export async function checkVersion(sm: SageMakerClient, o: DeployOptions): Promise<DescribeModelPackageOutput> {
  const pkg = await describeVersion(sm, o.versionArn);
  o.onVersion?.(pkg);
  const approval = (o.dryRun && o.dryRunApproval) || (pkg.ModelApprovalStatus ?? 'PendingManualApproval');
  if (pkg.ModelPackageStatus !== 'Completed') throw new ActionError(`Model package ${o.versionArn} is ${pkg.ModelPackageStatus}; only Completed versions can be deployed.`);
  if (!o.deploy.deployApproval.includes(approval as never)) {
    throw new ActionError(
      `Model package ${o.versionArn} is ${approval}; deploy-approval allows ${o.deploy.deployApproval.join(', ')}. Approve the version, or set deploy-approval to deploy it anyway (for example to a staging endpoint).`
    );
  }
  return pkg;
}

/** The endpoint as it stands once no other update is running (undefined: it does not exist yet). */
export async function readEndpoint(sm: SageMakerClient, o: DeployOptions): Promise<DescribeEndpointOutput | undefined> {
  const name = o.deploy.endpointName;
  let ep = await findEndpoint(sm, name);
  if (!ep && !o.deploy.createEndpoint) throw new ActionError(`Endpoint ${name} does not exist and create-endpoint is false.`);
  if (ep && isBusy(ep)) {
    if (o.deploy.onBusy === 'fail') {
      throw new ActionError(`Endpoint ${name} is ${ep.EndpointStatus} (${describePhase(ep)}): another deployment is in progress and updates are never stacked. Re-run when it ends, or set on-busy: wait.`);
    }
    o.log.info(`Endpoint ${name} is ${ep.EndpointStatus}; waiting for the update in progress to end first.`);
    try {
      ep = await poll({ read: () => describeEndpoint(sm, name), done: (e) => !isBusy(e), clock: o.clock, timeoutMs: Math.max(0, o.deadline - o.clock.now()), delayMs: () => o.pollMs, what: `endpoint ${name}` });
    } catch (err) {
      if (err instanceof WaitTimeout) throw new ActionError(`Endpoint ${name} stayed ${ep.EndpointStatus} past wait-timeout; not stacking another update.`);
      throw err;
    }
  }
  if (ep?.EndpointStatus === 'Failed') {
    throw new ActionError(`Endpoint ${name} is Failed (${ep.FailureReason ?? 'no reason given'}): only DeleteEndpoint works on it. Delete it and deploy again.`);
  }
  return ep;
}

/**
 * True (and `d` filled) when the endpoint already serves this version on a config this action made, as its live
 * config says: InService with no update pending, and the model of every variant serves the version (serves.ts).
 * The endpoint's ledger tags are not asked: anyone allowed to tag it could make a promotion report "unchanged"
 * while the old model serves. A live state that cannot be read is not "unchanged": the version is deployed again.
 */
export async function alreadyServes(sm: SageMakerClient, o: DeployOptions, ep: DescribeEndpointOutput, d: Deployment, pkg: DescribeModelPackageOutput): Promise<boolean> {
  const config = settledConfig(ep);
  if (!config || !ep.EndpointArn || !isOurName(o.deploy.endpointName, config)) return false;
  let live: LiveConfig;
  try {
    live = await readConfig(sm, config);
  } catch (err) {
    o.log.info(`Could not read what endpoint ${o.deploy.endpointName} serves (${(err as Error).message}); deploying ${o.versionArn}.`);
    return false;
  }
  if (!configServes(live, pkg)) return false;
  Object.assign(d, { status: 'unchanged', endpointArn: ep.EndpointArn, configName: config, modelName: live.models[0]!.name });
  o.log.info(`Endpoint ${o.deploy.endpointName} already serves ${o.versionArn} (${config}); nothing to deploy.`);
  return true;
}

/** The live fleet an update replaces: its one variant, instance count and type, and its autoscaling. */
export interface LiveFleet {
  variant: string;
  instanceCount?: number;
  instanceType?: string;
  scaling?: ScalingSnapshot;
  /** DescribeEndpoint's LastModifiedTime before the update (to tell the update's states from the old ones). */
  lastModified?: Date;
}

/**
 * Blue/green and rolling updates need the new config to keep the live variant's name, and this action deploys
 * one variant: a multi-variant endpoint or another variant-name would fail in SageMaker after models were made.
 */
export function checkVariants(o: DeployOptions, ep: DescribeEndpointOutput): string {
  const variants = (ep.ProductionVariants ?? []).map((v) => v.VariantName ?? '');
  if (variants.length > 1) {
    throw new ActionError(
      `Endpoint ${o.deploy.endpointName} has ${variants.length} production variants (${variants.join(', ')}): this action deploys one variant, and SageMaker's blue/green and rolling updates need the new config to keep every live variant. Update it another way, or deploy to an endpoint with one variant.`
    );
  }
  const live = variants[0] ?? 'AllTraffic';
  if (o.deploy.variantName && o.deploy.variantName !== live) {
    throw new ActionError(
      `variant-name ${o.deploy.variantName} differs from the live variant ${live} of endpoint ${o.deploy.endpointName}: a blue/green update needs the same variant name. Set variant-name: ${live}, or leave it unset to keep the live one.`
    );
  }
  return live;
}

export async function readLiveFleet(sm: SageMakerClient, o: DeployOptions, ep: DescribeEndpointOutput): Promise<LiveFleet> {
  const variant = checkVariants(o, ep);
  const v = ep.ProductionVariants?.[0];
  const fleet: LiveFleet = { variant };
  const count = v?.CurrentInstanceCount ?? v?.DesiredInstanceCount;
  if (count !== undefined) fleet.instanceCount = count;
  if (ep.LastModifiedTime) fleet.lastModified = ep.LastModifiedTime;
  if (!o.clients) return fleet;
  try {
    const { readScaling } = await import('../operate/autoscaling.js');
    const scaling = await readScaling(await o.clients.autoscaling(), o.deploy.endpointName, variant);
    if (scaling) fleet.scaling = scaling;
  } catch (err) {
    o.log.warning(`Could not read the autoscaling of ${o.deploy.endpointName}/${variant} (${(err as Error).message}); deploying as if it had none.`);
    return fleet;
  }
  if (fleet.scaling && ep.EndpointConfigName) {
    const c = await sagemakerSdk();
    const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName! })));
    const type = config.ProductionVariants?.find((p) => p.VariantName === variant)?.InstanceType;
    if (type) fleet.instanceType = type;
  }
  return fleet;
}
