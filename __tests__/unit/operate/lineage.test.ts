/** The lineage association version → endpoint: found or created, never duplicated. */
import { beforeEach, expect, test } from '@jest/globals';
import {
  AddAssociationCommand,
  CreateArtifactCommand,
  CreateContextCommand,
  ListArtifactsCommand,
  ListAssociationsCommand,
  ListContextsCommand,
  SageMakerClient
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { associateVersion } from '../../../src/operate/lineage.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const VERSION = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/4';
const ENDPOINT = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/fraud-prod';
const ARTIFACT = 'arn:aws:sagemaker:us-east-1:123456789012:artifact/0123456789abcdef0123456789abcdef';
const CONTEXT = 'arn:aws:sagemaker:us-east-1:123456789012:context/fraud-prod-1700000000-aws-endpoint';
const o = { versionArn: VERSION, endpointArn: ENDPOINT, endpointName: 'fraud-prod' };
beforeEach(() => void sm.reset());

test('reuses the endpoint context SageMaker made and the version artifact, and adds the association', async () => {
  sm.on(ListArtifactsCommand).resolves({ ArtifactSummaries: [{ ArtifactArn: ARTIFACT }] });
  sm.on(ListContextsCommand).resolves({ ContextSummaries: [{ ContextArn: CONTEXT }] });
  sm.on(ListAssociationsCommand).resolves({ AssociationSummaries: [] });
  sm.on(AddAssociationCommand).resolves({});
  expect(await associateVersion(client, o)).toBe(`${ARTIFACT} → ${CONTEXT}`);
  expect(sm.commandCalls(ListArtifactsCommand)[0]!.args[0].input).toMatchObject({ SourceUri: VERSION });
  expect(sm.commandCalls(ListContextsCommand)[0]!.args[0].input).toMatchObject({ SourceUri: ENDPOINT });
  expect(sm.commandCalls(AddAssociationCommand)[0]!.args[0].input).toEqual({ SourceArn: ARTIFACT, DestinationArn: CONTEXT, AssociationType: 'ContributedTo' });
  expect(sm.commandCalls(CreateArtifactCommand)).toHaveLength(0);
  expect(sm.commandCalls(CreateContextCommand)).toHaveLength(0);
});

test('creates the artifact and the context when none exists (a private-registry deploy, an endpoint made elsewhere)', async () => {
  sm.on(ListArtifactsCommand).resolves({ ArtifactSummaries: [] });
  sm.on(ListContextsCommand).resolves({ ContextSummaries: [] });
  sm.on(CreateArtifactCommand).resolves({ ArtifactArn: ARTIFACT });
  sm.on(CreateContextCommand).resolves({ ContextArn: CONTEXT });
  sm.on(ListAssociationsCommand).resolves({});
  sm.on(AddAssociationCommand).resolves({});
  await associateVersion(client, o);
  expect(sm.commandCalls(CreateArtifactCommand)[0]!.args[0].input).toEqual({ Source: { SourceUri: VERSION }, ArtifactType: 'ModelPackage' });
  const context = sm.commandCalls(CreateContextCommand)[0]!.args[0].input;
  expect(context).toMatchObject({ Source: { SourceUri: ENDPOINT, SourceType: 'Endpoint' }, ContextType: 'Endpoint' });
  expect(context.ContextName).toMatch(/^fraud-prod-[0-9a-f]{8}$/);
  expect(sm.commandCalls(AddAssociationCommand)).toHaveLength(1);
});

test('an existing association is not added again', async () => {
  sm.on(ListArtifactsCommand).resolves({ ArtifactSummaries: [{ ArtifactArn: ARTIFACT }] });
  sm.on(ListContextsCommand).resolves({ ContextSummaries: [{ ContextArn: CONTEXT }] });
  sm.on(ListAssociationsCommand).resolves({ AssociationSummaries: [{ SourceArn: ARTIFACT, DestinationArn: CONTEXT }] });
  await associateVersion(client, o);
  expect(sm.commandCalls(AddAssociationCommand)).toHaveLength(0);
});

test('a long endpoint name still gives a context name within 120 characters', async () => {
  const name = 'e'.repeat(63);
  sm.on(ListArtifactsCommand).resolves({ ArtifactSummaries: [{ ArtifactArn: ARTIFACT }] });
  sm.on(ListContextsCommand).resolves({});
  sm.on(CreateContextCommand).resolves({ ContextArn: CONTEXT });
  sm.on(ListAssociationsCommand).resolves({});
  sm.on(AddAssociationCommand).resolves({});
  await associateVersion(client, { ...o, endpointName: name, endpointArn: `${ENDPOINT.replace('fraud-prod', name)}` });
  expect(sm.commandCalls(CreateContextCommand)[0]!.args[0].input.ContextName!.length).toBeLessThanOrEqual(120);
});
