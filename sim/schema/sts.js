// Derived from the official AWS Security Token Service model (API version 2011-06-15, protocol query; botocore
// service-2.json) by a throwaway generator: only the input shapes reachable from these operations, and only their
// validation facts (type, required, members, list member, map key/value, min/max, pattern, enum):
//   AssumeRole, GetCallerIdentity
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  AssumeRole: {"input": "AssumeRoleRequest"},
  GetCallerIdentity: {"input": "GetCallerIdentityRequest"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  AssumeRoleRequest: {"type": "structure", "required": ["RoleArn", "RoleSessionName"], "members": {"RoleArn": "arnType", "RoleSessionName": "roleSessionNameType", "PolicyArns": "policyDescriptorListType", "Policy": "unrestrictedSessionPolicyDocumentType", "DurationSeconds": "roleDurationSecondsType", "Tags": "tagListType", "TransitiveTagKeys": "tagKeyListType", "ExternalId": "externalIdType", "SerialNumber": "serialNumberType", "TokenCode": "tokenCodeType", "SourceIdentity": "sourceIdentityType", "ProvidedContexts": "ProvidedContextsListType"}},
  GetCallerIdentityRequest: {"type": "structure", "members": {}},
  PolicyDescriptorType: {"type": "structure", "members": {"arn": "arnType"}},
  ProvidedContext: {"type": "structure", "members": {"ProviderArn": "arnType", "ContextAssertion": "contextAssertionType"}},
  ProvidedContextsListType: {"type": "list", "member": "ProvidedContext", "min": 1, "max": 5},
  Tag: {"type": "structure", "required": ["Key", "Value"], "members": {"Key": "tagKeyType", "Value": "tagValueType"}},
  arnType: {"type": "string", "min": 20, "max": 2048, "pattern": "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+"},
  contextAssertionType: {"type": "string", "min": 4, "max": 2048},
  externalIdType: {"type": "string", "min": 2, "max": 1224, "pattern": "[\\w+=,.@:\\/-]*"},
  policyDescriptorListType: {"type": "list", "member": "PolicyDescriptorType"},
  roleDurationSecondsType: {"type": "integer", "min": 900, "max": 43200},
  roleSessionNameType: {"type": "string", "min": 2, "max": 64, "pattern": "[\\w+=,.@-]*"},
  serialNumberType: {"type": "string", "min": 9, "max": 256, "pattern": "[\\w+=/:,.@-]*"},
  sourceIdentityType: {"type": "string", "min": 2, "max": 64, "pattern": "[\\w+=,.@-]*"},
  tagKeyListType: {"type": "list", "member": "tagKeyType", "max": 50},
  tagKeyType: {"type": "string", "min": 1, "max": 128, "pattern": "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"},
  tagListType: {"type": "list", "member": "Tag", "max": 50},
  tagValueType: {"type": "string", "min": 0, "max": 256, "pattern": "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"},
  tokenCodeType: {"type": "string", "min": 6, "max": 6, "pattern": "[\\d]*"},
  unrestrictedSessionPolicyDocumentType: {"type": "string", "min": 1, "pattern": "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"},
};
