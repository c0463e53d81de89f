/**
 * What a version and its group record, as the workflow gives it: the group (name or shared ARN), user metadata
 * (with room kept for the action's own keys), group tags and descriptions. Pure.
 */
import { InputError } from '../errors.js';
import * as C from './constraints.js';
import { check, keyValues, type InputReader } from './readers.js';

export interface GroupRef {
  name: string;
  /** Set when the input was an ARN (cross-account registration into a shared group). */
  arn?: string;
  region?: string;
  accountId?: string;
}

/** Metadata keys the action writes itself; user metadata may not replace them. */
export const RESERVED_METADATA_KEYS = new Set([
  'git-commit', 'git-ref', 'github-repository', 'github-pr', 'github-run-id', 'github-run-attempt', 'github-actor',
  'github-event', 'image', 'image-tag', 'image-digest', 'registry', 'registry-kind', 'registry-secret-arn',
  'registry-credentials-provider-arn', 'repository-access-mode', 'idempotency-key', 'generated-by',
  'image-platform', 'image-platform-digest', 'replicated-from'
]);
/**
 * Keys the action adds to a version after it is registered: each deployment records `endpoint.<name>`.
 * Room is kept for this many endpoints, so a version with the most user metadata can still be deployed.
 */
export const LATER_METADATA_KEYS = 5;
/** Room left for user metadata after the action's own keys, now and later (50 - 21 - 5 = 24). */
export const USER_METADATA_MAX = C.METADATA_MAX_ENTRIES - RESERVED_METADATA_KEYS.size - LATER_METADATA_KEYS;

export function readGroup(value: string, region: string | undefined): GroupRef {
  if (value.length > C.ARN_OR_NAME_MAX) throw new InputError('model-package-group', value, `is longer than ${C.ARN_OR_NAME_MAX} characters`);
  if (value.startsWith('arn:')) {
    const m = C.GROUP_ARN.exec(value);
    if (!m) throw new InputError('model-package-group', value, 'must be a name or arn:aws:sagemaker:<region>:<account>:model-package-group/<name>');
    if (region && m[2] !== region) {
      throw new InputError('model-package-group', value, `is in Region ${m[2]}, but the action runs in ${region}: SageMaker requires ARNs scoped to the caller's Region`);
    }
    return { name: m[4]!, arn: value, region: m[2]!, accountId: m[3]! };
  }
  if (!C.ENTITY_NAME.test(value)) {
    throw new InputError('model-package-group', value, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
  }
  return { name: value };
}

export function readUserMetadata(read: InputReader): Record<string, string> {
  const rule = 'may contain only letters, digits, spaces and _ . : / = + - @';
  const metadata = keyValues(read, 'metadata', { key: C.METADATA_PATTERN(), keyRule: rule, keyMax: C.METADATA_KEY_MAX, valueMax: C.METADATA_VALUE_MAX, maxEntries: USER_METADATA_MAX, valuePattern: C.METADATA_PATTERN() });
  for (const key of Object.keys(metadata)) {
    if (RESERVED_METADATA_KEYS.has(key)) throw new InputError('metadata', key, 'is a key the action sets itself; choose another name');
  }
  return metadata;
}

/** Group tags: 50 per resource, two of which the action sets (managed-by, github-repository); no aws: prefix. */
export function readGroupTags(read: InputReader): Record<string, string> {
  const rule = 'may contain only letters, digits, spaces and _ . : / = + - @';
  const tags = keyValues(read, 'group-tags', { key: C.METADATA_PATTERN(), keyRule: rule, keyMax: 128, valueMax: 256, maxEntries: 48, allowEmptyValue: true, valuePattern: C.TAG_VALUE_PATTERN() });
  for (const key of Object.keys(tags)) {
    if (key.toLowerCase().startsWith('aws:')) throw new InputError('group-tags', key, 'uses the aws: prefix, which AWS reserves for its own tags');
    if (key === 'managed-by' || key === 'github-repository') throw new InputError('group-tags', key, 'is a tag the action sets itself; choose another key');
  }
  return tags;
}

export function entityDescription(name: string, value: string): string {
  if (value.length > C.DESCRIPTION_MAX) throw new InputError(name, value, `is ${value.length} characters; at most ${C.DESCRIPTION_MAX} are allowed`);
  return check(name, value, C.DESCRIPTION_PATTERN().test(value), 'may not contain line breaks, tabs or other control characters');
}
