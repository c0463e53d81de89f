/**
 * Which versions the endpoints of this account and Region serve, and which ones their ledgers name as rollback
 * targets. Each endpoint's live config and the config it is being updated to are followed to the models of their
 * production and shadow variants; with `components`, the inference components of an endpoint whose variants host
 * no model are followed to theirs (see model-use.ts for how a model names its version).
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { sagemakerSdk } from '../aws/sdk.js';
import { ledgerFromTags } from '../deploy/ledger.js';
import { liveKind } from '../deploy/kind.js';
import type { EndpointType } from '../inputs/endpoint-kind.js';
import { listAll, readOrGone, UseReader, type Use } from './model-use.js';

export interface ServingView {
  /** Version ARN → names of the endpoints serving it (production or shadow variant, pending config, inference component). */
  serving: Map<string, string[]>;
  /** Version ARNs a ledger names (current or previous): never deleted. */
  ledger: Set<string>;
  endpoints: number;
  /** Inference components read (only with `components`). */
  components: number;
  /** Endpoints (or `endpoint (inference component c)`) whose config or model no longer exists: what they serve is unknown. */
  unresolved: string[];
  /** Endpoint name → real-time, serverless or async, as DescribeEndpoint shows it. */
  kinds: Map<string, EndpointType>;
}

export interface ServingOptions {
  /** Also follow inference components (needs sagemaker:ListInferenceComponents and DescribeInferenceComponent). */
  components?: boolean;
  /** Shares what was read with a caller that reads more (prune's endpoint configurations). */
  reader?: UseReader;
}

async function endpointNames(sm: SageMakerClient): Promise<string[]> {
  const c = await sagemakerSdk();
  const all = await listAll('sagemaker:ListEndpoints', async (token) => {
    const page = await sm.send(new c.ListEndpointsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
    return { items: page.Endpoints, next: page.NextToken };
  });
  return all.map((e) => e.EndpointName).filter((n): n is string => !!n);
}

function note(view: ServingView, endpoint: string, use: Use, label = endpoint): void {
  for (const version of use.versions) {
    const list = view.serving.get(version) ?? [];
    if (!list.includes(endpoint)) list.push(endpoint);
    view.serving.set(version, list);
  }
  if (use.missingModels.length && !view.unresolved.includes(label)) view.unresolved.push(label);
}

async function componentsOf(sm: SageMakerClient, reader: UseReader, endpoint: string, view: ServingView): Promise<void> {
  const c = await sagemakerSdk();
  const names = await listAll('sagemaker:ListInferenceComponents', async (token) => {
    const page = await sm.send(new c.ListInferenceComponentsCommand({ EndpointNameEquals: endpoint, MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
    return { items: page.InferenceComponents, next: page.NextToken };
  });
  for (const { InferenceComponentName: name } of names) {
    const use = name ? await reader.component(name) : undefined;
    if (!use) continue; // deleted since it was listed
    view.components++;
    note(view, endpoint, use, `${endpoint} (inference component ${name})`);
  }
}

async function endpointUse(sm: SageMakerClient, name: string, view: ServingView, o: Required<ServingOptions>): Promise<void> {
  const c = await sagemakerSdk();
  const ep = await readOrGone(`endpoint ${name}`, 'sagemaker:DescribeEndpoint', () => sm.send(new c.DescribeEndpointCommand({ EndpointName: name })));
  if (!ep) return; // deleted since it was listed
  view.endpoints++;
  view.kinds.set(name, liveKind(ep));
  // Both the live config and one being deployed serve traffic during a blue/green update.
  const configs = [ep.EndpointConfigName, ep.PendingDeploymentSummary?.EndpointConfigName].filter((n): n is string => !!n);
  let components = false;
  for (const config of new Set(configs)) {
    const use = await o.reader.config(config);
    if (!use) {
      if (!view.unresolved.includes(name)) view.unresolved.push(name);
      continue;
    }
    components ||= use.components;
    note(view, name, use);
  }
  if (o.components && components) await componentsOf(sm, o.reader, name, view);
  const tags = ep.EndpointArn ? await o.reader.tags(`endpoint ${name}`, ep.EndpointArn) : undefined;
  const ledger = ledgerFromTags(tags ?? {});
  if (ledger.current) view.ledger.add(ledger.current);
  if (ledger.previous) view.ledger.add(ledger.previous);
}

export async function servingView(sm: SageMakerClient, o: ServingOptions = {}): Promise<ServingView> {
  const options = { components: o.components ?? false, reader: o.reader ?? new UseReader(sm) };
  const view: ServingView = { serving: new Map(), ledger: new Set(), endpoints: 0, components: 0, unresolved: [], kinds: new Map() };
  for (const name of await endpointNames(sm)) await endpointUse(sm, name, view, options);
  return view;
}
