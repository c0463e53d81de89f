/**
 * rollback/: put an endpoint back on an earlier version through the same blue/green path (no registration).
 * Default target: the version that served before the current one, from the deployment ledger. Inputs the live
 * endpoint already answers (instance type and count, execution role, VPC) default to what it runs today.
 */
import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { groupNameFromArn, versionFromArn } from '../aws/arns.js';
import { send } from '../aws/errors.js';
import { findEndpoint } from '../deploy/endpoint.js';
import { markRollback, readLedger, versionsOfConfig, type LedgerEntry } from '../deploy/ledger.js';
import { ActionError, InputError } from '../errors.js';
import * as C from '../inputs/constraints.js';
import type { InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { DEPLOY_OUTPUTS, deployTo, readDeploy } from './deploy.js';
import { readVersionArn, type CommonConfig } from './inputs.js';
import { versionReport } from './report.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { describe } from './versions.js';
import { sagemakerSdk } from '../aws/sdk.js';

export interface RollbackConfig {
  endpointName: string;
  to?: number | string;
  read: InputReader;
}

export const ROLLBACK_OUTPUTS = ['model-package-arn', 'from-model-package-arn', ...DEPLOY_OUTPUTS, 'comment-url'] as const;

export function readRollback(read: InputReader, common: CommonConfig): RollbackConfig {
  const endpointName = read('endpoint-name');
  if (!endpointName) throw new InputError('endpoint-name', '', 'is required: the endpoint to roll back');
  if (!C.ENTITY_NAME.test(endpointName)) throw new InputError('endpoint-name', endpointName, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
  const to = read('to');
  const config: RollbackConfig = { endpointName, read };
  if (/^\d+$/.test(to)) {
    if (!/^[1-9]\d{0,8}$/.test(to)) throw new InputError('to', to, 'must be a version number (1, 2, …) or a version ARN');
    config.to = Number(to);
  } else if (to) {
    config.to = readVersionArn(read, 'to', common.region);
  }
  return config;
}

/** Deploy inputs the workflow left empty take the live endpoint's values, so a rollback needs only the endpoint. */
async function liveDefaults(sm: SageMakerClient, ep: DescribeEndpointOutput): Promise<Record<string, string>> {
  const c = await sagemakerSdk();
  const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName! })));
  const variant = config.ProductionVariants?.[0];
  const out: Record<string, string> = { 'endpoint-name': ep.EndpointName ?? '' };
  if (variant?.InstanceType) out['instance-type'] = variant.InstanceType;
  if (variant?.InitialInstanceCount) out['instance-count'] = String(variant.InitialInstanceCount);
  if (variant?.VariantName) out['variant-name'] = variant.VariantName;
  if (config.KmsKeyId) out['kms-key-id'] = config.KmsKeyId;
  // Without this a rollback would quietly switch off the data capture the live config has.
  const capture = config.DataCaptureConfig;
  if (capture?.DestinationS3Uri && capture.EnableCapture !== false) out['data-capture'] = `${capture.DestinationS3Uri} ${capture.InitialSamplingPercentage}`;
  if (variant?.ModelName) {
    const model = await send('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName! })));
    if (model.ExecutionRoleArn) out['execution-role-arn'] = model.ExecutionRoleArn;
    if (model.VpcConfig?.Subnets?.length) out['vpc-subnets'] = model.VpcConfig.Subnets.join(',');
    if (model.VpcConfig?.SecurityGroupIds?.length) out['vpc-security-groups'] = model.VpcConfig.SecurityGroupIds.join(',');
    if (model.EnableNetworkIsolation) out['network-isolation'] = 'true';
  }
  return out;
}

/** The version the endpoint serves now: the ledger, else the model of its live config. */
async function currentVersion(sm: SageMakerClient, ep: DescribeEndpointOutput): Promise<LedgerEntry> {
  const ledger = await readLedger(sm, ep.EndpointArn!);
  const live = ep.EndpointConfigName ? await versionsOfConfig(sm, ep.EndpointConfigName) : [];
  // What the endpoint really runs wins over a tag (an update rolled back by SageMaker leaves the old config live).
  const current = live.length && ledger.current && !live.includes(ledger.current) ? live[0] : (ledger.current ?? live[0]);
  return { ...ledger, ...(current ? { current } : {}) };
}

function targetOf(c: RollbackConfig, { current, previous, rolledBack }: LedgerEntry): string {
  if (typeof c.to === 'string') return c.to;
  if (typeof c.to === 'number') {
    if (!current) throw new ActionError(`Endpoint ${c.endpointName} serves no model package version this action can see; give to as a version ARN.`);
    return current.replace(/\/\d+$/, `/${c.to}`);
  }
  if (!previous) throw new ActionError(`Endpoint ${c.endpointName} has no earlier version in its deployment ledger (tag previous-model-package-arn); name one with to.`);
  // After a rollback, "previous" is the version just rolled back from: going there again is not a rollback.
  if (rolledBack) {
    throw new ActionError(
      `Endpoint ${c.endpointName} was last changed by a rollback (from v${versionFromArn(previous)}); a second rollback goes further back only when you name the version with to.`
    );
  }
  return previous;
}

async function execute(s: CommandState<RollbackConfig>, c: RollbackConfig, io: Io): Promise<void> {
  const sm = await io.clients.sagemaker();
  const ep = await findEndpoint(sm, c.endpointName);
  if (!ep?.EndpointArn) throw new ActionError(`Endpoint ${c.endpointName} does not exist: there is nothing to roll back.`);
  const ledger = await currentVersion(sm, ep);
  const { current } = ledger;
  const target = targetOf(c, ledger);
  if (target === current) throw new ActionError(`Endpoint ${c.endpointName} already serves ${target}; nothing to roll back.`);
  const defaults = await liveDefaults(sm, ep);
  const deploy = readDeploy((name) => c.read(name) || (defaults[name] ?? ''), s.common!)!;
  // The budget follows the policy, as in the top-level action (unless wait-timeout is set).
  if (!c.read('wait-timeout')) io.deadline = io.clock.now() + s.common!.waitTimeoutSeconds * 1000;
  const pkg = await describe(sm, target);
  const from = current ? `v${versionFromArn(current)}` : 'an unknown version';
  const headline = `Rolled back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion ?? versionFromArn(target)}${current && groupNameFromArn(current) !== pkg.ModelPackageGroupName ? ` of ${pkg.ModelPackageGroupName}` : ''}`;
  s.report = { ...versionReport(pkg, s.ctx!, { dryRun: s.common!.dryRun, region: await io.clients.region(), title: 'SageMaker rollback' }), headline };
  Object.assign(s.outputs, { 'model-package-arn': pkg.ModelPackageArn ?? target, 'from-model-package-arn': current ?? '' });
  core.info(`${headline} (${current ?? 'unknown'} → ${target}).`);
  await deployTo(s, io, deploy, pkg.ModelPackageArn ?? target);
  if (s.deployment?.status === 'succeeded') await markRollback(sm, ep.EndpointArn).catch((err: Error) => core.warning(`Could not mark the rollback in the ledger: ${err.message}`));
  if (s.deployment?.status === 'planned') s.report.headline = `Dry run: would roll back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion}`;
}

export const rollbackSpec: CommandSpec<RollbackConfig> = {
  name: 'rollback',
  title: 'SageMaker rollback',
  outputs: ROLLBACK_OUTPUTS,
  read: (read, common) => readRollback(read, common),
  execute
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(rollbackSpec, deps);
}
