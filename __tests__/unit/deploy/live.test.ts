import { beforeEach, describe, expect, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListEndpointConfigsCommand,
  ListTagsCommand,
  SageMakerClient,
  type DescribeEndpointOutput,
  type EndpointConfigSummary
} from '@aws-sdk/client-sagemaker';
import { configsOf, describePackage, readConfig, servedVersions, settledConfig } from '../../../src/deploy/live.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const ACCOUNT = '123456789012';
const v = (n: number) => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/fraud/${n}`;
const modelArn = (name: string) => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/${name}`;
const IMAGE = `registry.example.com/ml/fraud@sha256:${'a'.repeat(64)}`;
const T = new Date('2025-06-01T00:00:00Z');

beforeEach(() => {
  sm.reset();
  sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: 'c' }).resolves({ CreationTime: T, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm' }] });
});

describe('readConfig', () => {
  test('each variant’s model; the tag is read only for a model built from an image', async () => {
    sm.on(DescribeModelCommand, { ModelName: 'm' }).resolves({ ModelArn: modelArn('m'), Containers: [{ ModelPackageName: v(3), Image: IMAGE }] });
    await expect(readConfig(client, 'c')).resolves.toEqual({ name: 'c', created: T, models: [{ name: 'm', containers: [{ ModelPackageName: v(3), Image: IMAGE }] }] });
    expect(sm.commandCalls(ListTagsCommand)).toHaveLength(0);

    sm.on(DescribeModelCommand, { ModelName: 'm' }).resolves({ ModelArn: modelArn('m'), PrimaryContainer: { Image: IMAGE } });
    sm.on(ListTagsCommand, { ResourceArn: modelArn('m') }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(2) }, { Key: 'endpoint', Value: 'prod' }] });
    await expect(readConfig(client, 'c')).resolves.toEqual({ name: 'c', created: T, models: [{ name: 'm', containers: [{ Image: IMAGE }], tag: v(2) }] });
  });

  test('an untagged image model, a variant without a model, a config without a creation time', async () => {
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: 'c' }).resolves({ ProductionVariants: [{ VariantName: 'a', ModelName: 'm' }, { VariantName: 'b' }] });
    sm.on(DescribeModelCommand, { ModelName: 'm' }).resolves({ ModelArn: modelArn('m'), PrimaryContainer: { Image: IMAGE } });
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    await expect(readConfig(client, 'c')).resolves.toEqual({ name: 'c', models: [{ name: 'm', containers: [{ Image: IMAGE }] }, { name: '', containers: [] }] });
  });

  test('a config that cannot be read fails (the caller decides what that means)', async () => {
    sm.on(DescribeEndpointConfigCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(readConfig(client, 'c')).rejects.toThrow('sagemaker:DescribeEndpointConfig was denied');
  });
});

describe('servedVersions', () => {
  const pkg = (arn: string, image = IMAGE) => ({ ModelPackageArn: arn, InferenceSpecification: { Containers: [{ Image: image }] } });

  test('a ModelPackageName as SageMaker reports it, without asking anything more', async () => {
    await expect(servedVersions(client, { name: 'c', models: [{ name: 'm', containers: [{ ModelPackageName: v(3) }] }] })).resolves.toEqual([v(3)]);
    expect(sm.calls()).toHaveLength(0);
  });

  test('an image model: the version its tag names, once that version’s own container is the model’s image', async () => {
    sm.on(DescribeModelPackageCommand, { ModelPackageName: v(2) }).resolves(pkg(v(2)));
    sm.on(DescribeModelPackageCommand, { ModelPackageName: v(4) }).resolves(pkg(v(4), `registry.example.com/ml/fraud@sha256:${'b'.repeat(64)}`));
    sm.on(DescribeModelPackageCommand, { ModelPackageName: v(5) }).rejects(Object.assign(new Error('no such version'), { name: 'ValidationException' }));
    const image = (tag?: string) => ({ name: 'm', containers: [{ Image: IMAGE }], ...(tag ? { tag } : {}) });
    await expect(servedVersions(client, { name: 'c', models: [image(v(2))] })).resolves.toEqual([v(2)]);
    await expect(servedVersions(client, { name: 'c', models: [image(v(4))] })).resolves.toEqual([]);
    await expect(servedVersions(client, { name: 'c', models: [image(v(5))] })).resolves.toEqual([]);
    await expect(servedVersions(client, { name: 'c', models: [image()] })).resolves.toEqual([]);
    await expect(servedVersions(client, { name: 'c', models: [image(v(2)), { name: 'n', containers: [{ ModelPackageName: v(2) }] }] })).resolves.toEqual([v(2)]);
  });
});

