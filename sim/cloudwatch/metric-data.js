/**
 * CloudWatch GetMetricData over the SageMaker endpoint metrics the simulator records (runtime/traffic.js):
 * namespace AWS/SageMaker, dimensions exactly EndpointName and VariantName, metrics Invocations,
 * InvocationModelErrors, Invocation5XXErrors, Invocation4XXErrors (count, statistic Sum or SampleCount) and
 * ModelLatency (microseconds; SampleCount, Sum, Average, Minimum, Maximum, pNN). Only MetricStat queries: an
 * Expression is answered as not implemented. Periods are multiples of 60 s; a period holds the invocations in
 * [start, start + Period), periods start at StartTime rounded down to a whole minute, and only periods with
 * invocations give a datapoint, as in CloudWatch. Datapoints are newest first unless ScanBy is TimestampAscending.
 * NextToken is never returned (every datapoint fits: at most 100 800 per call, as the API allows).
 */
import { AwsError } from '../errors.js';
import { variantInvocations } from '../runtime/traffic.js';

const COUNTS = new Set(['Invocations', 'InvocationModelErrors', 'Invocation5XXErrors', 'Invocation4XXErrors']);
const MAX_DATAPOINTS = 100800;

const invalid = (message) => new AwsError('InvalidParameterValue', message);

/** A statistic of a list of values (CloudWatch's percentile: nearest rank). @param {string} stat @param {number[]} values */
export function statistic(stat, values) {
  if (stat === 'SampleCount') return values.length;
  const sum = values.reduce((s, v) => s + v, 0);
  if (stat === 'Sum') return sum;
  if (stat === 'Average') return sum / values.length;
  if (stat === 'Minimum') return Math.min(...values);
  if (stat === 'Maximum') return Math.max(...values);
  const m = /^p(\d{1,2}(?:\.\d+)?)$/.exec(stat);
  if (!m) throw invalid(`The statistic ${stat} is not supported by the simulator (SampleCount, Sum, Average, Minimum, Maximum, pNN).`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((Number(m[1]) / 100) * sorted.length) - 1)];
}

/** The values one invocation gives a metric (none when it does not count). @param {string} metric @param {{ms: number, err: number}} r */
function valueOf(metric, r) {
  if (metric === 'ModelLatency') return r.ms * 1000;
  if (metric === 'Invocations') return 1;
  if (metric === 'InvocationModelErrors') return r.err;
  return 0;
}

/** @param {any} q one MetricDataQuery */
function checkQuery(q) {
  if (q.Expression !== undefined || !q.MetricStat) throw new AwsError('UnknownOperationException', `The simulator implements GetMetricData with MetricStat queries only (query ${q.Id}).`);
  const { Metric, Period, Stat } = q.MetricStat;
  if (Period < 60 || Period % 60) throw invalid(`The parameter MetricDataQueries.member.Period (query ${q.Id}) must be a multiple of 60 in the simulator.`);
  const dims = Object.fromEntries((Metric.Dimensions ?? []).map((/** @type {any} */ d) => [d.Name, d.Value]));
  const shaped = Metric.Namespace === 'AWS/SageMaker' && Object.keys(dims).sort().join() === 'EndpointName,VariantName';
  const known = COUNTS.has(Metric.MetricName ?? '') || Metric.MetricName === 'ModelLatency';
  return { metric: Metric.MetricName, period: Period, stat: Stat, dims, recorded: shaped && known };
}

/** @param {import('../sagemaker/context.js').OpContext} ctx @param {any} q @param {{fromMs: number, toMs: number, ascending: boolean}} w */
function result(ctx, q, w) {
  const { metric, period, stat, dims, recorded } = checkQuery(q);
  const label = q.Label ?? metric;
  const points = [];
  if (recorded) {
    const periodMs = period * 1000;
    const start = Math.floor(w.fromMs / 60000) * 60000;
    const buckets = new Map();
    for (const r of variantInvocations(ctx, dims.EndpointName, dims.VariantName, { fromMs: start, toMs: w.toMs })) {
      const b = start + Math.floor((r.t - start) / periodMs) * periodMs;
      if (!buckets.has(b)) buckets.set(b, []);
      buckets.get(b).push(valueOf(metric, r));
    }
    for (const [b, values] of buckets) points.push([b, statistic(stat, values)]);
  }
  points.sort((a, b) => (w.ascending ? a[0] - b[0] : b[0] - a[0]));
  return { Id: q.Id, Label: label, Timestamps: points.map((p) => p[0] / 1000), Values: points.map((p) => p[1]), StatusCode: 'Complete' };
}

/** @param {import('../sagemaker/context.js').OpContext} ctx */
export function getMetricData(ctx) {
  const input = ctx.input;
  const fromMs = input.StartTime * 1000;
  const toMs = input.EndTime * 1000;
  if (toMs <= fromMs) throw invalid('The parameter StartTime must be less than the parameter EndTime.');
  if (input.NextToken !== undefined) throw invalid('The parameter NextToken is not valid: the simulator returns every datapoint in one page.');
  const ids = new Set();
  for (const q of input.MetricDataQueries) {
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(q.Id) || ids.has(q.Id)) throw invalid(`The Id ${q.Id} must be unique and start with a lowercase letter, then letters, digits and underscores.`);
    ids.add(q.Id);
  }
  if (input.MetricDataQueries.length > 500) throw invalid('At most 500 MetricDataQueries are allowed.');
  const results = input.MetricDataQueries.filter((/** @type {any} */ q) => q.ReturnData !== false).map((/** @type {any} */ q) => result(ctx, q, { fromMs, toMs, ascending: input.ScanBy === 'TimestampAscending' }));
  const total = results.reduce((s, r) => s + r.Values.length, 0);
  if (input.MaxDatapoints !== undefined && total > input.MaxDatapoints) throw invalid(`The query returns ${total} datapoints, more than MaxDatapoints ${input.MaxDatapoints}; the simulator does not page.`);
  if (total > MAX_DATAPOINTS) throw invalid(`The query returns ${total} datapoints; the simulator answers at most ${MAX_DATAPOINTS}.`);
  return { MetricDataResults: results, Messages: [] };
}
