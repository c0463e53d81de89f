/**
 * What a shadow test creates, computed without touching AWS: the candidate's model (built exactly as a deploy builds
 * one, src/deploy/plan.ts, under a name of its own) and the CreateInferenceExperiment request. Pure.
 */
import type { CreateInferenceExperimentRequest, CreateModelInput, DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { versionFromArn } from '../aws/arns.js';
import { planDeploy, resourceName } from '../deploy/plan.js';
import type { RunContext } from '../github/context.js';
import type { LiveVariant } from './endpoint.js';
import { MAX_DURATION_MS, type ShadowConfig } from './inputs.js';

export interface ShadowPlan {
  experimentName: string;
  shadowVariant: string;
  createModel: CreateModelInput;
  instanceType: string;
  /** The request, once AWS's time of the creation is known (the schedule is on AWS's clock, not the runner's). */
  request: (awsNowMs: number) => CreateInferenceExperimentRequest;
}

export function planShadow(c: ShadowConfig, o: { ctx: RunContext; pkg: DescribeModelPackageOutput; live: LiveVariant; backstopMs: number }): ShadowPlan {
  const arn = o.pkg.ModelPackageArn!;
  const version = o.pkg.ModelPackageVersion ?? versionFromArn(arn);
  const attempt = `${o.ctx.runAttempt || '1'}-shadow`;
  const modelName = resourceName(o.live.endpointName, version, o.ctx.runId || 'local', attempt, arn);
  const experimentName = `${modelName.slice(0, 100)}-test`;
  const deploy = planDeploy({ deploy: c.promote.deploy, ctx: o.ctx, pkg: o.pkg, liveVariant: o.live.variantName });
  const createModel: CreateModelInput = { ...deploy.createModel, ModelName: modelName, Tags: [...(deploy.createModel.Tags ?? []), { Key: 'shadow-test', Value: experimentName }] };
  const shadowVariant = `shadow-v${version}`;
  const instanceType = c.instanceType ?? o.live.instanceType;
  const infra = (type: string, count: number) => ({ InfrastructureType: 'RealTimeInference' as const, RealTimeInferenceConfig: { InstanceType: type as never, InstanceCount: count } });
  return {
    experimentName,
    shadowVariant,
    createModel,
    instanceType,
    request: (awsNowMs) => ({
      Name: experimentName,
      Type: 'ShadowMode',
      Description: `Shadow test of version ${version} (${arn}) against ${o.live.endpointName}, run ${o.ctx.runId || 'local'}`.slice(0, 1024),
      RoleArn: c.experimentRoleArn,
      EndpointName: o.live.endpointName,
      Schedule: { EndTime: new Date(awsNowMs + Math.min(c.durationMs + o.backstopMs, MAX_DURATION_MS)) },
      ModelVariants: [
        { ModelName: o.live.modelName, VariantName: o.live.variantName, InfrastructureConfig: infra(o.live.instanceType, o.live.instanceCount) },
        { ModelName: modelName, VariantName: shadowVariant, InfrastructureConfig: infra(instanceType, o.live.instanceCount) }
      ],
      ShadowModeConfig: { SourceModelVariantName: o.live.variantName, ShadowModelVariants: [{ ShadowModelVariantName: shadowVariant, SamplingPercentage: c.samplingPercentage }] }
    })
  };
}
