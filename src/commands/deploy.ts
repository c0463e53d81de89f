/** Deploying from a sub-action: the top-level action's own blue/green path (src/deploy/step.ts), same outputs. */
import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { refuseWhileRunning } from '../deploy/experiments.js';
import type { DeployConfig } from '../inputs/deploy.js';
import { readDeployConfig } from '../inputs/deploy.js';
import type { InputReader } from '../inputs/readers.js';
import type { RunContext } from '../github/context.js';
import * as core from '../log.js';
import { planDeploy } from '../deploy/plan.js';
import { ActionError } from '../errors.js';
import type { CommonConfig } from './inputs.js';
import type { CommandState, Io } from './run.js';
import { deployRecord } from './deploy-record.js';

export const DEPLOY_OUTPUTS = ['deployment-status', 'endpoint-arn', 'endpoint-config-name', 'model-name'] as const;

/** The deploy inputs, when endpoint-name is set; the time budget grows with the policy as in the top-level action. */
export function readDeploy(read: InputReader, common: CommonConfig): DeployConfig | undefined {
  const deploy = readDeployConfig(read, undefined);
  if (deploy && !read('wait-timeout')) common.waitTimeoutSeconds = Math.max(30 * 60, deploy.maxExecutionTimeoutSeconds + 15 * 60);
  return deploy;
}

/**
 * Before a sub-action writes anything (promote's approval): the deploy inputs against the version as it will be,
 * with the checks the deployment itself makes before its first write (deploy-approval, and the plan: VPC inputs for
 * an image outside ECR, the model environment's limits). A refusal is the deployment failing, with nothing changed.
 */
export function checkDeployable<C>(s: CommandState<C>, deploy: DeployConfig, pkg: DescribeModelPackageOutput, ctx: RunContext): void {
  try {
    const approval = pkg.ModelApprovalStatus ?? 'PendingManualApproval';
    if (!deploy.deployApproval.includes(approval as never)) {
      throw new ActionError(`Model package ${pkg.ModelPackageArn} would be ${approval}; deploy-approval allows ${deploy.deployApproval.join(', ')}. Nothing was changed.`);
    }
    planDeploy({ deploy, ctx, pkg });
  } catch (err) {
    s.deployment = { endpointName: deploy.endpointName, status: 'failed' };
    throw err;
  }
}

/** Before promote's approval: a deploy to an endpoint a shadow test runs on is refused (src/deploy/experiments.ts). */
export async function checkNoExperiment<C>(s: CommandState<C>, sm: SageMakerClient, deploy: DeployConfig): Promise<void> {
  try {
    await refuseWhileRunning(sm, deploy.endpointName);
  } catch (err) {
    s.deployment = { endpointName: deploy.endpointName, status: 'failed' };
    throw err;
  }
}

/** What only the register action's deploy passes: the credentials provider, and the version read for its report. */
export interface DeployExtras {
  providerArn?: string;
  onVersion?: (pkg: DescribeModelPackageOutput) => void;
  /** promote's dry run: the approval it would have written (the deploy checks that one). */
  dryRunApproval?: string;
}

export async function deployTo<C>(s: CommandState<C>, io: Io, deploy: DeployConfig, versionArn: string, extras: DeployExtras = {}): Promise<void> {
  const { deployVersion } = await import('../deploy/step.js');
  s.deployment = { endpointName: deploy.endpointName, status: 'in-progress' };
  const record = deployRecord(s, deploy, versionArn, await io.clients.region());
  try {
    // registry-role-arn: assumed (and refused when it is the run's own account) before the deploy's first write.
    if (deploy.registryRoleArn && !s.common!.dryRun) await io.clients.registry(deploy.registryRoleArn);
    await deployVersion(
      await io.clients.sagemaker(),
      {
        deploy,
        ctx: s.ctx!,
        versionArn,
        region: await io.clients.region(),
        dryRun: s.common!.dryRun,
        clock: io.clock,
        deadline: io.deadline,
        pollMs: s.common!.pollSeconds * 1000,
        log: core,
        clients: io.clients,
        ...extras,
        onVersion: (pkg) => {
          record.onVersion(pkg);
          extras.onVersion?.(pkg);
        },
        onStarted: (d) => {
          record.onStarted();
          const started = { 'endpoint-arn': d.endpointArn ?? '', 'endpoint-config-name': d.configName ?? '', 'model-name': d.modelName ?? '' };
          Object.assign(s.outputs, started);
          for (const [name, value] of Object.entries(started)) core.setOutput(name, value);
          core.info(`Console: ${d.consoleUrl}`);
        },
        onPhase: () => io.progress()
      },
      s.deployment
    );
  } finally {
    const d = s.deployment;
    // 'in-progress' is the deployment's own working state, never an outcome: refused before the update started is
    // failed; an update started whose wait ended in an error is started (SageMaker continues it).
    if (d.status === 'in-progress') d.status = d.configName ? 'started' : 'failed';
    if (d.endpointArn) s.outputs['endpoint-arn'] = d.endpointArn;
    if (d.configName) Object.assign(s.outputs, { 'endpoint-config-name': d.configName, 'model-name': d.modelName ?? d.configName });
    await record.finish(d);
  }
}
