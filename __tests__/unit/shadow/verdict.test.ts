/** shadow-gate rules and the verdict: noise passes, a significant miss fails, too little data is inconclusive. */
import { describe, expect, test } from '@jest/globals';
import { bound, parseGate, parseRule } from '../../../src/shadow/rules.js';
import { judge, type VariantMetrics } from '../../../src/shadow/verdict.js';

const variant = (p99: number[], errors: number[] = p99.map(() => 0), perMinute = 50): VariantMetrics => ({
  invocations: p99.length * perMinute,
  total: { 'latency-p99-ms': [...p99].sort((a, b) => a - b)[Math.floor(p99.length * 0.99)] ?? p99.at(-1)!, 'error-rate': errors.reduce((s, e) => s + e, 0) / errors.length },
  minutes: p99.map((v, i) => ({ 'latency-p99-ms': v, 'error-rate': errors[i]! }))
});
const OPTS = { confidence: 0.95, minInvocations: 100 };
const rules = parseGate('');

describe('shadow-gate', () => {
  test('the default gate: p99 within 10%, error rate within half a point', () => {
    expect(rules.map((r) => [r.metric, r.op, r.base, r.factor, r.offset])).toEqual([
      ['latency-p99-ms', '<=', 'production', 1.1, 0],
      ['error-rate', '<=', 'production', 1, 0.005]
    ]);
    expect(bound(rules[0]!, 200)).toBeCloseTo(220, 10);
  });

  test('constants, minus offsets, comments and blank lines', () => {
    expect(parseGate('latency-p50-ms < 250  # hard ceiling\n\nerror-rate >= production - 0.01').map((r) => [r.base, r.offset])).toEqual([
      ['constant', 250],
      ['production', -0.01]
    ]);
  });

  test.each([
    ['latency-p999-ms <= production', /unknown metric latency-p999-ms; known: latency-p50-ms/],
    ['latency-p99-ms =< production', /each line must be/],
    ['latency-p99-ms <= production * 0', /factor must be greater than 0/],
    ['latency-p99-ms <= baseline * 1.1', /each line must be/]
  ])('%s is refused naming the input', (line, why) => {
    expect(() => parseRule(line)).toThrow(why);
    expect(() => parseRule(line)).toThrow(/^Input 'shadow-gate': /);
  });
});

describe('verdict', () => {
  const prod = [200, 210, 190, 205, 195, 200, 215, 185, 200, 210];

  test('a candidate 50% slower every minute fails, with its p-value', () => {
    const j = judge(rules, variant(prod), variant(prod.map((v) => v * 1.5)), OPTS);
    expect(j.verdict).toBe('fail');
    expect(j.rules[0]).toMatchObject({ result: 'fail', p: expect.any(Number) });
    expect(j.rules[0]!.p!).toBeLessThan(0.05);
    expect(j.reason).toMatch(/^latency-p99-ms <= production \* 1.10: worse than the bound, significant at 95%/);
  });

  test('a candidate within 10% passes on the window', () => {
    const j = judge(rules, variant(prod), variant(prod.map((v) => v * 1.05)), OPTS);
    expect(j).toMatchObject({ verdict: 'pass', rules: [{ result: 'pass', why: 'within the bound over the window' }, { result: 'pass' }] });
  });

  test('a noisy but equal candidate whose window misses the bound passes: the miss is not significant', () => {
    const noisy = [150, 260, 180, 250, 170, 240, 160, 230, 200, 190];
    const cand = { ...variant(noisy), total: { 'latency-p99-ms': 260, 'error-rate': 0 } };
    const j = judge(rules, variant(prod), cand, OPTS);
    expect(j.rules[0]).toMatchObject({ result: 'pass', why: expect.stringMatching(/within noise at 95%/) });
    expect(j.verdict).toBe('pass');
  });

  test('too few invocations is inconclusive, whatever the latencies', () => {
    const j = judge(rules, variant(prod, undefined, 5), variant(prod.map((v) => v * 3), undefined, 5), OPTS);
    expect(j).toMatchObject({ verdict: 'inconclusive', reason: 'too little traffic: production 50, candidate 50 invocations, min-invocations is 100', rules: [] });
  });

  test('a miss that three minutes cannot show is inconclusive, not a pass', () => {
    const j = judge(rules, variant([200, 200, 200], undefined, 100), variant([400, 400, 400], undefined, 100), OPTS);
    expect(j.verdict).toBe('inconclusive');
    expect(j.rules[0]!.why).toMatch(/3 and 3 minutes cannot show a difference/);
  });

  test('error rate: one point more on every minute fails; a higher-is-better rule is tested the other way', () => {
    const errs = prod.map(() => 0.001);
    expect(judge(rules, variant(prod, errs), variant(prod, errs.map((e) => e + 0.01)), OPTS).verdict).toBe('fail');
    const floor = parseGate('latency-p99-ms >= production * 0.5');
    expect(judge(floor, variant(prod), variant(prod.map((v) => v * 0.2)), OPTS).verdict).toBe('fail');
    expect(judge(floor, variant(prod), variant(prod.map((v) => v * 0.9)), OPTS).verdict).toBe('pass');
  });

  test('a metric without datapoints is inconclusive', () => {
    const cand: VariantMetrics = { invocations: 500, total: {}, minutes: [] };
    expect(judge(rules, variant(prod), cand, OPTS).rules[0]).toMatchObject({ result: 'inconclusive', why: 'no latency-p99-ms datapoints for the candidate' });
  });
});
