import { InputError } from '../errors.js';

/** Reads one input by its action.yml name; returns '' when it is not set. */
export type InputReader = (name: string) => string;

export function required(read: InputReader, name: string): string {
  const value = read(name);
  if (!value) throw new InputError(name, value, 'is required');
  return value;
}

/**
 * Looks a user-supplied word up in a table of its own keys only: `constructor` or `toString` must not find
 * what every object inherits from Object.prototype.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function check(name: string, value: string, ok: boolean, rule: string): string {
  if (!ok) throw new InputError(name, value, rule);
  return value;
}

export function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name);
  if (!value) return fallback;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw new InputError(name, value, `must be one of: ${allowed.join(', ')}`);
  return found;
}

/** YAML 1.2 core-schema booleans only, as the runner's own getBooleanInput accepts. */
export function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, value, 'must be true or false');
}

export function integer(read: InputReader, name: string, fallback: number, min: number, max: number): number {
  const value = read(name);
  if (!value) return fallback;
  if (!/^\d+$/.test(value)) throw new InputError(name, value, 'must be a whole number');
  const n = Number(value);
  if (n < min || n > max) throw new InputError(name, value, `must be between ${min} and ${max}`);
  return n;
}

/** Items separated by commas or new lines; blanks dropped. */
export function list(read: InputReader, name: string): string[] {
  return read(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

export interface KeyValueRules {
  key: RegExp;
  keyRule: string;
  keyMax: number;
  valueMax: number;
  maxEntries: number;
  allowEmptyValue?: boolean;
  valuePattern?: RegExp;
}

/**
 * Multi-line KEY=VALUE text; blank lines and lines starting with # are skipped. Keys are the user's own
 * words: collected in a Map and returned through Object.fromEntries, so `toString`, `constructor` or
 * `__proto__` are ordinary keys (never "given twice" by inheritance, never a prototype change).
 */
export function keyValues(read: InputReader, name: string, rules: KeyValueRules): Record<string, string> {
  const out = new Map<string, string>();
  for (const raw of read(name).split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [key, value] = keyValueLine(name, line, rules);
    if (out.has(key)) throw new InputError(name, key, 'is given twice');
    out.set(key, value);
  }
  if (out.size > rules.maxEntries) {
    throw new InputError(name, `${out.size} entries`, `exceeds the limit of ${rules.maxEntries} entries`);
  }
  return Object.fromEntries(out);
}

function keyValueLine(name: string, line: string, rules: KeyValueRules): [string, string] {
  const eq = line.indexOf('=');
  if (eq <= 0) throw new InputError(name, line, 'must be KEY=VALUE lines');
  const key = line.slice(0, eq).trim();
  const value = line.slice(eq + 1).trim();
  if (key.length > rules.keyMax || !rules.key.test(key)) {
    throw new InputError(name, key, key.length > rules.keyMax ? `is a key longer than ${rules.keyMax} characters` : `is a key that ${rules.keyRule}`);
  }
  if (!value && !rules.allowEmptyValue) throw new InputError(name, line, 'has an empty value; SageMaker requires at least one character');
  if (value.length > rules.valueMax) throw new InputError(name, `${key}=${value}`, `has a value longer than ${rules.valueMax} characters`);
  if (rules.valuePattern && value && !rules.valuePattern.test(value)) {
    throw new InputError(name, `${key}=${value}`, `has a value that ${rules.keyRule}`);
  }
  return [key, value];
}

