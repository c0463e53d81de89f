import { describe, expect, test } from '@jest/globals';
import { readGroup, readGroupTags } from '../../../src/inputs/version.js';
import type { InputReader } from '../../../src/inputs/readers.js';
import { thrown } from '../../helpers/errors.js';

function reader(values: Record<string, string>): InputReader {
  const map = new Map(Object.entries(values));
  return (name) => map.get(name) ?? '';
}

const ARN_PREFIX = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/';

describe('readGroup: the 170-character bound', () => {
  test('a value of exactly 170 characters is judged on its form, not called too long', () => {
    const name = 'a'.repeat(170);
    const error = thrown(() => readGroup(name, undefined));
    expect(error.input).toBe('model-package-group');
    expect(error.rule).toBe('must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
  });

  test('one character more is refused for its length', () => {
    expect(thrown(() => readGroup('a'.repeat(171), undefined)).rule).toBe('is longer than 170 characters');
  });

  test('a shared group ARN within the bound is read into its parts', () => {
    expect(readGroup(`${ARN_PREFIX}fraud-model`, 'us-east-1')).toEqual({
      name: 'fraud-model',
      arn: `${ARN_PREFIX}fraud-model`,
      region: 'us-east-1',
      accountId: '123456789012'
    });
  });
});

describe('readGroupTags: tags the action sets itself', () => {
  test.each(['managed-by', 'github-repository'])('%s may not be set by the workflow', (key) => {
    const error = thrown(() => readGroupTags(reader({ 'group-tags': `team=fraud\n${key}=mine` })));
    expect(error.input).toBe('group-tags');
    expect(error.message).toBe(`Input 'group-tags': "${key}" is a tag the action sets itself; choose another key`);
  });

  test('other tags, including ones that merely start like the reserved ones, are kept', () => {
    expect(readGroupTags(reader({ 'group-tags': 'team=fraud\ngithub-repository-owner=acme\nmanaged-by-team=ml' }))).toEqual({
      team: 'fraud',
      'github-repository-owner': 'acme',
      'managed-by-team': 'ml'
    });
  });
});
