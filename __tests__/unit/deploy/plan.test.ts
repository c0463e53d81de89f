import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { ENTITY_NAME } from '../../../src/inputs/constraints.js';
import { deployConfig, EXECUTION_ROLE as ROLE } from '../../helpers/deploy-config.js';
import { deploymentConfig, isOurName, planDeploy, resourceName, trafficPolicy } from '../../../src/deploy/plan.js';
import { ActionError } from '../../../src/errors.js';
import { pushContext, SHA } from '../../helpers/run-context.js';

const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER_DIGEST = `sha256:${'cd'.repeat(32)}`;
const ECR_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud@${DIGEST}`;
const PRIVATE_IMAGE = 'registry.example.com/team/model:v1';
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:registry-creds';
const OTHER_LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:other-creds';
const SUBNET = 'subnet-0123456789abcdef0';
const SG = 'sg-0a1b2c3d4e5f60718';

const ctx = pushContext({ workflow: 'deploy', runAttempt: '2' });

function pkg(extra: Partial<DescribeModelPackageOutput> = {}, container: Record<string, unknown> = {}): DescribeModelPackageOutput {
  return {
    ModelPackageName: 'fraud-model',
    ModelPackageArn: V3,
    ModelPackageVersion: 3,
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: 'Approved',
    CreationTime: new Date('2025-06-01T12:00:00Z'),
    InferenceSpecification: {
      Containers: [{ Image: ECR_IMAGE, ImageDigest: DIGEST, ...container }],
      SupportedContentTypes: [],
      SupportedResponseMIMETypes: []
    },
    ...extra
  } as DescribeModelPackageOutput;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

describe('resourceName', () => {
  test('is <endpoint>-v<version>-<6 hex> and matches the entity-name pattern', () => {
    const name = resourceName('fraud-prod', 3, '77', '1', V3);
    expect(name).toMatch(/^fraud-prod-v3-[0-9a-f]{6}$/);
    expect(name).toMatch(NAME);
  });

  test('is stable for the same inputs and differs per attempt, run, version ARN and endpoint', () => {
    const a = resourceName('fraud-prod', 3, '77', '1', V3);
    expect(resourceName('fraud-prod', 3, '77', '1', V3)).toBe(a);
    const variants = [
      resourceName('fraud-prod', 3, '77', '2', V3),
      resourceName('fraud-prod', 3, '78', '1', V3),
      resourceName('fraud-prod', 3, '77', '1', V3.replace('/3', '/30')),
      resourceName('fraud-prod2', 3, '77', '1', V3).replace('fraud-prod2', 'fraud-prod')
    ];
    for (const v of variants) {
      expect(v).toMatch(/^fraud-prod-v3-[0-9a-f]{6}$/);
      expect(v).not.toBe(a);
    }
    expect(new Set(variants).size).toBe(4);
  });

  test('63-character endpoint names are cut to fit 63 characters', () => {
    const endpoint = 'e'.repeat(63);
    for (const version of [1, 42, 123456789]) {
      const name = resourceName(endpoint, version, '77', '1', V3);
      expect(name.length).toBe(63);
      expect(name).toMatch(NAME);
      expect(name).toMatch(new RegExp(`^e+-v${version}-[0-9a-f]{6}$`));
    }
  });

  test('a cut that ends in hyphens drops them, so the name still matches the pattern', () => {
    // suffix "-v3-xxxxxx" is 10 characters, so the cut keeps 53: 51 letters and the two hyphens.
    const endpoint = `${'a'.repeat(51)}--${'b'.repeat(10)}`;
    expect(endpoint).toMatch(ENTITY_NAME);
    const name = resourceName(endpoint, 3, '77', '1', V3);
    expect(name).toMatch(new RegExp(`^a{51}-v3-[0-9a-f]{6}$`));
    expect(name).toMatch(NAME);
    expect(name.length).toBe(61);
    // One hyphen at the cut.
    const single = `${'a'.repeat(52)}-${'b'.repeat(10)}`;
    const n2 = resourceName(single, 3, '77', '1', V3);
    expect(n2).toMatch(new RegExp(`^a{52}-v3-[0-9a-f]{6}$`));
    expect(n2).toMatch(NAME);
  });

  test('every cut position of a hyphen-heavy endpoint gives a valid name', () => {
    for (let len = 40; len <= 63; len++) {
      const endpoint = ('a-'.repeat(40) + 'z').slice(0, len).replace(/-$/, 'z');
      expect(endpoint).toMatch(ENTITY_NAME);
      for (const version of [1, 99, 1000000]) {
        const name = resourceName(endpoint, version, 'run', '1', V3);
        expect(name.length).toBeLessThanOrEqual(63);
        expect(name).toMatch(NAME);
        expect(isOurName(endpoint, name)).toBe(true);
      }
    }
  });
});

describe('isOurName', () => {
  test('recognises names made by resourceName, including cut ones', () => {
    expect(isOurName('fraud-prod', resourceName('fraud-prod', 3, '1', '1', V3))).toBe(true);
    const long = 'x'.repeat(63);
    expect(isOurName(long, resourceName(long, 12, '1', '1', V3))).toBe(true);
  });

  test('refuses names that are not ours', () => {
    expect(isOurName('fraud-prod', 'fraud-prod-config')).toBe(false);
    expect(isOurName('fraud-prod', 'fraud-prod-v3')).toBe(false);
    expect(isOurName('fraud-prod', 'fraud-prod-v3-ABCDEF')).toBe(false);
    expect(isOurName('fraud-prod', 'fraud-prod-v3-abcdeg')).toBe(false);
    expect(isOurName('fraud-prod', 'fraud-prod-v3-abcdef0')).toBe(false);
    expect(isOurName('fraud-prod', '-v3-abcdef')).toBe(false);
    expect(isOurName('fraud-prod', 'fraud-staging-v3-abcdef')).toBe(false);
    expect(isOurName('fraud', 'fraud-prod-v3-abcdef')).toBe(false);
    expect(isOurName('fraud-prod', 'fraud-prod-vx-abcdef')).toBe(false);
  });
});

describe('trafficPolicy', () => {
  test('describes each routing', () => {
    expect(trafficPolicy(deployConfig())).toBe('all at once');
    expect(trafficPolicy(deployConfig({ 'termination-wait': '120' }))).toBe('all at once, final bake 120 s');
    expect(trafficPolicy(deployConfig({ 'traffic-routing': 'canary', 'instance-count': '2' }))).toBe('canary 10%, bake 300 s');
    expect(trafficPolicy(deployConfig({ 'traffic-routing': 'canary', 'instance-count': '4', 'canary-size': '1', 'wait-interval': '60', 'termination-wait': '30' }))).toBe(
      'canary 1 instance(s), bake 60 s, final bake 30 s'
    );
    expect(trafficPolicy(deployConfig({ 'traffic-routing': 'linear', 'linear-step-size': '25%', 'wait-interval': '90' }))).toBe('linear steps of 25%, bake 90 s');
  });
});

describe('deploymentConfig', () => {
  test('all at once: WaitIntervalInSeconds is always present, no rollback without alarms', () => {
    expect(deploymentConfig(deployConfig())).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 },
        TerminationWaitInSeconds: 0,
        MaximumExecutionTimeoutInSeconds: 3600
      }
    });
  });

  test('canary with alarms', () => {
    const d = deployConfig({
      'traffic-routing': 'canary',
      'instance-count': '4',
      'canary-size': '25%',
      'wait-interval': '600',
      'termination-wait': '120',
      'rollback-alarms': 'p99-latency,errors-5xx'
    });
    expect(deploymentConfig(d)).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 600, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 25 } },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 4320
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'p99-latency' }, { AlarmName: 'errors-5xx' }] }
    });
  });

  test('linear', () => {
    const d = deployConfig({ 'traffic-routing': 'linear', 'instance-count': '4', 'linear-step-size': '1', 'wait-interval': '60', 'max-execution-timeout': '900' });
    expect(deploymentConfig(d)).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'LINEAR', WaitIntervalInSeconds: 60, LinearStepSize: { Type: 'INSTANCE_COUNT', Value: 1 } },
        TerminationWaitInSeconds: 0,
        MaximumExecutionTimeoutInSeconds: 900
      }
    });
  });
});

describe('planDeploy', () => {
  const name = resourceName('fraud-prod', 3, ctx.runId, ctx.runAttempt, V3);
  const tags = [
    { Key: 'managed-by', Value: 'sagemaker-private-registry-action' },
    { Key: 'endpoint', Value: 'fraud-prod' },
    { Key: 'model-package-arn', Value: V3 },
    { Key: 'git-commit', Value: SHA }
  ];

  test('an Approved ECR version: the model references the package', () => {
    const plan = planDeploy({ deploy: deployConfig(), ctx, pkg: pkg() });
    expect(plan).toEqual({
      endpointName: 'fraud-prod',
      modelName: name,
      configName: name,
      variantName: 'AllTraffic',
      versionArn: V3,
      expectedDigest: DIGEST,
      privateRegistry: false,
      createModel: { ModelName: name, ExecutionRoleArn: ROLE, Tags: tags, Containers: [{ ModelPackageName: V3 }] },
      createConfig: {
        EndpointConfigName: name,
        ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: name, InitialInstanceCount: 1, InstanceType: 'ml.m5.large', InitialVariantWeight: 1 }],
        Tags: tags
      },
      deploymentConfig: {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 },
          TerminationWaitInSeconds: 0,
          MaximumExecutionTimeoutInSeconds: 3600
        }
      },
      policy: 'all at once'
    });
  });

  test('a pending ECR version is deployed from its own container description', () => {
    const plan = planDeploy({
      deploy: deployConfig({ 'deploy-approval': 'pending' }),
      ctx,
      pkg: pkg({ ModelApprovalStatus: 'PendingManualApproval' }, { ModelDataUrl: 's3://models/fraud/model.tar.gz' })
    });
    expect(plan.privateRegistry).toBe(false);
    expect(plan.createModel).toEqual({
      ModelName: name,
      ExecutionRoleArn: ROLE,
      Tags: tags,
      PrimaryContainer: { Image: ECR_IMAGE, ModelDataUrl: 's3://models/fraud/model.tar.gz' }
    });
  });

  test('a version without an approval status is treated as not approved', () => {
    const p = pkg();
    delete p.ModelApprovalStatus;
    expect(planDeploy({ deploy: deployConfig(), ctx, pkg: p }).createModel.PrimaryContainer).toEqual({ Image: ECR_IMAGE });
  });

  test('environment: the deploy environment overrides the version environment', () => {
    const plan = planDeploy({
      deploy: deployConfig({ 'deploy-environment': 'LOG_LEVEL=debug\nNEW=1' }),
      ctx,
      pkg: pkg({}, { Environment: { LOG_LEVEL: 'info', MODEL: 'fraud' } })
    });
    expect(plan.createModel.Containers).toEqual([{ ModelPackageName: V3, Environment: { LOG_LEVEL: 'debug', MODEL: 'fraud', NEW: '1' } }]);
    const pending = planDeploy({
      deploy: deployConfig({ 'deploy-environment': 'NEW=1' }),
      ctx,
      pkg: pkg({ ModelApprovalStatus: 'Rejected' }, { Environment: { MODEL: 'fraud' } })
    });
    expect(pending.createModel.PrimaryContainer).toEqual({ Image: ECR_IMAGE, Environment: { MODEL: 'fraud', NEW: '1' } });
  });

  test('a private-registry image is pulled through the VPC with the provider from the version metadata', () => {
    const plan = planDeploy({
      deploy: deployConfig({ 'vpc-subnets': SUBNET, 'vpc-security-groups': SG, 'network-isolation': 'true' }),
      ctx,
      pkg: pkg(
        { CustomerMetadataProperties: { 'repository-access-mode': 'Vpc', 'registry-credentials-provider-arn': LAMBDA } },
        { Image: PRIVATE_IMAGE, ImageDigest: DIGEST, Environment: { A: 'b' } }
      )
    });
    expect(plan.privateRegistry).toBe(true);
    expect(plan.expectedDigest).toBe(DIGEST);
    expect(plan.createModel).toEqual({
      ModelName: name,
      ExecutionRoleArn: ROLE,
      Tags: tags,
      PrimaryContainer: {
        Image: PRIVATE_IMAGE,
        ImageConfig: { RepositoryAccessMode: 'Vpc', RepositoryAuthConfig: { RepositoryCredentialsProviderArn: LAMBDA } },
        Environment: { A: 'b' }
      },
      VpcConfig: { Subnets: [SUBNET], SecurityGroupIds: [SG] },
      EnableNetworkIsolation: true
    });
  });

  test('the providerArn input overrides the metadata; without either there is no RepositoryAuthConfig', () => {
    const deploy = deployConfig({ 'vpc-subnets': SUBNET, 'vpc-security-groups': SG });
    const withMeta = pkg({ CustomerMetadataProperties: { 'registry-credentials-provider-arn': LAMBDA } }, { Image: PRIVATE_IMAGE });
    expect(planDeploy({ deploy, ctx, pkg: withMeta, providerArn: OTHER_LAMBDA }).createModel.PrimaryContainer?.ImageConfig).toEqual({
      RepositoryAccessMode: 'Vpc',
      RepositoryAuthConfig: { RepositoryCredentialsProviderArn: OTHER_LAMBDA }
    });
    const plain = pkg({}, { Image: PRIVATE_IMAGE });
    delete plain.InferenceSpecification!.Containers![0]!.ImageDigest;
    const plan = planDeploy({ deploy, ctx, pkg: plain });
    expect(plan.createModel.PrimaryContainer).toEqual({ Image: PRIVATE_IMAGE, ImageConfig: { RepositoryAccessMode: 'Vpc' } });
    expect(plan.privateRegistry).toBe(true);
    expect(plan).not.toHaveProperty('expectedDigest');
  });

  test('a version registered with repository-access-mode Vpc is private even for an ECR-looking image', () => {
    const plan = planDeploy({
      deploy: deployConfig({ 'vpc-subnets': SUBNET, 'vpc-security-groups': SG }),
      ctx,
      pkg: pkg({ CustomerMetadataProperties: { 'repository-access-mode': 'Vpc' } })
    });
    expect(plan.privateRegistry).toBe(true);
    expect(plan.createModel.Containers).toBeUndefined();
    expect(plan.createModel.PrimaryContainer?.ImageConfig).toEqual({ RepositoryAccessMode: 'Vpc' });
  });

  test('a private image without VPC inputs is refused', () => {
    const run = () => planDeploy({ deploy: deployConfig(), ctx, pkg: pkg({}, { Image: PRIVATE_IMAGE }) });
    expect(run).toThrow(ActionError);
    expect(run).toThrow(
      `Model package ${V3} uses an image outside ECR (${PRIVATE_IMAGE}): SageMaker pulls it through your VPC (RepositoryAccessMode Vpc), so set vpc-subnets and vpc-security-groups.`
    );
  });

  test('an ECR model in a VPC keeps the package reference and gets VpcConfig', () => {
    const plan = planDeploy({ deploy: deployConfig({ 'vpc-subnets': SUBNET, 'vpc-security-groups': SG }), ctx, pkg: pkg() });
    expect(plan.createModel.Containers).toEqual([{ ModelPackageName: V3 }]);
    expect(plan.createModel.VpcConfig).toEqual({ Subnets: [SUBNET], SecurityGroupIds: [SG] });
    expect(plan.createModel.PrimaryContainer).toBeUndefined();
  });

  test('a version without a container image cannot be deployed', () => {
    const p = pkg();
    p.InferenceSpecification = { Containers: [], SupportedContentTypes: [], SupportedResponseMIMETypes: [] };
    expect(() => planDeploy({ deploy: deployConfig(), ctx, pkg: p })).toThrow(`Model package ${V3} has no container image to deploy.`);
  });

  test('variant name: the input, else the live variant, else AllTraffic', () => {
    expect(planDeploy({ deploy: deployConfig({ 'variant-name': 'green' }), ctx, pkg: pkg(), liveVariant: 'blue' }).variantName).toBe('green');
    const live = planDeploy({ deploy: deployConfig(), ctx, pkg: pkg(), liveVariant: 'blue' });
    expect(live.variantName).toBe('blue');
    expect(live.createConfig.ProductionVariants?.[0]?.VariantName).toBe('blue');
    expect(planDeploy({ deploy: deployConfig(), ctx, pkg: pkg() }).variantName).toBe('AllTraffic');
  });

  test('expectedDigest: the container digest first, else the digest in the image reference', () => {
    expect(planDeploy({ deploy: deployConfig(), ctx, pkg: pkg({}, { ImageDigest: OTHER_DIGEST }) }).expectedDigest).toBe(OTHER_DIGEST);
    const p = pkg();
    delete p.InferenceSpecification!.Containers![0]!.ImageDigest;
    expect(planDeploy({ deploy: deployConfig(), ctx, pkg: p }).expectedDigest).toBe(DIGEST);
    const tagged = pkg({}, { Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud:1.2.3' });
    delete tagged.InferenceSpecification!.Containers![0]!.ImageDigest;
    expect(planDeploy({ deploy: deployConfig(), ctx, pkg: tagged })).not.toHaveProperty('expectedDigest');
  });

  test('data capture, KMS and instances go into the endpoint config', () => {
    const plan = planDeploy({
      deploy: deployConfig({ 'data-capture': 's3://captures/fraud 25', 'kms-key-id': 'alias/sagemaker', 'instance-type': 'ml.c5.xlarge', 'instance-count': '3' }),
      ctx,
      pkg: pkg()
    });
    expect(plan.createConfig).toEqual({
      EndpointConfigName: name,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: name, InitialInstanceCount: 3, InstanceType: 'ml.c5.xlarge', InitialVariantWeight: 1 }],
      Tags: tags,
      KmsKeyId: 'alias/sagemaker',
      DataCaptureConfig: {
        EnableCapture: true,
        InitialSamplingPercentage: 25,
        DestinationS3Uri: 's3://captures/fraud',
        CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
        // kms-key-id also encrypts the captured data in S3.
        KmsKeyId: 'alias/sagemaker'
      }
    });
  });

  test('names: the version number from the ARN when the description has none; local run defaults', () => {
    const p = pkg();
    delete p.ModelPackageVersion;
    const local = { ...ctx, runId: '', runAttempt: '', sha: '' };
    const plan = planDeploy({ deploy: deployConfig(), ctx: local, pkg: p });
    expect(plan.modelName).toBe(resourceName('fraud-prod', 3, 'local', '1', V3));
    expect(plan.modelName).toMatch(/^fraud-prod-v3-[0-9a-f]{6}$/);
    expect(plan.createModel.Tags).toContainEqual({ Key: 'git-commit', Value: 'unknown' });
  });

  test('the same inputs plan the same names; another attempt plans new ones', () => {
    const a = planDeploy({ deploy: deployConfig(), ctx, pkg: pkg() });
    const b = planDeploy({ deploy: deployConfig(), ctx, pkg: pkg() });
    const c = planDeploy({ deploy: deployConfig(), ctx: { ...ctx, runAttempt: '3' }, pkg: pkg() });
    expect(b.modelName).toBe(a.modelName);
    expect(c.modelName).not.toBe(a.modelName);
    expect(c.modelName).toMatch(/^fraud-prod-v3-[0-9a-f]{6}$/);
  });
});

describe('cleanup never touches another endpoint (found in review)', () => {
  test('a shorter endpoint whose name is a prefix is not ours, nor is fraud-v3 for fraud', async () => {
    const { isOurName: ours, resourceName: name } = await import('../../../src/deploy/plan.js');
    const other = name('customer-churn-prediction-endpoint-stage', 7, '1', '1', 'arn:x');
    expect(ours('customer-churn-prediction-endpoint-stage', other)).toBe(true);
    expect(ours('customer-churn-prediction-endpoint-stage-eu', other)).toBe(false);
    expect(ours('fraud-v3', name('fraud', 3, '1', '1', 'arn:y'))).toBe(false);
    const long = 'a'.repeat(63);
    expect(ours(long, name(long, 12, '1', '1', 'arn:z'))).toBe(true);
    // Two names that agree on the characters a config name can hold look the same: cleanup checks the
    // endpoint tag for those (endpoint.test.ts).
  });
});
