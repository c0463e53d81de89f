/**
 * Work on the "unchanged" path. A run that finds its version already live returns early, yet an earlier attempt
 * may have gone live and then failed to record it in the ledger, or to delete an old config or model (denied,
 * throttled, cancelled): without this, the ledger stays wrong and the leftover stays until the next deploy. The
 * ledger is written again when its `model-package-arn` is not the version the live config serves. Cleanup keeps
 * the live config and the config of the version the ledger names as previous (rollback's default target) and
 * deletes the rest as a deploy's cleanup would.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { cleanup } from './endpoint.js';
import { readLedger, recordDeployment, versionsOfConfig, type LedgerEntry } from './ledger.js';
import { configsOf } from './live.js';
import type { DeployOptions, Deployment } from './types.js';

export async function tidyUnchanged(sm: SageMakerClient, o: DeployOptions, d: Deployment): Promise<void> {
  const endpoint = o.deploy.endpointName;
  const live = d.configName;
  if (!d.endpointArn || !live) return;
  const warn = (what: string, err: unknown) => {
    const message = `${what}: ${(err as Error).message}`;
    (d.followUpWarnings ??= []).push(message);
    o.log.warning(message);
  };
  let ledger: LedgerEntry;
  try {
    ledger = await readLedger(sm, d.endpointArn);
    if (ledger.current !== o.versionArn) {
      o.log.info(`The ledger of ${endpoint} does not name ${o.versionArn}, which its live config serves: recording it.`);
      const { metadataValue } = await import('../register/plan.js');
      ledger = await recordDeployment(sm, { endpointArn: d.endpointArn, versionArn: o.versionArn, ctx: o.ctx, clean: metadataValue });
    }
  } catch (err) {
    return warn('Could not record the deployment on the endpoint tags', err);
  }
  try {
    const { previous } = ledger;
    const kept = previous ? await newestConfigOf(sm, endpoint, previous, live) : undefined;
    if (previous && !kept) {
      // Which config a rollback would use is unknown: deleting nothing is the safe choice.
      o.log.info(`No config of ${endpoint} serves the previous version ${previous}; old configs are left for the next deploy's cleanup.`);
      return;
    }
    if (kept) d.previousConfig = kept;
    await cleanup(sm, endpoint, [live, ...(kept ? [kept] : [])], o.log);
  } catch (err) {
    warn('Could not clean up old endpoint configs', err);
  }
}

/** The newest of this action's configs for `endpoint` (other than `live`) whose model serves `versionArn`. */
async function newestConfigOf(sm: SageMakerClient, endpoint: string, versionArn: string, live: string): Promise<string | undefined> {
  const configs = (await configsOf(sm, endpoint)).filter((c) => c.name !== live);
  configs.sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
  for (const c of configs) if ((await versionsOfConfig(sm, c.name).catch((): string[] => [])).includes(versionArn)) return c.name;
  return undefined;
}
