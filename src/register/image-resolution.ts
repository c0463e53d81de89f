import { regionFromArn } from '../aws/arns.js';
import { ActionError } from '../errors.js';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { formatImage, type ImageRef } from '../inputs/image-ref.js';
import type { RegisterConfig } from '../inputs/inputs.js';
import type { Resolved } from './plan.js';
import type { RegistryCredentials } from '../oci/credentials.js';
import type { Clock } from '../aws/poll.js';

export interface ResolutionDeps {
  ecr: (region: string) => Promise<ECRClient>;
  /** A Secrets Manager client in `region` (the secret ARN's Region: the service routes by the client's Region). */
  secrets: (region?: string) => Promise<SecretsManagerClient>;
  clock: Clock;
  log: { info(m: string): void; warning(m: string): void };
  setSecret: (value: string) => void;
  /** Bounds the ECR scan wait. */
  scanTimeoutMs?: number;
  /** The run's deadline in clock.now() terms: the registry phase stops asking once it has passed. */
  deadline?: number;
}

/** The registry transport's options for this run: log, sleep, masking, deadline and the insecure-registry input. */
function transport(config: RegisterConfig, registry: string, deps: ResolutionDeps) {
  const deadline = deps.deadline === undefined ? undefined : Date.now() + Math.max(0, deps.deadline - deps.clock.now());
  const insecure = config.insecureRegistry !== undefined && config.insecureRegistry.toLowerCase() === registry.toLowerCase() ? true : undefined;
  return { log: deps.log, sleep: deps.clock.sleep, setSecret: deps.setSecret, ...(deadline !== undefined ? { deadline } : {}), ...(insecure ? { insecure } : {}) };
}

/**
 * Finds out which immutable image the version will name: ECR through DescribeImages, other registries
 * through the OCI distribution API (with the credentials from Secrets Manager), optionally copying the
 * image into ECR first. `resolve-digest: off` makes no registry call at all.
 */
export async function resolveImage(config: RegisterConfig, deps: ResolutionDeps): Promise<Resolved> {
  const ref = config.image;
  if (config.resolveDigest === 'off') {
    if (ref.digest) deps.log.info(`resolve-digest is off: recording the digest ${ref.digest} as given, unverified.`);
    else deps.log.info('resolve-digest is off: registering the tag without asking the registry.');
    return {};
  }
  if (ref.kind === 'ecr') return resolveEcr(config, ref, deps);

  let credentials: RegistryCredentials | undefined;
  if (config.registrySecretArn) {
    const { readRegistryCredentials } = await import('./secrets.js');
    credentials = await readRegistryCredentials(await deps.secrets(regionFromArn(config.registrySecretArn)), config.registrySecretArn, ref.registry, deps.setSecret);
  }
  const { resolveDigest } = await import('../oci/client.js');
  const { CredentialsRequiredError } = await import('../oci/errors.js');
  const platform = config.platform === 'any' ? undefined : config.platform;
  let resolved: Resolved;
  try {
    const found = await resolveDigest(ref, { ...(credentials ? { credentials } : {}), ...(platform ? { platform } : {}), ...transport(config, ref.registry, deps) });
    resolved = { digest: found.digest };
    if (found.platformDigest && platform) Object.assign(resolved, { platform, platformDigest: found.platformDigest });
    deps.log.info(`Resolved ${formatImage(ref)} to ${found.digest}${found.platformDigest ? ` (${platform}: ${found.platformDigest})` : ''}`);
  } catch (err) {
    // auto registers the tag only when the registry wants credentials the action was not given; a registry
    // that rejects the given credentials, lacks the tag or cannot be reached fails the step.
    const message = (err as Error).message;
    const noAccess = !credentials && err instanceof CredentialsRequiredError;
    if (config.resolveDigest === 'required' || config.replicateToEcr || ref.digest || !noAccess) throw err;
    deps.log.warning(`Could not resolve the digest (${message}); registering the tag. Set registry-secret-arn to pin it, or resolve-digest: required to fail instead.`);
    return {};
  }
  if (config.replicateToEcr) return replicate(config, config.replicateToEcr, { source: ref, resolved, sourceCredentials: credentials }, deps);
  return resolved;
}

async function resolveEcr(config: RegisterConfig, ref: ImageRef, deps: ResolutionDeps): Promise<Resolved> {
  const { describeEcrImage, scanGate } = await import('./ecr.js');
  const ecr = await deps.ecr(ref.ecr!.region);
  const detail = await describeEcrImage(ecr, ref);
  const digest = detail.imageDigest!;
  deps.log.info(`Resolved ${formatImage(ref)} to ${digest} (ECR)`);
  if (config.scanGate) await scanGate(ecr, ref, digest, { gate: config.scanGate, clock: deps.clock, timeoutMs: deps.scanTimeoutMs ?? 10 * 60_000, log: deps.log });
  return { digest };
}

/** What a copy into ECR starts from: the source image, its resolved digest and the credentials to read it. */
interface CopySource {
  source: ImageRef;
  resolved: Resolved;
  sourceCredentials: RegistryCredentials | undefined;
}

async function replicate(config: RegisterConfig, target: ImageRef, { source, resolved, sourceCredentials }: CopySource, deps: ResolutionDeps): Promise<Resolved> {
  const { ecrLogin, ecrPushHost, scanGate } = await import('./ecr.js');
  const { copyImage } = await import('../oci/copy.js');
  const ecr = await deps.ecr(target.ecr!.region);
  const login = await ecrLogin(ecr, deps.setSecret);
  // The registry API endpoint ECR names must be the replicate-to-ecr host (an endpoint override may point elsewhere).
  const endpoint = ecrPushHost(login.endpoint, target.registry, process.env, deps.log);
  deps.log.info(`Copying ${formatImage(source)} (${resolved.digest}) to ${target.registry}/${target.repository}`);
  const copy = await copyImage(
    { registry: source.registry, repository: source.repository, reference: resolved.digest! },
    { registry: endpoint, repository: target.repository, ...(target.tag ? { tag: target.tag } : {}) },
    { ...(sourceCredentials ? { sourceCredentials } : {}), destCredentials: { username: login.username, password: login.password }, ...transport(config, source.registry, deps) }
  );
  if (copy.digest !== resolved.digest) {
    throw new ActionError(`Replication changed the digest (${resolved.digest} → ${copy.digest}); not registering the copy.`);
  }
  deps.log.info(`Replicated to ECR: ${copy.copiedBlobs} blobs copied, ${copy.skippedBlobs} already present.`);
  if (config.scanGate) await scanGate(ecr, target, copy.digest, { gate: config.scanGate, clock: deps.clock, timeoutMs: deps.scanTimeoutMs ?? 10 * 60_000, log: deps.log });
  return { ...resolved, image: target, replicatedFrom: formatImage(source, { digest: resolved.digest! }) };
}
