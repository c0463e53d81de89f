/** The gate as a markdown table (job summary, PR comment) and as the `metrics` output (JSON). Pure. */
import { escapeMarkdown } from '../report/markdown.js';
import { fmt, type GateResult } from './gate.js';

/** What the report shows beyond the gate's own result. */
export interface GateReport extends GateResult {
  /** What the run did about a failure (on-gate-failure) or a missing baseline, or the override's reason. */
  consequence?: string;
}

const VERDICT: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', 'no-baseline': '⚠️ no baseline' };

const signed = (n: number) => `${n > 0 ? '+' : ''}${fmt(n)}`;

export function gateMarkdown(g: GateReport): string {
  const base = g.baseline ? `version ${g.baseline.version}` : 'none';
  const lines = [`#### Metrics gate: ${VERDICT[g.verdict] ?? escapeMarkdown(g.verdict)}`, ''];
  lines.push(`| Metric | Candidate | Baseline (${escapeMarkdown(base)}) | Difference | Rule | Result |`, '|---|---|---|---|---|---|');
  for (const r of g.rules) {
    const result = r.pass === undefined ? '⚠️ no baseline' : r.pass ? '✅ pass' : '❌ fail';
    const cells = [r.metric, fmt(r.candidate), r.baseline === undefined ? '–' : fmt(r.baseline), r.difference === undefined ? '–' : signed(r.difference), r.rule];
    lines.push(`| ${cells.map((c) => escapeMarkdown(c, 200)).join(' | ')} | ${result} |`);
  }
  if (g.note) lines.push('', escapeMarkdown(g.note, 500));
  if (g.consequence) lines.push('', `**${escapeMarkdown(g.consequence, 1000)}**`);
  return lines.join('\n');
}

/** The `metrics` output: the candidate's metrics, the baseline's and each rule's result. */
export function metricsJson(g: GateReport | undefined, candidate: GateResult['candidate'] | undefined): string {
  if (!g) return candidate ? JSON.stringify({ candidate }) : '';
  return JSON.stringify({ verdict: g.verdict, candidate: g.candidate, baseline: g.baseline ?? null, rules: g.rules, ...(g.note ? { note: g.note } : {}) });
}
