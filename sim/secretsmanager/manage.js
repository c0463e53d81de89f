/**
 * Secrets Manager CreateSecret, DescribeSecret and ListSecrets (enough to seed the simulator with the
 * AWS CLI). Secrets share the state of `POST /_sim/secrets` (secrets.js): a secret created here is read
 * by GetSecretValue, and a seeded one is described and listed here.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { AwsError } from '../errors.js';
import { paginate, queryOf, seconds } from '../sagemaker/paging.js';
import { findSecret, secretsOf } from './secrets.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

const NAME = /^[a-zA-Z0-9/_+=.@-]+$/;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const invalidParameter = (m) => new AwsError('InvalidParameterException', m);

/** @param {OpContext} ctx */
export function createSecret(ctx) {
  const { input } = ctx;
  const name = input.Name;
  if (!NAME.test(name)) throw invalidParameter('Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!');
  if (input.SecretString !== undefined && input.SecretBinary !== undefined) {
    throw invalidParameter("You can't specify both a binary secret value and a string secret value in the same secret.");
  }
  const secrets = secretsOf(ctx.data);
  if (secrets[name]) throw new AwsError('ResourceExistsException', `The operation failed because the secret ${name} already exists.`);
  const suffix = Array.from({ length: 6 }, () => ALNUM[randomInt(ALNUM.length)]).join('');
  /** @type {any} */
  const secret = {
    ARN: `arn:aws:secretsmanager:${ctx.region}:${ctx.account}:secret:${name}-${suffix}`,
    Name: name,
    createdMs: ctx.now,
    changedMs: ctx.now,
    versions: [],
    Description: input.Description,
    KmsKeyId: input.KmsKeyId,
    Tags: input.Tags ?? [],
  };
  let versionId;
  if (input.SecretString !== undefined || input.SecretBinary !== undefined) {
    versionId = input.ClientRequestToken ?? randomUUID();
    const version = { VersionId: versionId, VersionStages: ['AWSCURRENT'], createdMs: ctx.now };
    if (input.SecretString !== undefined) version.SecretString = input.SecretString;
    else version.SecretBinary = input.SecretBinary;
    secret.versions.push(version);
  }
  secrets[name] = secret;
  ctx.changed();
  return { ARN: secret.ARN, Name: name, VersionId: versionId };
}

/** The metadata members shared by DescribeSecret and ListSecrets entries. @param {any} s */
function metadata(s) {
  return {
    ARN: s.ARN,
    Name: s.Name,
    Description: s.Description,
    KmsKeyId: s.KmsKeyId,
    CreatedDate: seconds(s.createdMs),
    LastChangedDate: seconds(s.changedMs ?? s.versions.at(-1)?.createdMs ?? s.createdMs),
    Tags: s.Tags?.length ? s.Tags : undefined,
  };
}

const stages = (s) => Object.fromEntries(s.versions.map((v) => [v.VersionId, [...v.VersionStages]]));

/** @param {OpContext} ctx */
export function describeSecret(ctx) {
  const secret = findSecret(ctx, ctx.input.SecretId);
  if (!secret) throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
  return { ...metadata(secret), VersionIdsToStages: stages(secret) };
}

/**
 * One ListSecrets filter: values are prefix matches, case-insensitive (a leading `!` negates);
 * several values of one key match if any does.
 * @param {any} s @param {{Key?: string, Values?: string[]}} f
 */
function matches(s, f) {
  const fields = {
    name: [s.Name],
    description: [s.Description ?? ''],
    'tag-key': (s.Tags ?? []).map((t) => t.Key),
    'tag-value': (s.Tags ?? []).map((t) => t.Value ?? ''),
    'primary-region': [],
    'owning-service': [],
  };
  const candidates = f.Key === 'all' ? Object.values(fields).flat() : fields[/** @type {keyof typeof fields} */ (f.Key)] ?? [];
  return (f.Values ?? []).some((raw) => {
    const negate = raw.startsWith('!');
    const v = (negate ? raw.slice(1) : raw).toLowerCase();
    const hit = candidates.some((c) => c.toLowerCase().startsWith(v));
    return negate ? !hit : hit;
  });
}

const SORT_KEYS = {
  'created-date': (s) => s.createdMs,
  'last-changed-date': (s) => s.changedMs ?? s.createdMs,
  'last-accessed-date': (s) => s.createdMs,
  name: (s) => s.Name,
};

/** @param {OpContext} ctx */
export function listSecrets(ctx) {
  const { input } = ctx;
  for (const f of input.Filters ?? []) {
    if (f.Key === undefined || f.Values === undefined) throw invalidParameter('Invalid filter: a filter needs a Key and Values.');
  }
  const key = SORT_KEYS[/** @type {keyof typeof SORT_KEYS} */ (input.SortBy ?? 'created-date')];
  const dir = (input.SortOrder ?? 'desc') === 'asc' ? 1 : -1;
  const all = Object.values(secretsOf(ctx.data))
    .filter((s) => (input.Filters ?? []).every((f) => matches(s, f)))
    .sort((a, b) => dir * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  let result;
  try {
    result = paginate(all, input, queryOf(input), 100);
  } catch (e) {
    if (e instanceof AwsError) throw new AwsError('InvalidNextTokenException', 'The NextToken value is invalid.');
    throw e;
  }
  return {
    SecretList: result.page.map((s) => ({ ...metadata(s), SecretVersionsToStages: stages(s) })),
    NextToken: result.nextToken,
  };
}
