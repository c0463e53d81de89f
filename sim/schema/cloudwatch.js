// Derived from the official Amazon CloudWatch service model (API version 2010-08-01, the
// service JSON in the shared reference models) by a throwaway generator. Only the input shapes reachable from
// these operations are kept, and only their validation facts (type, required, members, list member,
// map key/value, min/max, pattern, enum):
//   DeleteAlarms, DescribeAlarms, PutMetricAlarm
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// `operationNames` lists every operation of the model so that unimplemented ones can be named.
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  DeleteAlarms: {"input": "DeleteAlarmsInput"},
  DescribeAlarms: {"input": "DescribeAlarmsInput"},
  PutMetricAlarm: {"input": "PutMetricAlarmInput"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  AccountId: {"type": "string", "min": 1, "max": 255},
  ActionPrefix: {"type": "string", "min": 1, "max": 1024},
  ActionsEnabled: {"type": "boolean"},
  AlarmDescription: {"type": "string", "min": 0, "max": 1024},
  AlarmName: {"type": "string", "min": 1, "max": 255},
  AlarmNamePrefix: {"type": "string", "min": 1, "max": 255},
  AlarmNames: {"type": "list", "max": 100, "member": "AlarmName"},
  AlarmPromQLCriteria: {"type": "structure", "required": ["Query"], "members": {"PendingPeriod": "PendingPeriod", "Query": "Query", "RecoveryPeriod": "RecoveryPeriod"}},
  AlarmType: {"type": "string", "enum": ["CompositeAlarm", "MetricAlarm", "LogAlarm"]},
  AlarmTypes: {"type": "list", "member": "AlarmType"},
  ComparisonOperator: {"type": "string", "enum": ["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"]},
  DatapointsToAlarm: {"type": "integer", "min": 1},
  DeleteAlarmsInput: {"type": "structure", "required": ["AlarmNames"], "members": {"AlarmNames": "AlarmNames"}},
  DescribeAlarmsInput: {"type": "structure", "members": {"ActionPrefix": "ActionPrefix", "AlarmNamePrefix": "AlarmNamePrefix", "AlarmNames": "AlarmNames", "AlarmTypes": "AlarmTypes", "ChildrenOfAlarmName": "AlarmName", "MaxRecords": "MaxRecords", "NextToken": "NextToken", "ParentsOfAlarmName": "AlarmName", "StateValue": "StateValue"}},
  Dimension: {"type": "structure", "required": ["Name", "Value"], "members": {"Name": "DimensionName", "Value": "DimensionValue"}},
  DimensionName: {"type": "string", "min": 1, "max": 255},
  DimensionValue: {"type": "string", "min": 1, "max": 1024},
  Dimensions: {"type": "list", "max": 30, "member": "Dimension"},
  EvaluateLowSampleCountPercentile: {"type": "string", "min": 1, "max": 255},
  EvaluationCriteria: {"type": "structure", "members": {"PromQLCriteria": "AlarmPromQLCriteria"}},
  EvaluationInterval: {"type": "integer", "min": 10, "max": 3600},
  EvaluationPeriods: {"type": "integer", "min": 1},
  EvaluationWindow: {"type": "structure", "members": {"SlidingWindow": "SlidingWindow", "WallClockWindow": "WallClockWindow"}},
  ExtendedStatistic: {"type": "string"},
  MaxRecords: {"type": "integer", "min": 1, "max": 100},
  Metric: {"type": "structure", "members": {"Dimensions": "Dimensions", "MetricName": "MetricName", "Namespace": "Namespace"}},
  MetricDataQueries: {"type": "list", "member": "MetricDataQuery"},
  MetricDataQuery: {"type": "structure", "required": ["Id"], "members": {"AccountId": "AccountId", "Expression": "MetricExpression", "Id": "MetricId", "Label": "MetricLabel", "MetricStat": "MetricStat", "Period": "Period", "ReturnData": "ReturnData"}},
  MetricExpression: {"type": "string", "min": 1, "max": 2048},
  MetricId: {"type": "string", "min": 1, "max": 255},
  MetricLabel: {"type": "string"},
  MetricName: {"type": "string", "min": 1, "max": 255},
  MetricStat: {"type": "structure", "required": ["Metric", "Period", "Stat"], "members": {"Metric": "Metric", "Period": "Period", "Stat": "Stat", "Unit": "StandardUnit"}},
  Namespace: {"type": "string", "min": 1, "max": 255, "pattern": "[^:].*"},
  NextToken: {"type": "string"},
  PendingPeriod: {"type": "integer", "min": 0, "max": 86400},
  Period: {"type": "integer", "min": 1},
  PutMetricAlarmInput: {"type": "structure", "required": ["AlarmName"], "members": {"ActionsEnabled": "ActionsEnabled", "AlarmActions": "ResourceList", "AlarmDescription": "AlarmDescription", "AlarmName": "AlarmName", "ComparisonOperator": "ComparisonOperator", "DatapointsToAlarm": "DatapointsToAlarm", "Dimensions": "Dimensions", "EvaluateLowSampleCountPercentile": "EvaluateLowSampleCountPercentile", "EvaluationCriteria": "EvaluationCriteria", "EvaluationInterval": "EvaluationInterval", "EvaluationPeriods": "EvaluationPeriods", "EvaluationWindow": "EvaluationWindow", "ExtendedStatistic": "ExtendedStatistic", "InsufficientDataActions": "ResourceList", "MetricName": "MetricName", "Metrics": "MetricDataQueries", "Namespace": "Namespace", "OKActions": "ResourceList", "Period": "Period", "Statistic": "Statistic", "Tags": "TagList", "Threshold": "Threshold", "ThresholdMetricId": "MetricId", "TreatMissingData": "TreatMissingData", "Unit": "StandardUnit"}},
  Query: {"type": "string", "min": 1, "max": 10000},
  RecoveryPeriod: {"type": "integer", "min": 0, "max": 86400},
  ResourceList: {"type": "list", "max": 5, "member": "ResourceName"},
  ResourceName: {"type": "string", "min": 1, "max": 1024},
  ReturnData: {"type": "boolean"},
  SlidingWindow: {"type": "structure", "members": {}},
  StandardUnit: {"type": "string", "enum": ["Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None"]},
  Stat: {"type": "string"},
  StateValue: {"type": "string", "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"]},
  Statistic: {"type": "string", "enum": ["SampleCount", "Average", "Sum", "Minimum", "Maximum"]},
  Tag: {"type": "structure", "required": ["Key", "Value"], "members": {"Key": "TagKey", "Value": "TagValue"}},
  TagKey: {"type": "string", "min": 1, "max": 128},
  TagList: {"type": "list", "member": "Tag"},
  TagValue: {"type": "string", "min": 0, "max": 256},
  Threshold: {"type": "double"},
  Timezone: {"type": "string", "min": 1, "max": 50},
  TreatMissingData: {"type": "string", "min": 1, "max": 255},
  WallClockWindow: {"type": "structure", "members": {"Timezone": "Timezone"}},
};

