import * as C from './constraints.js';
import { readGithubEnvironment } from './github-environment.js';
import { InputError } from '../errors.js';
import { bool, integer, keyValues, list, lookup, oneOf, type InputReader } from './readers.js';
import { isInstanceType } from './instance-types.js';
import { hasOnlyInstanceStorage, readOperateConfig, type OperateConfig } from './operate.js';
import { readDataCapture } from './data-capture.js';
import { checkServerless, checkServerlessRouting, readEndpointKind, type EndpointKind } from './endpoint-kind.js';
export { checkServerlessImage } from './endpoint-kind.js';

export type TrafficRouting = 'all-at-once' | 'canary' | 'linear' | 'rolling';
export interface CapacitySize {
  Type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT';
  Value: number;
}
export type DeployableApproval = 'Approved' | 'PendingManualApproval' | 'Rejected';

/** The deploy inputs, read when endpoint-name is set (endpoint-kind.ts: real-time, serverless or async). */
export interface DeployConfig extends OperateConfig, EndpointKind {
  endpointName: string;
  executionRoleArn: string;
  instanceType: string;
  instanceCount: number;
  /** Unset: the live endpoint's variant, else AllTraffic. */
  variantName?: string;
  trafficRouting: TrafficRouting;
  canarySize: CapacitySize;
  linearStepSize: CapacitySize;
  /** RollingUpdatePolicy MaximumBatchSize (traffic-routing: rolling). */
  rollingBatchSize: CapacitySize;
  /** RollingUpdatePolicy RollbackMaximumBatchSize; unset: SageMaker's default (the whole fleet at once). */
  rollbackBatchSize?: CapacitySize;
  waitIntervalSeconds: number;
  terminationWaitSeconds: number;
  maxExecutionTimeoutSeconds: number;
  rollbackAlarms: string[];
  vpcSubnets: string[];
  vpcSecurityGroups: string[];
  networkIsolation: boolean;
  kmsKeyId?: string;
  dataCapture?: { destination: string; samplingPercent: number };
  environment: Record<string, string>;
  deployApproval: DeployableApproval[];
  wait: boolean;
  createEndpoint: boolean;
  onBusy: 'wait' | 'fail';
  stage?: string;
  /** github-environment: where the deploy is recorded as a GitHub deployment (empty: the stage, else the endpoint). */
  githubEnvironment?: string;
  /** registry-role-arn: the role of the group's account its registry writes (version metadata, stage) use. */
  registryRoleArn?: string;
}

const APPROVALS: Record<string, DeployableApproval> = { approved: 'Approved', pending: 'PendingManualApproval', rejected: 'Rejected' };

/** `10%` → 10 percent of capacity; `2` → 2 instances. */
function capacity(name: string, value: string): CapacitySize {
  const m = /^(\d+)(%?)$/.exec(value);
  if (!m || Number(m[1]) < 1) throw new InputError(name, value, "must be a percentage such as '10%' or a number of instances such as '1'");
  return { Type: m[2] ? 'CAPACITY_PERCENT' : 'INSTANCE_COUNT', Value: Number(m[1]) };
}

function percentOf(size: CapacitySize, instances: number): number {
  return size.Type === 'CAPACITY_PERCENT' ? size.Value : (100 * size.Value) / instances;
}

/** Time the policy bakes in total: what MaximumExecutionTimeoutInSeconds must exceed. */
export function totalBakeSeconds(d: Pick<DeployConfig, 'trafficRouting' | 'linearStepSize' | 'instanceCount' | 'waitIntervalSeconds' | 'terminationWaitSeconds'> & { rollingBatchSize?: CapacitySize }): number {
  const step = d.trafficRouting === 'linear' ? d.linearStepSize : d.trafficRouting === 'rolling' ? d.rollingBatchSize : undefined;
  const steps = step ? Math.ceil(100 / percentOf(step, d.instanceCount)) : 1;
  return steps * d.waitIntervalSeconds + d.terminationWaitSeconds;
}

