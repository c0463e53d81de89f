/**
 * rollback/: put an endpoint back on an earlier version through the same blue/green path (no registration).
 * The version it rolls back from is the one the live endpoint config serves (never the ledger tag). The target
 * (`to`, else the ledger's previous version, a tag anyone allowed to tag the endpoint can write) must be an older,
 * Completed and Approved version of the same group, account and Region; the ledger's must also be proven to have
 * served this endpoint before (rollback-target.ts). Anything else is refused before any write. Inputs the live
 * endpoint already answers (instance type and count, execution role, VPC) default to what it runs today.
 */
import type { DescribeEndpointOutput, DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { versionFromArn } from '../aws/arns.js';
import { send } from '../aws/errors.js';
import { findEndpoint } from '../deploy/endpoint.js';
import { kindInputs } from '../deploy/kind.js';
import { markRollback, PREVIOUS_TAG, readLedger, type LedgerEntry } from '../deploy/ledger.js';
import { configsOf, describePackage, readConfig, servedVersions, type LiveConfig } from '../deploy/live.js';
import { arnRule, configProves, ledgerRule, metadataProves, NOT_PROVEN, refusal, versionParts, versionRule, type ServedEvidence, type Source } from '../deploy/rollback-target.js';
import { checkRegistryRole, readRegistryRoleArn } from '../inputs/registry-role.js';
import { ActionError, InputError } from '../errors.js';
import * as C from '../inputs/constraints.js';
import type { InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { DEPLOY_OUTPUTS, deployTo, readDeploy } from './deploy.js';
import { readVersionArn, type CommonConfig } from './inputs.js';
import { versionReport } from './report.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { markRolledBack, stageOn } from './stage.js';

export interface RollbackConfig {
  endpointName: string;
  to?: number | string;
  read: InputReader;
  /** registry-role-arn: a role of the served version's account, for its stage records (checked once that is known). */
  registryRole?: string;
}

export const ROLLBACK_OUTPUTS = ['model-package-arn', 'from-model-package-arn', ...DEPLOY_OUTPUTS, 'comment-url'] as const;

export function readRollback(read: InputReader, common: CommonConfig): RollbackConfig {
  const endpointName = read('endpoint-name');
  if (!endpointName) throw new InputError('endpoint-name', '', 'is required: the endpoint to roll back');
  if (!C.ENTITY_NAME.test(endpointName)) throw new InputError('endpoint-name', endpointName, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
  const to = read('to');
  const config: RollbackConfig = { endpointName, read };
  const registryRole = readRegistryRoleArn(read);
  if (registryRole) config.registryRole = registryRole;
  if (/^\d+$/.test(to)) {
    if (!/^[1-9]\d{0,8}$/.test(to)) throw new InputError('to', to, 'must be a version number (1, 2, …) or a version ARN');
    config.to = Number(to);
  } else if (to) {
    config.to = readVersionArn(read, 'to', common.region);
  }
  return config;
}

/**
 * Deploy inputs the workflow left empty take the live endpoint's values, so a rollback needs only the endpoint; the
 * endpoint's kind and its settings too, unless the workflow names another kind.
 */
async function liveDefaults(sm: SageMakerClient, ep: DescribeEndpointOutput, read: InputReader): Promise<Record<string, string>> {
  const c = await sagemakerSdk();
  const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName! })));
  const variant = config.ProductionVariants?.[0];
  const kind = kindInputs(config);
  // endpoint-name is not among them: it is a required input.
  const out: Record<string, string> = { ...(!read('endpoint-type') || read('endpoint-type') === kind['endpoint-type'] ? kind : {}) };
  // A serverless target takes no instance settings: the deploy then says whether the live endpoint can become one.
  const instances = (read('endpoint-type') || out['endpoint-type']) !== 'serverless';
  if (instances && variant?.InstanceType) out['instance-type'] = variant.InstanceType;
  if (instances && variant?.InitialInstanceCount) out['instance-count'] = String(variant.InitialInstanceCount);
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

/** The one version the endpoint's live config serves, as SageMaker reports it (the ledger tag is not asked). */
async function liveVersion(sm: SageMakerClient, ep: DescribeEndpointOutput, name: string): Promise<{ current: string; config: LiveConfig }> {
  if (!ep.EndpointConfigName) throw new ActionError(`Endpoint ${name} has no live endpoint config: there is nothing to roll back from.`);
  const config = await readConfig(sm, ep.EndpointConfigName);
  const versions = await servedVersions(sm, config);
  if (versions.length !== 1) {
    const what = versions.length ? `${versions.length} versions` : 'no model package version this action can verify';
    throw new ActionError(`Endpoint ${name} serves ${what} on its live config ${config.name}; a rollback starts from the one version it serves.`);
  }
  return { current: versions[0]!, config };
}

/** The candidate: `to`, else the ledger's previous version (a hint, checked like `to` and more). */
function candidate(c: RollbackConfig, current: string, ledger: LedgerEntry): { source: Source; value: string } {
  if (typeof c.to === 'string') return { source: 'to', value: c.to };
  if (typeof c.to === 'number') return { source: 'to', value: current.replace(/\/\d+$/, `/${c.to}`) };
  const { previous, rolledBack } = ledger;
  if (!previous) throw new ActionError(`Endpoint ${c.endpointName} has no earlier version in its deployment ledger (tag ${PREVIOUS_TAG}); name one with to.`);
  // After a rollback, "previous" is the version just rolled back from: going there again is not a rollback.
  if (rolledBack) {
    throw new ActionError(
      `Endpoint ${c.endpointName} was last changed by a rollback (from v${versionFromArn(previous)}); a second rollback goes further back only when you name the version with to.`
    );
  }
  const stale = ledgerRule(current, ledger.current);
  if (stale) throw refusal(c.endpointName, 'ledger', previous, stale);
  return { source: 'ledger', value: previous };
}

