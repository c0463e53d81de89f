// Derived from the official Amazon SageMaker service model (API version 2017-07-24, the same service JSON as
// schema/sagemaker.js) by a throwaway generator, with the same rules: only the input shapes reachable from these
// operations that schema/sagemaker.js does not already hold (those it holds are identical), and only their
// validation facts (type, required, members, list member, map key/value, min/max, pattern, enum):
//   CreateInferenceExperiment, DescribeInferenceExperiment, StopInferenceExperiment
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  CreateInferenceExperiment: {"input": "CreateInferenceExperimentRequest"},
  DescribeInferenceExperiment: {"input": "DescribeInferenceExperimentRequest"},
  StopInferenceExperiment: {"input": "StopInferenceExperimentRequest"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  CreateInferenceExperimentRequest: {"type": "structure", "required": ["Name", "Type", "RoleArn", "EndpointName", "ModelVariants", "ShadowModeConfig"], "members": {"DataStorageConfig": "InferenceExperimentDataStorageConfig", "Description": "InferenceExperimentDescription", "EndpointName": "EndpointName", "KmsKey": "KmsKeyId", "ModelVariants": "ModelVariantConfigList", "Name": "InferenceExperimentName", "RoleArn": "RoleArn", "Schedule": "InferenceExperimentSchedule", "ShadowModeConfig": "ShadowModeConfig", "Tags": "TagList", "Type": "InferenceExperimentType"}},
  DescribeInferenceExperimentRequest: {"type": "structure", "required": ["Name"], "members": {"Name": "InferenceExperimentName"}},
  InferenceExperimentDataStorageConfig: {"type": "structure", "required": ["Destination"], "members": {"ContentType": "CaptureContentTypeHeader", "Destination": "DestinationS3Uri", "KmsKey": "KmsKeyId"}},
  InferenceExperimentDescription: {"type": "string", "min": 0, "max": 1024, "pattern": ".*"},
  InferenceExperimentName: {"type": "string", "min": 1, "max": 120, "pattern": "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}"},
  InferenceExperimentSchedule: {"type": "structure", "members": {"EndTime": "Timestamp", "StartTime": "Timestamp"}},
  InferenceExperimentStatusReason: {"type": "string", "min": 0, "max": 1024, "pattern": ".*"},
  InferenceExperimentStopDesiredState: {"type": "string", "enum": ["Completed", "Cancelled"]},
  InferenceExperimentType: {"type": "string", "enum": ["ShadowMode"]},
  ModelInfrastructureConfig: {"type": "structure", "required": ["InfrastructureType", "RealTimeInferenceConfig"], "members": {"InfrastructureType": "ModelInfrastructureType", "RealTimeInferenceConfig": "RealTimeInferenceConfig"}},
  ModelInfrastructureType: {"type": "string", "enum": ["RealTimeInference"]},
  ModelVariantAction: {"type": "string", "enum": ["Retain", "Remove", "Promote"]},
  ModelVariantActionMap: {"type": "map", "key": "ModelVariantName", "value": "ModelVariantAction", "min": 1, "max": 2},
  ModelVariantConfig: {"type": "structure", "required": ["ModelName", "VariantName", "InfrastructureConfig"], "members": {"InfrastructureConfig": "ModelInfrastructureConfig", "ModelName": "ModelName", "VariantName": "ModelVariantName"}},
  ModelVariantConfigList: {"type": "list", "member": "ModelVariantConfig", "min": 1, "max": 2},
  ModelVariantName: {"type": "string", "min": 0, "max": 63, "pattern": "[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"},
  Percentage: {"type": "integer", "max": 100},
  RealTimeInferenceConfig: {"type": "structure", "required": ["InstanceType", "InstanceCount"], "members": {"InstanceCount": "TaskCount", "InstanceType": "ProductionVariantInstanceType"}},
  ShadowModeConfig: {"type": "structure", "required": ["SourceModelVariantName", "ShadowModelVariants"], "members": {"ShadowModelVariants": "ShadowModelVariantConfigList", "SourceModelVariantName": "ModelVariantName"}},
  ShadowModelVariantConfig: {"type": "structure", "required": ["ShadowModelVariantName", "SamplingPercentage"], "members": {"SamplingPercentage": "Percentage", "ShadowModelVariantName": "ModelVariantName"}},
  ShadowModelVariantConfigList: {"type": "list", "member": "ShadowModelVariantConfig", "min": 1, "max": 1},
  StopInferenceExperimentRequest: {"type": "structure", "required": ["Name", "ModelVariantActions"], "members": {"DesiredModelVariants": "ModelVariantConfigList", "DesiredState": "InferenceExperimentStopDesiredState", "ModelVariantActions": "ModelVariantActionMap", "Name": "InferenceExperimentName", "Reason": "InferenceExperimentStatusReason"}},
  TaskCount: {"type": "integer", "min": 0},
};
