import { beforeEach, describe, expect, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { AddTagsCommand, DescribeEndpointConfigCommand, DescribeModelCommand, ListTagsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ledgerFromTags, markRollback, readLedger, recordDeployment, versionsOfConfig } from '../../../src/deploy/ledger.js';
import type { RunContext } from '../../../src/github/context.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const EP = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/prod';
const v = (n: number) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/g/${n}`;
const ctx = { sha: 'a'.repeat(40), runId: '9' } as RunContext;
const tagsWritten = () => Object.fromEntries((sm.commandCalls(AddTagsCommand)[0]?.args[0].input.Tags ?? []).map((t) => [t.Key, t.Value]));

beforeEach(() => {
  sm.reset();
  sm.on(AddTagsCommand).resolves({});
});

test('a new version moves the recorded one to previous-model-package-arn', async () => {
  sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(1) }] });
  await expect(recordDeployment(client, { endpointArn: EP, versionArn: v(2), ctx, clean: (s) => s })).resolves.toEqual({ current: v(2), previous: v(1) });
  expect(tagsWritten()).toEqual({ 'model-package-arn': v(2), 'previous-model-package-arn': v(1), 'last-change': 'deploy', 'git-commit': ctx.sha, 'github-run-id': '9' });
});

test('re-deploying the recorded version keeps the previous entry', async () => {
  sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(2) }, { Key: 'previous-model-package-arn', Value: v(1) }] });
  await recordDeployment(client, { endpointArn: EP, versionArn: v(2), ctx, clean: (s) => s });
  expect(tagsWritten()['previous-model-package-arn']).toBe(v(1));
});

test('an endpoint without ledger tags: the previous version is read from the model of the config it served', async () => {
  sm.on(ListTagsCommand).resolves({ Tags: [] });
  sm.on(DescribeEndpointConfigCommand).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'old-model' }] });
  sm.on(DescribeModelCommand).resolves({ Containers: [{ ModelPackageName: v(7) }] });
  await expect(recordDeployment(client, { endpointArn: EP, versionArn: v(8), previousConfig: 'old-config', ctx, clean: (s) => s })).resolves.toEqual({ current: v(8), previous: v(7) });
});

test('a model built from the image (private registry, pending version) names its version by its model-package-arn tag', async () => {
  const MODEL = 'arn:aws:sagemaker:us-east-1:123456789012:model/prod-v3-9-1';
  sm.on(DescribeEndpointConfigCommand).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'prod-v3-9-1' }] });
  sm.on(DescribeModelCommand).resolves({ ModelArn: MODEL, PrimaryContainer: { Image: 'registry.example.com/ml/model@sha256:' + 'a'.repeat(64) } });
  sm.on(ListTagsCommand, { ResourceArn: MODEL }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(3) }, { Key: 'managed-by', Value: 'x' }] });
  await expect(versionsOfConfig(client, 'prod-v3-9-1')).resolves.toEqual([v(3)]);
});

test('a model without a package name or the tag serves no known version', async () => {
  sm.on(DescribeEndpointConfigCommand).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'foreign' }] });
  sm.on(DescribeModelCommand).resolves({ ModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/foreign', PrimaryContainer: { Image: 'x' } });
  sm.on(ListTagsCommand).resolves({ Tags: [] });
  await expect(versionsOfConfig(client, 'foreign')).resolves.toEqual([]);
});

describe('the previous version is what the config that served before provably served, not what the tags said', () => {
  const served = (model: object) => {
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: 'old-config' }).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'old-model' }] });
    sm.on(DescribeModelCommand, { ModelName: 'old-model' }).resolves(model);
  };
  const record = (versionArn: string) => recordDeployment(client, { endpointArn: EP, versionArn, previousConfig: 'old-config', ctx, clean: (s) => s });

  test('a tag already naming the new version (forged, or a re-run) does not hide the version it replaced', async () => {
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(2) }, { Key: 'previous-model-package-arn', Value: v(0) }] });
    served({ Containers: [{ ModelPackageName: v(1) }] });
    await expect(record(v(2))).resolves.toEqual({ current: v(2), previous: v(1) });
    expect(tagsWritten()['previous-model-package-arn']).toBe(v(1));
  });

  test('tags naming another previous version lose to the config', async () => {
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(5) }] });
    served({ Containers: [{ ModelPackageName: v(1) }] });
    await expect(record(v(2))).resolves.toEqual({ current: v(2), previous: v(1) });
  });

  test('a re-deploy of the version the config served keeps the recorded previous entry', async () => {
    sm.on(ListTagsCommand).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(2) }, { Key: 'previous-model-package-arn', Value: v(1) }] });
    served({ Containers: [{ ModelPackageName: v(2) }] });
    await expect(record(v(2))).resolves.toEqual({ current: v(2), previous: v(1) });
  });

  test('a config that cannot be read, or names no version this action can confirm: the tags are the fallback', async () => {
    sm.on(ListTagsCommand, { ResourceArn: EP }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(1) }] });
    sm.on(DescribeEndpointConfigCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(record(v(2))).resolves.toEqual({ current: v(2), previous: v(1) });
    sm.reset();
    sm.on(AddTagsCommand).resolves({});
    sm.on(ListTagsCommand, { ResourceArn: EP }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(1) }] });
    served({ ModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/old-model', PrimaryContainer: { Image: 'x' } });
    sm.on(ListTagsCommand, { ResourceArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/old-model' }).resolves({ Tags: [] });
    await expect(record(v(2))).resolves.toEqual({ current: v(2), previous: v(1) });
  });
});

describe('reading and marking the ledger', () => {
  const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

  test('the tags give the current and previous versions; only last-change rollback marks a rollback', async () => {
    expect(ledgerFromTags({ 'model-package-arn': v(2), 'previous-model-package-arn': v(1), 'last-change': 'deploy' })).toEqual({ current: v(2), previous: v(1) });
    expect(ledgerFromTags({ 'last-change': 'rollback' })).toEqual({ rolledBack: true });
    expect(ledgerFromTags({ 'last-change': '' })).toEqual({});
    sm.on(ListTagsCommand, { ResourceArn: EP }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(2) }, { Key: 'last-change', Value: 'rollback' }] });
    await expect(readLedger(client, EP)).resolves.toEqual({ current: v(2), rolledBack: true });
  });

  test('markRollback tags the endpoint last-change rollback; a denied call names sagemaker:AddTags', async () => {
    await markRollback(client, EP);
    expect(sm.commandCalls(AddTagsCommand).map((c) => c.args[0].input)).toEqual([{ ResourceArn: EP, Tags: [{ Key: 'last-change', Value: 'rollback' }] }]);
    sm.on(AddTagsCommand).rejects(denied());
    await expect(markRollback(client, EP)).rejects.toThrow('sagemaker:AddTags was denied');
  });

  test('recordDeployment: a run without a commit records git-commit unknown; a denied AddTags names the permission', async () => {
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    await recordDeployment(client, { endpointArn: EP, versionArn: v(2), ctx: { runId: '' } as RunContext, clean: (s) => s });
    expect(tagsWritten()).toEqual({ 'model-package-arn': v(2), 'last-change': 'deploy', 'git-commit': 'unknown' });
    sm.on(AddTagsCommand).rejects(denied());
    await expect(recordDeployment(client, { endpointArn: EP, versionArn: v(2), ctx, clean: (s) => s })).rejects.toThrow('sagemaker:AddTags was denied');
  });

  test('a re-deploy of what the config served keeps the recorded previous version, even when the current tag names another', async () => {
    sm.on(ListTagsCommand, { ResourceArn: EP }).resolves({ Tags: [{ Key: 'model-package-arn', Value: v(5) }, { Key: 'previous-model-package-arn', Value: v(1) }] });
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: 'old-config' }).resolves({ ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'old-model' }] });
    sm.on(DescribeModelCommand, { ModelName: 'old-model' }).resolves({ Containers: [{ ModelPackageName: v(2) }] });
    await expect(recordDeployment(client, { endpointArn: EP, versionArn: v(2), previousConfig: 'old-config', ctx, clean: (s) => s })).resolves.toEqual({ current: v(2), previous: v(1) });
  });

  test('versionsOfConfig: a variant without a model (inference components) is skipped; denied calls name their permission', async () => {
    sm.on(DescribeEndpointConfigCommand).resolves({ ProductionVariants: [{ VariantName: 'components' }, { VariantName: 'AllTraffic', ModelName: 'm' }] });
    sm.on(DescribeModelCommand).rejects(Object.assign(new Error('1 validation error detected: ModelName'), { name: 'ValidationException' }));
    sm.on(DescribeModelCommand, { ModelName: 'm' }).resolves({ PrimaryContainer: { ModelPackageName: v(3) } });
    await expect(versionsOfConfig(client, 'c')).resolves.toEqual([v(3)]);
    sm.on(DescribeModelCommand, { ModelName: 'm' }).rejects(denied());
    await expect(versionsOfConfig(client, 'c')).rejects.toThrow('sagemaker:DescribeModel was denied');
    sm.on(DescribeEndpointConfigCommand).rejects(denied());
    await expect(versionsOfConfig(client, 'c')).rejects.toThrow('sagemaker:DescribeEndpointConfig was denied');
  });
});