/** The target, described, once it passed every check; a refusal (before any write) otherwise. */
async function chooseTarget(sm: SageMakerClient, c: RollbackConfig, ep: DescribeEndpointOutput, live: { current: string; config: LiveConfig }, ledger: LedgerEntry): Promise<DescribeModelPackageOutput> {
  const { source, value } = candidate(c, live.current, ledger);
  const refuse = (rule: string) => refusal(c.endpointName, source, value, rule);
  const wrongArn = arnRule(ep.EndpointArn!, live.current, value);
  if (wrongArn) throw refuse(wrongArn);
  const pkg = await describePackage(sm, value).catch((err: Error) => {
    core.info(`DescribeModelPackage of the rollback target failed: ${err.message}`);
    throw refuse('could not be described (DescribeModelPackage failed; the reason is in the job log)');
  });
  const wrongVersion = versionRule(value, pkg);
  if (wrongVersion) throw refuse(wrongVersion);
  if (source === 'ledger' && !(await provenServed(sm, c.endpointName, ep, live.config, pkg))) throw refuse(NOT_PROVEN);
  return pkg;
}

/** The version's deployment record, else an earlier config of this endpoint that still exists and serves it. */
export async function provenServed(sm: SageMakerClient, name: string, ep: DescribeEndpointOutput, live: LiveConfig, pkg: DescribeModelPackageOutput): Promise<boolean> {
  const evidence: ServedEvidence = { endpointName: name, configs: [], ...(ep.CreationTime ? { endpointCreated: ep.CreationTime } : {}), ...(live.created ? { liveCreated: live.created } : {}) };
  if (metadataProves(pkg, evidence)) return true;
  const before = live.created?.getTime();
  if (before === undefined) return false;
  for (const config of await configsOf(sm, name)) {
    if (config.name === live.name || !config.created || config.created.getTime() >= before) continue;
    const read = await readConfig(sm, config.name).catch(() => undefined);
    if (read) evidence.configs.push(read);
    if (configProves(pkg, evidence)) return true;
  }
  return false;
}

async function execute(s: CommandState<RollbackConfig>, c: RollbackConfig, io: Io): Promise<void> {
  const sm = await io.clients.sagemaker();
  const ep = await findEndpoint(sm, c.endpointName);
  if (!ep?.EndpointArn) throw new ActionError(`Endpoint ${c.endpointName} does not exist: there is nothing to roll back.`);
  const live = await liveVersion(sm, ep, c.endpointName);
  const pkg = await chooseTarget(sm, c, ep, live, await readLedger(sm, ep.EndpointArn));
  const { current } = live;
  const target = pkg.ModelPackageArn!;
  const defaults = await liveDefaults(sm, ep, c.read);
  // The stage the version rolled back from holds on this endpoint moves to the target (an explicit `stage` wins).
  const fromStage = stageOn(await describePackage(sm, current).catch(() => undefined), c.endpointName);
  if (fromStage) defaults.stage = fromStage;
  const read = readDeploy((name) => c.read(name) || (defaults[name] ?? ''), s.common!)!;
  const deploy = c.registryRole ? { ...read, registryRoleArn: c.registryRole } : read;
  // Before any write: the role is the served version's account's, and it can be assumed.
  const registry = c.registryRole ? await registryFor(io, c.registryRole, current) : sm;
  // The budget follows the policy, as in the top-level action (unless wait-timeout is set).
  if (!c.read('wait-timeout')) io.deadline = io.clock.now() + s.common!.waitTimeoutSeconds * 1000;
  const from = `v${versionFromArn(current)}`;
  const headline = `Rolled back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion ?? versionFromArn(target)}`;
  s.report = { ...versionReport(pkg, s.ctx!, { dryRun: s.common!.dryRun, region: await io.clients.region(), title: 'SageMaker rollback' }), headline };
  Object.assign(s.outputs, { 'model-package-arn': target, 'from-model-package-arn': current });
  core.info(`${headline} (${current} → ${target}).`);
  await deployTo(s, io, deploy, target);
  if (s.deployment?.status === 'succeeded') {
    await markRollback(sm, ep.EndpointArn).catch((err: Error) => core.warning(`Could not mark the rollback in the ledger: ${err.message}`));
    const to = `v${pkg.ModelPackageVersion ?? versionFromArn(target)}`;
    if (fromStage) await markRolledBack(registry, { arn: current, stage: fromStage }, c.endpointName, to).catch((err: Error) => core.warning(`Could not mark ${from} as rolled back from stage ${fromStage}: ${err.message}`));
  }
  if (s.deployment?.status === 'planned') s.report.headline = `Dry run: would roll back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion}`;
}

/** The registry client of a rollback with registry-role-arn, whose account must own the version the endpoint serves. */
async function registryFor(io: Io, role: string, current: string): Promise<SageMakerClient> {
  checkRegistryRole(role, versionParts(current)?.account, 'the version the endpoint serves');
  return io.clients.registry(role);
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
