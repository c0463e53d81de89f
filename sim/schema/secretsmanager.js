// Derived from the official AWS Secrets Manager service model (API version 2017-10-17, botocore
// service-2.json at botocore 1.43.67) by a throwaway generator. Only the input shapes reachable from
// these operations are kept, and only their validation facts (type, required, members, list member,
// map key/value, min/max, pattern, enum):
//   CreateSecret, DescribeSecret, GetSecretValue, ListSecrets
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// `operationNames` lists every operation of the model so that unimplemented ones can be named.
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  CreateSecret: {"input": "CreateSecretRequest"},
  DescribeSecret: {"input": "DescribeSecretRequest"},
  GetSecretValue: {"input": "GetSecretValueRequest"},
  ListSecrets: {"input": "ListSecretsRequest"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  AddReplicaRegionListType: {"type": "list", "min": 1, "member": "ReplicaRegionType"},
  BooleanType: {"type": "boolean"},
  ClientRequestTokenType: {"type": "string", "min": 32, "max": 64},
  CreateSecretRequest: {"type": "structure", "required": ["Name"], "members": {"AddReplicaRegions": "AddReplicaRegionListType", "ClientRequestToken": "ClientRequestTokenType", "Description": "DescriptionType", "ForceOverwriteReplicaSecret": "BooleanType", "KmsKeyId": "KmsKeyIdType", "Name": "NameType", "SecretBinary": "SecretBinaryType", "SecretString": "SecretStringType", "Tags": "TagListType", "Type": "MedeaTypeType"}},
  DescribeSecretRequest: {"type": "structure", "required": ["SecretId"], "members": {"SecretId": "SecretIdType"}},
  DescriptionType: {"type": "string", "max": 2048},
  Filter: {"type": "structure", "members": {"Key": "FilterNameStringType", "Values": "FilterValuesStringList"}},
  FilterNameStringType: {"type": "string", "enum": ["description", "name", "tag-key", "tag-value", "primary-region", "owning-service", "all"]},
  FilterValueStringType: {"type": "string", "max": 512, "pattern": "\\!?[a-zA-Z0-9 :_@\\/\\+\\=\\.\\-\\!]*"},
  FilterValuesStringList: {"type": "list", "min": 1, "max": 10, "member": "FilterValueStringType"},
  FiltersListType: {"type": "list", "max": 10, "member": "Filter"},
  GetSecretValueRequest: {"type": "structure", "required": ["SecretId"], "members": {"SecretId": "SecretIdType", "VersionId": "SecretVersionIdType", "VersionStage": "SecretVersionStageType"}},
  KmsKeyIdType: {"type": "string", "min": 0, "max": 2048},
  ListSecretsRequest: {"type": "structure", "members": {"Filters": "FiltersListType", "IncludePlannedDeletion": "BooleanType", "MaxResults": "MaxResultsType", "NextToken": "NextTokenType", "SortBy": "SortByType", "SortOrder": "SortOrderType"}},
  MaxResultsType: {"type": "integer", "min": 1, "max": 100},
  MedeaTypeType: {"type": "string", "min": 0, "max": 256},
  NameType: {"type": "string", "min": 1, "max": 512},
  NextTokenType: {"type": "string", "min": 1, "max": 4096},
  RegionType: {"type": "string", "min": 1, "max": 128, "pattern": "([a-z]+-)+\\d+"},
  ReplicaRegionType: {"type": "structure", "members": {"KmsKeyId": "KmsKeyIdType", "Region": "RegionType"}},
  SecretBinaryType: {"type": "blob", "min": 1, "max": 65536},
  SecretIdType: {"type": "string", "min": 1, "max": 2048},
  SecretStringType: {"type": "string", "min": 1, "max": 65536},
  SecretVersionIdType: {"type": "string", "min": 32, "max": 64},
  SecretVersionStageType: {"type": "string", "min": 1, "max": 256},
  SortByType: {"type": "string", "enum": ["created-date", "last-accessed-date", "last-changed-date", "name"]},
  SortOrderType: {"type": "string", "enum": ["asc", "desc"]},
  Tag: {"type": "structure", "members": {"Key": "TagKeyType", "Value": "TagValueType"}},
  TagKeyType: {"type": "string", "min": 1, "max": 128},
  TagListType: {"type": "list", "member": "Tag"},
  TagValueType: {"type": "string", "min": 0, "max": 256},
};

/** @type {string[]} */
export const operationNames = [
  "BatchGetSecretValue", "CancelRotateSecret", "CreateSecret", "DeleteResourcePolicy", "DeleteSecret",
  "DescribeSecret", "GetRandomPassword", "GetResourcePolicy", "GetSecretValue", "ListSecretVersionIds",
  "ListSecrets", "PutResourcePolicy", "PutSecretValue", "RemoveRegionsFromReplication",
  "ReplicateSecretToRegions", "RestoreSecret", "RotateSecret", "StopReplicationToReplica", "TagResource",
  "UntagResource", "UpdateSecret", "UpdateSecretVersionStage", "ValidateResourcePolicy",
];
