/**
 * Every version something in this account and Region uses, for prune: what endpoints serve (production and
 * shadow variants of the live and pending configs, inference components), what their ledgers name, and what any
 * endpoint configuration names, because a rollback (or a blue/green auto-rollback) can put a config back.
 *
 * Cost, in calls: ListEndpoints, ListEndpointConfigs and ListInferenceComponents one per 100 items; per endpoint
 * DescribeEndpoint and ListTags (its ledger); per endpoint configuration one DescribeEndpointConfig; per distinct
 * model one DescribeModel, plus ListTags when no container names a version; per inference component one
 * DescribeInferenceComponent (listed only for endpoints whose variants host no model). Each config and model is
 * read once, however many endpoints share it.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { sagemakerSdk } from '../aws/sdk.js';
import { listAll, UseReader } from './model-use.js';
import { servingView, type ServingView } from './serving.js';

export interface InUseView extends ServingView {
  /** Version ARN → endpoint configurations whose models were made from it (whether or not an endpoint uses them). */
  configs: Map<string, string[]>;
  /** Endpoint configurations read. */
  configCount: number;
}

async function configNames(sm: SageMakerClient): Promise<string[]> {
  const c = await sagemakerSdk();
  const all = await listAll('sagemaker:ListEndpointConfigs', async (token) => {
    const page = await sm.send(new c.ListEndpointConfigsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
    return { items: page.EndpointConfigs, next: page.NextToken };
  });
  return all.map((e) => e.EndpointConfigName).filter((n): n is string => !!n);
}

/**
 * Endpoints first, configurations last, so a config created while this runs is still seen. A config whose model
 * no longer exists cannot be deployed again, so the versions of its other models are all it keeps.
 */
export async function inUseView(sm: SageMakerClient): Promise<InUseView> {
  const reader = new UseReader(sm);
  const view = await servingView(sm, { components: true, reader });
  const configs = new Map<string, string[]>();
  let configCount = 0;
  for (const name of await configNames(sm)) {
    const use = await reader.config(name);
    if (!use) continue; // deleted since it was listed
    configCount++;
    for (const version of use.versions) configs.set(version, [...(configs.get(version) ?? []), name]);
  }
  return { ...view, configs, configCount };
}
