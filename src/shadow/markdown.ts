/** The shadow test's job summary and PR comment: production and the candidate side by side, and the verdict. Pure. */
import { code, escapeMarkdown } from '../report/markdown.js';
import type { MetricName } from './rules.js';
import type { Judgement, VariantMetrics } from './verdict.js';

export interface ShadowReport {
  endpoint: string;
  experiment: string;
  candidate: { arn: string; version: number };
  production: { variant: string; model: string };
  window?: { start: string; end: string };
  samplingPercentage: number;
  metrics?: { production: VariantMetrics; candidate: VariantMetrics };
  judgement?: Judgement;
  stopped?: string;
  onPass: string;
}

const ICON = { pass: '✅', fail: '❌', inconclusive: '⚠️' } as const;
const ROWS: [MetricName, string][] = [
  ['latency-p50-ms', 'Model latency p50 (ms)'],
  ['latency-p90-ms', 'Model latency p90 (ms)'],
  ['latency-p99-ms', 'Model latency p99 (ms)'],
  ['latency-avg-ms', 'Model latency average (ms)'],
  ['error-rate', 'Error rate (5XX + model errors / invocations)']
];

const num = (v: number | undefined, metric?: MetricName) => (v === undefined ? '–' : metric === 'error-rate' ? `${(v * 100).toFixed(2)}%` : String(Number(v.toPrecision(4))));

function sideBySide(r: ShadowReport): string[] {
  const m = r.metrics;
  if (!m) return [];
  const lines = ['| | Production | Candidate |', '|---|---|---|', `| Invocations | ${m.production.invocations} | ${m.candidate.invocations} |`];
  for (const [metric, label] of ROWS) lines.push(`| ${label} | ${num(m.production.total[metric], metric)} | ${num(m.candidate.total[metric], metric)} |`);
  return [...lines, ''];
}

function ruleRows(j: Judgement): string[] {
  if (!j.rules.length) return [];
  const lines = ['| Rule | Production | Candidate | Bound | p | Result |', '|---|---|---|---|---|---|'];
  for (const x of j.rules) {
    lines.push(`| ${code(x.rule)} | ${num(x.production, x.metric)} | ${num(x.candidate, x.metric)} | ${num(x.bound, x.metric)} | ${x.p ?? '–'} | ${ICON[x.result]} ${escapeMarkdown(x.why)} |`);
  }
  return [...lines, ''];
}

export function shadowMarkdown(r: ShadowReport): string {
  const j = r.judgement;
  const head = j ? `${ICON[j.verdict]} ${j.verdict}` : '⏳ no verdict';
  const lines = [
    `### Shadow test of version ${r.candidate.version} on ${code(r.endpoint)}: ${head}`,
    '',
    `Candidate ${code(r.candidate.arn)} shadowed production variant ${code(r.production.variant)} (model ${code(r.production.model)}) on ${r.samplingPercentage}% of requests, experiment ${code(r.experiment)}${r.window ? `, window ${r.window.start} to ${r.window.end}` : ''}.`,
    ''
  ];
  if (j) lines.push(`**Verdict: ${j.verdict}.** ${escapeMarkdown(j.reason, 600)} (confidence ${j.confidence}, min-invocations ${j.minInvocations}).`, '');
  lines.push(...sideBySide(r), ...(j ? ruleRows(j) : []));
  if (r.stopped) lines.push(escapeMarkdown(r.stopped), '');
  if (r.onPass === 'promote') lines.push(j?.verdict === 'pass' ? 'on-pass is promote: the candidate is approved and deployed blue/green through promote/.' : 'on-pass is promote: nothing was promoted.', '');
  return `${lines.join('\n')}\n`;
}
