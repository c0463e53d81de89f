/** shadow/'s inputs, SageMaker's limits on the live endpoint, the plan, the metrics read back and the summary. */
import { describe, expect, test } from '@jest/globals';
import type { DescribeEndpointConfigOutput, DescribeEndpointOutput, DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { readCommon } from '../../../src/commands/inputs.js';
import { shadowRefusal } from '../../../src/shadow/endpoint.js';
import { BACKSTOP_MS, readShadow } from '../../../src/shadow/inputs.js';
import { shadowMarkdown } from '../../../src/shadow/markdown.js';
import { parseVariant, queries, windowOf } from '../../../src/shadow/metrics.js';
import { planShadow } from '../../../src/shadow/plan.js';
import { judge } from '../../../src/shadow/verdict.js';
import { parseGate } from '../../../src/shadow/rules.js';
import { pushContext } from '../../helpers/run-context.js';

const ROLE = 'arn:aws:iam::123456789012:role/sagemaker-execution';
const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const base = { 'model-package-group': 'fraud', version: '2', 'endpoint-name': 'fraud-prod', 'execution-role-arn': ROLE };
const config = (extra: Record<string, string> = {}) => {
  const r = read({ ...base, ...extra });
  const common = readCommon(r, {}, () => undefined);
  return { c: readShadow(r, common, {}), common };
};

describe('readShadow', () => {
  test('defaults: 1 h, 100 %, the default gate, min 100 invocations, 95 %, no promotion, the execution role for the experiment', () => {
    const { c, common } = config();
    expect(c).toMatchObject({ durationMs: 3_600_000, samplingPercentage: 100, minInvocations: 100, confidence: 0.95, onPass: 'none', experimentRoleArn: ROLE });
    expect(c.rules.map((r) => r.metric)).toEqual(['latency-p99-ms', 'error-rate']);
    expect(c.instanceType).toBeUndefined();
    // The time budget covers the test, the backstop and 30 minutes.
    expect(common.waitTimeoutSeconds).toBe(3600 + BACKSTOP_MS / 1000 + 1800);
    // With on-pass: promote, the deployment's own budget on top.
    expect(config({ 'on-pass': 'promote' }).common.waitTimeoutSeconds).toBeGreaterThan(3600 + BACKSTOP_MS / 1000 + 1800 + 1800 - 1);
  });

  test.each([
    [{ duration: '31d' }, /^Input 'duration': "31d" must be .* from 5m to 30d/],
    [{ duration: '4m' }, /^Input 'duration': "4m"/],
    [{ duration: '1w' }, /^Input 'duration': "1w"/],
    [{ 'sampling-percentage': '0' }, /^Input 'sampling-percentage': "0" must be between 1 and 100/],
    [{ 'shadow-confidence': '0.5' }, /^Input 'shadow-confidence': "0.5" must be a confidence between 0.8 and 0.999/],
    [{ 'shadow-gate': 'p99 <= production' }, /^Input 'shadow-gate': "p99 <= production" names an unknown metric p99/],
    [{ 'instance-type': 'ml.inf1.xlarge' }, /is an Inf1 type/],
    [{ 'endpoint-type': 'serverless', 'serverless-memory-mb': '2048', 'serverless-max-concurrency': '5' }, /^Input 'endpoint-type': "serverless" must be real-time/],
    [{ 'experiment-role-arn': 'role/x' }, /^Input 'experiment-role-arn': "role\/x" must be an IAM role ARN/],
    [{ 'on-pass': 'deploy' }, /^Input 'on-pass': "deploy" must be one of: none, promote/],
    [{ 'endpoint-name': '' }, /^Input 'endpoint-name': "" is required: the live endpoint/]
  ])('%o is refused naming the input', (extra, why) => {
    expect(() => config(extra)).toThrow(why);
  });

  test('inputs shadow/ does not offer are not read (it only approves)', () => {
    expect(config({ approval: 'rejected', 'if-missing': 'skip' }).c.promote).toMatchObject({ approval: 'Approved', ifMissing: 'fail' });
  });
});

const endpoint: DescribeEndpointOutput = { EndpointName: 'fraud-prod', EndpointStatus: 'InService', EndpointConfigName: 'c1', EndpointArn: 'a', CreationTime: new Date(), LastModifiedTime: new Date() };
const variant = { VariantName: 'AllTraffic', ModelName: 'm1', InstanceType: 'ml.m5.large' as const, InitialInstanceCount: 2 };
const cfg = (over: Partial<DescribeEndpointConfigOutput> = {}): DescribeEndpointConfigOutput => ({ EndpointConfigName: 'c1', EndpointConfigArn: 'x', CreationTime: new Date(), ProductionVariants: [variant], ...over });

describe("SageMaker's limits on the live endpoint", () => {
  test('a plain real-time endpoint with one variant passes', () => {
    expect(shadowRefusal(endpoint, cfg())).toBeUndefined();
  });

  test.each([
    ['Updating', { ...endpoint, EndpointStatus: 'Updating' as const }, cfg(), undefined, 'is Updating; a shadow test needs it InService'],
    ['two variants', endpoint, cfg({ ProductionVariants: [variant, { ...variant, VariantName: 'B' }] }), undefined, 'has 2 production variants; a shadow test needs exactly one'],
    ['a shadow already', endpoint, cfg({ ShadowProductionVariants: [{ ...variant, VariantName: 'S' }] }), undefined, 'already has a shadow variant; SageMaker allows one'],
    ['serverless', endpoint, cfg({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm1', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } }] }), undefined, 'is serverless'],
    ['async', endpoint, cfg({ AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://b/o' } } }), undefined, 'is asynchronous'],
    ['inference components', endpoint, cfg({ ProductionVariants: [{ VariantName: 'AllTraffic', InstanceType: 'ml.m5.large' }] }), undefined, 'hosts inference components'],
    ['Inf1', endpoint, cfg({ ProductionVariants: [{ ...variant, InstanceType: 'ml.inf1.xlarge' }] }), undefined, 'runs on ml.inf1.xlarge; SageMaker shadow tests do not support Inf1'],
    ['multi-model', endpoint, cfg(), { PrimaryContainer: { Mode: 'MultiModel' as const } }, 'serves a multi-model container']
  ])('%s is refused with the reason', (_what, e, c, model, why) => {
    expect(shadowRefusal(e, c, model as never)).toContain(why);
  });
});

describe('plan', () => {
  const pkg: DescribeModelPackageOutput = {
    ModelPackageArn: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/2',
    ModelPackageVersion: 2,
    ModelPackageGroupName: 'fraud',
    ModelApprovalStatus: 'PendingManualApproval',
    InferenceSpecification: { Containers: [{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud:v2' }], SupportedContentTypes: [], SupportedResponseMIMETypes: [] },
    ModelPackageName: 'fraud',
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [] },
    CreationTime: new Date()
  };
  const live = { endpointName: 'fraud-prod', configName: 'c1', variantName: 'AllTraffic', modelName: 'm1', instanceType: 'ml.c5.xlarge', instanceCount: 3 };

  test('the candidate model as a deploy builds it, under its own name; the experiment on AWS time with the backstop', () => {
    const { c } = config({ 'sampling-percentage': '40', duration: '2h' });
    const p = planShadow(c, { ctx: pushContext({ workflow: 'w' }), pkg, live, backstopMs: BACKSTOP_MS });
    expect(p.createModel.ModelName).toMatch(/^fraud-prod-v2-[0-9a-f]{6}$/);
    expect(p.createModel.PrimaryContainer?.Image).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud:v2');
    expect(p.createModel.Tags).toContainEqual({ Key: 'shadow-test', Value: p.experimentName });
    const req = p.request(1_000_000);
    expect(req).toMatchObject({
      Type: 'ShadowMode',
      RoleArn: ROLE,
      EndpointName: 'fraud-prod',
      Schedule: { EndTime: new Date(1_000_000 + 7_200_000 + BACKSTOP_MS) },
      ModelVariants: [
        { ModelName: 'm1', VariantName: 'AllTraffic', InfrastructureConfig: { RealTimeInferenceConfig: { InstanceType: 'ml.c5.xlarge', InstanceCount: 3 } } },
        { ModelName: p.createModel.ModelName, VariantName: 'shadow-v2', InfrastructureConfig: { RealTimeInferenceConfig: { InstanceType: 'ml.c5.xlarge', InstanceCount: 3 } } }
      ],
      ShadowModeConfig: { SourceModelVariantName: 'AllTraffic', ShadowModelVariants: [{ ShadowModelVariantName: 'shadow-v2', SamplingPercentage: 40 }] }
    });
  });

  test('30 days stay 30 days: the backstop never passes the limit', () => {
    const { c } = config({ duration: '30d', 'instance-type': 'ml.m5.xlarge' });
    const p = planShadow(c, { ctx: pushContext({ workflow: 'w' }), pkg, live, backstopMs: BACKSTOP_MS });
    expect(p.request(0).Schedule!.EndTime!.getTime()).toBe(30 * 86_400_000);
    expect(p.instanceType).toBe('ml.m5.xlarge');
  });
});

describe('metrics', () => {
  test('the window is whole minutes inside the run', () => {
    const w = windowOf(90_000, 725_000);
    expect([w.start.getTime(), w.end.getTime(), w.seconds]).toEqual([120_000, 720_000, 600]);
    expect(queries('ep', 'AllTraffic', 'p', 600).map((q) => [q.Id, q.MetricStat!.Metric!.MetricName, q.MetricStat!.Stat, q.MetricStat!.Period])).toContainEqual(['pw6', 'ModelLatency', 'p99', 600]);
  });

  test('results become per-minute and whole-window values: latency in ms, errors over invocations', () => {
    const t = [new Date(60_000), new Date(120_000)];
    const r = (Id: string, Values: number[], Timestamps = t) => ({ Id, Values, Timestamps });
    const v = parseVariant([r('cm0', [100, 50]), r('cm1', [1, 0]), r('cm2', [1, 5]), r('cm6', [200_000, 300_000]), r('cw0', [150], [t[0]!]), r('cw2', [6], [t[0]!]), r('cw6', [290_000], [t[0]!])], 'c');
    expect(v.invocations).toBe(150);
    expect(v.total).toEqual({ 'error-rate': 0.04, 'latency-p99-ms': 290 });
    expect(v.minutes).toEqual([{ 'error-rate': 0.02, 'latency-p99-ms': 200 }, { 'error-rate': 0.1, 'latency-p99-ms': 300 }]);
    expect(parseVariant([], 'p')).toEqual({ invocations: 0, total: {}, minutes: [] });
  });
});

test('the summary shows production and the candidate side by side, and makes rule text inert', () => {
  const m = (p99: number) => ({ invocations: 500, total: { 'latency-p99-ms': p99, 'error-rate': 0.001 }, minutes: Array.from({ length: 10 }, () => ({ 'latency-p99-ms': p99, 'error-rate': 0.001 })) });
  const rules = parseGate('');
  const text = shadowMarkdown({
    endpoint: 'fraud-prod',
    experiment: 'x-test',
    candidate: { arn: 'arn:aws:sagemaker:us-east-1:1:model-package/fraud/2', version: 2 },
    production: { variant: 'AllTraffic', model: 'm1' },
    samplingPercentage: 100,
    metrics: { production: m(100), candidate: m(300) },
    judgement: judge(rules, m(100), m(300), { confidence: 0.95, minInvocations: 100 }),
    onPass: 'promote'
  });
  expect(text).toContain('### Shadow test of version 2 on `fraud-prod`: ❌ fail');
  expect(text).toContain('| Model latency p99 (ms) | 100 | 300 |');
  expect(text).toContain('| Error rate (5XX + model errors / invocations) | 0.10% | 0.10% |');
  expect(text).toContain('on-pass is promote: nothing was promoted.');
  expect(text).toMatch(/\| `latency-p99-ms <= production \* 1.10` \| 100 \| 300 \| 110 \| [\d.e-]+ \| ❌ /);
});
