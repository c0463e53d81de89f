// Derived from the official Amazon SageMaker service model (API version 2017-07-24, the same botocore
// service-2.json as schema/sagemaker.js) by a throwaway generator, with the same rules: only the input shapes
// reachable from these operations that schema/sagemaker.js does not already hold (those it holds are identical), and
// only their validation facts (type, required, members, list member, map key/value, min/max, pattern, enum):
//   CreateInferenceComponent, DeleteInferenceComponent, DescribeInferenceComponent, ListInferenceComponents
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  CreateInferenceComponent: {"input": "CreateInferenceComponentInput"},
  DeleteInferenceComponent: {"input": "DeleteInferenceComponentInput"},
  DescribeInferenceComponent: {"input": "DescribeInferenceComponentInput"},
  ListInferenceComponents: {"input": "ListInferenceComponentsInput"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  AvailabilityZoneBalanceEnforcementMode: {"type": "string", "enum": ["PERMISSIVE"]},
  AvailabilityZoneBalanceMaxImbalance: {"type": "integer", "min": 0, "max": 100},
  CreateInferenceComponentInput: {"type": "structure", "required": ["InferenceComponentName", "EndpointName"], "members": {"EndpointName": "EndpointName", "InferenceComponentName": "InferenceComponentName", "RuntimeConfig": "InferenceComponentRuntimeConfig", "Specification": "InferenceComponentSpecification", "Specifications": "InferenceComponentSpecificationList", "Tags": "TagList", "VariantName": "VariantName"}},
  DeleteInferenceComponentInput: {"type": "structure", "required": ["InferenceComponentName"], "members": {"InferenceComponentName": "InferenceComponentName"}},
  DescribeInferenceComponentInput: {"type": "structure", "required": ["InferenceComponentName"], "members": {"InferenceComponentName": "InferenceComponentName"}},
  EnableCaching: {"type": "boolean"},
  InferenceComponentAvailabilityZoneBalance: {"type": "structure", "required": ["EnforcementMode"], "members": {"EnforcementMode": "AvailabilityZoneBalanceEnforcementMode", "MaxImbalance": "AvailabilityZoneBalanceMaxImbalance"}},
  InferenceComponentComputeResourceRequirements: {"type": "structure", "required": ["MinMemoryRequiredInMb"], "members": {"MaxMemoryRequiredInMb": "MemoryInMb", "MinMemoryRequiredInMb": "MemoryInMb", "NumberOfAcceleratorDevicesRequired": "NumberOfAcceleratorDevices", "NumberOfCpuCoresRequired": "NumberOfCpuCores"}},
  InferenceComponentContainerSpecification: {"type": "structure", "members": {"ArtifactUrl": "Url", "ContainerMetricsConfig": "ContainerMetricsConfig", "Environment": "EnvironmentMap", "Image": "ContainerImage"}},
  InferenceComponentCopyCount: {"type": "integer", "min": 0},
  InferenceComponentDataCacheConfig: {"type": "structure", "required": ["EnableCaching"], "members": {"EnableCaching": "EnableCaching"}},
  InferenceComponentName: {"type": "string", "min": 0, "max": 63, "pattern": "[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"},
  InferenceComponentNameContains: {"type": "string", "min": 0, "max": 63, "pattern": "[a-zA-Z0-9-]+"},
  InferenceComponentPlacementStrategy: {"type": "string", "enum": ["SPREAD", "BINPACK"]},
  InferenceComponentRuntimeConfig: {"type": "structure", "required": ["CopyCount"], "members": {"CopyCount": "InferenceComponentCopyCount"}},
  InferenceComponentSchedulingConfig: {"type": "structure", "required": ["PlacementStrategy"], "members": {"AvailabilityZoneBalance": "InferenceComponentAvailabilityZoneBalance", "PlacementStrategy": "InferenceComponentPlacementStrategy"}},
  InferenceComponentSortKey: {"type": "string", "enum": ["Name", "CreationTime", "Status"]},
  InferenceComponentSpecification: {"type": "structure", "members": {"BaseInferenceComponentName": "InferenceComponentName", "ComputeResourceRequirements": "InferenceComponentComputeResourceRequirements", "Container": "InferenceComponentContainerSpecification", "DataCacheConfig": "InferenceComponentDataCacheConfig", "InstanceType": "ProductionVariantInstanceType", "ModelName": "ModelName", "SchedulingConfig": "InferenceComponentSchedulingConfig", "StartupParameters": "InferenceComponentStartupParameters"}},
  InferenceComponentSpecificationList: {"type": "list", "min": 1, "max": 5, "member": "InferenceComponentSpecification"},
  InferenceComponentStartupParameters: {"type": "structure", "members": {"ContainerStartupHealthCheckTimeoutInSeconds": "ProductionVariantContainerStartupHealthCheckTimeoutInSeconds", "ModelDataDownloadTimeoutInSeconds": "ProductionVariantModelDataDownloadTimeoutInSeconds"}},
  InferenceComponentStatus: {"type": "string", "enum": ["InService", "Creating", "Updating", "Failed", "Deleting"]},
  ListInferenceComponentsInput: {"type": "structure", "members": {"CreationTimeAfter": "Timestamp", "CreationTimeBefore": "Timestamp", "EndpointNameEquals": "EndpointName", "LastModifiedTimeAfter": "Timestamp", "LastModifiedTimeBefore": "Timestamp", "MaxResults": "MaxResults", "NameContains": "InferenceComponentNameContains", "NextToken": "PaginationToken", "SortBy": "InferenceComponentSortKey", "SortOrder": "OrderKey", "StatusEquals": "InferenceComponentStatus", "VariantNameEquals": "VariantName"}},
  MemoryInMb: {"type": "integer", "min": 128},
  NumberOfAcceleratorDevices: {"type": "float", "min": 1},
  NumberOfCpuCores: {"type": "float", "min": 0.25},
};
