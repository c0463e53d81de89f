/** Deploying from a sub-action: the top-level action's own blue/green path (src/deploy/step.ts), same outputs. */
import type { DeployConfig } from '../inputs/deploy.js';
import { readDeployConfig } from '../inputs/deploy.js';
import type { InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import type { CommonConfig } from './inputs.js';
import type { CommandState, Io } from './run.js';

export const DEPLOY_OUTPUTS = ['deployment-status', 'endpoint-arn', 'endpoint-config-name', 'model-name'] as const;

/** The deploy inputs, when endpoint-name is set; the time budget grows with the policy as in the top-level action. */
export function readDeploy(read: InputReader, common: CommonConfig): DeployConfig | undefined {
  const deploy = readDeployConfig(read, undefined);
  if (deploy && !read('wait-timeout')) common.waitTimeoutSeconds = Math.max(30 * 60, deploy.maxExecutionTimeoutSeconds + 15 * 60);
  return deploy;
}

export async function deployTo<C>(s: CommandState<C>, io: Io, deploy: DeployConfig, versionArn: string): Promise<void> {
  const { deployVersion } = await import('../deploy/step.js');
  s.deployment = { endpointName: deploy.endpointName, status: 'in-progress' };
  try {
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
        onStarted: (d) => {
          Object.assign(s.outputs, { 'endpoint-arn': d.endpointArn ?? '', 'endpoint-config-name': d.configName ?? '', 'model-name': d.modelName ?? '' });
          core.setOutput('endpoint-arn', d.endpointArn ?? '');
          core.info(`Console: ${d.consoleUrl}`);
        },
        onPhase: () => io.progress()
      },
      s.deployment
    );
  } finally {
    const d = s.deployment;
    if (d.endpointArn) s.outputs['endpoint-arn'] = d.endpointArn;
    if (d.configName) Object.assign(s.outputs, { 'endpoint-config-name': d.configName, 'model-name': d.modelName ?? d.configName });
  }
}
