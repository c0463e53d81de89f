/**
 * The SageMaker client for registry writes (approval and stage, UpdateModelPackage) when registry-role-arn is set:
 * credentials of that role, assumed through STS with this run's credentials (session `gha-<run id>`), refreshed by
 * the SDK before they expire. Used for those writes only: every read, the model and the endpoint keep the run's own
 * credentials. The first AssumeRole is made when the client is asked for, before the first registry write, so a
 * refusal stops the run before it writes anything there.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../errors.js';
import * as core from '../log.js';
import { roleAccount } from '../inputs/registry-role.js';
import { clientConfig, explainAwsError, type ClientOptions } from './errors.js';
import { callerAccount, stsFor } from './identity.js';
import { sagemakerSdk, stsSdk } from './sdk.js';

/** RoleSessionName: 2-64 of [\w+=,.@-], naming the run. */
export function sessionName(runId: string): string {
  return `gha-${runId.replace(/[^\w+=,.@-]/g, '-') || 'local'}`.slice(0, 64);
}

export async function registryClient(sm: SageMakerClient, roleArn: string, opts: ClientOptions): Promise<SageMakerClient> {
  const owner = roleAccount(roleArn);
  const caller = await callerAccount(sm);
  if (caller === owner) {
    throw new ActionError(`registry-role-arn ${roleArn} is a role of account ${owner}, which this run's credentials already belong to: set it only when the group is in another account.`);
  }
  const { AssumeRoleCommand } = await stsSdk();
  const sts = await stsFor(sm);
  const assume = async () => {
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName(opts.runId), DurationSeconds: 3600 })).catch((err: unknown) => {
      throw assumeRefused(err, roleArn, caller);
    });
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new ActionError(`sts:AssumeRole of registry-role-arn ${roleArn} returned no credentials.`);
    core.setSecret(c.SecretAccessKey);
    core.setSecret(c.SessionToken);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration ? { expiration: c.Expiration } : {}) };
  };
  let first: Awaited<ReturnType<typeof assume>> | undefined = await assume();
  core.info(`Registry writes (approval, stage) use registry-role-arn ${roleArn} (session ${sessionName(opts.runId)}).`);
  const credentials = async () => {
    const now = first;
    first = undefined;
    return now ?? assume();
  };
  const { SageMakerClient: Client } = await sagemakerSdk();
  return new Client({ ...clientConfig(opts), region: await sm.config.region(), credentials });
}

/** An AssumeRole refusal names the role, the account asking and what each side must allow; AWS's text stays in the log. */
function assumeRefused(err: unknown, roleArn: string, caller: string | undefined): ActionError {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (e.name !== 'AccessDenied' && e.name !== 'AccessDeniedException' && e.$metadata?.httpStatusCode !== 403) return explainAwsError(err, 'sts:AssumeRole');
  core.info(`AWS said: ${String((err as Error).message ?? '').replace(/\s+/g, ' ').slice(0, 500)}`);
  const who = caller ? `account ${caller} (this run's credentials)` : "this run's account";
  return new ActionError(
    `sts:AssumeRole of registry-role-arn ${roleArn} was refused: the role's trust policy in account ${roleAccount(roleArn)} must allow ${who}, and the role this run assumed needs sts:AssumeRole on it.`
  );
}
