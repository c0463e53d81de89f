import { describe, expect, test } from '@jest/globals';
import { checkRuleMetrics, holds, MAX_RULES, parseRules, threshold } from '../../../src/metrics/rules.js';

describe('parseRules', () => {
  test('absolute and baseline-relative rules, comments and blank lines skipped', () => {
    const rules = parseRules('metrics-gate', 'auc >= baseline - 0.005\n\n# latency is judged online\nrmse<=baseline*1.02\nrecall >= 0.8\nf1 > baseline\nmae < baseline + 1e-2');
    expect(rules).toEqual([
      { text: 'auc >= baseline - 0.005', metric: 'auc', op: '>=', baseline: { op: '-', n: 0.005 } },
      { text: 'rmse<=baseline*1.02', metric: 'rmse', op: '<=', baseline: { op: '*', n: 1.02 } },
      { text: 'recall >= 0.8', metric: 'recall', op: '>=', number: 0.8 },
      { text: 'f1 > baseline', metric: 'f1', op: '>', baseline: { op: 'none' } },
      { text: 'mae < baseline + 1e-2', metric: 'mae', op: '<', baseline: { op: '+', n: 0.01 } }
    ]);
  });

  test.each(['auc => 0.8', 'auc >= ', 'auc == 0.8', 'auc >= baseline / 2', 'auc >= best', 'AUC >= 0.8', '>= 0.8', 'auc >= 0.8 or so'])('%s is refused naming the line and the grammar', (line) => {
    expect(() => parseRules('metrics-gate', `recall >= 0.5\n${line}`)).toThrow(`Input 'metrics-gate': ${JSON.stringify(line.trim())} (rule 2) must be '<metric> <op> <right>'`);
  });

  test(`at most ${MAX_RULES} rules`, () => {
    expect(() => parseRules('metrics-gate', Array.from({ length: MAX_RULES + 1 }, () => 'auc >= 0.5').join('\n'))).toThrow(`holds at most ${MAX_RULES} rules`);
  });

  test('a rule naming a metric the statistics lack is refused with the ones they hold', () => {
    const rules = parseRules('metrics-gate', 'auc >= 0.5\naccuracy >= 0.9');
    expect(() => checkRuleMetrics('metrics-gate', rules, ['auc', 'recall'])).toThrow(`Input 'metrics-gate': "accuracy >= 0.9" names metric accuracy, which the statistics file does not hold (it holds auc, recall)`);
    expect(() => checkRuleMetrics('metrics-gate', rules.slice(0, 1), ['auc'])).not.toThrow();
  });
});

describe('threshold and holds', () => {
  const [minus, times, abs, same, plus] = parseRules('g', 'a >= baseline - 0.5\na <= baseline * 2\na >= 3\na > baseline\na < baseline + 1');
  test('the threshold of each form', () => {
    expect(threshold(minus!, 10)).toBe(9.5);
    expect(threshold(times!, 10)).toBe(20);
    expect(threshold(abs!, 10)).toBe(3);
    expect(threshold(abs!, undefined)).toBe(3);
    expect(threshold(same!, 10)).toBe(10);
    expect(threshold(plus!, 10)).toBe(11);
    expect(threshold(minus!, undefined)).toBeUndefined();
  });
  test('each operator at, above and below its limit', () => {
    expect([holds('>=', 1, 1), holds('>=', 0.9, 1), holds('>', 1, 1), holds('>', 1.1, 1)]).toEqual([true, false, false, true]);
    expect([holds('<=', 1, 1), holds('<=', 1.1, 1), holds('<', 1, 1), holds('<', 0.9, 1)]).toEqual([true, false, false, true]);
  });
});
