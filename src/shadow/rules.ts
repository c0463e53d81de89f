/**
 * shadow-gate rules: one a line, `<metric> <op> production [* | + | - <number>]` or `<metric> <op> <number>`, e.g.
 * `latency-p99-ms <= production * 1.10`, `error-rate <= production + 0.005`, `latency-p50-ms < 250`. Pure.
 */
import { InputError } from '../errors.js';

export const METRICS = ['latency-p50-ms', 'latency-p90-ms', 'latency-p95-ms', 'latency-p99-ms', 'latency-avg-ms', 'error-rate'] as const;
export type MetricName = (typeof METRICS)[number];
export type Op = '<=' | '<' | '>=' | '>';

export interface Rule {
  text: string;
  metric: MetricName;
  op: Op;
  /** Relative to production's value (`production * 1.1`), or an absolute bound. */
  base: 'production' | 'constant';
  /** The arithmetic applied to production's value; for a constant rule, the constant. */
  factor: number;
  offset: number;
}

export const DEFAULT_GATE = 'latency-p99-ms <= production * 1.10\nerror-rate <= production + 0.005';

const LINE = /^([a-z0-9-]+)\s*(<=|>=|<|>)\s*(?:(production)(?:\s*([*+-])\s*(\d+(?:\.\d+)?))?|(\d+(?:\.\d+)?))$/;

export function parseRule(line: string, input = 'shadow-gate'): Rule {
  const m = LINE.exec(line);
  if (!m) throw new InputError(input, line, 'each line must be `<metric> <op> production [* | + | - <number>]` or `<metric> <op> <number>`, op one of <= < >= >');
  const metric = m[1]!;
  if (!(METRICS as readonly string[]).includes(metric)) throw new InputError(input, line, `names an unknown metric ${metric}; known: ${METRICS.join(', ')}`);
  const rule = { text: line, metric: metric as MetricName, op: m[2] as Op };
  if (m[6] !== undefined) return { ...rule, base: 'constant', factor: 0, offset: Number(m[6]) };
  const n = m[5] === undefined ? undefined : Number(m[5]);
  if (m[4] === '*' && !(n! > 0)) throw new InputError(input, line, 'the factor must be greater than 0');
  return { ...rule, base: 'production', factor: m[4] === '*' ? n! : 1, offset: m[4] === '+' ? n! : m[4] === '-' ? -n! : 0 };
}

/** The rules of the input (empty: the default gate); a metric named twice is refused. */
export function parseGate(text: string, input = 'shadow-gate'): Rule[] {
  const lines = (text.trim() ? text : DEFAULT_GATE).split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
  if (!lines.length) throw new InputError(input, text, 'holds no rule');
  if (lines.length > 20) throw new InputError(input, `${lines.length} rules`, 'may hold at most 20 rules');
  return lines.map((l) => parseRule(l, input));
}

/** The bound a candidate value must keep, given production's value (the rule's tolerance). */
export function bound(rule: Rule, production: number): number {
  return rule.base === 'constant' ? rule.offset : production * rule.factor + rule.offset;
}

/** Whether a candidate value keeps the rule against this bound. */
export function holds(op: Op, candidate: number, limit: number): boolean {
  if (op === '<=') return candidate <= limit;
  if (op === '<') return candidate < limit;
  if (op === '>=') return candidate >= limit;
  return candidate > limit;
}

/** Lower is better for `<` rules: a failing candidate is then greater than the bound. */
export const lowerIsBetter = (op: Op): boolean => op === '<=' || op === '<';
