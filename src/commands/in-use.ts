/**
 * Every version something in this account and Region uses, for prune: what endpoints serve (production and
 * shadow variants of the live and pending configs, inference components), what their ledgers name, what any
 * endpoint configuration names, because a rollback (or a blue/green auto-rollback) can put a config back, and the
 * models of inference experiments (shadow tests) that have not ended.
 *
 * Cost, in calls: ListEndpoints, ListEndpointConfigs and ListInferenceComponents one per 100 items; per endpoint
 * DescribeEndpoint and ListTags (its ledger); per endpoint configuration one DescribeEndpointConfig; per distinct
 * model one DescribeModel, plus ListTags when no container names a version; per inference component one
 * DescribeInferenceComponent (listed only for endpoints whose variants host no model); ListInferenceExperiments one
 * per 100 and one DescribeInferenceExperiment per experiment not ended. Each config and model is read once, however
 * many endpoints share it.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { sagemakerSdk } from '../aws/sdk.js';
import { runningExperiments } from '../deploy/experiments.js';
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
  // A shadow test's models are in no config of ours, and the endpoint shows its shadow variant only once it runs.
  for (const x of await runningExperiments(sm)) {
    const label = `${x.endpoint} (inference experiment ${x.name})`;
    for (const model of x.models) {
      const versions = await reader.model(model);
      if (!versions && !view.unresolved.includes(label)) view.unresolved.push(label);
      for (const version of versions ?? []) view.serving.set(version, [...(view.serving.get(version) ?? []).filter((e) => e !== label), label]);
    }
  }
  return { ...view, configs, configCount };
}
