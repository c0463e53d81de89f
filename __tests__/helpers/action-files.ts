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

/** The process's stdout captured for each test (the runner reads workflow commands there), restored after it. */
export function useStdout(): { readonly chunks: string[]; text(): string } {
  let chunks: string[] = [];
  beforeEach(() => {
    chunks = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  return {
    get chunks() {
      return chunks;
    },
    text: () => chunks.join('')
  };
}

export function useActionFiles(prefix: string): ActionFiles {
  const summaryFile = join(mkdtempSync(join(tmpdir(), `${prefix}-summary-`)), 'summary');
  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  let dir = '';
  const out = useStdout();
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(summaryFile, '');
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    process.exitCode = undefined;
  });
  afterEach(() => {
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
      return out.chunks;
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
