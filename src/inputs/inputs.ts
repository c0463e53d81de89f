/** Every input, read once into a typed Config; a bad value is an InputError before any AWS call. Pure. */
import { InputError } from '../errors.js';
import * as C from './constraints.js';
import { SEVERITIES, type Severity } from './constraints.js';
import { checkServerlessImage, readDeployConfig, type DeployConfig } from './deploy.js';
import { readImage, readPlatform, readReplicationTarget, untaggedImage } from './image.js';
import { httpsUrlProblem, s3UriProblem } from './s3-uri.js';
import { formatImage, type ImageRef } from './image-ref.js';
import { checkImageRegion } from './image-region.js';
import { isInstanceType } from './instance-types.js';
import { bool, check, integer, keyValues, list, oneOf, required, type InputReader } from './readers.js';
import { entityDescription, readGroup, readGroupTags, readUserMetadata, type GroupRef } from './version.js';
import { readAttestation, type AttestationConfig } from './attestation.js';
import { readRoleFor } from './registry-role.js';
import { readMetricsFields, type MetricsFields } from '../metrics/inputs.js';

export type { InputReader };
export { LATER_METADATA_KEYS, RESERVED_METADATA_KEYS, USER_METADATA_MAX, readGroup, type GroupRef } from './version.js';

export type Approval = 'pending' | 'approved' | 'rejected' | 'auto';
export type SkipValidation = 'All' | 'None';

/**
 * Every input, read once and validated. Nothing else in the action reads inputs. `image` and `group` are
 * absent only when `model-package-arn` names an already-registered version to deploy.
 */
export interface Config extends MetricsFields {
  imageInput?: string;
  image?: ImageRef;
  group?: GroupRef;
  /** Deploy this registered version instead of registering one (promotion, rollback). */
  modelPackageArn?: string;
  /** Set when endpoint-name is given. */
  deploy?: DeployConfig;
  approval: Approval;
  /** Unset: All for images outside ECR, None for ECR (decided on the image that is registered). */
  skipModelValidation?: SkipValidation;
  resolveDigest: 'auto' | 'required' | 'off';
  /** os/arch[/variant] whose manifest digest is also recorded, or 'any'. */
  platform: string;
  scanGate?: Severity;
  /** ECR repository to copy a private-registry image into before registering the copy. */
  replicateToEcr?: ImageRef;
  registrySecretArn?: string;
  /** insecure-registry: this registry host may be spoken to over plain http when it does not speak https. */
  insecureRegistry?: string;
  credentialsProviderArn?: string;
  modelDataUrl?: string;
  environment: Record<string, string>;
  contentTypes: string[];
  responseTypes: string[];
  realtimeInstanceTypes: string[];
  description?: string;
  metadata: Record<string, string>;
  createGroup: boolean;
  groupDescription?: string;
  groupTags: Record<string, string>;
  region?: string;
  dryRun: boolean;
  /** Budget for every wait in the run; unset input: 30 min, or the deploy policy's own limit plus 15 min. */
  waitTimeoutSeconds: number;
  /** Base interval between status reads while waiting. */
  pollSeconds: number;
  maxAttempts: number;
  comment: 'true' | 'false' | 'on-failure';
  commentId: string;
  githubToken: string;
  /** require-attestation: a run that approves registers only an attested image digest. */
  attestation?: AttestationConfig;
}

/** Reads `INPUT_<NAME>` the way the runner sets it (spaces become underscores, upper case, hyphens kept). */
export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A configuration that registers: it has an image and a group. */
export type RegisterConfig = Config & { image: ImageRef; imageInput: string; group: GroupRef };

export function isRegister(config: Config): config is RegisterConfig {
  return !!config.image && !!config.group && !config.modelPackageArn;
}

/** readConfig for a run that registers (the tests of registration use it). */
export function readRegisterConfig(read: InputReader, env: NodeJS.ProcessEnv = process.env): RegisterConfig {
  const config = readConfig(read, env);
  if (!isRegister(config)) throw new Error('not a registering configuration');
  return config;
}

/** Reads and validates every input; `onSecret` gets each secret value as it is read, before anything can print it (add-mask). */
export function readConfig(read: InputReader, env: NodeJS.ProcessEnv = process.env, onSecret: (value: string) => void = () => undefined): Config {
  const githubToken = read('github-token');
  if (githubToken) onSecret(githubToken);
  const region = readRegion(read, env);
  const subject = readSubject(read, region);
  const config: Config = { ...readVersionInputs(read), ...readRunInputs(read), githubToken, ...subject, ...readMetricsFields(read, env.GITHUB_WORKSPACE) };
  if (region) config.region = region;
  const deploy = readDeployConfig(read, subject.modelPackageArn);
  const registryRoleArn = readRoleFor(read, subject, !!deploy);
  if (deploy) {
    config.deploy = registryRoleArn ? { ...deploy, registryRoleArn } : deploy;
    if (!read('wait-timeout')) config.waitTimeoutSeconds = Math.max(30 * 60, deploy.maxExecutionTimeoutSeconds + 15 * 60);
  }
  readImageHandling(read, config);
  checkImageRegion(config, read('replicate-to-ecr'));
  readRegistryAccess(read, config);
  readTexts(read, config);
  const attestation = readAttestation(read, env);
  if (attestation) config.attestation = attestation;
  return config;
}

