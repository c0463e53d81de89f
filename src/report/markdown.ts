/**
 * Makes untrusted text (branch names, tags, descriptions, metadata) inert in GitHub markdown:
 * no HTML, no @-mentions or #-references that notify, no characters that break a table row.
 */
export function escapeMarkdown(text: string, max = 300): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
  return short
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@/g, '&#64;');
}

/** Text shown as inline code: backticks inside are replaced so the span cannot be closed early. */
export function code(text: string, max = 300): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
  const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
  return `\`${short.replace(/\|/g, '\\|')}\``;
}

export function link(label: string, url: string): string {
  if (!/^https:\/\/[^\s()<>]+$/.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${url})`;
}

export function table(rows: [string, string][]): string {
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
