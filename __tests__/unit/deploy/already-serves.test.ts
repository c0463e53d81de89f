/** "Already serves" (the unchanged result) is read from the live config, never from the ledger tags; the unchanged path repairs a stale ledger. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AddTagsCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListEndpointConfigsCommand,
  ListModelsCommand,
  ListTagsCommand,
  SageMakerClient,
  type DescribeEndpointOutput,
  type DescribeModelOutput,
  type DescribeModelPackageOutput
} from '@aws-sdk/client-sagemaker';
import { readDeployConfig } from '../../../src/inputs/deploy.js';
import { alreadyServes } from '../../../src/deploy/preflight.js';
import { tidyUnchanged } from '../../../src/deploy/tidy.js';
import type { DeployOptions, Deployment } from '../../../src/deploy/step.js';
import type { RunContext } from '../../../src/github/context.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const ACCOUNT = '123456789012';
const EP = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/prod`;
const v = (n: number) => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/fraud/${n}`;
const LIVE = 'prod-v4-aaaaaa';
const MODEL_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/${LIVE}`;
const DIGEST = `sha256:${'a'.repeat(64)}`;
const IMAGE = `registry.example.com/ml/fraud@${DIGEST}`;

let logs: string[];
const options = (): DeployOptions =>
  ({
    deploy: readDeployConfig((n) => ({ 'endpoint-name': 'prod', 'execution-role-arn': `arn:aws:iam::${ACCOUNT}:role/r` })[n] ?? '', undefined)!,
    ctx: { sha: 'a'.repeat(40), runId: '9' } as RunContext,
    versionArn: v(4),
    log: { info: (m: string) => void logs.push(m), warning: (m: string) => void logs.push(`warning: ${m}`) }
  }) as unknown as DeployOptions;
const pkg = (extra: Partial<DescribeModelPackageOutput> = {}) => ({ ModelPackageArn: v(4), InferenceSpecification: { Containers: [{ Image: IMAGE }] }, ...extra }) as DescribeModelPackageOutput;
const endpoint = (extra: Partial<DescribeEndpointOutput> = {}) => ({ EndpointName: 'prod', EndpointArn: EP, EndpointStatus: 'InService', EndpointConfigName: LIVE, ...extra }) as DescribeEndpointOutput;
const liveModel = (model: Partial<DescribeModelOutput>, tags: Record<string, string> = {}) => {
  sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: LIVE }).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: LIVE }] });
  sm.on(DescribeModelCommand, { ModelName: LIVE }).resolves({ ModelArn: MODEL_ARN, ...model });
  sm.on(ListTagsCommand, { ResourceArn: MODEL_ARN }).resolves({ Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) });
};
const ledger = (tags: Record<string, string>) => sm.on(ListTagsCommand, { ResourceArn: EP }).resolves({ Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) });
const serves = async (ep = endpoint(), version = pkg()) => {
  const d: Deployment = { endpointName: 'prod', status: 'in-progress' };
  const yes = await alreadyServes(client, options(), ep, d, version);
  return { yes, d };
};

beforeEach(() => {
  sm.reset();
  logs = [];
  sm.on(AddTagsCommand).resolves({});
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(ListModelsCommand).resolves({ Models: [] });
});

describe('alreadyServes', () => {
  test('the live model made from the version: unchanged, without reading any tag', async () => {
    liveModel({ Containers: [{ ModelPackageName: v(4), Image: IMAGE }] });
    ledger({ 'model-package-arn': v(3) });
    await expect(serves()).resolves.toEqual({ yes: true, d: { endpointName: 'prod', status: 'unchanged', endpointArn: EP, configName: LIVE, modelName: LIVE } });
    expect(sm.commandCalls(ListTagsCommand)).toHaveLength(0);
    expect(logs).toEqual([`Endpoint prod already serves ${v(4)} (${LIVE}); nothing to deploy.`]);
  });

  test('a ledger tag naming the version while the live model serves another: not unchanged', async () => {
    liveModel({ Containers: [{ ModelPackageName: v(3) }] });
    ledger({ 'model-package-arn': v(4) });
    await expect(serves()).resolves.toMatchObject({ yes: false, d: { status: 'in-progress' } });
  });

  test('a model built from an image: the version’s own image, and a model tag that does not name another version', async () => {
    liveModel({ PrimaryContainer: { Image: IMAGE } }, { 'model-package-arn': v(4) });
    expect((await serves()).yes).toBe(true);
    liveModel({ PrimaryContainer: { Image: IMAGE } });
    expect((await serves()).yes).toBe(true);
    liveModel({ PrimaryContainer: { Image: IMAGE } }, { 'model-package-arn': v(3) });
    expect((await serves()).yes).toBe(false);
    // A forged model tag does not make another image the version's.
    liveModel({ PrimaryContainer: { Image: `registry.example.com/ml/fraud@sha256:${'b'.repeat(64)}` } }, { 'model-package-arn': v(4) });
    expect((await serves()).yes).toBe(false);
  });

  test('an endpoint not InService, with an update pending, on a config not ours, or without an ARN: not asked', async () => {
    liveModel({ Containers: [{ ModelPackageName: v(4) }] });
    for (const ep of [
      endpoint({ EndpointStatus: 'Updating' }),
      endpoint({ PendingDeploymentSummary: { EndpointConfigName: 'prod-v5-bbbbbb', StartTime: new Date() } }),
      endpoint({ EndpointConfigName: 'hand-made' }),
      endpoint({ EndpointArn: undefined })
    ]) {
      expect((await serves(ep)).yes).toBe(false);
    }
    expect(sm.calls()).toHaveLength(0);
  });

  test('a live config that cannot be read is not "unchanged": the version is deployed (again)', async () => {
    sm.on(DescribeEndpointConfigCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(serves()).resolves.toMatchObject({ yes: false });
    expect(logs[0]).toMatch(/^Could not read what endpoint prod serves \(sagemaker:DescribeEndpointConfig was denied.*\); deploying .*\/4\.$/);
  });
});

describe('tidyUnchanged: the ledger follows the live config', () => {
  const unchanged = (): Deployment => ({ endpointName: 'prod', status: 'unchanged', endpointArn: EP, configName: LIVE, modelName: LIVE });
  const written = () => sm.commandCalls(AddTagsCommand).map((c) => Object.fromEntries(c.args[0].input.Tags!.map((t) => [t.Key, t.Value])));

  test('a ledger that already names the live version is left alone', async () => {
    ledger({ 'model-package-arn': v(4), 'previous-model-package-arn': v(3) });
    await tidyUnchanged(client, options(), unchanged());
    expect(written()).toEqual([]);
  });

  test('a ledger naming another version (a tag write that failed, or a forged one) is written again', async () => {
    ledger({ 'model-package-arn': v(3), 'previous-model-package-arn': v(2) });
    const d = unchanged();
    await tidyUnchanged(client, options(), d);
    expect(written()).toEqual([expect.objectContaining({ 'model-package-arn': v(4), 'previous-model-package-arn': v(3), 'last-change': 'deploy' })]);
    expect(logs[0]).toBe(`The ledger of prod does not name ${v(4)}, which its live config serves: recording it.`);
    expect(d.followUpWarnings).toBeUndefined();
  });

  test('a ledger that cannot be written is a warning, and nothing is cleaned up', async () => {
    ledger({});
    sm.on(AddTagsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const d = unchanged();
    await tidyUnchanged(client, options(), d);
    expect(d.followUpWarnings).toEqual([expect.stringMatching(/^Could not record the deployment on the endpoint tags: sagemaker:AddTags was denied/)]);
    expect(sm.commandCalls(ListEndpointConfigsCommand)).toHaveLength(0);
  });
});
