/**
 * A model of how the GitHub Actions runner finds workflow commands in a step's output (actions/runner:
 * ProcessInvoker reads lines with StreamReader.ReadLine; ActionCommandManager tries ActionCommand.TryParseV2,
 * then the legacy TryParse). `linguistic` models .NET comparing with ICU, which ignores zero-width characters
 * in StartsWith and IndexOf; the offsets the parser then uses are still plain string indexes.
 */
const REGISTERED = new Set([
  'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher',
  'warning', 'error', 'notice', 'debug', 'group', 'endgroup', 'echo', 'stop-commands'
]);
const DOTNET_BLANKS = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;
const IGNORABLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const IGNORABLE_CHAR = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;

function commandName(info: string): string | undefined {
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return REGISTERED.has(name.toLowerCase()) ? name : undefined;
}

function startsWith(text: string, prefix: string, linguistic: boolean): boolean {
  return (linguistic ? text.replace(IGNORABLE, '') : text).startsWith(prefix);
}

function indexOf(text: string, prefix: string, linguistic: boolean): number {
  if (!linguistic) return text.indexOf(prefix);
  for (let i = 0; i < text.length; i += 1) {
    if (!IGNORABLE_CHAR.test(text[i]!) && startsWith(text.slice(i), prefix, true)) return i;
  }
  return -1;
}

function parseV2(line: string, linguistic: boolean): string | undefined {
  const message = line.replace(DOTNET_BLANKS, '');
  if (!startsWith(message, '::', linguistic)) return undefined;
  const end = message.indexOf('::', 2);
  return end < 0 ? undefined : commandName(message.substring(2, end));
}

function parseLegacy(line: string, linguistic: boolean): string | undefined {
  const prefix = indexOf(line, '##[', linguistic);
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  return bracket < 0 ? undefined : commandName(line.substring(prefix + 3, bracket));
}

/** The commands the runner would run from this output, one entry per line that parses. */
export function runnerCommands(output: string, linguistic = false): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .map((line) => parseV2(line, linguistic) ?? parseLegacy(line, linguistic))
    .filter((name): name is string => name !== undefined);
}
