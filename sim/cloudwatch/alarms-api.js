/**
 * CloudWatch PutMetricAlarm, DescribeAlarms, DeleteAlarms over the simulator's alarm store
 * (sagemaker/alarms.js): alarms created here are the ones the control API (`POST /_sim/alarms`) sets and
 * deployment auto-rollback reads. A new alarm starts INSUFFICIENT_DATA ("Unchecked: Initial alarm
 * creation"); PutMetricAlarm on an existing alarm replaces its definition and keeps its state.
 */
import { AwsError } from '../errors.js';
import { alarmsOf } from '../sagemaker/alarms.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

/** Members of PutMetricAlarm kept as the alarm definition (returned by DescribeAlarms). */
const DEFINITION = [
  'AlarmDescription', 'ActionsEnabled', 'OKActions', 'AlarmActions', 'InsufficientDataActions', 'MetricName', 'Namespace',
  'Statistic', 'ExtendedStatistic', 'Dimensions', 'Period', 'Unit', 'EvaluationPeriods', 'DatapointsToAlarm', 'Threshold',
  'ComparisonOperator', 'TreatMissingData', 'EvaluateLowSampleCountPercentile', 'Metrics', 'ThresholdMetricId',
];

const alarmArn = (ctx, name) => `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${name}`;

/** @param {OpContext} ctx */
export function putMetricAlarm(ctx) {
  const { input } = ctx;
  if (input.Statistic !== undefined && input.ExtendedStatistic !== undefined) {
    throw new AwsError('InvalidParameterCombination', 'Exactly one element of the Statistic and ExtendedStatistic parameters must be specified.');
  }
  if (input.Metrics !== undefined && input.MetricName !== undefined) {
    throw new AwsError('InvalidParameterCombination', 'The parameters MetricName and Metrics are mutually exclusive and you must specify one of them.');
  }
  const alarms = alarmsOf(ctx.data);
  const a = (alarms[input.AlarmName] ??= {
    AlarmName: input.AlarmName,
    createdMs: ctx.now,
    history: [{ state: 'INSUFFICIENT_DATA', atMs: ctx.now, reason: 'Unchecked: Initial alarm creation' }],
  });
  /** @type {Record<string, unknown>} */
  const def = {};
  for (const k of DEFINITION) if (input[k] !== undefined) def[k] = structuredClone(input[k]);
  a.definition = def;
  a.configuredMs = ctx.now;
  if (input.Tags && !a.Tags) a.Tags = structuredClone(input.Tags);
  ctx.changed();
  return {};
}

/** MetricAlarm of an alarm (timestamps as epoch seconds). @param {OpContext} ctx @param {any} a */
function metricAlarm(ctx, a) {
  const last = a.history.at(-1);
  return {
    AlarmName: a.AlarmName,
    AlarmArn: alarmArn(ctx, a.AlarmName),
    AlarmConfigurationUpdatedTimestamp: (a.configuredMs ?? a.createdMs) / 1000,
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    ...(a.definition ?? {}),
    StateValue: last.state,
    StateReason: last.reason ?? `Alarm state set to ${last.state}.`,
    StateUpdatedTimestamp: last.atMs / 1000,
    StateTransitionedTimestamp: last.atMs / 1000,
  };
}

/** @param {OpContext} ctx */
export function describeAlarms(ctx) {
  const { input } = ctx;
  if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined) {
    throw new AwsError('InvalidParameterCombination', 'AlarmNames and AlarmNamePrefix cannot be specified together.');
  }
  const types = input.AlarmTypes ?? ['MetricAlarm'];
  const all = Object.values(alarmsOf(ctx.data))
    .filter((a) => !input.AlarmNames || input.AlarmNames.includes(a.AlarmName))
    .filter((a) => input.AlarmNamePrefix === undefined || a.AlarmName.startsWith(input.AlarmNamePrefix))
    .filter((a) => input.StateValue === undefined || a.history.at(-1)?.state === input.StateValue)
    .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0));
  let start = 0;
  if (input.NextToken !== undefined) {
    const n = Number(Buffer.from(input.NextToken, 'base64').toString('utf8'));
    if (!Number.isInteger(n) || n < 0 || n > all.length) throw new AwsError('InvalidNextToken', 'The service returned an error with Error Code InvalidNextToken.');
    start = n;
  }
  const end = start + (input.MaxRecords ?? 50);
  const items = types.includes('MetricAlarm') ? all.slice(start, end) : [];
  return {
    MetricAlarms: items.map((a) => metricAlarm(ctx, a)),
    CompositeAlarms: [],
    NextToken: types.includes('MetricAlarm') && end < all.length ? Buffer.from(String(end)).toString('base64') : undefined,
  };
}

/** @param {OpContext} ctx */
export function deleteAlarms(ctx) {
  const alarms = alarmsOf(ctx.data);
  const missing = ctx.input.AlarmNames.filter((n) => !alarms[n]);
  if (missing.length) throw new AwsError('ResourceNotFound', `${missing.length === 1 ? 'Alarm' : 'Alarms'} ${missing.join(', ')} not found`, 404);
  for (const n of ctx.input.AlarmNames) delete alarms[n];
  ctx.changed();
  return {};
}
