/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided: is sample `x` stochastically greater than sample `y`?
 * Exact null distribution when both samples are small (at most 25) and hold no ties; otherwise the normal
 * approximation with the tie correction and a continuity correction (as scipy.stats.mannwhitneyu does). Pure.
 */

export interface UTest {
  /** U of x: the number of pairs (xi, yj) with xi > yj, ties counting one half. */
  u: number;
  /** P(U >= u) under the null hypothesis that both samples come from one distribution. */
  p: number;
  method: 'exact' | 'asymptotic';
}

const EXACT_MAX = 25;

/** Mid-ranks (1-based) of the values, ties sharing their mean rank, and the tie term sum(t^3 - t). */
function ranks(values: number[]): { rank: number[]; ties: number } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const rank = new Array<number>(values.length);
  let ties = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const t = end - start + 1;
    ties += t ** 3 - t;
    for (let k = start; k <= end; k++) rank[order[k]!.i] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return { rank, ties };
}

/** The number of arrangements of n1 + n2 items giving each U, by the usual recursion. */
function exactCounts(n1: number, n2: number): number[] {
  // f[i][j][u]: arrangements of i x's and j y's with statistic u; built row by row.
  let prev: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const cur: number[][] = [[1]];
    for (let j = 1; j <= n2; j++) {
      const a = prev[j]!; // largest item is an x: it beats all j y's, adding j
      const b = cur[j - 1]!; // largest item is a y: adds nothing
      const out = new Array<number>(i * j + 1).fill(0);
      a.forEach((c, u) => (out[u + j]! += c));
      b.forEach((c, u) => (out[u]! += c));
      cur.push(out);
    }
    prev = cur;
  }
  return prev[n2]!;
}

/** The standard normal survival function, 1 - Phi(z) (Abramowitz and Stegun 7.1.26 via erfc; |error| < 1.5e-7). */
export function normalSf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** One-sided test of "x is greater than y". Both samples must hold at least one value. */
export function mannWhitneyGreater(x: number[], y: number[]): UTest {
  const n1 = x.length;
  const n2 = y.length;
  if (!n1 || !n2) throw new RangeError('Mann-Whitney U needs at least one value in each sample');
  const { rank, ties } = ranks([...x, ...y]);
  const r1 = rank.slice(0, n1).reduce((s, r) => s + r, 0);
  const u = r1 - (n1 * (n1 + 1)) / 2;
  if (!ties && n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
    const counts = exactCounts(n1, n2);
    const total = counts.reduce((s, c) => s + c, 0);
    const above = counts.slice(Math.round(u)).reduce((s, c) => s + c, 0);
    return { u, p: above / total, method: 'exact' };
  }
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return { u, p: 1, method: 'asymptotic' };
  return { u, p: normalSf((u - mean - 0.5) / Math.sqrt(variance)), method: 'asymptotic' };
}

/**
 * The smallest one-sided p-value samples of these sizes can reach (every x above every y): when it is not below the
 * significance level, no difference can be shown, whatever the data.
 */
export function smallestP(n1: number, n2: number): number {
  if (!n1 || !n2) return 1;
  return mannWhitneyGreater(
    Array.from({ length: n1 }, (_, i) => n2 + i + 1),
    Array.from({ length: n2 }, (_, i) => i + 1)
  ).p;
}
