import type { ECRClient, ImageDetail } from '@aws-sdk/client-ecr';
import { ActionError } from '../errors.js';
import { explainAwsError, send } from '../aws/errors.js';
import type { ImageRef } from '../inputs/image-ref.js';
import { poll, type Clock } from '../aws/poll.js';
import { SEVERITIES, type Severity } from '../inputs/constraints.js';
import { ecrSdk } from '../aws/sdk.js';


function imageId(ref: ImageRef): { imageDigest?: string; imageTag?: string } {
  return ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
}

function where(ref: ImageRef): string {
  return `${ref.repository}:${ref.digest ?? ref.tag ?? 'latest'} in registry ${ref.ecr?.accountId}`;
}

/**
 * Resolves an ECR tag to its digest with one DescribeImages call (any image status, so an archived image
 * gets a clear error instead of "not found"). A digest in the reference is checked to exist.
 */
export async function describeEcrImage(ecr: ECRClient, ref: ImageRef): Promise<ImageDetail> {
  const { DescribeImagesCommand } = await ecrSdk();
  try {
    const out = await ecr.send(
      new DescribeImagesCommand({
        registryId: ref.ecr!.accountId,
        repositoryName: ref.repository,
        imageIds: [imageId(ref)],
        filter: { imageStatus: 'ANY' }
      })
    );
    const image = out.imageDetails?.[0];
    if (!image?.imageDigest) throw new ActionError(`ECR image ${where(ref)} was not found.`);
    if (image.imageStatus === 'ARCHIVED' || image.imageStatus === 'ACTIVATING') {
      throw new ActionError(
        `ECR image ${where(ref)} is ${image.imageStatus === 'ARCHIVED' ? 'archived' : 'still being restored from the archive'}: SageMaker cannot pull it. Restore it (ecr:UpdateImageStorageClass) and re-run.`
      );
    }
    return image;
  } catch (err) {
    if (err instanceof ActionError) throw err;
    const name = (err as { name?: string }).name;
    if (name === 'ImageNotFoundException') throw new ActionError(`ECR image ${where(ref)} was not found: push it first or check the tag.`);
    if (name === 'RepositoryNotFoundException') {
      throw new ActionError(`ECR repository ${ref.repository} does not exist in registry ${ref.ecr?.accountId} (${ref.ecr?.region}).`);
    }
    throw explainAwsError(err, 'ecr:DescribeImages');
  }
}


/** The findings at or above `gate`, as "CRITICAL: 2, HIGH: 5"; empty when none. */
export function findingsAtOrAbove(counts: Partial<Record<string, number>>, gate: Severity): string {
  const rank = SEVERITIES.indexOf(gate);
  return SEVERITIES.slice(0, rank + 1)
    .filter((s) => s !== 'UNDEFINED' && (counts[s] ?? 0) > 0)
    .map((s) => `${s}: ${counts[s]}`)
    .join(', ');
}

export interface ScanGateOptions {
  gate: Severity;
  clock: Clock;
  timeoutMs: number;
  log: { info(m: string): void };
}

/** Waits (bounded) for the image scan and refuses images with findings at or above the gate. */
export async function scanGate(ecr: ECRClient, ref: ImageRef, digest: string, { gate, clock, timeoutMs, log }: ScanGateOptions): Promise<void> {
  const { DescribeImageScanFindingsCommand } = await ecrSdk();
  const read = () =>
    send('ecr:DescribeImageScanFindings', () =>
      ecr.send(new DescribeImageScanFindingsCommand({ registryId: ref.ecr!.accountId, repositoryName: ref.repository, imageId: { imageDigest: digest } }))
    );
  const out = await poll({
    read,
    done: (o) => !['IN_PROGRESS', 'PENDING'].includes(o.imageScanStatus?.status ?? ''),
    clock,
    timeoutMs,
    what: `the ECR scan of ${ref.repository}@${digest}`,
    onWait: (o) => log.info(`Waiting for the image scan: ${o.imageScanStatus?.status}`)
  });
  const status = out.imageScanStatus?.status;
  if (status !== 'COMPLETE' && status !== 'ACTIVE') {
    throw new ActionError(`scan-gate: the ECR scan of ${ref.repository}@${digest} is ${status}${out.imageScanStatus?.description ? ` (${out.imageScanStatus.description})` : ''}; cannot check findings.`);
  }
  const found = findingsAtOrAbove(out.imageScanFindings?.findingSeverityCounts ?? {}, gate);
  if (found) throw new ActionError(`scan-gate ${gate}: ${ref.repository}@${digest} has findings at or above ${gate} (${found}); not registering it.`);
  log.info(`Image scan passed the ${gate} gate.`);
}

/** Basic credentials for ECR's registry API (user AWS), and the registry endpoint to use. */
export async function ecrLogin(ecr: ECRClient, setSecret: (v: string) => void): Promise<{ username: string; password: string; endpoint: string }> {
  const { GetAuthorizationTokenCommand } = await ecrSdk();
  const out = await send('ecr:GetAuthorizationToken', () => ecr.send(new GetAuthorizationTokenCommand({})));
  const data = out.authorizationData?.[0];
  if (!data?.authorizationToken) throw new ActionError('ecr:GetAuthorizationToken returned no token.');
  setSecret(data.authorizationToken);
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  const password = decoded.slice(sep + 1);
  setSecret(password);
  return { username: decoded.slice(0, sep), password, endpoint: data.proxyEndpoint ?? '' };
}

/**
 * The host to push the copy to: GetAuthorizationToken's proxyEndpoint, which must be the validated replicate-to-ecr
 * host over https. With an AWS endpoint override (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, ...: a simulator or a
 * proxy) the endpoint it names is used with a warning (https, or plain http on loopback only).
 */
export function ecrPushHost(proxyEndpoint: string, target: string, env: NodeJS.ProcessEnv, log: { warning(m: string): void }): string {
  if (!proxyEndpoint) return target;
  let url: URL;
  try {
    url = new URL(proxyEndpoint);
  } catch {
    throw new ActionError('ecr:GetAuthorizationToken returned a proxyEndpoint that is not a URL; not pushing the copy.');
  }
  const shown = url.origin.slice(0, 120);
  if (url.protocol === 'https:' && url.host.toLowerCase() === target.toLowerCase()) return url.host;
  const overrides = Object.keys(env).filter((k) => /^AWS_ENDPOINT_URL(_|$)/.test(k) && env[k]).sort();
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname.toLowerCase());
  if (overrides.length && (url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    log.warning(`AWS endpoint override set (${overrides.join(', ')}): pushing the copy to ${shown}, the proxyEndpoint of ecr:GetAuthorizationToken, not ${target}.`);
    return url.host;
  }
  throw new ActionError(`ecr:GetAuthorizationToken named ${shown} as the registry endpoint, not https://${target} (replicate-to-ecr); not sending the copy or the ECR credentials there.`);
}
