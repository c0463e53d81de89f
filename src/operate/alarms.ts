import type { CloudWatchClient, Dimension, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { send } from '../aws/errors.js';
import type { AlarmConfig } from '../inputs/operate.js';
import { ACTION_NAME } from '../register/plan.js';
import { cloudwatchSdk } from '../aws/sdk.js';

/** Deterministic names: one pair per endpoint variant, updated in place by every deploy. */
export function alarmNames(endpoint: string, variant: string): { latency: string; errors: string } {
  return { latency: `${endpoint}-${variant}-model-latency-p99`, errors: `${endpoint}-${variant}-invocation-5xx-rate` };
}

const NAMESPACE = 'AWS/SageMaker';

/** The two alarm definitions (PutMetricAlarm inputs), computed without touching AWS. */
export function alarmDefinitions(endpoint: string, variant: string, cfg: AlarmConfig): PutMetricAlarmInput[] {
  const names = alarmNames(endpoint, variant);
  const Dimensions: Dimension[] = [
    { Name: 'EndpointName', Value: endpoint },
    { Name: 'VariantName', Value: variant }
  ];
  const common = { ActionsEnabled: false, TreatMissingData: 'notBreaching' as const, Tags: [{ Key: 'managed-by', Value: ACTION_NAME }] };
  const stat = (MetricName: string) => ({ Metric: { Namespace: NAMESPACE, MetricName, Dimensions }, Period: 60, Stat: 'Sum' });
  return [
    {
      ...common,
      AlarmName: names.latency,
      AlarmDescription: `p99 ModelLatency of ${endpoint}/${variant} above ${cfg.latencyP99Ms} ms (guards deployments: SageMaker rolls back when it fires)`,
      Namespace: NAMESPACE,
      MetricName: 'ModelLatency',
      Dimensions,
      ExtendedStatistic: 'p99',
      Period: 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      // ModelLatency is reported in microseconds.
      Threshold: cfg.latencyP99Ms * 1000,
      ComparisonOperator: 'GreaterThanThreshold'
    },
    {
      ...common,
      AlarmName: names.errors,
      AlarmDescription: `Invocation5XXErrors of ${endpoint}/${variant} above ${cfg.errorRatePercent}% of invocations (guards deployments)`,
      Metrics: [
        { Id: 'errors', MetricStat: stat('Invocation5XXErrors'), ReturnData: false },
        { Id: 'invocations', MetricStat: stat('Invocations'), ReturnData: false },
        { Id: 'rate', Expression: 'IF(invocations > 0, 100 * errors / invocations, 0)', Label: '5xx error rate (%)', ReturnData: true }
      ],
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      Threshold: cfg.errorRatePercent,
      ComparisonOperator: 'GreaterThanThreshold'
    }
  ];
}

/** Creates or updates the alarms (PutMetricAlarm replaces a definition in place). Returns their names. */
export async function putAlarms(cw: CloudWatchClient, defs: PutMetricAlarmInput[]): Promise<string[]> {
  const { PutMetricAlarmCommand } = await cloudwatchSdk();
  for (const def of defs) await send('cloudwatch:PutMetricAlarm', () => cw.send(new PutMetricAlarmCommand(def)));
  return defs.map((d) => d.AlarmName!);
}
