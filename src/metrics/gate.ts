/** The gate's verdict: each rule against the candidate's metrics and the baseline's. Pure. */
import type { Metrics } from './statistics.js';
import { holds, threshold, usesBaseline, type Rule } from './rules.js';

export type GateVerdict = 'pass' | 'fail' | 'no-baseline';

export interface Baseline {
  version: number;
  arn: string;
  /** Undefined: the baseline version records no model-quality statistics. */
  metrics?: Metrics;
}

export interface RuleResult {
  rule: string;
  metric: string;
  candidate: number;
  baseline?: number;
  difference?: number;
  /** Undefined when the rule needs a baseline value that is missing. */
  pass?: boolean;
}

export interface GateResult {
  verdict: GateVerdict;
  rules: RuleResult[];
  candidate: Metrics;
  baseline?: { version: number; arn: string; metrics?: Metrics };
  /** What a missing baseline means (on-no-baseline), said in the report. */
  note?: string;
}

export function evaluateGate(rules: Rule[], candidate: Metrics, baseline: Baseline | undefined): GateResult {
  const results = rules.map((r): RuleResult => {
    const c = candidate[r.metric]!.value;
    const b = baseline?.metrics?.[r.metric]?.value;
    const limit = threshold(r, b);
    return {
      rule: r.text,
      metric: r.metric,
      candidate: c,
      ...(b !== undefined ? { baseline: b, difference: c - b } : {}),
      ...(limit !== undefined ? { pass: holds(r.op, c, limit) } : {})
    };
  });
  const missing = results.some((r) => r.pass === undefined);
  const failed = results.some((r) => r.pass === false);
  const verdict: GateVerdict = failed ? 'fail' : missing && usesBaseline(rules) ? 'no-baseline' : 'pass';
  return { verdict, rules: results, candidate, ...(baseline ? { baseline: { version: baseline.version, arn: baseline.arn, ...(baseline.metrics ? { metrics: baseline.metrics } : {}) } } : {}) };
}

/** One line naming the failed rules, for errors and ApprovalDescription. */
export function failureReason(result: GateResult): string {
  const failed = result.rules.filter((r) => r.pass === false);
  const against = result.baseline ? ` against version ${result.baseline.version}` : '';
  return `metrics gate failed${against}: ${failed.map((r) => `${r.rule} (candidate ${fmt(r.candidate)}${r.baseline !== undefined ? `, baseline ${fmt(r.baseline)}` : ''})`).join('; ')}`;
}

export const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : Number(n.toPrecision(6)).toString());
