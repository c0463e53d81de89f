/**
 * Step outputs, the job summary and the failed status, as the runner reads them back. Outputs go through
 * @actions/core's file command (GITHUB_OUTPUT, `name<<ghadelimiter_<uuid>` heredocs); the check that a value
 * cannot contain the delimiter is @actions/core's own code, so these tests assert what a workflow relies on:
 * a value carrying text from a registry or AWS is read back as that one output, and never sets another one.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as log from '../../src/log.js';
import { useStdout } from '../helpers/action-files.js';

let dir: string;
const stdout = useStdout();
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'log-outputs-'));
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The outputs a runner reads from a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` heredocs. */
function runnerOutputs(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split(EOL);
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`unterminated heredoc for ${heredoc[1]}`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join(EOL);
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

describe('outputs', () => {
  test('a value with line breaks and injected output lines is read back as that one output', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    const hostile = ['first line', 'approved=true', 'model-package-arn<<EOF', 'arn:aws:sagemaker:evil', 'EOF', 'ghadelimiter_0'].join('\n');
    log.setOutput('message', hostile);
    log.setOutput('approved', 'false');
    expect(runnerOutputs(file)).toEqual({ message: hostile.split('\n').join(EOL), approved: 'false' });
    expect(stdout.text()).toBe('');
  });

  test('without GITHUB_OUTPUT (an older runner) the output is still set, as a command', () => {
    delete process.env.GITHUB_OUTPUT;
    log.setOutput('model-package-arn', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/g/1');
    expect(stdout.text()).toContain('::set-output name=model-package-arn::arn:aws:sagemaker:us-east-1:123456789012:model-package/g/1');
  });
});

describe('failure and summary', () => {
  test('setFailed fails the step and reports the message as an error', () => {
    log.setFailed('Registry r.example.com rejected the credentials');
    expect(process.exitCode).toBe(1);
    expect(stdout.text()).toBe(`::error::Registry r.example.com rejected the credentials${EOL}`);
  });

  test('the job summary receives the markdown when the runner provides one, and nothing breaks when it does not', async () => {
    const file = join(dir, 'summary');
    writeFileSync(file, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    await log.appendSummary('## Registered\n| a | b |');
    expect(readFileSync(file, 'utf8')).toBe(`before\n## Registered\n| a | b |${EOL}`);
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(log.appendSummary('## ignored')).resolves.toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(`before\n## Registered\n| a | b |${EOL}`);
  });
});

describe('neutralised info lines', () => {
  test('`::` changes only at the start of a line (after blanks); `##[` changes anywhere, as the runner reads it', () => {
    log.info('a :: b\n  ::warning::x\n#[not-legacy]\n##[error]y\n\t ##[warning]z\nsee ##[group] here');
    expect(stdout.text()).toBe(`a :: b\n  :\u200b:warning::x\n#[not-legacy]\n#\u200b#[error]y\n\t #\u200b#[warning]z\nsee #\u200b#[group] here${EOL}`);
  });
});
