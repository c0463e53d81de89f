/** Mann-Whitney U against known results (scipy.stats.mannwhitneyu, alternative='greater'). */
import { describe, expect, test } from '@jest/globals';
import { mannWhitneyGreater, normalSf, smallestP } from '../../../src/shadow/mann-whitney.js';

describe('Mann-Whitney U, one-sided (x greater than y)', () => {
  test('exact, small samples without ties (scipy: U 17, p 0.0556)', () => {
    const r = mannWhitneyGreater([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(r).toEqual({ u: 17, p: expect.closeTo(0.055556, 5), method: 'exact' });
  });

  test('exact, complete separation: 1 / C(10, 5) (scipy: 0.003968)', () => {
    expect(mannWhitneyGreater([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]).p).toBeCloseTo(1 / 252, 8);
    expect(mannWhitneyGreater([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).p).toBeCloseTo(1, 8);
  });

  test('ties: normal approximation with tie and continuity corrections (scipy: U 45, p 0.024942; reversed U 11, p 0.981228)', () => {
    const a = [2, 3, 3, 4, 4, 5, 5, 6];
    const b = [1, 2, 2, 3, 3, 3, 4];
    expect(mannWhitneyGreater(a, b)).toEqual({ u: 45, p: expect.closeTo(0.024942, 5), method: 'asymptotic' });
    expect(mannWhitneyGreater(b, a)).toEqual({ u: 11, p: expect.closeTo(0.981228, 5), method: 'asymptotic' });
    expect(mannWhitneyGreater([3, 1, 4, 1, 5, 9, 2, 6], [5, 3, 5, 8, 9, 7, 9, 3]).p).toBeCloseTo(0.949872, 5);
  });

  test('large samples use the normal approximation (scipy: U 600, p 0.013543)', () => {
    const x = Array.from({ length: 30 }, (_, i) => i + 1);
    const r = mannWhitneyGreater(x.map((v) => v + 5.5), x);
    expect(r).toEqual({ u: 600, p: expect.closeTo(0.013543, 5), method: 'asymptotic' });
  });

  test('identical constant samples are no evidence at all', () => {
    expect(mannWhitneyGreater([5, 5, 5], [5, 5, 5]).p).toBe(1);
  });

  test('an empty sample is refused', () => {
    expect(() => mannWhitneyGreater([], [1])).toThrow('at least one value in each sample');
  });

  test('smallest reachable p: 3 against 3 minutes cannot go below 0.05', () => {
    expect(smallestP(3, 3)).toBeCloseTo(0.05, 10);
    expect(smallestP(5, 5)).toBeCloseTo(1 / 252, 10);
    expect(smallestP(0, 5)).toBe(1);
  });

  test('normal survival function', () => {
    expect(normalSf(0)).toBeCloseTo(0.5, 6);
    expect(normalSf(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalSf(-1.644854)).toBeCloseTo(0.95, 6);
  });
});
