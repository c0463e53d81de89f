/** The alarms create-alarms makes: deterministic names, thresholds in the metric's units, valid combinations. */
import { beforeEach, expect, test } from '@jest/globals';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { alarmDefinitions, alarmNames, putAlarms } from '../../../src/operate/alarms.js';

const cw = mockClient(CloudWatchClient);
beforeEach(() => void cw.reset());

const [latency, errors] = alarmDefinitions('fraud-prod', 'AllTraffic', { latencyP99Ms: 750, errorRatePercent: 2.5 });

test('names are deterministic per endpoint and variant, so a re-run updates the same alarms', () => {
  expect(alarmNames('fraud-prod', 'AllTraffic')).toEqual({ latency: 'fraud-prod-AllTraffic-model-latency-p99', errors: 'fraud-prod-AllTraffic-invocation-5xx-rate' });
  expect(alarmDefinitions('fraud-prod', 'AllTraffic', { latencyP99Ms: 1, errorRatePercent: 1 }).map((a) => a.AlarmName)).toEqual([latency!.AlarmName, errors!.AlarmName]);
});

test('the latency alarm is p99 ModelLatency of the variant, its threshold in microseconds', () => {
  expect(latency).toMatchObject({
    Namespace: 'AWS/SageMaker',
    MetricName: 'ModelLatency',
    ExtendedStatistic: 'p99',
    Dimensions: [
      { Name: 'EndpointName', Value: 'fraud-prod' },
      { Name: 'VariantName', Value: 'AllTraffic' }
    ],
    Threshold: 750_000,
    ComparisonOperator: 'GreaterThanThreshold',
    ActionsEnabled: false
  });
  // CloudWatch refuses Statistic together with ExtendedStatistic.
  expect(latency!.Statistic).toBeUndefined();
});

test('the error alarm is a rate: 5xx errors over invocations in percent, only the rate returned', () => {
  expect(errors!.MetricName).toBeUndefined();
  expect(errors!.Threshold).toBe(2.5);
  const metrics = errors!.Metrics!;
  expect(metrics.filter((m) => m.ReturnData).map((m) => m.Id)).toEqual(['rate']);
  expect(metrics.find((m) => m.Id === 'errors')!.MetricStat).toMatchObject({ Metric: { MetricName: 'Invocation5XXErrors', Namespace: 'AWS/SageMaker' }, Stat: 'Sum', Period: 60 });
  expect(metrics.find((m) => m.Id === 'invocations')!.MetricStat!.Metric!.MetricName).toBe('Invocations');
  expect(metrics.find((m) => m.Id === 'rate')!.Expression).toBe('IF(invocations > 0, 100 * errors / invocations, 0)');
  // No traffic is no error: a quiet endpoint never rolls a deployment back.
  expect(errors!.TreatMissingData).toBe('notBreaching');
});

test('putAlarms sends each definition as it is and returns the names', async () => {
  cw.on(PutMetricAlarmCommand).resolves({});
  const names = await putAlarms(new CloudWatchClient({ region: 'us-east-1' }), [latency!, errors!]);
  expect(names).toEqual([latency!.AlarmName, errors!.AlarmName]);
  expect(cw.commandCalls(PutMetricAlarmCommand).map((c) => c.args[0].input)).toEqual([latency, errors]);
});

test('a refused PutMetricAlarm names the IAM action', async () => {
  cw.on(PutMetricAlarmCommand).rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' }));
  await expect(putAlarms(new CloudWatchClient({ region: 'us-east-1' }), [latency!])).rejects.toThrow(/cloudwatch:PutMetricAlarm/);
});
