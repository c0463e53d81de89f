/**
 * The effects of share/: read the group (its ARN names the owner account), its resource policy and each repository's
 * policy; write a policy only when its merge changed it. Every read happens before the first write.
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { explainAwsError, send } from '../aws/errors.js';
import { ecrSdk, sagemakerSdk } from '../aws/sdk.js';
import { ActionError } from '../errors.js';

interface AwsError {
  name?: string;
  message?: string;
}

/**
 * A group without a resource policy. The API reference documents no error for it; SageMaker answers
 * `ValidationException` "Cannot find resource policy for: <group ARN>" (the form AWS's CloudFormation resource provider
 * and the Terraform AWS provider treat as "no policy"; the simulator answers the same). Anything else, a missing group
 * included, stays an error: reading a policy as absent would overwrite it.
 */
const NO_POLICY = /^cannot find resource policy for\b/i;

export function isNoGroupPolicy(err: unknown): boolean {
  const e = (err ?? {}) as AwsError;
  return e.name === 'ValidationException' && NO_POLICY.test((e.message ?? '').trim());
}

/** The group's ARN, described by name: always the running account's own group. */
export async function describeGroup(sm: SageMakerClient, name: string, givenArn: string | undefined): Promise<string> {
  const { DescribeModelPackageGroupCommand } = await sagemakerSdk();
  try {
    const out = await sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: name }));
    return out.ModelPackageGroupArn ?? '';
  } catch (err) {
    const e = explainAwsError(err, 'sagemaker:DescribeModelPackageGroup');
    // A group of another account is not found by name here: say why share/ looked in this account.
    if (givenArn && /not found/.test(e.message)) throw new ActionError(`${e.message} share/ runs with the credentials of the account that owns ${givenArn}.`);
    throw e;
  }
}

/** The group's resource policy text, or undefined when it has none. */
export async function readGroupPolicy(sm: SageMakerClient, name: string): Promise<string | undefined> {
  const { GetModelPackageGroupPolicyCommand } = await sagemakerSdk();
  try {
    return (await sm.send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: name }))).ResourcePolicy;
  } catch (err) {
    if (isNoGroupPolicy(err)) return undefined;
    throw explainAwsError(err, 'sagemaker:GetModelPackageGroupPolicy');
  }
}

export async function writeGroupPolicy(sm: SageMakerClient, name: string, policy: string): Promise<void> {
  const { PutModelPackageGroupPolicyCommand } = await sagemakerSdk();
  await send('sagemaker:PutModelPackageGroupPolicy', () => sm.send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: name, ResourcePolicy: policy })));
}

/** A repository's policy text, or undefined when it has none (RepositoryPolicyNotFoundException, as the model says). */
export async function readRepositoryPolicy(ecr: ECRClient, repositoryName: string): Promise<string | undefined> {
  const { GetRepositoryPolicyCommand } = await ecrSdk();
  try {
    return (await ecr.send(new GetRepositoryPolicyCommand({ repositoryName }))).policyText;
  } catch (err) {
    if ((err as AwsError)?.name === 'RepositoryPolicyNotFoundException') return undefined;
    throw explainAwsError(err, 'ecr:GetRepositoryPolicy');
  }
}

export async function writeRepositoryPolicy(ecr: ECRClient, repositoryName: string, policyText: string): Promise<void> {
  const { SetRepositoryPolicyCommand } = await ecrSdk();
  await send('ecr:SetRepositoryPolicy', () => ecr.send(new SetRepositoryPolicyCommand({ repositoryName, policyText })));
}
