/** An error whose message is already written for the person reading the log. */
export class ActionError extends Error {
  override name = 'ActionError';
}

/** A bad input value, reported as one line naming the input, the value and the rule. */
export class InputError extends ActionError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    value: string,
    readonly rule: string
  ) {
    super(`Input '${input}': ${quote(value)} ${rule}`);
  }
}

/** Quotes a value for a one-line message, shortening long values and showing invisible characters. */
export function quote(value: string, max = 120): string {
  const shown = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
  return JSON.stringify(shown);
}
