import type { DescribeEndpointOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { isOurName } from './plan.js';
import { sagemakerSdk } from '../aws/sdk.js';


/** DescribeEndpoint, or undefined when the endpoint does not exist. */
export async function findEndpoint(sm: SageMakerClient, name: string): Promise<DescribeEndpointOutput | undefined> {
  const { DescribeEndpointCommand } = await sagemakerSdk();
  try {
    return await sm.send(new DescribeEndpointCommand({ EndpointName: name }));
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e.name === 'ValidationException' && /Could not find endpoint/i.test(e.message ?? '')) return undefined;
    return send('sagemaker:DescribeEndpoint', () => Promise.reject(err));
  }
}

export async function describeEndpoint(sm: SageMakerClient, name: string): Promise<DescribeEndpointOutput> {
  const { DescribeEndpointCommand } = await sagemakerSdk();
  return send('sagemaker:DescribeEndpoint', () => sm.send(new DescribeEndpointCommand({ EndpointName: name })));
}

/** The tags of any SageMaker resource (endpoint, model, …) as a map. */
export async function tagsOf(sm: SageMakerClient, arn: string): Promise<Record<string, string>> {
  const { ListTagsCommand } = await sagemakerSdk();
  const out = await send('sagemaker:ListTags', () => sm.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 100 })));
  return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key!, t.Value ?? '']));
}

async function taggedFor(sm: SageMakerClient, endpoint: string, names: string[]): Promise<string[]> {
  const { DescribeEndpointConfigCommand } = await sagemakerSdk();
  const mine: string[] = [];
  for (const name of names) {
    const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })));
    if (config.EndpointConfigArn && (await tagsOf(sm, config.EndpointConfigArn)).endpoint === endpoint) mine.push(name);
  }
  return mine;
}

/**
 * Deletes the endpoint configs and models this action made for the endpoint, except the ones to keep
 * (the live config and the previous one, which a rollback needs). Returns what was deleted.
 */
export async function cleanup(sm: SageMakerClient, endpoint: string, keep: string[], log: { info(m: string): void; warning(m: string): void }): Promise<string[]> {
  const { ListEndpointConfigsCommand, DeleteEndpointConfigCommand, DeleteModelCommand } = await sagemakerSdk();
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await send('sagemaker:ListEndpointConfigs', () =>
      sm.send(new ListEndpointConfigsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) }))
    );
    for (const c of page.EndpointConfigs ?? []) if (c.EndpointConfigName) names.push(c.EndpointConfigName);
    token = page.NextToken;
  } while (token);
  let doomed = names.filter((n) => isOurName(endpoint, n) && !keep.includes(n));
  // A name cut to fit 63 characters could come from another endpoint sharing the prefix: check the tag.
  if (doomed.some((n) => !n.startsWith(`${endpoint}-v`))) doomed = await taggedFor(sm, endpoint, doomed);
  const gone = (err: Error) => {
    if (!/Could not find|not found/i.test(err.message)) throw err;
  };
  // Models carry the same name as their config; a model whose config is gone (an earlier cleanup that stopped
  // half-way, a create whose answer was lost) goes too.
  const orphans = (await ourModels(sm, endpoint)).filter((m) => !keep.includes(m) && !names.includes(m));
  for (const name of [...doomed, ...orphans]) {
    try {
      if (doomed.includes(name)) await send('sagemaker:DeleteEndpointConfig', () => sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: name }))).catch(gone);
      await send('sagemaker:DeleteModel', () => sm.send(new DeleteModelCommand({ ModelName: name }))).catch(gone);
      log.info(`Deleted the old endpoint config and model ${name}`);
    } catch (err) {
      log.warning(`Could not delete ${name}: ${(err as Error).message}`);
    }
  }
  return [...doomed, ...orphans];
}

/** The models named as this action names an endpoint's models (exact prefix, see isOurName). */
async function ourModels(sm: SageMakerClient, endpoint: string): Promise<string[]> {
  const { ListModelsCommand } = await sagemakerSdk();
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await send('sagemaker:ListModels', () => sm.send(new ListModelsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) })));
    for (const m of page?.Models ?? []) if (m.ModelName && isOurName(endpoint, m.ModelName) && m.ModelName.startsWith(`${endpoint}-v`)) names.push(m.ModelName);
    token = page?.NextToken;
  } while (token);
  return names;
}
