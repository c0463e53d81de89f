import { describe, expect, test } from '@jest/globals';
import { bool, keyValues, type InputReader, type KeyValueRules } from '../../../src/inputs/readers.js';
import { thrown } from '../../helpers/errors.js';

function reader(values: Record<string, string>): InputReader {
  const map = new Map(Object.entries(values));
  return (name) => map.get(name) ?? '';
}

const RULES: KeyValueRules = {
  key: /^[A-Za-z_][A-Za-z0-9_]*$/,
  keyRule: 'must start with a letter or _ and hold only letters, digits and _',
  keyMax: 8,
  valueMax: 20,
  maxEntries: 5
};

describe('bool', () => {
  test.each(['true', 'True', 'TRUE'])('accepts the YAML 1.2 core spelling %s as true, as getBooleanInput does', (spelling) => {
    expect(bool(reader({ flag: spelling }), 'flag', false)).toBe(true);
  });

  test.each(['false', 'False', 'FALSE'])('accepts the YAML 1.2 core spelling %s as false', (spelling) => {
    expect(bool(reader({ flag: spelling }), 'flag', true)).toBe(false);
  });

  test.each(['tRUE', 'yes', 'on', '1'])('refuses %s, naming the input and the rule', (spelling) => {
    expect(thrown(() => bool(reader({ flag: spelling }), 'flag', true)).message).toBe(`Input 'flag': "${spelling}" must be true or false`);
  });

  test('an unset input keeps the default', () => {
    expect(bool(reader({}), 'flag', true)).toBe(true);
    expect(bool(reader({}), 'flag', false)).toBe(false);
  });
});

describe('keyValues', () => {
  test('whitespace-only lines and indented comments are skipped, as a YAML block scalar often leaves them', () => {
    const text = ['  ', 'A=1', '\t', '   # a comment indented with the block', '  B = two  ', ' \r'].join('\n');
    expect(keyValues(reader({ env: text }), 'env', RULES)).toEqual({ A: '1', B: 'two' });
  });

  test('a key exactly at the length bound that breaks the pattern is refused for the pattern, not the length', () => {
    const key = '9abcdefg'; // 8 characters: allowed length, but starts with a digit
    const error = thrown(() => keyValues(reader({ env: `${key}=v` }), 'env', RULES));
    expect(error.input).toBe('env');
    expect(error.rule).toBe(`is a key that ${RULES.keyRule}`);
  });

  test('a key one character over the bound is refused for its length, naming the bound', () => {
    const error = thrown(() => keyValues(reader({ env: 'abcdefghi=v' }), 'env', RULES));
    expect(error.rule).toBe('is a key longer than 8 characters');
  });

  test('a key exactly at the bound that fits the pattern is accepted', () => {
    expect(keyValues(reader({ env: 'abcdefgh=v' }), 'env', RULES)).toEqual({ abcdefgh: 'v' });
  });
});
