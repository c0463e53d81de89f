/** Shared set-up for the model registry unit tests: a mocked SageMaker client, a fake clock, plans and versions. */
import { DescribeModelPackageCommand, SageMakerClient, SearchCommand, type ModelPackage } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import type { RunContext } from '../../../src/github/context.js';
import { pullRequestContext } from '../../helpers/run-context.js';
import { readRegisterConfig } from '../../../src/inputs/inputs.js';
import { versionFromArn } from '../../../src/aws/arns.js';
import type { RegisterOptions } from '../../../src/register/model-registry.js';
import { planRegistration, type RegistrationPlan, type Resolved } from '../../../src/register/plan.js';
import type { Clock } from '../../../src/aws/poll.js';

export const START = Date.parse('2025-06-01T12:00:00Z');
export const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/fraud-model';
export const V = (n: number) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/${n}`;
export const DIGEST = `sha256:${'c3'.repeat(32)}`;

export const ctx: RunContext = pullRequestContext({ workflow: 'register', runId: '77' });

export const pushCtx: RunContext = { ...ctx, eventName: 'push', ref: 'refs/heads/main', refName: 'main', refType: 'branch', runId: '88', actor: 'merger', runUrl: 'https://github.com/acme/fraud-model/actions/runs/88/attempts/1' };
delete pushCtx.prNumber;

export function makePlan(inputs: Record<string, string> = {}, run: RunContext = ctx, resolved: Resolved = {}): RegistrationPlan {
  const all: Record<string, string> = { image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', ...inputs };
  return planRegistration(readRegisterConfig((n) => all[n] ?? '', {}), run, resolved);
}

export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

export const sm = mockClient(SageMakerClient);

export interface World {
  client: SageMakerClient;
  now: number;
  sleeps: number[];
  logs: { info: string[]; warning: string[] };
  arns: string[];
}

export const world: World = { client: new SageMakerClient({ region: 'us-east-1' }), now: START, sleeps: [], logs: { info: [], warning: [] }, arns: [] };

export function resetWorld(): void {
  sm.reset();
  Object.assign(world, { client: new SageMakerClient({ region: 'us-east-1' }), now: START, sleeps: [], logs: { info: [], warning: [] }, arns: [] });
}

export function options(extra: Partial<RegisterOptions> = {}): RegisterOptions {
  const clock: Clock = {
    now: () => world.now,
    sleep: async (ms) => {
      world.sleeps.push(ms);
      world.now += ms;
    }
  };
  return {
    clock,
    timeoutMs: 60_000,
    log: { info: (m) => world.logs.info.push(m), warning: (m) => world.logs.warning.push(m) },
    onArn: (arn) => world.arns.push(arn),
    ...extra
  };
}

/** A version as DescribeModelPackage (or Search) returns it: the plan's body plus, optionally, a run's fields. */
export function version(arn: string, status: string, plan?: RegistrationPlan, extra: Partial<ModelPackage> = {}): ModelPackage {
  return {
    ModelPackageArn: arn,
    ModelPackageGroupName: 'fraud-model',
    ModelPackageVersion: versionFromArn(arn),
    ModelPackageStatus: status as ModelPackage['ModelPackageStatus'],
    ModelApprovalStatus: 'PendingManualApproval',
    CreationTime: new Date(START),
    ...(plan
      ? {
          InferenceSpecification: plan.createPackage.InferenceSpecification,
          MetadataProperties: { ...plan.createPackage.MetadataProperties },
          CustomerMetadataProperties: { ...plan.createPackage.CustomerMetadataProperties }
        }
      : {}),
    ...extra
  };
}

/** Search answers with these versions; DescribeModelPackage (which the lookup asks for each hit) answers the same. */
export function searchFinds(...packages: ModelPackage[]) {
  sm.on(SearchCommand).resolves({ Results: packages.map((ModelPackage) => ({ ModelPackage })) });
  for (const p of packages) sm.on(DescribeModelPackageCommand, { ModelPackageName: p.ModelPackageArn }).resolves(p);
}
