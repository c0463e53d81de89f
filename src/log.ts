/**
 * The runner protocol through @actions/core, the toolkit GitHub's runner, `@github/local-action` and other
 * tools expect. The one addition: log lines are made neutral to workflow commands, because they may carry
 * text from registries, AWS or users (a line that starts with `::` would otherwise be executed by the runner).
 */
import * as core from '@actions/core';

/**
 * The characters .NET's `Char.IsWhiteSpace` accepts, which the runner's `TrimStart()` removes before looking for
 * `::` (actions/runner ActionCommand.TryParseV2), plus U+FEFF and U+180E, which older Unicode tables or JavaScript
 * treat as blanks: trimming more than the runner does only makes more lines inert.
 */
const COMMAND_START = /^([\t\n\v\f\r \u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*):(?=:)/;
/** The runner reads its output with StreamReader.ReadLine: a line ends at CR LF, CR or LF. */
const LINE_BREAK = /(\r\n|\r|\n)/;

/**
 * Makes one runner line inert by the runner's two parsers: `::` after leading blanks (TryParseV2), and `##[`
 * anywhere in the line (the legacy TryParse looks for it with IndexOf). A zero-width space goes inside each
 * prefix. That holds whether the runner compares ordinally (the prefix is gone) or with ICU, which ignores
 * U+200B: the parser reads the command name at a fixed offset after the prefix (2 for `::`, 3 for `##[`), so it
 * would start with `:` or `[`, and no registered command does.
 */
function neutraliseLine(line: string): string {
  return line.replace(COMMAND_START, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b');
}

/** Every line a message becomes in the runner's eyes is made neutral to workflow commands. */
export function neutralise(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((part, index) => (index % 2 === 1 ? part : neutraliseLine(part)))
    .join('');
}

export function info(message: string): void {
  core.info(neutralise(message));
}

/** Warnings and errors are single workflow commands: @actions/core escapes their newlines. */
export function warning(message: string): void {
  core.warning(message);
}

export function error(message: string): void {
  core.error(message);
}

/** Tells the runner to mask a value in every later log line. Call it the moment a secret exists. */
export function setSecret(value: string): void {
  if (value) core.setSecret(value);
}

export function setFailed(message: string): void {
  core.setFailed(message);
}

export function setOutput(name: string, value: string): void {
  core.setOutput(name, value);
}

/** Appends markdown to the job summary, when the runner provides one. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

export function startGroup(name: string): void {
  core.startGroup(name);
}

export function endGroup(): void {
  core.endGroup();
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}
