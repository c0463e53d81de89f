/**
 * Which account this run's credentials belong to: STS GetCallerIdentity (needs no IAM permission), asked at most once
 * per client and only when a group is given by ARN (is it another account's?) or registry-role-arn is set. The STS
 * client signs with the SageMaker client's own credentials and Region, so the answer is about the same identity.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { stsSdk } from './sdk.js';

const asked = new WeakMap<SageMakerClient, Promise<string | undefined>>();

/** An STS client with the SageMaker client's credentials, Region and retries. */
export async function stsFor(sm: SageMakerClient) {
  const { STSClient } = await stsSdk();
  const region = await sm.config.region().catch(() => undefined);
  return new STSClient({ ...(region ? { region } : {}), credentials: sm.config.credentials, maxAttempts: await sm.config.maxAttempts() });
}

/** The 12-digit account of the client's credentials; undefined when STS cannot tell (the caller then assumes the worst). */
export function callerAccount(sm: SageMakerClient): Promise<string | undefined> {
  let answer = asked.get(sm);
  if (!answer) asked.set(sm, (answer = ask(sm)));
  return answer;
}

async function ask(sm: SageMakerClient): Promise<string | undefined> {
  try {
    const { GetCallerIdentityCommand } = await stsSdk();
    const out = await (await stsFor(sm)).send(new GetCallerIdentityCommand({}));
    return /^\d{12}$/.test(out.Account ?? '') ? out.Account : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a group (or version) ARN belongs to another account than the client's: unknown counts as another. */
export async function inOtherAccount(sm: SageMakerClient, account: string | undefined): Promise<boolean> {
  if (!account) return false;
  return (await callerAccount(sm)) !== account;
}
