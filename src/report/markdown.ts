/** Zero-width space: breaks a mention, a reference or an autolink without changing what a reader sees. */
const ZWSP = '\u200b';

/**
 * Takes the sting out of what GitHub links after rendering: @-mentions (which notify), #123 and GH-123
 * references, bare URLs (`://`, `www.`) and e-mail autolinks. GitHub decodes entities (`&#64;`) and escapes
 * (`\#`) before it looks for them, so only a break inside the word itself is inert.
 */
export function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** One line, cut at max characters (with an ellipsis). */
function shorten(text: string, max: number): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

function inert(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
  return defuse(escaped);
}

/**
 * Makes untrusted text (branch names, tags, descriptions, metadata, error messages) inert in GitHub markdown:
 * no HTML, no characters that break a table row or start markup, nothing GitHub turns into a ping or a link.
 */
export function escapeMarkdown(text: string, max = 300): string {
  return inert(shorten(text, max));
}

/** An https URL with nothing that could end an autolink or a table cell early. */
const SAFE_URL = /^https:\/\/[^\s()<>|`'"\\[\]]+$/;
const URLS = /https:\/\/[^\s()<>|`'"\\[\]]+/g;

/**
 * Like escapeMarkdown, but the URLs this action built itself (the run, the pull request, console links: `own`
 * says which) stay whole and clickable, as autolinks. Only an exact match is kept: a URL that merely starts like one
 * of ours, and every other part of the text, is made inert as usual.
 */
export function escapeWithLinks(text: string, own: (url: string) => boolean, max = 300): string {
  const short = shorten(text, max);
  const parts: string[] = [];
  let last = 0;
  for (const m of short.matchAll(URLS)) {
    const url = m[0].replace(/[.,;:!?]+$/, '');
    if (!SAFE_URL.test(url) || !own(url)) continue;
    parts.push(inert(short.slice(last, m.index)), `<${url}>`);
    last = m.index + url.length;
  }
  parts.push(inert(short.slice(last)));
  return parts.join('');
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
