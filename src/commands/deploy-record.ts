/** The GitHub deployment of one deploy (github/deployments.ts): started with the endpoint update, finished with its outcome. */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import type { Deployment } from '../deploy/types.js';
import { finalState, type RecordFacts } from '../github/deployment-record.js';
import { environmentName } from '../inputs/github-environment.js';
import type { DeployConfig } from '../inputs/deploy.js';
import * as core from '../log.js';
import { endpointUrl } from '../report/console-links.js';
import type { CommandState } from './run.js';

export interface DeployRecord {
  onVersion(pkg: DescribeModelPackageOutput): void;
  /** The update has started: create the deployment, in progress (not awaited by the deploy). */
  onStarted(): void;
  /** The deploy ended as `d` says. Never throws. */
  finish(d: Deployment): Promise<void>;
}

const NONE: DeployRecord = { onVersion: () => undefined, onStarted: () => undefined, finish: async () => undefined };

export function deployRecord<C>(s: CommandState<C>, deploy: DeployConfig, versionArn: string, region: string): DeployRecord {
  if (s.common!.dryRun) return NONE;
  const facts: RecordFacts = {
    environment: environmentName(deploy.githubEnvironment, deploy.stage, deploy.endpointName),
    endpointName: deploy.endpointName,
    url: endpointUrl(region, deploy.endpointName),
    versionArn,
    runSha: s.ctx!.sha,
    region,
    rollback: Boolean(s.outputs['from-model-package-arn'])
  };
  let started: Promise<import('../github/deployments.js').DeploymentRecorder> | undefined;
  return {
    onVersion: (pkg) => void (facts.pkg = pkg),
    onStarted: () => {
      started = import('../github/deployments.js').then(async ({ DeploymentRecorder }) => {
        const recorder = new DeploymentRecorder(s.ctx!, s.common!.githubToken, facts, core);
        await recorder.start();
        return recorder;
      });
    },
    finish: async (d) => {
      const recorder = await started?.catch(() => undefined);
      await recorder?.finish(finalState(d.status), d.status).catch(() => undefined);
    }
  };
}
