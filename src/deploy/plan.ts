import type {
  CreateEndpointConfigInput,
  CreateModelInput,
  DeploymentConfig,
  DescribeModelPackageOutput,
  ProductionVariantInstanceType,
  Tag
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import type { DeployConfig } from '../inputs/deploy.js';
import type { RunContext } from '../github/context.js';
import { parseImageRef } from '../inputs/image-ref.js';
import { ACTION_NAME, metadataValue } from '../register/plan.js';

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
  return `all at once${bake}${end}`;
}

export function deploymentConfig(d: DeployConfig): DeploymentConfig {
  const routing: NonNullable<DeploymentConfig['BlueGreenUpdatePolicy']>['TrafficRoutingConfiguration'] = {
    Type: d.trafficRouting === 'canary' ? 'CANARY' : d.trafficRouting === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE',
    // Required by the API even for ALL_AT_ONCE.
    WaitIntervalInSeconds: d.waitIntervalSeconds
  };
  if (d.trafficRouting === 'canary') routing.CanarySize = d.canarySize;
  if (d.trafficRouting === 'linear') routing.LinearStepSize = d.linearStepSize;
  const config: DeploymentConfig = {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: routing,
      TerminationWaitInSeconds: d.terminationWaitSeconds,
      MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds
    }
  };
  if (d.rollbackAlarms.length) config.AutoRollbackConfiguration = { Alarms: d.rollbackAlarms.map((AlarmName) => ({ AlarmName })) };
  return config;
}

export interface PlanDeployInput {
  deploy: DeployConfig;
  ctx: RunContext;
  pkg: DescribeModelPackageOutput;
  /** registry-credentials-provider-arn, when the input names one. */
  providerArn?: string;
  /** The live endpoint's variant, when the endpoint exists. */
  liveVariant?: string;
}

export function planDeploy({ deploy, ctx, pkg, providerArn, liveVariant }: PlanDeployInput): DeployPlan {
  const versionArn = pkg.ModelPackageArn!;
  const version = pkg.ModelPackageVersion ?? Number(/\/(\d+)$/.exec(versionArn)?.[1] ?? 0);
  const container = pkg.InferenceSpecification?.Containers?.[0];
  if (!container?.Image) throw new ActionError(`Model package ${versionArn} has no container image to deploy.`);
  const meta = pkg.CustomerMetadataProperties ?? {};
  const ref = parseImageRef(container.Image);
  const privateRegistry = meta['repository-access-mode'] === 'Vpc' || (typeof ref !== 'string' && ref.kind !== 'ecr');
  const name = resourceName(deploy.endpointName, version, ctx.runId || 'local', ctx.runAttempt || '1', versionArn);
  const variantName = deploy.variantName ?? liveVariant ?? 'AllTraffic';
  const tags: Tag[] = [
    { Key: 'managed-by', Value: ACTION_NAME },
    { Key: 'endpoint', Value: deploy.endpointName },
    { Key: 'model-package-arn', Value: versionArn },
    { Key: 'git-commit', Value: metadataValue(ctx.sha || 'unknown') }
  ];
  const environment = { ...(container.Environment ?? {}), ...deploy.environment };
  const hasEnv = Object.keys(environment).length > 0;
  const vpc = deploy.vpcSubnets.length ? { Subnets: deploy.vpcSubnets, SecurityGroupIds: deploy.vpcSecurityGroups } : undefined;

  const createModel: CreateModelInput = { ModelName: name, ExecutionRoleArn: deploy.executionRoleArn, Tags: tags };
  if (privateRegistry) {
    if (!vpc) {
      throw new ActionError(
        `Model package ${versionArn} uses an image outside ECR (${container.Image}): SageMaker pulls it through your VPC (RepositoryAccessMode Vpc), so set vpc-subnets and vpc-security-groups.`
      );
    }
    const provider = providerArn ?? meta['registry-credentials-provider-arn'];
    // A model package cannot carry ImageConfig, so the container is built from the version's own description;
    // the link back to the version lives in the tags.
    createModel.PrimaryContainer = {
      Image: container.Image,
      ImageConfig: { RepositoryAccessMode: 'Vpc', ...(provider ? { RepositoryAuthConfig: { RepositoryCredentialsProviderArn: provider } } : {}) },
      ...(container.ModelDataUrl ? { ModelDataUrl: container.ModelDataUrl } : {}),
      ...(hasEnv ? { Environment: environment } : {})
    };
  } else if (pkg.ModelApprovalStatus === 'Approved') {
    // SageMaker links the endpoint to the version in lineage only when the model references the package.
    createModel.Containers = [{ ModelPackageName: versionArn, ...(hasEnv ? { Environment: environment } : {}) }];
  } else {
    // A model can reference only Approved versions; a pending one (deploy-approval allowed it, e.g. for
    // staging) is deployed from its own description, linked to the version by the tags.
    createModel.PrimaryContainer = {
      Image: container.Image,
      ...(container.ModelDataUrl ? { ModelDataUrl: container.ModelDataUrl } : {}),
      ...(hasEnv ? { Environment: environment } : {})
    };
  }
  if (vpc) createModel.VpcConfig = vpc;
  if (deploy.networkIsolation) createModel.EnableNetworkIsolation = true;

  const createConfig: CreateEndpointConfigInput = {
    EndpointConfigName: name,
    ProductionVariants: [
      {
        VariantName: variantName,
        ModelName: name,
        InitialInstanceCount: deploy.instanceCount,
        InstanceType: deploy.instanceType as ProductionVariantInstanceType,
        InitialVariantWeight: 1
      }
    ],
    Tags: tags
  };
  if (deploy.kmsKeyId) createConfig.KmsKeyId = deploy.kmsKeyId;
  if (deploy.dataCapture) {
    createConfig.DataCaptureConfig = {
      EnableCapture: true,
      InitialSamplingPercentage: deploy.dataCapture.samplingPercent,
      DestinationS3Uri: deploy.dataCapture.destination,
      CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }]
    };
  }
  const plan: DeployPlan = {
    endpointName: deploy.endpointName,
    modelName: name,
    configName: name,
    variantName,
    versionArn,
    privateRegistry,
    createModel,
    createConfig,
    deploymentConfig: deploymentConfig(deploy),
    policy: trafficPolicy(deploy)
  };
  const digest = container.ImageDigest ?? (typeof ref !== 'string' ? ref.digest : undefined);
  if (digest) plan.expectedDigest = digest;
  return plan;
}
