import { describe, expect, test } from '@jest/globals';
import { evaluateGate, failureReason } from '../../../src/metrics/gate.js';
import { gateMarkdown, metricsJson } from '../../../src/metrics/report.js';
import { parseRules } from '../../../src/metrics/rules.js';

const rules = parseRules('metrics-gate', 'auc >= baseline - 0.005\nrecall >= 0.8');
const baseline = { version: 3, arn: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/3', metrics: { auc: { value: 0.9 }, recall: { value: 0.85 } } };

describe('evaluateGate', () => {
  test('a candidate within the tolerance passes; the difference is against the baseline', () => {
    const g = evaluateGate(rules, { auc: { value: 0.896 }, recall: { value: 0.8 } }, baseline);
    expect(g.verdict).toBe('pass');
    expect(g.rules[0]).toMatchObject({ metric: 'auc', candidate: 0.896, baseline: 0.9, pass: true });
    expect(g.rules[0]!.difference).toBeCloseTo(-0.004);
    expect(g.rules[1]).toMatchObject({ metric: 'recall', candidate: 0.8, baseline: 0.85, pass: true });
  });

  test('one rule beyond the tolerance fails the gate, and the reason names it with both values', () => {
    const g = evaluateGate(rules, { auc: { value: 0.89 }, recall: { value: 0.9 } }, baseline);
    expect(g.verdict).toBe('fail');
    expect(failureReason(g)).toBe('metrics gate failed against version 3: auc >= baseline - 0.005 (candidate 0.89, baseline 0.9)');
  });

  test('without a baseline (or one without metrics) baseline rules are not judged: no-baseline, never pass', () => {
    for (const b of [undefined, { version: 2, arn: 'x' }]) {
      const g = evaluateGate(rules, { auc: { value: 0.1 }, recall: { value: 0.9 } }, b);
      expect(g.verdict).toBe('no-baseline');
      expect(g.rules[0]!.pass).toBeUndefined();
      expect(g.rules[1]!.pass).toBe(true);
    }
    expect(evaluateGate(rules, { auc: { value: 0.1 }, recall: { value: 0.1 } }, undefined).verdict).toBe('fail');
    expect(evaluateGate(parseRules('g', 'recall >= 0.8'), { recall: { value: 0.9 } }, undefined).verdict).toBe('pass');
  });
});

describe('report', () => {
  test('the table: metric, candidate, baseline with version, difference, rule, result; untrusted text inert', () => {
    const g = evaluateGate(rules, { auc: { value: 0.89 }, recall: { value: 0.9 } }, baseline);
    const md = gateMarkdown({ ...g, consequence: 'Gate overridden by @octocat: see <b>#12</b>' });
    expect(md).toContain('#### Metrics gate: ❌ fail');
    expect(md).toContain('| Metric | Candidate | Baseline (version 3) | Difference | Rule | Result |');
    expect(md).toContain('| auc | 0.89 | 0.9 | -0.01 | auc &gt;= baseline - 0.005 | ❌ fail |');
    expect(md).toContain('| recall | 0.9 | 0.85 | \\+0.05 | recall &gt;= 0.8 | ✅ pass |');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('@octocat');
  });

  test('metricsJson: the candidate alone without a gate; the verdict, baseline and rules with one', () => {
    expect(metricsJson(undefined, { auc: { value: 0.9 } })).toBe('{"candidate":{"auc":{"value":0.9}}}');
    expect(metricsJson(undefined, undefined)).toBe('');
    const parsed = JSON.parse(metricsJson(evaluateGate(rules, { auc: { value: 0.95 }, recall: { value: 0.9 } }, baseline), undefined));
    expect(parsed).toMatchObject({ verdict: 'pass', baseline: { version: 3 }, rules: [{ metric: 'auc', pass: true }, { metric: 'recall', pass: true }] });
  });
});
