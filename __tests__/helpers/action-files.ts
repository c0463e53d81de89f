/**
 * A test file that runs a whole action in-process (main.ts run, commands/run.ts runCommand): a fresh GITHUB_OUTPUT
 * per test, one job summary file for the module (@actions/core remembers the file of its first write), the action's
 * stdout captured, and the environment and exit code put back after each test.
 */
import { afterEach, beforeEach, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionFiles {
  /** This test's own directory (its GITHUB_OUTPUT and event file live here). */
  readonly dir: string;
  /** What the action wrote to stdout, chunk by chunk. */
  readonly stdout: string[];
  readonly summaryFile: string;
  summary(): string;
  /** The outputs as the runner reads GITHUB_OUTPUT. */
  outputs(): Record<string, string>;
  /** The text of the outputs file. */
  outputText(): string;
}

export function useActionFiles(prefix: string): ActionFiles {
  const summaryFile = join(mkdtempSync(join(tmpdir(), `${prefix}-summary-`)), 'summary');
  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  let dir = '';
  let stdout: string[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(summaryFile, '');
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    process.exitCode = undefined;
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...savedEnv };
    process.exitCode = savedExitCode;
    rmSync(dir, { recursive: true, force: true });
  });
  const outputText = () => readFileSync(join(dir, 'output'), 'utf8');
  return {
    get dir() {
      return dir;
    },
    get stdout() {
      return stdout;
    },
    summaryFile,
    summary: () => readFileSync(summaryFile, 'utf8'),
    outputText,
    outputs: () => {
      const out: Record<string, string> = {};
      for (const m of outputText().matchAll(new RegExp(`^([^<\\n]+)<<(ghadelimiter_[0-9a-f-]+)${EOL}([\\s\\S]*?)${EOL}\\2$`, 'gm'))) out[m[1]!] = m[3]!;
      return out;
    }
  };
}
