import type {
  CreateEndpointConfigInput,
  CreateModelInput,
  DeploymentConfig,
  DescribeModelPackageOutput,
  Tag
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import type { DeployConfig } from '../inputs/deploy.js';
import type { RunContext } from '../github/context.js';
import { parseImageRef } from '../inputs/image-ref.js';
import { ACTION_NAME, metadataValue } from '../register/plan.js';
import { versionFromArn } from '../aws/arns.js';
import { asyncConfig, variantSize } from './kind-config.js';

/** What one deployment will create, computed without touching AWS. */
export interface DeployPlan {
  endpointName: string;
  modelName: string;
  configName: string;
  variantName: string;
  versionArn: string;
  /** The image digest SageMaker must end up serving, when known. */
  expectedDigest?: string;
  privateRegistry: boolean;
  createModel: CreateModelInput;
  createConfig: CreateEndpointConfigInput;
  deploymentConfig: DeploymentConfig;
  policy: string;
}

const NAME_MAX = 63;
const ENV_MAX_ENTRIES = 100;
const ENV_MAX_BYTES = 32 * 1024;

function shortHash(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * Model and endpoint-config names: `<endpoint>-v<version>-<hash>`, unique per endpoint, version and run
 * attempt (so a retried run never collides with a half-made attempt), at most 63 characters.
 */
export function resourceName(endpoint: string, version: number, runId: string, attempt: string, versionArn: string): string {
  const suffix = `-v${version}-${shortHash(`${endpoint}\n${versionArn}\n${runId}\n${attempt}`)}`;
  const prefix = endpoint.slice(0, NAME_MAX - suffix.length).replace(/-+$/, '');
  return prefix + suffix;
}

/**
 * Names this action gives an endpoint's models and configs: cleanup deletes only these. The prefix must be
 * exactly the one resourceName() derives from this endpoint, so another endpoint whose name starts the same
 * way (fraud vs fraud-v3, or a longer name cut at 63 characters) never loses its configs.
 */
export function isOurName(endpoint: string, name: string): boolean {
  const m = /^(.+)(-v\d+-[0-9a-f]{6})$/.exec(name);
  if (!m) return false;
  return endpoint.slice(0, NAME_MAX - m[2]!.length).replace(/-+$/, '') === m[1];
}

export function trafficPolicy(d: DeployConfig): string {
  const size = (s: { Type: string; Value: number }) => (s.Type === 'CAPACITY_PERCENT' ? `${s.Value}%` : `${s.Value} instance(s)`);
  const bake = d.waitIntervalSeconds ? `, bake ${d.waitIntervalSeconds} s` : '';
  const end = d.terminationWaitSeconds ? `, final bake ${d.terminationWaitSeconds} s` : '';
  if (d.trafficRouting === 'canary') return `canary ${size(d.canarySize)}${bake}${end}`;
  if (d.trafficRouting === 'linear') return `linear steps of ${size(d.linearStepSize)}${bake}${end}`;
  if (d.trafficRouting === 'rolling') {
    return `rolling, batches of ${size(d.rollingBatchSize)}${d.rollbackBatchSize ? `, rollback batches of ${size(d.rollbackBatchSize)}` : ''}${bake}`;
  }
  return `all at once${bake}${end}`;
}

/** The update's DeploymentConfig; `alarms` are every alarm that rolls it back (rollback-alarms and created ones). */
export function deploymentConfig(d: DeployConfig, alarms: string[] = d.rollbackAlarms): DeploymentConfig {
  const config: DeploymentConfig = {};
  if (d.trafficRouting === 'rolling') {
    config.RollingUpdatePolicy = {
      MaximumBatchSize: d.rollingBatchSize,
      WaitIntervalInSeconds: d.waitIntervalSeconds,
      MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds,
      ...(d.rollbackBatchSize ? { RollbackMaximumBatchSize: d.rollbackBatchSize } : {})
    };
  } else {
    const routing: NonNullable<DeploymentConfig['BlueGreenUpdatePolicy']>['TrafficRoutingConfiguration'] = {
      Type: d.trafficRouting === 'canary' ? 'CANARY' : d.trafficRouting === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE',
      // Required by the API even for ALL_AT_ONCE.
      WaitIntervalInSeconds: d.waitIntervalSeconds
    };
    if (d.trafficRouting === 'canary') routing.CanarySize = d.canarySize;
    if (d.trafficRouting === 'linear') routing.LinearStepSize = d.linearStepSize;
    config.BlueGreenUpdatePolicy = {
      TrafficRoutingConfiguration: routing,
      TerminationWaitInSeconds: d.terminationWaitSeconds,
      MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds
    };
  }
  if (alarms.length) config.AutoRollbackConfiguration = { Alarms: alarms.map((AlarmName) => ({ AlarmName })) };
  return config;
}

/** SageMaker's limits on a container's Environment: 100 entries, 32 KiB of keys and values in all. */
export function checkEnvironment(environment: Record<string, string>, versionArn: string): void {
  const entries = Object.entries(environment);
  const bytes = entries.reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  // The message names counts and keys only: values can be secrets.
  if (entries.length > ENV_MAX_ENTRIES) {
    throw new ActionError(`The model environment (the version's ${versionArn} environment merged with deploy-environment) has ${entries.length} entries; SageMaker allows at most ${ENV_MAX_ENTRIES}. Remove some deploy-environment entries.`);
  }
  if (bytes > ENV_MAX_BYTES) {
    throw new ActionError(`The model environment (the version's ${versionArn} environment merged with deploy-environment) is ${bytes} bytes of keys and values; SageMaker allows at most ${ENV_MAX_BYTES}.`);
  }
}

export interface PlanDeployInput {
  deploy: DeployConfig;
  ctx: RunContext;
  pkg: DescribeModelPackageOutput;
  /** registry-credentials-provider-arn, when the input names one. */
  providerArn?: string;
  /** The live endpoint's variant, when the endpoint exists. */
  liveVariant?: string;
  /** The new fleet's size when it must differ from instance-count (an autoscaled fleet keeps its live size). */
  instanceCount?: number;
  /** Alarms the deploy created, which roll the update back alongside rollback-alarms. */
  createdAlarms?: string[];
}

export function planDeploy(input: PlanDeployInput): DeployPlan {
  const { deploy, ctx, pkg } = input;
  const versionArn = pkg.ModelPackageArn!;
  const version = pkg.ModelPackageVersion ?? versionFromArn(versionArn);
  const container = pkg.InferenceSpecification?.Containers?.[0];
  if (!container?.Image) throw new ActionError(`Model package ${versionArn} has no container image to deploy.`);
  const ref = parseImageRef(container.Image);
  const privateRegistry = pkg.CustomerMetadataProperties?.['repository-access-mode'] === 'Vpc' || (typeof ref !== 'string' && ref.kind !== 'ecr');
  if (privateRegistry && deploy.endpointType === 'serverless') {
    throw new ActionError(
      `Model package ${versionArn} uses an image outside ECR (${container.Image}), and SageMaker serverless endpoints cannot pull images from private registries. Register the version with replicate-to-ecr so its image is in ECR, or deploy it to a real-time endpoint.`
    );
  }
  const name = resourceName(deploy.endpointName, version, ctx.runId || 'local', ctx.runAttempt || '1', versionArn);
  const variantName = deploy.variantName ?? input.liveVariant ?? 'AllTraffic';
  const tags: Tag[] = [
    { Key: 'managed-by', Value: ACTION_NAME },
    { Key: 'endpoint', Value: deploy.endpointName },
    { Key: 'model-package-arn', Value: versionArn },
    { Key: 'git-commit', Value: metadataValue(ctx.sha || 'unknown') }
  ];
  const plan: DeployPlan = {
    endpointName: deploy.endpointName,
    modelName: name,
    configName: name,
    variantName,
    versionArn,
    privateRegistry,
    createModel: modelInput({ input, name, tags, privateRegistry }),
    createConfig: configInput({ deploy, name, tags, variantName, instanceCount: input.instanceCount ?? deploy.instanceCount }),
    deploymentConfig: deploymentConfig(deploy, [...deploy.rollbackAlarms, ...(input.createdAlarms ?? [])]),
    policy: trafficPolicy(deploy)
  };
  const digest = container.ImageDigest ?? (typeof ref !== 'string' ? ref.digest : undefined);
  if (digest) plan.expectedDigest = digest;
  return plan;
}

function modelInput(o: { input: PlanDeployInput; name: string; tags: Tag[]; privateRegistry: boolean }): CreateModelInput {
  const { deploy, pkg, providerArn } = o.input;
  const versionArn = pkg.ModelPackageArn!;
  const container = pkg.InferenceSpecification!.Containers![0]!;
  const environment = { ...(container.Environment ?? {}), ...deploy.environment };
  checkEnvironment(environment, versionArn);
  const env = Object.keys(environment).length ? { Environment: environment } : {};
  const data = container.ModelDataUrl ? { ModelDataUrl: container.ModelDataUrl } : {};
  const vpc = deploy.vpcSubnets.length ? { Subnets: deploy.vpcSubnets, SecurityGroupIds: deploy.vpcSecurityGroups } : undefined;
  const createModel: CreateModelInput = { ModelName: o.name, ExecutionRoleArn: deploy.executionRoleArn, Tags: o.tags };
  if (o.privateRegistry) {
    if (!vpc) {
      throw new ActionError(
        `Model package ${versionArn} uses an image outside ECR (${container.Image}): SageMaker pulls it through your VPC (RepositoryAccessMode Vpc), so set vpc-subnets and vpc-security-groups.`
      );
    }
    const provider = providerArn ?? pkg.CustomerMetadataProperties?.['registry-credentials-provider-arn'];
    // A model package cannot carry ImageConfig, so the container is built from the version's own description;
    // the link back to the version lives in the tags (and the lineage association made after the deploy).
    createModel.PrimaryContainer = {
      Image: container.Image,
      ImageConfig: { RepositoryAccessMode: 'Vpc', ...(provider ? { RepositoryAuthConfig: { RepositoryCredentialsProviderArn: provider } } : {}) },
      ...data,
      ...env
    };
  } else if (pkg.ModelApprovalStatus === 'Approved') {
    // SageMaker links the endpoint to the version in lineage only when the model references the package.
    createModel.Containers = [{ ModelPackageName: versionArn, ...env }];
  } else {
    // A model can reference only Approved versions; a pending one (deploy-approval allowed it, e.g. for
    // staging) is deployed from its own description, linked to the version by the tags.
    createModel.PrimaryContainer = { Image: container.Image, ...data, ...env };
  }
  if (vpc) createModel.VpcConfig = vpc;
  if (deploy.networkIsolation) createModel.EnableNetworkIsolation = true;
  return createModel;
}

function configInput(o: { deploy: DeployConfig; name: string; tags: Tag[]; variantName: string; instanceCount: number }): CreateEndpointConfigInput {
  const { deploy } = o;
  const createConfig: CreateEndpointConfigInput = {
    EndpointConfigName: o.name,
    ProductionVariants: [{ VariantName: o.variantName, ModelName: o.name, ...variantSize(deploy, o.instanceCount), InitialVariantWeight: 1 }],
    Tags: o.tags
  };
  if (deploy.kmsKeyId) createConfig.KmsKeyId = deploy.kmsKeyId;
  const async = asyncConfig(deploy);
  if (async) createConfig.AsyncInferenceConfig = async;
  if (deploy.dataCapture) {
    createConfig.DataCaptureConfig = {
      EnableCapture: true,
      InitialSamplingPercentage: deploy.dataCapture.samplingPercent,
      DestinationS3Uri: deploy.dataCapture.destination,
      CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
      // The same key encrypts the captured requests and responses in S3.
      ...(deploy.kmsKeyId ? { KmsKeyId: deploy.kmsKeyId } : {})
    };
  }
  return createConfig;
}
