/** An error whose message is already written for the person reading the log. */
export class ActionError extends Error {
  override name = 'ActionError';
}

/** A bad input value, reported as one line naming the input, the value and the rule. */
export class InputError extends ActionError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly rule: string
  ) {
    super(`Input '${input}': ${quote(value)} ${rule}`);
  }
}

/** A deployment file (deployment-file) that breaks a rule: `<file>:<line>: <key>: <rule>`, one line. */
export class DeploymentFileError extends ActionError {
  override name = 'DeploymentFileError';
  constructor(file: string, line: number, key: string | undefined, rule: string) {
    super(`${file}:${line}: ${key ? `${key}: ` : ''}${rule}`);
  }
}

/** Quotes a value for a one-line message, shortening long values and showing invisible characters. */
export function quote(value: string, max = 120): string {
  const shown = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
  return JSON.stringify(shown);
}

/**
 * Text a service wrote (an AWS error message) inside one of the action's messages. It may echo the request
 * (an environment value, a name), so it stays in the job log, where the runner masks secrets, and is replaced
 * in what is posted where nothing is masked: the job summary and the PR comment (see publicMessage). The
 * fragment is remembered for the whole run, so a message that wraps another one is cleaned as well.
 */
const SERVICE_TEXTS = new Map<string, string>();

/** Records `fragment` (service text with the action's words around it) and returns it unchanged. */
export function serviceText(fragment: string, instead: string): string {
  if (fragment.trim()) SERVICE_TEXTS.set(fragment, instead);
  return fragment;
}

/**
 * What a run records when it fails, written to the job log as it is: an ActionError's message (written for the
 * reader, possibly quoting a service), anything else as an unexpected error with its stack trace. Whatever is
 * posted (job summary, PR comment, outputs) shows it only through publicMessage.
 */
export function failureText(err: unknown): string {
  return err instanceof ActionError ? err.message : `Unexpected error: ${(err as Error)?.stack ?? String(err)}`;
}

/**
 * The form of an error message that may be posted where runner masking does not apply: every recorded
 * service text is replaced by the error's name and a pointer to the job log; an unexpected error (whose text
 * and stack trace are anyone's) is reduced to its name.
 */
export function publicMessage(message: string): string {
  const unexpected = /^Unexpected error: (?:([A-Za-z_$][\w$]*)(?=[:\s]|$))?/.exec(message);
  if (unexpected) return `Unexpected error${unexpected[1] ? ` (${unexpected[1]})` : ''}: the details are in the job log.`;
  let out = message;
  for (const [fragment, instead] of [...SERVICE_TEXTS].sort((a, b) => b[0].length - a[0].length)) out = out.split(fragment).join(instead);
  return out;
}