/** @type {string[]} */
export const operationNames = [
  "AssociateDatasetKmsKey", "DeleteAlarmMuteRule", "DeleteAlarms", "DeleteAnomalyDetector",
  "DeleteDashboards", "DeleteInsightRules", "DeleteMetricStream", "DescribeAlarmContributors",
  "DescribeAlarmHistory", "DescribeAlarms", "DescribeAlarmsForMetric", "DescribeAnomalyDetectors",
  "DescribeInsightRules", "DisableAlarmActions", "DisableInsightRules", "DisassociateDatasetKmsKey",
  "EnableAlarmActions", "EnableInsightRules", "GetAlarmMuteRule", "GetDashboard", "GetDataset",
  "GetInsightRuleReport", "GetMetricData", "GetMetricStatistics", "GetMetricStream", "GetMetricWidgetImage",
  "GetOTelEnrichment", "ListAlarmMuteRules", "ListDashboards", "ListManagedInsightRules", "ListMetricStreams",
  "ListMetrics", "ListTagsForResource", "PutAlarmMuteRule", "PutAnomalyDetector", "PutCompositeAlarm",
  "PutDashboard", "PutInsightRule", "PutLogAlarm", "PutManagedInsightRules", "PutMetricAlarm",
  "PutMetricData", "PutMetricStream", "SetAlarmState", "StartMetricStreams", "StartOTelEnrichment",
  "StopMetricStreams", "StopOTelEnrichment", "TagResource", "UntagResource",
];
