// Derived from the official AWS Secrets Manager service model (API version 2017-10-17, botocore
// service-2.json at botocore 1.43.67) by a throwaway generator. Only the input shapes reachable from
// these operations are kept, and only their validation facts (type, required, members, list member,
// map key/value, min/max, pattern, enum):
//   GetSecretValue
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// `operationNames` lists every operation of the model so that unimplemented ones can be named.
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  GetSecretValue: {"input": "GetSecretValueRequest"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  GetSecretValueRequest: {"type": "structure", "required": ["SecretId"], "members": {"SecretId": "SecretIdType", "VersionId": "SecretVersionIdType", "VersionStage": "SecretVersionStageType"}},
  SecretIdType: {"type": "string", "min": 1, "max": 2048},
  SecretVersionIdType: {"type": "string", "min": 32, "max": 64},
  SecretVersionStageType: {"type": "string", "min": 1, "max": 256},
};

/** @type {string[]} */
export const operationNames = [
  "BatchGetSecretValue", "CancelRotateSecret", "CreateSecret", "DeleteResourcePolicy", "DeleteSecret",
  "DescribeSecret", "GetRandomPassword", "GetResourcePolicy", "GetSecretValue", "ListSecretVersionIds",
  "ListSecrets", "PutResourcePolicy", "PutSecretValue", "RemoveRegionsFromReplication",
  "ReplicateSecretToRegions", "RestoreSecret", "RotateSecret", "StopReplicationToReplica", "TagResource",
  "UntagResource", "UpdateSecret", "UpdateSecretVersionStage", "ValidateResourcePolicy",
];
