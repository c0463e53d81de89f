import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';


/**
 * Records "this version serves on this endpoint" in SageMaker Lineage: an association from the version's
 * artifact (SourceUri = the version ARN) to the endpoint's context (SourceUri = the endpoint ARN), each found
 * or created. SageMaker links them itself only for models created from ModelPackageName; private-registry
 * and pending-version deployments need this. Returns the association as `<artifact> → <context>`.
 */
export async function associateVersion(sm: SageMakerClient, o: { versionArn: string; endpointArn: string; endpointName: string }): Promise<string> {
  const artifact = await versionArtifact(sm, o.versionArn);
  const context = await endpointContext(sm, o.endpointArn, o.endpointName);
  const c = await sagemakerSdk();
  const existing = await send('sagemaker:ListAssociations', () => sm.send(new c.ListAssociationsCommand({ SourceArn: artifact, DestinationArn: context, MaxResults: 10 })));
  if (!existing.AssociationSummaries?.length) {
    await send('sagemaker:AddAssociation', () => sm.send(new c.AddAssociationCommand({ SourceArn: artifact, DestinationArn: context, AssociationType: 'ContributedTo' })));
  }
  return `${artifact} → ${context}`;
}

async function versionArtifact(sm: SageMakerClient, versionArn: string): Promise<string> {
  const c = await sagemakerSdk();
  const found = await send('sagemaker:ListArtifacts', () => sm.send(new c.ListArtifactsCommand({ SourceUri: versionArn, MaxResults: 10 })));
  const arn = found.ArtifactSummaries?.[0]?.ArtifactArn;
  if (arn) return arn;
  const made = await send('sagemaker:CreateArtifact', () =>
    sm.send(new c.CreateArtifactCommand({ Source: { SourceUri: versionArn }, ArtifactType: 'ModelPackage' }))
  );
  return made.ArtifactArn!;
}

async function endpointContext(sm: SageMakerClient, endpointArn: string, endpointName: string): Promise<string> {
  const c = await sagemakerSdk();
  const found = await send('sagemaker:ListContexts', () => sm.send(new c.ListContextsCommand({ SourceUri: endpointArn, MaxResults: 10 })));
  const arn = found.ContextSummaries?.[0]?.ContextArn;
  if (arn) return arn;
  // Context names are unique in the account and at most 120 characters; the ARN's hash keeps them apart.
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256').update(endpointArn).digest('hex').slice(0, 8);
  const made = await send('sagemaker:CreateContext', () =>
    sm.send(new c.CreateContextCommand({ ContextName: `${endpointName.slice(0, 100)}-${hash}`, Source: { SourceUri: endpointArn, SourceType: 'Endpoint' }, ContextType: 'Endpoint' }))
  );
  return made.ContextArn!;
}