export function readDeployConfig(read: InputReader, modelPackageArn: string | undefined): DeployConfig | undefined {
  const endpointName = read('endpoint-name');
  if (!endpointName) {
    if (modelPackageArn) throw new InputError('endpoint-name', '', 'is required with model-package-arn: that input deploys an existing version');
    return undefined;
  }
  if (!C.ENTITY_NAME.test(endpointName)) {
    throw new InputError('endpoint-name', endpointName, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
  }
  const kind = readEndpointKind(read);
  const fleet = readFleet(read);
  const deploy: DeployConfig = {
    endpointName,
    executionRoleArn: readRole(read),
    ...kind,
    ...fleet,
    ...readRouting(read, fleet, kind.endpointType === 'serverless'),
    rollbackAlarms: readRollbackAlarms(read),
    ...readNetwork(read),
    networkIsolation: bool(read, 'network-isolation', false),
    environment: keyValues(read, 'deploy-environment', { key: C.ENV_KEY, keyRule: 'must match [a-zA-Z_][a-zA-Z0-9_]*', keyMax: C.ENV_KEY_MAX, valueMax: C.ENV_VALUE_MAX, maxEntries: C.ENV_MAX_ENTRIES, allowEmptyValue: true }),
    deployApproval: readDeployApproval(read),
    wait: bool(read, 'wait', true),
    createEndpoint: bool(read, 'create-endpoint', true),
    onBusy: oneOf(read, 'on-busy', ['wait', 'fail'], 'wait'),
    ...readOperateConfig(read, undefined, kind.endpointType === 'async' ? 0 : 1)
  };
  readExtras(read, deploy);
  checkCombinations(read, deploy);
  return deploy;
}

function readRole(read: InputReader): string {
  const role = read('execution-role-arn');
  if (!role) throw new InputError('execution-role-arn', role, 'is required to deploy: SageMaker runs the model with this role');
  if (!C.ROLE_ARN.test(role) || role.length < 20 || role.length > 2048) {
    throw new InputError('execution-role-arn', role, 'must be an IAM role ARN: arn:aws:iam::<account>:role/<name>');
  }
  return role;
}

function readFleet(read: InputReader): Pick<DeployConfig, 'instanceType' | 'instanceCount'> {
  const instanceType = read('instance-type') || 'ml.m5.large';
  if (!isInstanceType(instanceType)) throw new InputError('instance-type', instanceType, 'is not a SageMaker real-time instance type (for example ml.m5.large)');
  return { instanceType, instanceCount: integer(read, 'instance-count', 1, 1, 1000) };
}

type Routing = Pick<DeployConfig, 'trafficRouting' | 'canarySize' | 'linearStepSize' | 'rollingBatchSize' | 'waitIntervalSeconds' | 'terminationWaitSeconds' | 'maxExecutionTimeoutSeconds'> & { rollbackBatchSize?: CapacitySize };

/** `serverless`: no instances, so the canary and linear sizes are percentages of the traffic only. */
function readRouting(read: InputReader, fleet: Pick<DeployConfig, 'instanceType' | 'instanceCount'>, serverless = false): Routing {
  const { instanceCount } = fleet;
  const trafficRouting = oneOf<TrafficRouting>(read, 'traffic-routing', ['all-at-once', 'canary', 'linear', 'rolling'], 'all-at-once');
  const canarySize = capacity('canary-size', read('canary-size') || '10%');
  const linearStepSize = capacity('linear-step-size', read('linear-step-size') || '20%');
  const rollingBatchSize = capacity('rolling-batch-size', read('rolling-batch-size') || '25%');
  const routing: Routing = { trafficRouting, canarySize, linearStepSize, rollingBatchSize, waitIntervalSeconds: 0, terminationWaitSeconds: 0, maxExecutionTimeoutSeconds: 0 };
  if (serverless) checkServerlessRouting(read, routing);
  if (trafficRouting === 'canary') {
    const pct = percentOf(canarySize, instanceCount);
    if (pct > 50) throw new InputError('canary-size', read('canary-size') || '10%', `is ${Math.round(pct)}% of ${instanceCount} instance(s); SageMaker allows at most 50%`);
    if (canarySize.Type === 'CAPACITY_PERCENT' && instanceCount < 2 && !serverless) {
      throw new InputError('instance-count', String(instanceCount), 'must be at least 2 for a canary: a canary is at most 50% of the fleet');
    }
  }
  if (trafficRouting === 'linear') {
    const pct = percentOf(linearStepSize, instanceCount);
    if (pct < 10 || pct > 50) throw new InputError('linear-step-size', read('linear-step-size') || '20%', `is ${Math.round(pct)}% of ${instanceCount} instance(s); SageMaker allows 10% to 50%`);
  }
  if (trafficRouting === 'rolling' && !serverless) readRolling(read, fleet, routing);
  else for (const name of ['rolling-batch-size', 'rollback-batch-size']) if (read(name)) throw new InputError(name, read(name), 'applies only to traffic-routing: rolling');
  routing.waitIntervalSeconds = integer(read, 'wait-interval', trafficRouting === 'all-at-once' ? 0 : 300, 0, 3600);
  routing.terminationWaitSeconds = integer(read, 'termination-wait', 0, 0, 3600);
  if (trafficRouting === 'rolling' && routing.terminationWaitSeconds) {
    throw new InputError('termination-wait', String(routing.terminationWaitSeconds), 'applies to blue/green only: a rolling update has no final bake (RollingUpdatePolicy has no TerminationWaitInSeconds)');
  }
  const bakes = totalBakeSeconds({ ...routing, instanceCount });
  if (bakes >= 28_800) {
    throw new InputError('wait-interval', String(routing.waitIntervalSeconds), `makes the policy bake ${bakes} seconds in all; SageMaker allows an update at most 28800 seconds: shorten the bakes or take larger steps`);
  }
  routing.maxExecutionTimeoutSeconds = integer(read, 'max-execution-timeout', Math.min(28_800, Math.max(3600, bakes + 3600)), 600, 28_800);
  if (routing.maxExecutionTimeoutSeconds <= bakes) {
    throw new InputError('max-execution-timeout', String(routing.maxExecutionTimeoutSeconds), `must exceed the policy's total bake time of ${bakes} seconds (wait-interval steps + termination-wait)`);
  }
  return routing;
}

/** RollingUpdatePolicy: batches of 5% to 50% of the variant; the guardrails exclusions refuse Inf1 fleets. */
function readRolling(read: InputReader, fleet: Pick<DeployConfig, 'instanceType' | 'instanceCount'>, routing: Routing): void {
  const pct = percentOf(routing.rollingBatchSize, fleet.instanceCount);
  if (pct < 5 || pct > 50) {
    throw new InputError('rolling-batch-size', read('rolling-batch-size') || '25%', `is ${Math.round(pct)}% of ${fleet.instanceCount} instance(s); SageMaker allows a rolling batch of 5% to 50% of the fleet`);
  }
  if (fleet.instanceCount < 2) throw new InputError('instance-count', String(fleet.instanceCount), 'must be at least 2 for a rolling update: a batch is at most 50% of the fleet');
  if (fleet.instanceType.startsWith('ml.inf1.')) {
    throw new InputError('traffic-routing', 'rolling', `is not supported on ${fleet.instanceType}: SageMaker deployment guardrails exclude Inf1 instances (use all-at-once)`);
  }
  const rollback = read('rollback-batch-size');
  if (rollback) routing.rollbackBatchSize = capacity('rollback-batch-size', rollback);
  if (routing.rollbackBatchSize?.Type === 'CAPACITY_PERCENT' && routing.rollbackBatchSize.Value > 100) {
    throw new InputError('rollback-batch-size', rollback, 'is more than 100% of the fleet');
  }
}

function readRollbackAlarms(read: InputReader): string[] {
  const alarms = list(read, 'rollback-alarms');
  if (alarms.length > 10) throw new InputError('rollback-alarms', alarms.join(','), 'lists more than 10 alarms; SageMaker accepts at most 10');
  for (const alarm of alarms) if (!C.ALARM_NAME.test(alarm)) throw new InputError('rollback-alarms', alarm, 'is not a CloudWatch alarm name (1-255 characters)');
  return alarms;
}

function readNetwork(read: InputReader): Pick<DeployConfig, 'vpcSubnets' | 'vpcSecurityGroups'> {
  const vpcSubnets = list(read, 'vpc-subnets');
  const vpcSecurityGroups = list(read, 'vpc-security-groups');
  for (const s of vpcSubnets) if (!C.SUBNET_ID.test(s)) throw new InputError('vpc-subnets', s, 'is not a subnet ID (subnet-…)');
  for (const g of vpcSecurityGroups) if (!C.SECURITY_GROUP_ID.test(g)) throw new InputError('vpc-security-groups', g, 'is not a security group ID (sg-…)');
  if (vpcSubnets.length > 16) throw new InputError('vpc-subnets', vpcSubnets.join(','), 'lists more than 16 subnets');
  if (vpcSecurityGroups.length > 5) throw new InputError('vpc-security-groups', vpcSecurityGroups.join(','), 'lists more than 5 security groups');
  if (!vpcSubnets.length !== !vpcSecurityGroups.length) {
    const missing = vpcSubnets.length ? 'vpc-security-groups' : 'vpc-subnets';
    throw new InputError(missing, '', 'is required with the other VPC input: SageMaker needs both subnets and security groups');
  }
  return { vpcSubnets, vpcSecurityGroups };
}

function readExtras(read: InputReader, deploy: DeployConfig): void {
  const variantName = read('variant-name');
  if (variantName && !C.ENTITY_NAME.test(variantName)) throw new InputError('variant-name', variantName, 'must be 1-63 letters, digits and hyphens');
  if (variantName) deploy.variantName = variantName;
  const kms = read('kms-key-id');
  if (kms) {
    if (!C.KMS_KEY_ID.test(kms)) throw new InputError('kms-key-id', kms, 'must be a KMS key ID, key ARN, alias name or alias ARN');
    deploy.kmsKeyId = kms;
  }
  const capture = read('data-capture');
  if (capture) deploy.dataCapture = readDataCapture(capture);
  const stage = read('stage');
  if (stage) {
    if (!C.ENTITY_NAME.test(stage)) throw new InputError('stage', stage, 'must be 1-63 letters, digits and hyphens (a ModelLifeCycle stage such as staging or production)');
    deploy.stage = stage;
  }
  const githubEnvironment = readGithubEnvironment(read);
  if (githubEnvironment) deploy.githubEnvironment = githubEnvironment;
}

/** Combinations SageMaker refuses, caught before any write. */
function checkCombinations(read: InputReader, deploy: DeployConfig): void {
  if (deploy.endpointType === 'serverless') checkServerless(deploy, (name) => read(name) || undefined);
  if (deploy.kmsKeyId && hasOnlyInstanceStorage(deploy.instanceType)) {
    throw new InputError(
      'kms-key-id',
      deploy.kmsKeyId,
      `cannot be used with ${deploy.instanceType}: that instance type has only local NVMe instance storage, which SageMaker encrypts itself and which a volume key cannot encrypt. Remove kms-key-id or choose an instance type with EBS storage`
    );
  }
  const a = deploy.autoscaling;
  if (a && (deploy.instanceCount < a.min || deploy.instanceCount > a.max)) {
    throw new InputError('instance-count', String(deploy.instanceCount), `is outside the autoscaling range ${a.min}-${a.max}`);
  }
  if (deploy.alarms && deploy.rollbackAlarms.length > 8) {
    throw new InputError('rollback-alarms', read('rollback-alarms'), 'lists more than 8 alarms; with create-alarms the two created alarms make more than the 10 SageMaker accepts');
  }
}

function readDeployApproval(read: InputReader): DeployableApproval[] {
  const values = list(read, 'deploy-approval');
  if (!values.length) return ['Approved'];
  if (values.length === 1 && values[0]!.toLowerCase() === 'any') return ['Approved', 'PendingManualApproval', 'Rejected'];
  return values.map((v) => {
    const found = lookup(APPROVALS, v.toLowerCase());
    if (!found) throw new InputError('deploy-approval', v, 'must be approved, pending, rejected (comma separated) or any');
    return found;
  });
}
