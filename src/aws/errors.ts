import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ActionError, serviceText } from '../errors.js';
import { ecrSdk, sagemakerSdk, secretsManagerSdk } from './sdk.js';
import { accessDeniedText } from './access-denied.js';

export const ACTION_VERSION = '0.1.0';

export interface ClientOptions {
  region?: string;
  maxAttempts: number;
  runId: string;
}

export function clientConfig(opts: ClientOptions) {
  return {
    ...(opts.region ? { region: opts.region } : {}),
    retryMode: 'standard',
    maxAttempts: opts.maxAttempts,
    customUserAgent: `sagemaker-private-registry-action/${ACTION_VERSION}${opts.runId ? ` run/${opts.runId}` : ''}`
  };
}

/** Each client is loaded only when a run needs it: the SDK is most of the bundle and most of the start-up time. */
export async function createSageMaker(opts: ClientOptions): Promise<SageMakerClient> {
  const { SageMakerClient } = await sagemakerSdk();
  return new SageMakerClient(clientConfig(opts));
}

export async function createEcr(opts: ClientOptions): Promise<ECRClient> {
  const { ECRClient } = await ecrSdk();
  return new ECRClient(clientConfig(opts));
}

export async function createSecretsManager(opts: ClientOptions): Promise<SecretsManagerClient> {
  const { SecretsManagerClient } = await secretsManagerSdk();
  return new SecretsManagerClient(clientConfig(opts));
}

interface AwsErrorShape {
  name?: string;
  message?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number; requestId?: string };
}

/**
 * Turns an AWS SDK error into a message that says what happened and what to do, with AWS's own words and the
 * request id for the log. AWS's words may echo the request (an environment value, say), so each is recorded as
 * service text: publicMessage() replaces it by the error's name where nothing is masked (summary, PR comment).
 * `action` is the IAM action of the failed call, for example sagemaker:CreateModelPackage.
 */
export function explainAwsError(err: unknown, action: string): ActionError {
  const e = (err ?? {}) as AwsErrorShape;
  const name = e.name ?? e.Code ?? 'Error';
  const message = (e.message ?? String(err)).replace(/\s+/g, ' ').trim();
  const said = (fragment: string, instead: string) => serviceText(fragment, instead.replace('NAME', name).replace('LOG', "AWS's message is in the job log"));
  const requestId = e.$metadata?.requestId ? ` (request id ${e.$metadata.requestId})` : '';
  return new ActionError(explanation(e, name, message, action, said) + requestId);
}

type Said = (fragment: string, instead: string) => string;

function explanation(e: AwsErrorShape, name: string, message: string, action: string, said: Said): string {
  const status = e.$metadata?.httpStatusCode;
  if (name === 'CredentialsProviderError' || (/Could not load credentials|credential/i.test(message) && !status)) {
    return `${action} failed: no AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC).`;
  }
  if (/Region is missing/i.test(message)) return `${action} failed: no AWS Region is set. Set the aws-region input or AWS_REGION.`;
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || name === 'UnauthorizedOperation' || status === 403) {
    // AWS's text names the accounts and which side refused: only those fixed shapes are read from it.
    const sides = accessDeniedText(message);
    if (sides) return `${sides}${said(` AWS said: ${message}`, ' (NAME; LOG)')}`;
    return `${action} was denied: the role this workflow assumed needs ${action} (see the IAM section of the README).${said(` AWS said: ${message}`, ' (NAME; LOG)')}`;
  }
  if (/Throttl|Rate exceeded|TooManyRequests/i.test(name + message)) {
    const attempts = e.$metadata?.attempts;
    return `${action} was throttled by AWS${attempts ? ` after ${attempts} attempts` : ''}${said(`: ${message}.`, ' (NAME; LOG).')} Re-run later or raise max-attempts.`;
  }
  if (name === 'ExpiredTokenException' || /security token .* expired/i.test(message)) {
    return `${action} failed: the AWS credentials expired. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.`;
  }
  if (name === 'ResourceLimitExceeded') {
    return `${action} failed: an account quota is exhausted${said(` (${message})`, ' (NAME; LOG)')}. Request an increase in Service Quotas or delete unused resources.`;
  }
  if (name === 'ResourceNotFound' || name.endsWith('NotFoundException') || /does not exist|Could not find|not found|can't find/i.test(message)) {
    return `${action} failed: ${said(`not found. ${message}`, 'not found (NAME; LOG).')}`;
  }
  return `${action} failed: ${said(`${name}: ${message}`, 'NAME (LOG)')}`;
}

/** Sends one command and translates any failure. */
export async function send<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw explainAwsError(err, action);
  }
}
