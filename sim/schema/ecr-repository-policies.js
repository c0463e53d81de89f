// Derived from the official Amazon Elastic Container Registry service model (API version 2015-09-21, the same
// botocore service-2.json as schema/ecr.js) by a throwaway generator, with the same rules: only the input shapes
// reachable from these operations that schema/ecr.js does not already hold (those it holds are identical), and only
// their validation facts (type, required, members, list member, map key/value, min/max, pattern, enum):
//   DeleteRepositoryPolicy, GetRepositoryPolicy, SetRepositoryPolicy
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  SetRepositoryPolicy: {"input": "SetRepositoryPolicyRequest"},
  GetRepositoryPolicy: {"input": "GetRepositoryPolicyRequest"},
  DeleteRepositoryPolicy: {"input": "DeleteRepositoryPolicyRequest"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  DeleteRepositoryPolicyRequest: {"type": "structure", "required": ["repositoryName"], "members": {"registryId": "RegistryId", "repositoryName": "RepositoryName"}},
  ForceFlag: {"type": "boolean"},
  GetRepositoryPolicyRequest: {"type": "structure", "required": ["repositoryName"], "members": {"registryId": "RegistryId", "repositoryName": "RepositoryName"}},
  RepositoryPolicyText: {"type": "string", "min": 0, "max": 10240},
  SetRepositoryPolicyRequest: {"type": "structure", "required": ["repositoryName", "policyText"], "members": {"force": "ForceFlag", "policyText": "RepositoryPolicyText", "registryId": "RegistryId", "repositoryName": "RepositoryName"}},
};
