/**
 * The deployment ledger: which version an endpoint serves and which one served before it, kept on the
 * endpoint's own tags by every successful deploy. Tags can be written by anyone allowed to tag the endpoint, so
 * the ledger is a hint: "already serves" and rollback's current version come from the live config (live.ts), and
 * rollback checks the previous version it names (rollback-target.ts); prune never deletes a version it names. When an endpoint has no ledger tags yet (deployed by something else), the version is read
 * from the model the endpoint config serves: its ModelPackageName (the association SageMaker keeps), or, for a
 * model built from the image (private registries, pending versions), the `model-package-arn` tag this action puts
 * on every model it creates.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import type { RunContext } from '../github/context.js';
import { tagsOf } from './endpoint.js';
import { readConfig, servedVersions } from './live.js';
import { sagemakerSdk } from '../aws/sdk.js';

export const CURRENT_TAG = 'model-package-arn';
export const PREVIOUS_TAG = 'previous-model-package-arn';
/** `rollback` when the last change was a rollback (written by rollback/ after its deploy), else `deploy`. */
export const KIND_TAG = 'last-change';

export interface LedgerEntry {
  /** The version the endpoint serves, as the last deploy recorded it. */
  current?: string;
  /** The version that served before it: rollback's default target. */
  previous?: string;
  /** Whether the last change was a rollback: then a second rollback needs an explicit target. */
  rolledBack?: boolean;
}

export function ledgerFromTags(tags: Record<string, string>): LedgerEntry {
  const entry: LedgerEntry = {};
  if (tags[CURRENT_TAG]) entry.current = tags[CURRENT_TAG];
  if (tags[PREVIOUS_TAG]) entry.previous = tags[PREVIOUS_TAG];
  if (tags[KIND_TAG] === 'rollback') entry.rolledBack = true;
  return entry;
}

export async function readLedger(sm: SageMakerClient, endpointArn: string): Promise<LedgerEntry> {
  return ledgerFromTags(await tagsOf(sm, endpointArn));
}

/**
 * The model package versions an endpoint config's models were created from (empty when none was), model tags
 * included unchecked: for showing and keeping what may serve, never for deciding what serves (see live.ts).
 */
export async function versionsOfConfig(sm: SageMakerClient, configName: string): Promise<string[]> {
  const c = await sagemakerSdk();
  const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: configName })));
  const out = new Set<string>();
  for (const variant of config.ProductionVariants ?? []) {
    if (!variant.ModelName) continue;
    const model = await send('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName! })));
    const named = [model.PrimaryContainer, ...(model.Containers ?? [])].map((k) => k?.ModelPackageName).filter((n): n is string => !!n);
    named.forEach((n) => out.add(n));
    if (!named.length && model.ModelArn) {
      const tagged = (await tagsOf(sm, model.ModelArn))[CURRENT_TAG];
      if (tagged) out.add(tagged);
    }
  }
  return [...out];
}

export interface RecordOptions {
  endpointArn: string;
  versionArn: string;
  ctx: RunContext;
  /** The config that served before this deploy, to find the previous version when the ledger has none. */
  previousConfig?: string;
  /** Tag values are limited to the metadata character set; the caller passes its sanitiser. */
  clean: (value: string) => string;
}

/**
 * Called after a deploy went live: the endpoint's tags name the new version and the one it replaced. The one it
 * replaced is what the config that served before provably served (live.ts), not what the tags said: a tag naming
 * the new version (a re-run, or anyone who may tag the endpoint) must not hide it. When that config names no
 * version this action can confirm, the tags are the fallback; a re-deploy of the recorded version keeps the
 * previous entry as it is.
 */
export async function recordDeployment(sm: SageMakerClient, o: RecordOptions): Promise<LedgerEntry> {
  // An unreadable ledger loses only the rollback default, never the deployment's record of what is live.
  const before = await readLedger(sm, o.endpointArn).catch((): LedgerEntry => ({}));
  const served = o.previousConfig ? await servedBy(sm, o.previousConfig) : [];
  let previous = served.find((v) => v !== o.versionArn);
  if (!previous && !served.length) previous = before.current !== o.versionArn ? before.current : before.previous;
  if (!previous && served.length) previous = before.previous;
  const c = await sagemakerSdk();
  const tags = [
    { Key: CURRENT_TAG, Value: o.versionArn },
    ...(previous ? [{ Key: PREVIOUS_TAG, Value: previous }] : []),
    { Key: KIND_TAG, Value: 'deploy' },
    { Key: 'git-commit', Value: o.clean(o.ctx.sha || 'unknown') },
    ...(o.ctx.runId ? [{ Key: 'github-run-id', Value: o.ctx.runId }] : [])
  ];
  await send('sagemaker:AddTags', () => sm.send(new c.AddTagsCommand({ ResourceArn: o.endpointArn, Tags: tags })));
  return { current: o.versionArn, ...(previous ? { previous } : {}) };
}

/** The versions a config provably serves; none when it cannot be read. */
async function servedBy(sm: SageMakerClient, config: string): Promise<string[]> {
  try {
    return await servedVersions(sm, await readConfig(sm, config));
  } catch {
    return [];
  }
}

/** Marks the endpoint's last change as a rollback, so a second rollback without a target is refused. */
export async function markRollback(sm: SageMakerClient, endpointArn: string): Promise<void> {
  const c = await sagemakerSdk();
  await send('sagemaker:AddTags', () => sm.send(new c.AddTagsCommand({ ResourceArn: endpointArn, Tags: [{ Key: KIND_TAG, Value: 'rollback' }] })));
}
