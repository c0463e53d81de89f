import { describe, expect, test } from '@jest/globals';
import { EOL } from 'node:os';
import * as log from '../../src/log.js';
import { useStdout } from '../helpers/action-files.js';
import { runnerCommands } from '../helpers/runner-commands.js';

const stdout = useStdout();

/** The workflow commands a runner would execute from these lines: lines that start with `::` (after blanks). */
function commands(): string[] {
  return stdout.text().split(EOL).filter((line) => /^\s*::/.test(line));
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
    expect(stdout.text()).not.toMatch(/^\s*##\[/m);
  });

  test('ordinary text is unchanged', () => {
    log.info('Image registry.example.com:5000/org/model:v1 (private) :: resolved');
    expect(stdout.text()).toBe(`Image registry.example.com:5000/org/model:v1 (private) :: resolved${EOL}`);
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

describe('every line is inert by the runner\'s own parser (TryParseV2, then the legacy TryParse)', () => {
  const attacks: [string, string][] = [
    ['an em space before ::', '\u2003::set-output name=x::y'],
    ['a tab before ::', '\t::add-mask::'],
    ['a no-break space and NEL before ::', '\u00a0\u0085::warning::x'],
    ['line and paragraph separators before ::', 'ok\n\u2028\u2029::error::x'],
    ['##[ in the middle of a line', 'text ##[group]x'],
    ['##[ after #', 'text ###[set-output name=a;]b'],
    ['a lone CR starts a new runner line', 'progress 10%\r::stop-commands::t'],
    ['a CR then blanks', 'a\r \u3000::add-mask::b'],
    ['every line of a long message', 'one\n::debug::a\ntwo ##[error]b\r\n\u2009::notice::c']
  ];

  test.each(attacks)('the model of the runner finds a command in the raw text: %s', (_what, text) => {
    expect(runnerCommands(text).length).toBeGreaterThan(0);
  });

  test.each(attacks)('info: %s', (_what, text) => {
    log.info(text);
    const out = stdout.text();
    expect(runnerCommands(out)).toEqual([]);
    expect(runnerCommands(out, true)).toEqual([]);
  });

  test('the neutral text keeps every character and line break of the message', () => {
    const text = 'a\r\u2003::set-output name=x::y\r\nb ##[group]x\n';
    expect(log.neutralise(text).replace(/\u200b/g, '')).toBe(text);
  });

  test('warnings and errors with the same text stay one annotation command each', () => {
    for (const [, text] of attacks) {
      log.warning(text);
      log.error(text);
    }
    expect(runnerCommands(stdout.text())).toEqual(attacks.flatMap(() => ['warning', 'error']));
  });
});

describe('secrets', () => {
  test('setSecret asks the runner to mask the value; an empty value masks nothing', () => {
    log.setSecret('s3cr3t-value');
    log.setSecret('');
    expect(commands()).toEqual(['::add-mask::s3cr3t-value']);
  });
});
