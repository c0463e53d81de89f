/** Untrusted multi-line text (error messages, descriptions) becomes one readable line in the summary and PR comment. */
import { describe, expect, test } from '@jest/globals';
import { code, escapeMarkdown } from '../../../src/report/markdown.js';

describe('line breaks and tabs', () => {
  test('a run of CR, LF and tabs is one space, in code spans and in text', () => {
    expect(code('first\r\n\tsecond\n\nthird')).toBe('`first second third`');
    expect(escapeMarkdown('first\r\n\tsecond\n\nthird')).toBe('first second third');
  });

  test('a code span cut at max characters ends with an ellipsis inside the span', () => {
    expect(code('abcdef', 3)).toBe('`abc…`');
    expect(code('abc', 3)).toBe('`abc`');
  });
});