function readRegion(read: InputReader, env: NodeJS.ProcessEnv): string | undefined {
  const region = read('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  if (region && !C.AWS_REGION.test(region)) throw new InputError('aws-region', region, 'is not an AWS Region code such as us-east-1');
  return region;
}

/** What the run is about: an image and a group to register, or (model-package-arn) a version to deploy. */
function readSubject(read: InputReader, region: string | undefined): Pick<Config, 'image' | 'imageInput' | 'group' | 'modelPackageArn'> {
  const modelPackageArn = readModelPackageArn(read, region);
  const imageInput = modelPackageArn ? read('image') : required(read, 'image');
  const groupInput = modelPackageArn ? read('model-package-group') : required(read, 'model-package-group');
  return {
    ...(modelPackageArn ? { modelPackageArn } : {}),
    ...(imageInput ? { image: readImage(imageInput), imageInput } : {}),
    ...(groupInput ? { group: readGroup(groupInput, region) } : {})
  };
}

/** What the new version records: approval, container details, metadata, the group it is created in. */
function readVersionInputs(read: InputReader) {
  return {
    approval: oneOf(read, 'approval', ['pending', 'approved', 'rejected', 'auto'], 'pending'),
    resolveDigest: oneOf(read, 'resolve-digest', ['auto', 'required', 'off'], 'auto'),
    platform: readPlatform(read),
    environment: keyValues(read, 'environment', {
      key: C.ENV_KEY, keyRule: 'must match [a-zA-Z_][a-zA-Z0-9_]*', keyMax: C.ENV_KEY_MAX, valueMax: C.ENV_VALUE_MAX, maxEntries: C.ENV_MAX_ENTRIES, allowEmptyValue: true
    }),
    contentTypes: list(read, 'content-types').map((t) => check('content-types', t, t.length <= C.CONTENT_TYPE_MAX, `is longer than ${C.CONTENT_TYPE_MAX} characters`)),
    responseTypes: list(read, 'response-types').map((t) =>
      check('response-types', t, C.RESPONSE_TYPE.test(t) && t.length <= C.RESPONSE_TYPE_MAX, 'must be a MIME type such as application/json')
    ),
    realtimeInstanceTypes: list(read, 'realtime-instance-types').map((t) =>
      check('realtime-instance-types', t, isInstanceType(t), 'is not a SageMaker real-time instance type (for example ml.m5.large)')
    ),
    metadata: readUserMetadata(read),
    createGroup: bool(read, 'create-group', true),
    groupTags: readGroupTags(read)
  };
}

/** How the run behaves: dry run, time budget, retries, the PR comment. */
function readRunInputs(read: InputReader) {
  const commentId = read('comment-id');
  return {
    dryRun: bool(read, 'dry-run', false),
    waitTimeoutSeconds: readWaitTimeout(read),
    pollSeconds: integer(read, 'poll-interval', 15, 1, 300),
    maxAttempts: integer(read, 'max-attempts', 8, 1, 20),
    comment: oneOf(read, 'comment', ['true', 'false', 'on-failure'], 'true'),
    commentId: check('comment-id', commentId, /^[A-Za-z0-9._-]{0,64}$/.test(commentId), 'may contain only letters, digits, . _ - (at most 64)')
  };
}

/** skip-model-validation, scan-gate and replicate-to-ecr, and the combinations with the image that make no sense. */
function readImageHandling(read: InputReader, config: Config): void {
  const { image, deploy } = config;
  if (read('skip-model-validation')) config.skipModelValidation = oneOf<SkipValidation>(read, 'skip-model-validation', ['All', 'None'], 'All');
  const gate = read('scan-gate');
  if (gate) config.scanGate = oneOf(read, 'scan-gate', SEVERITIES, 'CRITICAL');
  const replicate = read('replicate-to-ecr');
  if (replicate) config.replicateToEcr = readReplicationTarget(replicate, image);
  if (config.scanGate && image?.kind !== 'ecr' && !config.replicateToEcr) {
    throw new InputError('scan-gate', gate, 'needs an ECR image (or replicate-to-ecr): ECR scans only images it holds');
  }
  if (deploy?.endpointType === 'serverless' && image) checkServerlessImage(image.kind === 'ecr' || !!config.replicateToEcr, config.imageInput ?? formatImage(image));
  if (deploy && image && image.kind !== 'ecr' && !config.replicateToEcr && !deploy.vpcSubnets.length) {
    throw new InputError('vpc-subnets', '', `is required to deploy ${formatImage(image)}: SageMaker pulls images outside ECR through your VPC (RepositoryAccessMode Vpc); set vpc-subnets and vpc-security-groups`);
  }
  if (image && config.imageInput && config.resolveDigest === 'required' && untaggedImage(config.imageInput, image, 'required')) {
    throw new InputError('image', config.imageInput, 'has no tag or digest, so it would be registered as :latest (whatever was pushed last); with resolve-digest: required, name the tag or the digest');
  }
  if (config.resolveDigest === 'off' && config.replicateToEcr) {
    throw new InputError('replicate-to-ecr', replicate, 'needs registry access, but resolve-digest is off');
  }
}

/** The registry secret and the credentials provider: private registries only. */
function readRegistryAccess(read: InputReader, config: Config): void {
  const secretArn = read('registry-secret-arn');
  if (secretArn) {
    config.registrySecretArn = check('registry-secret-arn', secretArn, C.SECRET_ARN.test(secretArn) && secretArn.length <= C.SECRET_ARN_MAX,
      'must be a Secrets Manager secret ARN: arn:aws:secretsmanager:<region>:<account>:secret:<name>');
  }
  const insecureRegistry = read('insecure-registry');
  if (insecureRegistry) {
    const registry = config.image?.kind === 'ecr' ? undefined : config.image?.registry;
    config.insecureRegistry = check('insecure-registry', insecureRegistry, insecureRegistry.toLowerCase() === registry?.toLowerCase(),
      `must be the image's registry host[:port] (${registry ?? 'none'}); ECR and other registries are always https`);
  }
  const providerArn = read('registry-credentials-provider-arn');
  if (providerArn) {
    config.credentialsProviderArn = check('registry-credentials-provider-arn', providerArn, C.LAMBDA_ARN.test(providerArn) && providerArn.length <= C.LAMBDA_ARN_MAX,
      'must be a Lambda function ARN: arn:aws:lambda:<region>:<account>:function:<name>');
  }
  if (config.image?.kind === 'ecr' && (secretArn || providerArn)) {
    const name = secretArn ? 'registry-secret-arn' : 'registry-credentials-provider-arn';
    throw new InputError(name, secretArn || providerArn, `applies to private registries only; ${config.image.registry} is ECR, which SageMaker reads with its execution role`);
  }
}

/** model-data-url and the two descriptions. */
function readTexts(read: InputReader, config: Config): void {
  const modelDataUrl = read('model-data-url');
  if (modelDataUrl) {
    check('model-data-url', modelDataUrl, C.MODEL_DATA_URL.test(modelDataUrl) && modelDataUrl.length <= C.URL_MAX,
      'must be an s3:// (or https://) URL of a .tar.gz in the same Region, at most 1024 characters');
    const problem = modelDataUrl.startsWith('s3://') ? s3UriProblem(modelDataUrl) : httpsUrlProblem(modelDataUrl);
    if (problem) throw new InputError('model-data-url', modelDataUrl, problem);
    config.modelDataUrl = modelDataUrl;
  }
  const description = read('description');
  if (description) config.description = entityDescription('description', description);
  const groupDescription = read('group-description');
  if (groupDescription) config.groupDescription = entityDescription('group-description', groupDescription);
}

/** Minutes (`45`, `45m`) or seconds (`90s`); at most a day. */
export function readWaitTimeout(read: InputReader): number {
  const value = read('wait-timeout');
  if (!value) return 30 * 60;
  const m = /^(\d+)(s|m)?$/.exec(value);
  if (!m) throw new InputError('wait-timeout', value, "must be minutes ('45' or '45m') or seconds ('90s')");
  const seconds = Number(m[1]) * (m[2] === 's' ? 1 : 60);
  if (seconds < 5 || seconds > 24 * 3600) throw new InputError('wait-timeout', value, 'must be between 5 seconds and 24 hours');
  return seconds;
}

function readModelPackageArn(read: InputReader, region: string | undefined): string | undefined {
  const value = read('model-package-arn');
  if (!value) return undefined;
  const m = C.VERSION_ARN.exec(value);
  if (!m) throw new InputError('model-package-arn', value, 'must be a model package version ARN: arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>');
  if (region && m[2] !== region) throw new InputError('model-package-arn', value, `is in Region ${m[2]}, but the action runs in ${region}`);
  return value;
}

