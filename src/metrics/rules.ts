/**
 * The metrics-gate rules, one a line: `<metric> <op> <right>` with op one of >= <= > <, and right a number,
 * `baseline`, `baseline + n`, `baseline - n` or `baseline * n`. Pure; a malformed line is one InputError naming the
 * line; metric names are checked against the candidate's statistics separately (checkRuleMetrics).
 */
import { InputError } from '../errors.js';

export type Operator = '>=' | '<=' | '>' | '<';

export interface Rule {
  /** The line as written (trimmed), for the report. */
  text: string;
  metric: string;
  op: Operator;
  /** Absent: an absolute threshold `number`. */
  baseline?: { op: '+' | '-' | '*'; n: number } | { op: 'none' };
  number?: number;
}

export const MAX_RULES = 20;
const NUMBER = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
const RULE = new RegExp(String.raw`^([a-z][a-z0-9_]{0,63})\s*(>=|<=|>|<)\s*(?:(${NUMBER})|baseline(?:\s*([-+*])\s*(${NUMBER}))?)$`);
const RULE_HELP = "must be '<metric> <op> <right>' (op >=, <=, > or <; right a number, baseline, baseline + n, baseline - n or baseline * n), e.g. 'auc >= baseline - 0.005'";

export function parseRules(input: string, text: string): Rule[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (lines.length > MAX_RULES) throw new InputError(input, `${lines.length} rules`, `holds at most ${MAX_RULES} rules`);
  return lines.map((line, i) => {
    const m = RULE.exec(line);
    if (!m) throw new InputError(input, line, `(rule ${i + 1}) ${RULE_HELP}`);
    const [, metric, op, absolute, bop, bn] = m;
    const rule: Rule = { text: line, metric: metric!, op: op as Operator };
    if (absolute !== undefined) rule.number = Number(absolute);
    else rule.baseline = bop ? { op: bop as '+' | '-' | '*', n: Number(bn) } : { op: 'none' };
    return rule;
  });
}

/** Every rule's metric must be one the candidate's statistics hold. */
export function checkRuleMetrics(input: string, rules: Rule[], known: string[]): void {
  for (const r of rules) {
    if (!known.includes(r.metric)) throw new InputError(input, r.text, `names metric ${r.metric}, which the statistics file does not hold (it holds ${known.join(', ')})`);
  }
}

export const usesBaseline = (rules: Rule[]): boolean => rules.some((r) => r.baseline);

/** The threshold a rule compares the candidate with, or undefined when it needs a baseline that is missing. */
export function threshold(rule: Rule, baseline: number | undefined): number | undefined {
  if (rule.number !== undefined) return rule.number;
  if (baseline === undefined || !rule.baseline) return undefined;
  const b = rule.baseline;
  return b.op === 'none' ? baseline : b.op === '+' ? baseline + b.n : b.op === '-' ? baseline - b.n : baseline * b.n;
}

export function holds(op: Operator, candidate: number, limit: number): boolean {
  return op === '>=' ? candidate >= limit : op === '<=' ? candidate <= limit : op === '>' ? candidate > limit : candidate < limit;
}
