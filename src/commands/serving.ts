/**
 * Which versions the endpoints of this account and Region serve, and which ones their ledgers name as rollback
 * targets. Each endpoint's live config is followed to its models and their ModelPackageName (the association
 * SageMaker keeps between an endpoint and a model package version).
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';

import { readLedger, versionsOfConfig } from '../deploy/ledger.js';
import { sagemakerSdk } from '../aws/sdk.js';

export interface ServingView {
  /** Version ARN → names of the endpoints serving it. */
  serving: Map<string, string[]>;
  /** Version ARNs a ledger names (current or previous): never deleted. */
  ledger: Set<string>;
  endpoints: number;
  /** Endpoints whose config or model could not be read (deleted under them): what they serve is unknown. */
  unresolved: string[];
}

async function endpointNames(sm: SageMakerClient): Promise<{ name: string; arn: string }[]> {
  const c = await sagemakerSdk();
  const out: { name: string; arn: string }[] = [];
  let token: string | undefined;
  do {
    const page = await send('sagemaker:ListEndpoints', () => sm.send(new c.ListEndpointsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) })));
    for (const e of page.Endpoints ?? []) if (e.EndpointName && e.EndpointArn) out.push({ name: e.EndpointName, arn: e.EndpointArn });
    token = page.NextToken;
  } while (token);
  return out;
}

export async function servingView(sm: SageMakerClient): Promise<ServingView> {
  const c = await sagemakerSdk();
  const view: ServingView = { serving: new Map(), ledger: new Set(), endpoints: 0, unresolved: [] };
  for (const { name, arn } of await endpointNames(sm)) {
    view.endpoints++;
    const ep = await send('sagemaker:DescribeEndpoint', () => sm.send(new c.DescribeEndpointCommand({ EndpointName: name })));
    // Both the live config and one being deployed serve traffic during a blue/green update.
    const configs = [ep.EndpointConfigName, ep.PendingDeploymentSummary?.EndpointConfigName].filter((n): n is string => !!n);
    for (const config of new Set(configs)) {
      const versions = await versionsOfConfig(sm, config).catch((err: Error) => {
        if (!/not found|Could not find/i.test(err.message)) throw err;
        view.unresolved.push(name);
        return [];
      });
      for (const version of versions) {
        const list = view.serving.get(version) ?? [];
        if (!list.includes(name)) list.push(name);
        view.serving.set(version, list);
      }
    }
    const ledger = await readLedger(sm, arn);
    if (ledger.current) view.ledger.add(ledger.current);
    if (ledger.previous) view.ledger.add(ledger.previous);
  }
  return view;
}
