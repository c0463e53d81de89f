// Derived from the official Amazon CloudWatch service model (API version 2010-08-01, the same service JSON as
// schema/cloudwatch.js) by a throwaway generator, with the same rules: only the input shapes reachable from
// GetMetricData that schema/cloudwatch.js does not already hold (those it holds are identical), and only their
// validation facts (type, required, members, list member, map key/value, min/max, pattern, enum).
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  GetMetricData: {"input": "GetMetricDataInput"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  GetMetricDataInput: {"type": "structure", "required": ["MetricDataQueries", "StartTime", "EndTime"], "members": {"EndTime": "Timestamp", "LabelOptions": "LabelOptions", "MaxDatapoints": "GetMetricDataMaxDatapoints", "MetricDataQueries": "MetricDataQueries", "NextToken": "NextToken", "ScanBy": "ScanBy", "StartTime": "Timestamp"}},
  GetMetricDataLabelTimezone: {"type": "string"},
  GetMetricDataMaxDatapoints: {"type": "integer"},
  LabelOptions: {"type": "structure", "members": {"Timezone": "GetMetricDataLabelTimezone"}},
  ScanBy: {"type": "string", "enum": ["TimestampDescending", "TimestampAscending"]},
  Timestamp: {"type": "timestamp"},
};
