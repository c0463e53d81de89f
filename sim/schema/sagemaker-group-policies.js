// Derived from the official Amazon SageMaker service model (API version 2017-07-24, the same botocore
// service-2.json as schema/sagemaker.js) by a throwaway generator, with the same rules: only the input shapes
// reachable from these operations that schema/sagemaker.js does not already hold (those it holds are identical), and
// only their validation facts (type, required, members, list member, map key/value, min/max, pattern, enum):
//   DeleteModelPackageGroupPolicy, GetModelPackageGroupPolicy, PutModelPackageGroupPolicy
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  PutModelPackageGroupPolicy: {"input": "PutModelPackageGroupPolicyInput"},
  GetModelPackageGroupPolicy: {"input": "GetModelPackageGroupPolicyInput"},
  DeleteModelPackageGroupPolicy: {"input": "DeleteModelPackageGroupPolicyInput"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  DeleteModelPackageGroupPolicyInput: {"type": "structure", "required": ["ModelPackageGroupName"], "members": {"ModelPackageGroupName": "EntityName"}},
  GetModelPackageGroupPolicyInput: {"type": "structure", "required": ["ModelPackageGroupName"], "members": {"ModelPackageGroupName": "EntityName"}},
  PolicyString: {"type": "string", "min": 1, "max": 20480, "pattern": ".*"},
  PutModelPackageGroupPolicyInput: {"type": "structure", "required": ["ModelPackageGroupName", "ResourcePolicy"], "members": {"ModelPackageGroupName": "EntityName", "ResourcePolicy": "PolicyString"}},
};
