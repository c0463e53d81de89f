/**
 * The shadow test's verdict from the two variants' metrics over the same window. Pure.
 *
 * Each rule is judged twice: on the whole window (the candidate's value against the rule's bound from production's
 * value) and, when that misses, on the per-minute datapoints: the candidate's minutes against production's minutes
 * moved by the rule (its tolerance), with a one-sided Mann-Whitney U test. A rule fails only when the miss is
 * significant at the stated confidence; a miss within noise passes. Too few invocations is inconclusive, never a pass;
 * so is a miss that the number of minutes could never show to be significant.
 */
import { mannWhitneyGreater, smallestP } from './mann-whitney.js';
import { bound, holds, lowerIsBetter, type MetricName, type Rule } from './rules.js';

/** One variant's values: each metric over the whole window, and per minute (minutes with invocations only). */
export interface VariantMetrics {
  invocations: number;
  total: Partial<Record<MetricName, number>>;
  minutes: Partial<Record<MetricName, number>>[];
}

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface RuleResult {
  rule: string;
  metric: MetricName;
  production?: number;
  candidate?: number;
  bound?: number;
  /** One-sided p-value of "the candidate is worse than the bound", when the window missed the bound. */
  p?: number;
  result: Verdict;
  why: string;
}

export interface Judgement {
  verdict: Verdict;
  reason: string;
  confidence: number;
  minInvocations: number;
  rules: RuleResult[];
}

const series = (m: VariantMetrics, metric: MetricName) => m.minutes.map((x) => x[metric]).filter((v): v is number => v !== undefined && Number.isFinite(v));

function judgeRule(rule: Rule, prod: VariantMetrics, cand: VariantMetrics, confidence: number): RuleResult {
  const production = prod.total[rule.metric];
  const candidate = cand.total[rule.metric];
  const head = { rule: rule.text, metric: rule.metric };
  if (candidate === undefined || (production === undefined && rule.base === 'production')) {
    return { ...head, result: 'inconclusive', why: `no ${rule.metric} datapoints for ${candidate === undefined ? 'the candidate' : 'production'}` };
  }
  const limit = bound(rule, production ?? 0);
  const values = { ...head, ...(production !== undefined ? { production } : {}), candidate, bound: limit };
  if (holds(rule.op, candidate, limit)) return { ...values, result: 'pass', why: 'within the bound over the window' };
  const c = series(cand, rule.metric);
  const p = rule.base === 'constant' ? c.map(() => rule.offset) : series(prod, rule.metric).map((v) => bound(rule, v));
  const alpha = Number((1 - confidence).toFixed(12));
  if (smallestP(c.length, p.length) >= alpha) {
    return { ...values, result: 'inconclusive', why: `misses the bound over the window, but ${c.length} and ${p.length} minutes cannot show a difference at ${confidence * 100}% confidence` };
  }
  const test = lowerIsBetter(rule.op) ? mannWhitneyGreater(c, p) : mannWhitneyGreater(p, c);
  const pValue = Number(test.p.toPrecision(4));
  if (test.p < alpha) return { ...values, p: pValue, result: 'fail', why: `worse than the bound, significant at ${confidence * 100}% (Mann-Whitney U ${test.u}, p = ${pValue})` };
  return { ...values, p: pValue, result: 'pass', why: `misses the bound over the window, within noise at ${confidence * 100}% (Mann-Whitney U ${test.u}, p = ${pValue})` };
}

export function judge(rules: Rule[], prod: VariantMetrics, cand: VariantMetrics, o: { confidence: number; minInvocations: number }): Judgement {
  const base = { confidence: o.confidence, minInvocations: o.minInvocations };
  const few = [prod.invocations < o.minInvocations && `production ${prod.invocations}`, cand.invocations < o.minInvocations && `candidate ${cand.invocations}`].filter(Boolean);
  if (few.length) {
    return { ...base, verdict: 'inconclusive', reason: `too little traffic: ${few.join(', ')} invocations, min-invocations is ${o.minInvocations}`, rules: [] };
  }
  const results = rules.map((r) => judgeRule(r, prod, cand, o.confidence));
  const failed = results.filter((r) => r.result === 'fail');
  const open = results.filter((r) => r.result === 'inconclusive');
  if (failed.length) return { ...base, verdict: 'fail', reason: failed.map((r) => `${r.rule}: ${r.why}`).join('; '), rules: results };
  if (open.length) return { ...base, verdict: 'inconclusive', reason: open.map((r) => `${r.rule}: ${r.why}`).join('; '), rules: results };
  return { ...base, verdict: 'pass', reason: `every rule holds (${results.length}) at ${o.confidence * 100}% confidence`, rules: results };
}
