/**
 * The ModelLifeCycle stage as a record of what serves. A deploy with `stage` records `Stage (Deployed)` with the
 * description `Serving on <endpoint>` (deploy/follow-up.ts). A rollback moves that record: the version it rolls
 * back to takes the stage, and the version it rolled back from is marked `RolledBack`. status/ shows a `Deployed`
 * record as stale when the endpoint it names is seen serving other versions and not this one.
 */
import type { DescribeModelPackageOutput, ModelLifeCycle, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';

export const DEPLOYED = 'Deployed';
export const ROLLED_BACK = 'RolledBack';

/** The endpoint a `Deployed` record says the version serves, else undefined. */
export function recordedEndpoint(lc: ModelLifeCycle | undefined): string | undefined {
  if (lc?.StageStatus !== DEPLOYED) return undefined;
  return /^Serving on ([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})$/.exec(lc.StageDescription ?? '')?.[1];
}

/** The stage a version holds on this endpoint (its record says it serves it), else undefined. */
export function stageOn(pkg: DescribeModelPackageOutput | undefined, endpoint: string): string | undefined {
  const lc = pkg?.ModelLifeCycle;
  return lc?.Stage && recordedEndpoint(lc) === endpoint ? lc.Stage : undefined;
}

/**
 * What status/ shows in the Stage column. `serves`: the endpoints serving this version; `seen`: every endpoint
 * seen serving some version. A record naming an endpoint that serves others and not this version is shown as
 * replaced; a record naming an endpoint not seen (another account, unreadable) is shown as recorded.
 */
export function stageText(lc: ModelLifeCycle | undefined, serves: readonly string[], seen: ReadonlySet<string>): string {
  if (!lc?.Stage) return '';
  const endpoint = recordedEndpoint(lc);
  if (endpoint && seen.has(endpoint) && !serves.includes(endpoint)) return `${lc.Stage} (replaced on ${endpoint})`;
  return `${lc.Stage}${lc.StageStatus ? ` (${lc.StageStatus})` : ''}`;
}

/** After a rollback: the version rolled back from keeps its stage, marked RolledBack, with where and to what. */
export async function markRolledBack(sm: SageMakerClient, from: { arn: string; stage: string }, endpoint: string, to: string): Promise<void> {
  const c = await sagemakerSdk();
  const lifecycle = { Stage: from.stage, StageStatus: ROLLED_BACK, StageDescription: `Rolled back on ${endpoint} to ${to}` };
  await send('sagemaker:UpdateModelPackage', () => sm.send(new c.UpdateModelPackageCommand({ ModelPackageArn: from.arn, ModelLifeCycle: lifecycle })));
}
