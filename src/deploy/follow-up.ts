import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { ActionError } from '../errors.js';
import { cleanup, findEndpoint } from './endpoint.js';
import type { DeployPlan } from './plan.js';
import type { DeployOptions, Deployment } from './types.js';
import { waitForDeployment } from './wait.js';
import { sagemakerSdk } from '../aws/sdk.js';

/**
 * The smoke test of a live deployment. A failure fails the step; with on-smoke-failure: rollback the endpoint
 * first goes back to the previous config in one all-at-once update.
 */
export async function runSmoke(sm: SageMakerClient, o: DeployOptions, d: Deployment): Promise<void> {
  const smoke = o.deploy.smoke!;
  const { smokeTest, describeSmoke } = await import('../operate/smoke.js');
  const r = (d.smoke = o.deploy.async ? await asyncSmoke(o, o.deploy.async.outputS3Uri) : await smokeTest(await o.clients!.runtime(), { endpointName: o.deploy.endpointName, smoke }));
  o.log.info(`Smoke test of ${o.deploy.endpointName}: ${describeSmoke(r)}${r.passed ? '' : `: ${r.failure}`}`);
  if (r.passed) return;
  const name = o.deploy.endpointName;
  if (smoke.onFailure === 'rollback' && d.previousConfig) {
    await rollBack(sm, o, d, d.previousConfig);
    Object.assign(d, { status: 'rolled-back', reason: `smoke test failed: ${r.failure}` });
    throw new ActionError(`Smoke test of ${name} failed (${r.failure}); rolled back to ${d.previousConfig}, which the endpoint serves again.`);
  }
  Object.assign(d, { status: 'failed', reason: `smoke test failed: ${r.failure}` });
  const offer = d.previousConfig
    ? ` Roll back in one step: re-run with on-smoke-failure: rollback, or run the rollback workflow (the previous config ${d.previousConfig} is kept).`
    : '';
  throw new ActionError(`Smoke test of ${name} failed: ${r.failure}. The endpoint serves the new config ${d.configName}.${offer}`);
}

/** An async endpoint's smoke test: InvokeEndpointAsync, results read from S3 within the wait budget. */
async function asyncSmoke(o: DeployOptions, outputS3Uri: string) {
  const { asyncSmokeTest } = await import('../operate/async-smoke.js');
  const [rt, s3] = await Promise.all([o.clients!.runtime(), o.clients!.s3()]);
  const runKey = `${o.ctx.runId || 'local'}-${o.ctx.runAttempt || '1'}`;
  return asyncSmokeTest(rt, s3, { endpointName: o.deploy.endpointName, smoke: o.deploy.smoke!, outputS3Uri, runKey, clock: o.clock, deadline: o.deadline, pollMs: o.pollMs });
}

async function rollBack(sm: SageMakerClient, o: DeployOptions, d: Deployment, config: string): Promise<void> {
  const c = await sagemakerSdk();
  const name = o.deploy.endpointName;
  o.log.info(`Rolling ${name} back to ${config} (all at once).`);
  const before = await findEndpoint(sm, name);
  await send('sagemaker:UpdateEndpoint', () =>
    sm.send(
      new c.UpdateEndpointCommand({
        EndpointName: name,
        EndpointConfigName: config,
        DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 } } }
      })
    )
  );
  const result = await waitForDeployment(sm, name, config, undefined, {
    clock: o.clock,
    deadline: o.deadline,
    pollMs: o.pollMs,
    log: o.log,
    ...(before?.LastModifiedTime ? { since: before.LastModifiedTime } : {})
  });
  if (result.verdict.state !== 'succeeded') {
    Object.assign(d, { status: 'failed' });
    throw new ActionError(`The smoke test failed and the rollback of ${name} to ${config} did not complete (${result.verdict.state}); the endpoint serves ${result.endpoint.EndpointConfigName}.`);
  }
}

/**
 * Work after a live deployment: autoscaling, lineage, tags, version metadata and stage, cleanup. None of it may
 * turn a live, healthy endpoint into a failed step: each failure becomes a follow-up warning.
 */
export async function followUp(sm: SageMakerClient, o: DeployOptions, d: Deployment, plan: DeployPlan): Promise<void> {
  const warnings: string[] = [...(d.followUpWarnings ?? [])];
  const step = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      warnings.push(`${what}: ${(err as Error).message}`);
      o.log.warning(`${what}: ${(err as Error).message}`);
    }
  };
  const cfg = o.deploy.autoscaling;
  if (cfg) {
    await step('Could not register autoscaling', async () => {
      const { applyAutoscaling, fromZeroAlarm } = await import('../operate/autoscaling.js');
      const { range, fromZeroPolicyArn } = await applyAutoscaling(await o.clients!.autoscaling(), o.deploy.endpointName, plan.variantName, cfg, !!o.deploy.async);
      if (fromZeroPolicyArn) {
        const { putAlarms } = await import('../operate/alarms.js');
        await putAlarms(await o.clients!.cloudwatch(), [fromZeroAlarm(o.deploy.endpointName, plan.variantName, fromZeroPolicyArn)]);
      }
      d.autoscaling = { ...d.autoscaling, action: 'registered', range };
      o.log.info(`Autoscaling of ${o.deploy.endpointName}/${plan.variantName}: ${range}`);
    });
  }
  const endpointArn = d.endpointArn;
  if (endpointArn) {
    await step('Could not record the deployment on the endpoint tags', async () => {
      const [{ recordDeployment }, { metadataValue }] = await Promise.all([import('./ledger.js'), import('../register/plan.js')]);
      await recordDeployment(sm, { endpointArn, versionArn: o.versionArn, ctx: o.ctx, ...(d.previousConfig ? { previousConfig: d.previousConfig } : {}), clean: metadataValue });
    });
  }
  await step('Could not record the deployment on the version', () => recordOnVersion(sm, o));
  const keep = [plan.configName, ...(d.previousConfig ? [d.previousConfig] : [])];
  await step('Could not clean up old endpoint configs', async () => void (await cleanup(sm, o.deploy.endpointName, keep, o.log)));
  if (endpointArn) {
    await step('Could not record the lineage association', async () => {
      const { associateVersion } = await import('../operate/lineage.js');
      d.lineage = await associateVersion(sm, { versionArn: o.versionArn, endpointArn, endpointName: o.deploy.endpointName });
    });
  }
  if (warnings.length) d.followUpWarnings = warnings;
  if (warnings.length) o.log.info(`Endpoint ${o.deploy.endpointName} is live, with ${warnings.length} follow-up warning(s).`);
}

/** A registry write: with registry-role-arn, through that role (the version may be another account's). */
async function recordOnVersion(sm: SageMakerClient, o: DeployOptions): Promise<void> {
  const c = await sagemakerSdk();
  const writer = o.deploy.registryRoleArn && o.clients?.registry ? await o.clients.registry(o.deploy.registryRoleArn) : sm;
  const { metadataValue } = await import('../register/plan.js');
  const key = `endpoint.${o.deploy.endpointName}`.slice(0, 128);
  const stage = o.deploy.stage;
  await send('sagemaker:UpdateModelPackage', () =>
    writer.send(
      new c.UpdateModelPackageCommand({
        ModelPackageArn: o.versionArn,
        CustomerMetadataProperties: { [key]: metadataValue(`deployed ${new Date().toISOString()}`) },
        ...(stage ? { ModelLifeCycle: { Stage: stage, StageStatus: 'Deployed', StageDescription: `Serving on ${o.deploy.endpointName}` } } : {})
      })
    )
  );
}
