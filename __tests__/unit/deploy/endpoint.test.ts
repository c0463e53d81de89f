import { beforeEach, expect, test } from '@jest/globals';
import {
  DeleteEndpointConfigCommand, DeleteModelCommand, DescribeEndpointConfigCommand, ListEndpointConfigsCommand, ListTagsCommand, SageMakerClient
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { resourceName } from '../../../src/deploy/plan.js';
import { cleanup } from '../../../src/deploy/endpoint.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const log = { info: () => undefined, warning: () => undefined };
beforeEach(() => {
  sm.reset();
});

test('names cut to 63 characters are deleted only when their endpoint tag is ours', async () => {
  const mineLong = `${'a'.repeat(62)}b`;
  const theirsLong = `${'a'.repeat(62)}c`;
  const old = resourceName(mineLong, 1, '1', '1', 'arn:1');
  const other = resourceName(theirsLong, 1, '1', '1', 'arn:2');
  const live = resourceName(mineLong, 2, '1', '1', 'arn:3');
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [old, other, live].map((EndpointConfigName) => ({ EndpointConfigName, EndpointConfigArn: 'x', CreationTime: new Date() })) });
  sm.on(DescribeEndpointConfigCommand).callsFake((input: { EndpointConfigName: string }) => ({ EndpointConfigArn: `arn:aws:sagemaker:us-east-1:1:endpoint-config/${input.EndpointConfigName}` }));
  sm.on(ListTagsCommand).callsFake((input: { ResourceArn: string }) => ({
    Tags: [{ Key: 'endpoint', Value: input.ResourceArn.endsWith(old) ? mineLong : theirsLong }]
  }));
  const deleted = await cleanup(client, mineLong, [live], log);
  expect(deleted).toEqual([old]);
  expect(sm.commandCalls(DeleteEndpointConfigCommand).map((c) => c.args[0].input.EndpointConfigName)).toEqual([old]);
  expect(sm.commandCalls(DeleteModelCommand).map((c) => c.args[0].input.ModelName)).toEqual([old]);
});

test('short names match exactly and need no tag lookups', async () => {
  const old = resourceName('fraud', 1, '1', '1', 'arn:1');
  const live = resourceName('fraud', 2, '1', '1', 'arn:2');
  const neighbour = resourceName('fraud-v3', 1, '1', '1', 'arn:3');
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [old, live, neighbour].map((EndpointConfigName) => ({ EndpointConfigName, EndpointConfigArn: 'x', CreationTime: new Date() })) });
  expect(await cleanup(client, 'fraud', [live], log)).toEqual([old]);
  expect(sm.commandCalls(ListTagsCommand)).toHaveLength(0);
});
