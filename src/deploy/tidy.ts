/**
 * Cleanup on the "unchanged" path. A run that finds its version already live and recorded returns early, yet an
 * earlier attempt may have gone live and then failed to delete an old config or model (denied, throttled, cancelled):
 * without this, the leftover stays until the next deploy. Keeps the live config and the config of the version the
 * deployment ledger names as previous (rollback's default target); deletes the rest as a deploy's cleanup would.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { cleanup } from './endpoint.js';
import { readLedger, versionsOfConfig } from './ledger.js';
import { isOurName } from './plan.js';
import type { DeployOptions, Deployment } from './step.js';

export async function tidyUnchanged(sm: SageMakerClient, o: DeployOptions, d: Deployment): Promise<void> {
  const endpoint = o.deploy.endpointName;
  const live = d.configName;
  if (!d.endpointArn || !live) return;
  try {
    const { previous } = await readLedger(sm, d.endpointArn);
    const kept = previous ? await newestConfigOf(sm, endpoint, previous, live) : undefined;
    if (previous && !kept) {
      // Which config a rollback would use is unknown: deleting nothing is the safe choice.
      o.log.info(`No config of ${endpoint} serves the previous version ${previous}; old configs are left for the next deploy's cleanup.`);
      return;
    }
    if (kept) d.previousConfig = kept;
    await cleanup(sm, endpoint, [live, ...(kept ? [kept] : [])], o.log);
  } catch (err) {
    const message = `Could not clean up old endpoint configs: ${(err as Error).message}`;
    (d.followUpWarnings ??= []).push(message);
    o.log.warning(message);
  }
}

/** The newest of this action's configs for `endpoint` (other than `live`) whose model serves `versionArn`. */
async function newestConfigOf(sm: SageMakerClient, endpoint: string, versionArn: string, live: string): Promise<string | undefined> {
  const { ListEndpointConfigsCommand } = await sagemakerSdk();
  const configs: { name: string; created: number }[] = [];
  let token: string | undefined;
  do {
    const page = await send('sagemaker:ListEndpointConfigs', () =>
      sm.send(new ListEndpointConfigsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) }))
    );
    for (const c of page.EndpointConfigs ?? []) {
      if (c.EndpointConfigName && c.EndpointConfigName !== live && isOurName(endpoint, c.EndpointConfigName)) {
        configs.push({ name: c.EndpointConfigName, created: c.CreationTime?.getTime() ?? 0 });
      }
    }
    token = page.NextToken;
  } while (token);
  configs.sort((a, b) => b.created - a.created);
  for (const c of configs) if ((await versionsOfConfig(sm, c.name).catch((): string[] => [])).includes(versionArn)) return c.name;
  return undefined;
}
