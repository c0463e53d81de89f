/**
 * The two variants' metrics over the same window, from CloudWatch GetMetricData (namespace AWS/SageMaker, per
 * EndpointName and VariantName): ModelLatency percentiles and average (microseconds, shown in ms), and the error
 * rate (Invocation5XXErrors + InvocationModelErrors) / Invocations; per minute and over the whole window.
 */
import type { CloudWatchClient, MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { send } from '../aws/errors.js';
import { cloudwatchSdk } from '../aws/sdk.js';
import type { MetricName } from './rules.js';
import type { VariantMetrics } from './verdict.js';

const LATENCY: [MetricName, string][] = [
  ['latency-p50-ms', 'p50'],
  ['latency-p90-ms', 'p90'],
  ['latency-p95-ms', 'p95'],
  ['latency-p99-ms', 'p99'],
  ['latency-avg-ms', 'Average']
];
const COUNTS = ['Invocations', 'Invocation5XXErrors', 'InvocationModelErrors'];
const MINUTE = 60_000;

/** The compared window: whole minutes inside [startMs, endMs]. */
export function windowOf(startMs: number, endMs: number): { start: Date; end: Date; seconds: number } {
  const start = Math.ceil(startMs / MINUTE) * MINUTE;
  const end = Math.max(start + MINUTE, Math.floor(endMs / MINUTE) * MINUTE);
  const seconds = (end - start) / 1000;
  // CloudWatch keeps 1-minute data 15 days; older data needs periods of 5 minutes.
  return { start: new Date(start), end: new Date(end), seconds: seconds > 15 * 86_400 ? Math.ceil(seconds / 300) * 300 : seconds };
}

/** The queries of one variant: `<prefix><m|w><index>`, per minute (m) and over the window (w). */
export function queries(endpointName: string, variantName: string, prefix: string, windowSeconds: number): MetricDataQuery[] {
  const metric = (MetricName: string) => ({ Namespace: 'AWS/SageMaker', MetricName, Dimensions: [{ Name: 'EndpointName', Value: endpointName }, { Name: 'VariantName', Value: variantName }] });
  const stats: [string, string][] = [...COUNTS.map((c): [string, string] => [c, 'Sum']), ...LATENCY.map(([, s]): [string, string] => ['ModelLatency', s])];
  return (['m', 'w'] as const).flatMap((kind) =>
    stats.map(([name, Stat], i) => ({ Id: `${prefix}${kind}${i}`, MetricStat: { Metric: metric(name), Period: kind === 'm' ? 60 : windowSeconds, Stat }, ReturnData: true }))
  );
}

/** One variant's metrics from the results of its queries. Pure. */
export function parseVariant(results: MetricDataResult[], prefix: string): VariantMetrics {
  const byId = new Map(results.map((r) => [r.Id, r]));
  const series = (kind: 'm' | 'w', i: number) => {
    const r = byId.get(`${prefix}${kind}${i}`);
    return new Map((r?.Timestamps ?? []).map((t, k) => [new Date(t).getTime(), r!.Values![k]!]));
  };
  const read = (kind: 'm' | 'w') => {
    const [inv, e5, em] = [0, 1, 2].map((i) => series(kind, i));
    const lat = LATENCY.map((_, i) => series(kind, i + 3));
    return [...inv!.keys()].sort((a, b) => a - b).map((t) => {
      const n = inv!.get(t)!;
      const point: Partial<Record<MetricName, number>> = n > 0 ? { 'error-rate': ((e5!.get(t) ?? 0) + (em!.get(t) ?? 0)) / n } : {};
      LATENCY.forEach(([name], i) => {
        const v = lat[i]!.get(t);
        if (v !== undefined) point[name] = v / 1000;
      });
      return { n, point };
    });
  };
  const whole = read('w');
  return { invocations: whole.reduce((s, w) => s + w.n, 0), total: whole[0]?.point ?? {}, minutes: read('m').map((m) => m.point) };
}

export async function readMetrics(cw: CloudWatchClient, o: { endpointName: string; production: string; candidate: string; startMs: number; endMs: number }): Promise<{ production: VariantMetrics; candidate: VariantMetrics; window: { start: Date; end: Date } }> {
  const w = windowOf(o.startMs, o.endMs);
  const { GetMetricDataCommand } = await cloudwatchSdk();
  const MetricDataQueries = [...queries(o.endpointName, o.production, 'p', w.seconds), ...queries(o.endpointName, o.candidate, 'c', w.seconds)];
  const results: MetricDataResult[] = [];
  let NextToken: string | undefined;
  do {
    const out = await send('cloudwatch:GetMetricData', () => cw.send(new GetMetricDataCommand({ StartTime: w.start, EndTime: w.end, MetricDataQueries, ScanBy: 'TimestampAscending', ...(NextToken ? { NextToken } : {}) })));
    for (const r of out.MetricDataResults ?? []) {
      const seen = results.find((x) => x.Id === r.Id);
      if (seen) Object.assign(seen, { Timestamps: [...(seen.Timestamps ?? []), ...(r.Timestamps ?? [])], Values: [...(seen.Values ?? []), ...(r.Values ?? [])] });
      else results.push(r);
    }
    NextToken = out.NextToken;
  } while (NextToken);
  return { production: parseVariant(results, 'p'), candidate: parseVariant(results, 'c'), window: { start: w.start, end: w.end } };
}