describe('settledConfig', () => {
  const ep = (extra: Partial<DescribeEndpointOutput>) => ({ EndpointName: 'prod', EndpointStatus: 'InService', EndpointConfigName: 'c', ...extra }) as DescribeEndpointOutput;
  test('only an endpoint InService with no update pending has a settled live config', () => {
    expect(settledConfig(ep({}))).toBe('c');
    expect(settledConfig(ep({ EndpointStatus: 'Updating' }))).toBeUndefined();
    expect(settledConfig(ep({ PendingDeploymentSummary: { EndpointConfigName: 'd', StartTime: T } }))).toBeUndefined();
    expect(settledConfig(ep({ EndpointConfigName: '' }))).toBeUndefined();
  });
});

describe('configsOf', () => {
  // CreationTime is required in the model; a summary without one is what a faulty answer would look like.
  const summary = (name: string, created?: Date) =>
    ({ EndpointConfigName: name, EndpointConfigArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint-config/${name}`, ...(created ? { CreationTime: created } : {}) }) as EndpointConfigSummary;

  test('this action’s configs of the endpoint, every page, with their creation times', async () => {
    sm.on(ListEndpointConfigsCommand)
      .resolvesOnce({ EndpointConfigs: [summary('prod-v3-aaaaaa', T), summary('prod-2-v3-bbbbbb', T), summary('hand-made')], NextToken: 'n' })
      .resolves({ EndpointConfigs: [summary('prod-v2-cccccc')] });
    await expect(configsOf(client, 'prod')).resolves.toEqual([{ name: 'prod-v3-aaaaaa', created: T }, { name: 'prod-v2-cccccc' }]);
    expect(sm.commandCalls(ListEndpointConfigsCommand).map((c) => c.args[0].input)).toEqual([
      { NameContains: 'prod', MaxResults: 100 },
      { NameContains: 'prod', MaxResults: 100, NextToken: 'n' }
    ]);
  });

  test('a name cut to 63 characters counts only when its endpoint tag names this endpoint', async () => {
    const long = 'e'.repeat(63);
    const cut = `${'e'.repeat(53)}-v3-aaaaaa`;
    const other = `${'e'.repeat(53)}-v4-bbbbbb`;
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [summary(cut, T), summary(other, T)] });
    for (const [name, endpoint] of [[cut, long], [other, `${'e'.repeat(62)}f`]] as const) {
      sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: name }).resolves({ EndpointConfigArn: summary(name).EndpointConfigArn });
      sm.on(ListTagsCommand, { ResourceArn: summary(name).EndpointConfigArn }).resolves({ Tags: [{ Key: 'endpoint', Value: endpoint }] });
    }
    await expect(configsOf(client, long)).resolves.toEqual([{ name: cut, created: T }]);
    expect(sm.commandCalls(ListEndpointConfigsCommand)[0]!.args[0].input.NameContains).toBe('e'.repeat(40));
  });
});

describe('what is not asked, and what a denied call says', () => {
  const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

  test('a model of several containers (an inference pipeline) names no version: its tags are not read', async () => {
    sm.on(DescribeModelCommand, { ModelName: 'm' }).resolves({ ModelArn: modelArn('m'), Containers: [{ Image: IMAGE }, { Image: IMAGE }] });
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(2) }] });
    await expect(readConfig(client, 'c')).resolves.toEqual({ name: 'c', created: T, models: [{ name: 'm', containers: [{ Image: IMAGE }, { Image: IMAGE }] }] });
    expect(sm.commandCalls(ListTagsCommand)).toHaveLength(0);
  });

  test.each([
    ['DescribeModel', DescribeModelCommand, () => readConfig(client, 'c')],
    ['DescribeModelPackage', DescribeModelPackageCommand, () => describePackage(client, v(2))],
    ['ListEndpointConfigs', ListEndpointConfigsCommand, () => configsOf(client, 'prod')],
    ['DescribeEndpointConfig', DescribeEndpointConfigCommand, () => configsOf(client, 'e'.repeat(63))]
  ] as const)('a denied %s names sagemaker:%s', async (name, command, call) => {
    // configsOf describes a config whose name was cut to 63 characters, to read its endpoint tag.
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [{ EndpointConfigName: `${'e'.repeat(53)}-v3-aaaaaa`, EndpointConfigArn: 'arn:x', CreationTime: T }] });
    sm.on(command as typeof DescribeModelCommand).rejects(denied());
    await expect(call()).rejects.toThrow(`sagemaker:${name} was denied`);
  });
});
