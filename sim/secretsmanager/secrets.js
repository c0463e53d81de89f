/**
 * Secrets Manager state and GetSecretValue. Secrets are seeded through the control API
 * (`POST /_sim/secrets`); seeding an existing name adds a version that becomes AWSCURRENT (the
 * previous current version becomes AWSPREVIOUS), as PutSecretValue does.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { AwsError } from '../errors.js';
import { seconds } from '../sagemaker/paging.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

/**
 * @typedef {{VersionId: string, SecretString?: string, SecretBinary?: string, VersionStages: string[], createdMs: number}} SecretVersion
 * @typedef {{ARN: string, Name: string, createdMs: number, versions: SecretVersion[]}} Secret
 */

const NAME = /^[a-zA-Z0-9/_+=.@-]+$/;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):([0-9]{12}):secret:(.+)$/;

/** @param {any} regionData @returns {Record<string, Secret>} */
export const secretsOf = (regionData) => (regionData.secrets ??= {});

const notFound = (message = "Secrets Manager can't find the specified secret.") => new AwsError('ResourceNotFoundException', message);

/**
 * Find a secret by name, full ARN, or partial ARN (without the -XXXXXX suffix), in the caller's
 * account and region.
 * @param {OpContext} ctx @param {string} id
 * @returns {Secret|null}
 */
export function findSecret(ctx, id) {
  const secrets = secretsOf(ctx.data);
  const arn = ARN.exec(id);
  if (!arn) return secrets[id] ?? null;
  if (arn[1] !== ctx.region || arn[2] !== ctx.account) return null;
  const rest = /** @type {string} */ (arn[3]);
  return Object.values(secrets).find((s) => s.ARN === id) ?? secrets[rest] ?? null;
}

/** @param {OpContext} ctx */
export function getSecretValue(ctx) {
  const { input } = ctx;
  const secret = findSecret(ctx, input.SecretId);
  if (!secret) throw notFound();
  let version;
  if (input.VersionId !== undefined) {
    version = secret.versions.find((v) => v.VersionId === input.VersionId);
    if (!version) throw notFound(`Secrets Manager can't find the specified secret value for VersionId: ${input.VersionId}`);
    if (input.VersionStage !== undefined && !version.VersionStages.includes(input.VersionStage)) {
      throw new AwsError('InvalidRequestException', 'You provided a VersionStage that is not associated to the provided VersionId.');
    }
  } else {
    const stage = input.VersionStage ?? 'AWSCURRENT';
    version = secret.versions.find((v) => v.VersionStages.includes(stage));
    if (!version) throw notFound(`Secrets Manager can't find the specified secret value for staging label: ${stage}`);
  }
  return {
    ARN: secret.ARN,
    Name: secret.Name,
    VersionId: version.VersionId,
    SecretString: version.SecretString,
    SecretBinary: version.SecretBinary,
    VersionStages: [...version.VersionStages],
    CreatedDate: seconds(version.createdMs),
  };
}

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Seed a secret (control API). Returns `{ARN, Name, VersionId}`; never echoes the value.
 * @param {{store: (account: string, region: string) => any, account: string, now: number}} core
 * @param {any} body `{name, secretString?, secretBinary? (base64), versionStages?, region?}`
 */
export function seedSecret(core, body) {
  if (!isRecord(body)) throw new TypeError('body must be a JSON object');
  const known = ['name', 'secretString', 'secretBinary', 'versionStages', 'region'];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length) throw new TypeError(`unknown member(s): ${unknown.join(', ')}`);
  const { name, secretString, secretBinary } = body;
  if (typeof name !== 'string' || name.length < 1 || name.length > 512 || !NAME.test(name)) {
    throw new TypeError('Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!');
  }
  if ((secretString === undefined) === (secretBinary === undefined)) throw new TypeError('exactly one of secretString and secretBinary is required');
  if (secretString !== undefined && (typeof secretString !== 'string' || secretString.length < 1 || secretString.length > 65536)) {
    throw new TypeError('secretString must be a string of 1 to 65536 characters');
  }
  if (secretBinary !== undefined) {
    const bytes = typeof secretBinary === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(secretBinary) ? Buffer.from(secretBinary, 'base64') : null;
    if (!bytes || bytes.length < 1 || bytes.length > 65536 || bytes.toString('base64') !== secretBinary) {
      throw new TypeError('secretBinary must be canonical base64 of 1 to 65536 bytes');
    }
  }
  const stages = body.versionStages ?? ['AWSCURRENT'];
  if (!Array.isArray(stages) || stages.length < 1 || stages.length > 20 || stages.some((s) => typeof s !== 'string' || s.length < 1 || s.length > 256)) {
    throw new TypeError('versionStages must be 1 to 20 strings of 1 to 256 characters');
  }
  const region = body.region ?? 'us-east-1';
  if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new TypeError('region must look like us-east-1');
  const secrets = secretsOf(core.store(core.account, region));
  let secret = secrets[name];
  if (!secret) {
    const suffix = Array.from({ length: 6 }, () => ALNUM[randomInt(ALNUM.length)]).join('');
    secret = { ARN: `arn:aws:secretsmanager:${region}:${core.account}:secret:${name}-${suffix}`, Name: name, createdMs: core.now, versions: [] };
    secrets[name] = secret;
  }
  // a stage is attached to one version only; AWSCURRENT moving leaves AWSPREVIOUS on the old one
  for (const v of secret.versions) {
    const hadCurrent = v.VersionStages.includes('AWSCURRENT');
    v.VersionStages = v.VersionStages.filter((s) => !stages.includes(s) && s !== 'AWSPREVIOUS');
    if (hadCurrent && stages.includes('AWSCURRENT')) v.VersionStages.push('AWSPREVIOUS');
  }
  secret.versions = secret.versions.filter((v) => v.VersionStages.length > 0);
  /** @type {SecretVersion} */
  const version = { VersionId: randomUUID(), VersionStages: [...stages], createdMs: core.now };
  if (secretString !== undefined) version.SecretString = secretString;
  else version.SecretBinary = secretBinary;
  secret.versions.push(version);
  return { ARN: secret.ARN, Name: secret.Name, VersionId: version.VersionId };
}
