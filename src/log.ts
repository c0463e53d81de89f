/**
 * The runner protocol through @actions/core, the toolkit GitHub's runner, `@github/local-action` and other
 * tools expect. The one addition: log lines are made neutral to workflow commands, because they may carry
 * text from registries, AWS or users (a line that starts with `::` would otherwise be executed by the runner).
 */
import * as core from '@actions/core';

/** A line starting with `::` (or the legacy `##[`) is a workflow command: break the prefix with a zero-width space. */
export function neutralise(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, '$1:\u200b').replace(/^([ \t]*)#(?=#\[)/gm, '$1#\u200b');
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
