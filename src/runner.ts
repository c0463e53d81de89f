/**
 * The runner's workflow-command protocol (the part of @actions/core this action uses).
 * @actions/core is not imported at start-up: its import alone loads undici and costs about as much as
 * starting node itself. This module writes the same formats; __tests__/unit/runner.test.ts checks them
 * against @actions/core's own output.
 */
import { appendFileSync, writeSync } from 'node:fs';

const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/**
 * Straight to file descriptor 1: process.stdout would load the stream machinery at start-up.
 * Tests replace `output.write` to capture what the runner would read.
 */
export const output = {
  write(text: string): void {
    writeSync(1, text);
  }
};

function out(text: string): void {
  output.write(text);
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function issue(command: string, message: string): void {
  out(`::${command}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  out(message + EOL);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function error(message: string): void {
  issue('error', message);
}

/** Tells the runner to mask a value in every later log line. Call it the moment a secret exists. */
export function setSecret(value: string): void {
  if (value) issue('add-mask', value);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('output contains the delimiter');
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  } else {
    out(EOL);
    out(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
  }
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Appends markdown to the job summary, when the runner provides one. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown + EOL, 'utf8');
}

export function startGroup(name: string): void {
  info(`::group::${escapeData(name)}`);
}

export function endGroup(): void {
  info('::endgroup::');
}

export type Log = Pick<typeof import('./runner.js'), 'info' | 'warning'>;
