import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ActionError } from '../errors.js';

export const ACTION_VERSION = '0.1.0';

export interface ClientOptions {
  region?: string;
  maxAttempts: number;
  runId: string;
}

function clientConfig(opts: ClientOptions) {
  return {
    ...(opts.region ? { region: opts.region } : {}),
    retryMode: 'standard',
    maxAttempts: opts.maxAttempts,
    customUserAgent: `sagemaker-private-registry-action/${ACTION_VERSION}${opts.runId ? ` run/${opts.runId}` : ''}`
  };
}

/** Each client is loaded only when a run needs it: the SDK is most of the bundle and most of the start-up time. */
export async function createSageMaker(opts: ClientOptions): Promise<SageMakerClient> {
  const { SageMakerClient } = await import('@aws-sdk/client-sagemaker');
  return new SageMakerClient(clientConfig(opts));
}

export async function createEcr(opts: ClientOptions): Promise<ECRClient> {
  const { ECRClient } = await import('@aws-sdk/client-ecr');
  return new ECRClient(clientConfig(opts));
}

export async function createSecretsManager(opts: ClientOptions): Promise<SecretsManagerClient> {
  const { SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  return new SecretsManagerClient(clientConfig(opts));
}

interface AwsErrorShape {
  name?: string;
  message?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number; requestId?: string };
}

/**
 * Turns an AWS SDK error into a message that says what happened and what to do.
 * `action` is the IAM action of the failed call, for example sagemaker:CreateModelPackage.
 */
export function explainAwsError(err: unknown, action: string): ActionError {
  const e = (err ?? {}) as AwsErrorShape;
  const name = e.name ?? e.Code ?? 'Error';
  const message = (e.message ?? String(err)).replace(/\s+/g, ' ').trim();
  const attempts = e.$metadata?.attempts;
  const requestId = e.$metadata?.requestId ? ` (request id ${e.$metadata.requestId})` : '';
  let text: string;
  if (name === 'CredentialsProviderError' || /Could not load credentials|credential/i.test(message) && !e.$metadata?.httpStatusCode) {
    text = `${action} failed: no AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC).`;
  } else if (/Region is missing/i.test(message)) {
    text = `${action} failed: no AWS Region is set. Set the aws-region input or AWS_REGION.`;
  } else if (name === 'AccessDeniedException' || name === 'AccessDenied' || name === 'UnauthorizedOperation' || e.$metadata?.httpStatusCode === 403) {
    text = `${action} was denied: the role this workflow assumed needs ${action} (see the IAM section of the README). AWS said: ${message}`;
  } else if (/Throttl|Rate exceeded|TooManyRequests/i.test(name + message)) {
    text = `${action} was throttled by AWS${attempts ? ` after ${attempts} attempts` : ''}: ${message}. Re-run later or raise max-attempts.`;
  } else if (name === 'ExpiredTokenException' || /security token .* expired/i.test(message)) {
    text = `${action} failed: the AWS credentials expired. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.`;
  } else if (name === 'ResourceLimitExceeded') {
    text = `${action} failed: an account quota is exhausted (${message}). Request an increase in Service Quotas or delete unused resources.`;
  } else if (name === 'ResourceNotFound' || name.endsWith('NotFoundException') || /does not exist|Could not find|not found|can't find/i.test(message)) {
    text = `${action} failed: not found. ${message}`;
  } else {
    text = `${action} failed: ${name}: ${message}`;
  }
  return new ActionError(text + requestId);
}

/** Sends one command and translates any failure. */
export async function send<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw explainAwsError(err, action);
  }
}
