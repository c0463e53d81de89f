/**
 * Inputs every sub-action reads the same way (Region, retries, time budget, comment, token), plus the
 * small readers the commands share. Everything is validated before any AWS or GitHub call.
 */
import * as C from '../inputs/constraints.js';
import { InputError } from '../errors.js';
import { readGroup, readWaitTimeout, type GroupRef } from '../inputs/inputs.js';
import { bool, check, integer, oneOf, type InputReader } from '../inputs/readers.js';

export interface CommonConfig {
  region?: string;
  maxAttempts: number;
  dryRun: boolean;
  waitTimeoutSeconds: number;
  pollSeconds: number;
  comment: 'true' | 'false' | 'on-failure';
  commentId: string;
  githubToken: string;
}

export function readCommon(read: InputReader, env: NodeJS.ProcessEnv, onSecret: (value: string) => void): CommonConfig {
  const githubToken = read('github-token');
  if (githubToken) onSecret(githubToken);
  const region = read('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  if (region && !C.AWS_REGION.test(region)) throw new InputError('aws-region', region, 'is not an AWS Region code such as us-east-1');
  const commentId = read('comment-id');
  const config: CommonConfig = {
    maxAttempts: integer(read, 'max-attempts', 8, 1, 20),
    dryRun: bool(read, 'dry-run', false),
    waitTimeoutSeconds: readWaitTimeout(read),
    pollSeconds: integer(read, 'poll-interval', 15, 1, 300),
    comment: oneOf(read, 'comment', ['true', 'false', 'on-failure'], 'true'),
    commentId: check('comment-id', commentId, /^[A-Za-z0-9._-]{0,64}$/.test(commentId), 'may contain only letters, digits, . _ - (at most 64)'),
    githubToken
  };
  if (region) config.region = region;
  return config;
}

/** A model package group by name or ARN (shared groups), or undefined when the input is empty and optional. */
export function readGroupInput(read: InputReader, region: string | undefined, required: boolean): GroupRef | undefined {
  const value = read('model-package-group');
  if (!value) {
    if (required) throw new InputError('model-package-group', value, 'is required');
    return undefined;
  }
  return readGroup(value, region);
}

export function readVersionArn(read: InputReader, name: string, region: string | undefined): string | undefined {
  const value = read(name);
  if (!value) return undefined;
  const m = C.VERSION_ARN.exec(value);
  if (!m) throw new InputError(name, value, 'must be a model package version ARN: arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>');
  if (region && m[2] !== region) throw new InputError(name, value, `is in Region ${m[2]}, but the action runs in ${region}`);
  return value;
}

export function readVersionNumber(read: InputReader, name: string): number | undefined {
  const value = read(name);
  if (!value) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InputError(name, value, 'must be a version number (1, 2, …)');
  return Number(value);
}

export function readCommit(read: InputReader, name = 'commit'): string | undefined {
  const value = read(name);
  if (!value) return undefined;
  if (!/^[0-9a-f]{7,64}$/i.test(value)) throw new InputError(name, value, 'must be a git commit SHA (7 to 64 hex digits)');
  return value.toLowerCase();
}

/** How DescribeModelPackage names version `n` of a group: `<group>/<n>`, or the version ARN for a group ARN (shared groups). */
export function versionRef(group: GroupRef, n: number): string {
  if (group.arn) return `${group.arn.replace(':model-package-group/', ':model-package/')}/${n}`;
  return `${group.name}/${n}`;
}
