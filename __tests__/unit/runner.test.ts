import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runner from '../../src/runner.js';

/** Parses a GITHUB_OUTPUT file the way the runner does: name=value lines or name<<DELIMITER heredocs. */
function parseOutputFile(text: string): [string, string][] {
  const lines = text.split(EOL);
  const out: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      out.push([name!, value.join(EOL)]);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`bad line ${JSON.stringify(line)}`);
    out.push([line.slice(0, eq), line.slice(eq + 1)]);
  }
  return out;
}

const OUTPUTS: [string, string][] = [
  ['model-package-arn', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3'],
  ['empty', ''],
  ['multi-line', 'line one\nline two\n\nline four'],
  ['crlf', 'a\r\nb'],
  ['tricky', 'name<<EOF\nEOF\n%0A::set-output name=x::y'],
  ['trailing-newline', 'value\n']
];

let dir: string;
let stdout: string[];
const savedEnv = { ...process.env };
const savedExitCode = process.exitCode;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-test-'));
  stdout = [];
  const capture = (chunk: string | Uint8Array) => {
    stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  // @actions/core writes through process.stdout; runner.ts through its own output (fd 1).
  jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  jest.spyOn(runner.output, 'write').mockImplementation((text: string) => void capture(text));
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = savedExitCode;
  rmSync(dir, { recursive: true, force: true });
});

function captured(fn: () => void): string {
  stdout = [];
  fn();
  return stdout.join('');
}

describe('setOutput with GITHUB_OUTPUT', () => {
  test('src/runner.ts and @actions/core write files that parse to the same outputs', () => {
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');

    process.env.GITHUB_OUTPUT = ours;
    const oursStdout = captured(() => OUTPUTS.forEach(([n, v]) => runner.setOutput(n, v)));
    process.env.GITHUB_OUTPUT = theirs;
    const theirsStdout = captured(() => OUTPUTS.forEach(([n, v]) => core.setOutput(n, v)));

    const a = parseOutputFile(readFileSync(ours, 'utf8'));
    const b = parseOutputFile(readFileSync(theirs, 'utf8'));
    expect(a).toEqual(OUTPUTS);
    expect(b).toEqual(OUTPUTS);
    expect(oursStdout).toBe('');
    expect(theirsStdout).toBe('');
  });

  test('each output uses a fresh ghadelimiter_<uuid> heredoc', () => {
    const file = join(dir, 'out');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    runner.setOutput('a', 'x\ny');
    runner.setOutput('b', 'z');
    const text = readFileSync(file, 'utf8');
    const delimiters = [...text.matchAll(/^[ab]<<(ghadelimiter_[0-9a-f-]{36})$/gm)].map((m) => m[1]);
    expect(delimiters).toHaveLength(2);
    expect(delimiters[0]).not.toBe(delimiters[1]);
    expect(text).toBe(`a<<${delimiters[0]}${EOL}x\ny${EOL}${delimiters[0]}${EOL}b<<${delimiters[1]}${EOL}z${EOL}${delimiters[1]}${EOL}`);
  });
});

describe('setOutput without GITHUB_OUTPUT', () => {
  test('prints the same ::set-output command as @actions/core', () => {
    delete process.env.GITHUB_OUTPUT;
    for (const [name, value] of [...OUTPUTS, ['a:b,c', 'v%1']] as [string, string][]) {
      const ours = captured(() => runner.setOutput(name, value));
      const theirs = captured(() => core.setOutput(name, value));
      expect(ours).toBe(theirs);
    }
    expect(captured(() => runner.setOutput('a:b,c', 'x\ny%'))).toBe(`${EOL}::set-output name=a%3Ab%2Cc::x%0Ay%25${EOL}`);
  });
});

describe('setSecret', () => {
  test('prints ::add-mask::value', () => {
    expect(captured(() => runner.setSecret('s3cr3t-value'))).toBe(`::add-mask::s3cr3t-value${EOL}`);
  });

  test.each(['s3cr3t', 'multi\nline\r\nsecret', '100%', 'with::colons'])('matches @actions/core for %j', (secret) => {
    const ours = captured(() => runner.setSecret(secret));
    const theirs = captured(() => core.setSecret(secret));
    expect(ours).toBe(theirs);
    expect(ours.startsWith('::add-mask::')).toBe(true);
    expect(ours.split(EOL)).toHaveLength(2);
  });

  test('an empty value prints nothing (masking "" would be meaningless)', () => {
    expect(captured(() => runner.setSecret(''))).toBe('');
  });
});

describe('log commands match @actions/core', () => {
  const messages = ['plain', 'two\nlines', '50% done\r\n', ''];
  test.each(messages)('info / warning / error / group for %j', (message) => {
    expect(captured(() => runner.info(message))).toBe(captured(() => core.info(message)));
    expect(captured(() => runner.warning(message))).toBe(captured(() => core.warning(message)));
    expect(captured(() => runner.error(message))).toBe(captured(() => core.error(message)));
    expect(captured(() => runner.startGroup(message))).toBe(captured(() => core.startGroup(message)));
    expect(captured(() => runner.endGroup())).toBe(captured(() => core.endGroup()));
  });

  test('exact warning and error lines', () => {
    expect(captured(() => runner.warning('a\nb'))).toBe(`::warning::a%0Ab${EOL}`);
    expect(captured(() => runner.error('x%'))).toBe(`::error::x%25${EOL}`);
  });

  test('setFailed sets exit code 1 and prints an error, like @actions/core', () => {
    process.exitCode = 0;
    const ours = captured(() => runner.setFailed('boom\nsecond line'));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const theirs = captured(() => core.setFailed('boom\nsecond line'));
    expect(process.exitCode).toBe(1);
    expect(ours).toBe(theirs);
    expect(ours).toBe(`::error::boom%0Asecond line${EOL}`);
  });
});

describe('appendSummary', () => {
  test('appends the markdown and a newline, as core.summary.addRaw(md, true).write() does', async () => {
    const ours = join(dir, 'summary-ours.md');
    const theirs = join(dir, 'summary-theirs.md');
    writeFileSync(ours, 'existing\n');
    writeFileSync(theirs, 'existing\n');
    const parts = ['### Title', '| | |\n|---|---|\n| a | b |'];

    process.env.GITHUB_STEP_SUMMARY = ours;
    for (const p of parts) runner.appendSummary(p);
    process.env.GITHUB_STEP_SUMMARY = theirs;
    for (const p of parts) await core.summary.addRaw(p, true).write();

    expect(readFileSync(ours, 'utf8')).toBe(`existing\n### Title${EOL}| | |\n|---|---|\n| a | b |${EOL}`);
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
  });

  test('does nothing without GITHUB_STEP_SUMMARY', () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(captured(() => runner.appendSummary('x'))).toBe('');
  });
});
