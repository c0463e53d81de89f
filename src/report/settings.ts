/** Where each deploy setting of a run with a deployment file came from, for the log and the job summary.   pure */
import type { SettingsNote } from '../inputs/file-layer.js';
import { code, escapeMarkdown } from './markdown.js';

const ROLLBACK = 'rollback uses the deployment file as it is now: the settings are the stage’s, not those the version was deployed with';

/** The log's lines. */
export function settingsLog(note: SettingsNote): string {
  return [`Deploy settings (deployment-file ${note.file}):`, ...note.lines.map((l) => `  ${l}`), ...(note.rollback ? [`  ${ROLLBACK}`] : [])].join('\n');
}

/** A compact block under the summary: one line per source; the file's path is the workflow's text, shown inert. */
export function settingsMarkdown(note: SettingsNote): string {
  const lines = note.lines.map((l) => `- ${escapeMarkdown(l, 1000)}`);
  if (!lines.length) lines.push('- the file sets nothing this run reads');
  if (note.rollback) lines.push(`- ${escapeMarkdown(ROLLBACK)}`);
  return `**Deploy settings** from ${code(note.file)}:\n\n${lines.join('\n')}\n`;
}
