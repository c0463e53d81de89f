/**
 * runningExperiments: ListInferenceExperiments has no endpoint filter and its summaries name no endpoint (the official
 * model), so every unended ShadowMode experiment is described to read its endpoint. The deploy's refusal is tested in
 * step.test.ts.
 */
import { expect, test } from '@jest/globals';
import { DescribeInferenceExperimentCommand, ListInferenceExperimentsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { deployRefusal, runningExperiments } from '../../../src/deploy/experiments.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const T = new Date('2025-06-01T12:00:00Z');

test('lists ShadowMode experiments on every page and describes only the unended ones, keeping those on the endpoint', async () => {
  const xs = [['done', 'fraud-prod', 'Completed'], ['other', 'fraud-staging', 'Running'], ['ours', 'Fraud-Prod', 'Stopping'], ['raced', 'fraud-prod', 'Creating']];
  const summary = ([name, , status]: string[]) => ({ Name: name, Type: 'ShadowMode' as const, Status: status as never, CreationTime: T, LastModifiedTime: T });
  sm.on(ListInferenceExperimentsCommand).resolvesOnce({ InferenceExperiments: xs.slice(0, 2).map(summary), NextToken: 'p2' }).resolves({ InferenceExperiments: xs.slice(2).map(summary) });
  for (const [name, endpoint, status] of xs) {
    // 'raced' ended between the list and the description.
    sm.on(DescribeInferenceExperimentCommand, { Name: name }).resolves({ Name: name, Status: (name === 'raced' ? 'Cancelled' : status) as never, EndpointMetadata: { EndpointName: endpoint! }, ModelVariants: [{ ModelName: 'prod-model' }, { ModelName: `${name}-candidate` }] as never });
  }
  const found = await runningExperiments(client, 'fraud-prod');
  expect(found).toEqual([{ name: 'ours', status: 'Stopping', endpoint: 'Fraud-Prod', models: ['prod-model', 'ours-candidate'] }]);
  expect(sm.commandCalls(ListInferenceExperimentsCommand).map((c) => c.args[0].input)).toEqual([{ Type: 'ShadowMode', MaxResults: 100 }, { Type: 'ShadowMode', MaxResults: 100, NextToken: 'p2' }]);
  expect(sm.commandCalls(DescribeInferenceExperimentCommand).map((c) => c.args[0].input.Name)).toEqual(['other', 'ours', 'raced']);
  sm.on(ListInferenceExperimentsCommand).resolves({ InferenceExperiments: xs.map(summary) });
  expect((await runningExperiments(client)).map((x) => x.name)).toEqual(['other', 'ours']);
  expect(deployRefusal('fraud-prod', found).message).toBe(
    'Refused: inference experiment ours (Stopping) runs on endpoint fraud-prod; a deploy would replace its configuration and delete models it uses. Wait for it to end or stop it (StopInferenceExperiment), then deploy again. Nothing was changed.'
  );
});
