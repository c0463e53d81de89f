import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { EOL } from 'node:os';
import * as log from '../../src/log.js';

let stdout: string[];

beforeEach(() => {
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
});

/** The workflow commands a runner would execute from these lines: lines that start with `::` (after blanks). */
function commands(): string[] {
  return stdout.join('').split(EOL).filter((line) => /^\s*::/.test(line));
}

describe('log lines cannot carry workflow commands', () => {
  test.each([
    ['a registry digest with an injected line', 'Digest sha256:abc\n::warning::owned'],
    ['stop-commands, which would disable every later mask', 'x\n::stop-commands::token\n::add-mask::nothing'],
    ['indented commands', 'x\n   ::set-output name=a::b'],
    ['CRLF line breaks', 'x\r\n::error::boom'],
    ['the legacy ##[ syntax', 'x\n##[set-output name=a;]b']
  ])('%s', (_what, text) => {
    log.info(text);
    expect(commands()).toEqual([]);
    expect(stdout.join('')).not.toMatch(/^\s*##\[/m);
  });

  test('ordinary text is unchanged', () => {
    log.info('Image registry.example.com:5000/org/model:v1 (private) :: resolved');
    expect(stdout.join('')).toBe(`Image registry.example.com:5000/org/model:v1 (private) :: resolved${EOL}`);
  });

  test('warnings and errors stay one command each: their line breaks are escaped', () => {
    log.warning('bad\n::error::injected');
    log.error('x\n::add-mask::y');
    expect(commands()).toEqual([`::warning::bad%0A::error::injected`, `::error::x%0A::add-mask::y`]);
  });

  test('group titles are one command: their line breaks are escaped', () => {
    log.startGroup('Plan\n::error::x');
    log.endGroup();
    expect(commands()).toEqual(['::group::Plan%0A::error::x', '::endgroup::']);
  });
});

describe('secrets', () => {
  test('setSecret asks the runner to mask the value; an empty value masks nothing', () => {
    log.setSecret('s3cr3t-value');
    log.setSecret('');
    expect(commands()).toEqual(['::add-mask::s3cr3t-value']);
  });
});
