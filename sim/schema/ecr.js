// Derived from the official Amazon Elastic Container Registry service model (API version 2015-09-21, botocore
// service-2.json at botocore 1.43.67) by a throwaway generator. Only the input shapes reachable from
// these operations are kept, and only their validation facts (type, required, members, list member,
// map key/value, min/max, pattern, enum):
//   BatchGetImage, CreateRepository, DescribeImageScanFindings, DescribeImages, DescribeRepositories,
//   GetAuthorizationToken
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// `operationNames` lists every operation of the model so that unimplemented ones can be named.
// Do not edit by hand; regenerate from the model if more operations are needed.

/** @type {Record<string, {input: string}>} */
export const operations = {
  BatchGetImage: {"input": "BatchGetImageRequest"},
  CreateRepository: {"input": "CreateRepositoryRequest"},
  DescribeImageScanFindings: {"input": "DescribeImageScanFindingsRequest"},
  DescribeImages: {"input": "DescribeImagesRequest"},
  DescribeRepositories: {"input": "DescribeRepositoriesRequest"},
  GetAuthorizationToken: {"input": "GetAuthorizationTokenRequest"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  BatchGetImageRequest: {"type": "structure", "required": ["repositoryName", "imageIds"], "members": {"acceptedMediaTypes": "MediaTypeList", "imageIds": "ImageIdentifierList", "registryId": "RegistryId", "repositoryName": "RepositoryName"}},
  CreateRepositoryRequest: {"type": "structure", "required": ["repositoryName"], "members": {"encryptionConfiguration": "EncryptionConfiguration", "imageScanningConfiguration": "ImageScanningConfiguration", "imageTagMutability": "ImageTagMutability", "imageTagMutabilityExclusionFilters": "ImageTagMutabilityExclusionFilters", "registryId": "RegistryId", "repositoryName": "RepositoryName", "tags": "TagList"}},
  DescribeImageScanFindingsRequest: {"type": "structure", "required": ["repositoryName", "imageId"], "members": {"imageId": "ImageIdentifier", "maxResults": "MaxResults", "nextToken": "NextToken", "registryId": "RegistryId", "repositoryName": "RepositoryName"}},
  DescribeImagesFilter: {"type": "structure", "members": {"imageStatus": "ImageStatusFilter", "tagStatus": "TagStatus"}},
  DescribeImagesRequest: {"type": "structure", "required": ["repositoryName"], "members": {"filter": "DescribeImagesFilter", "imageIds": "ImageIdentifierList", "maxResults": "MaxResults", "nextToken": "NextToken", "registryId": "RegistryId", "repositoryName": "RepositoryName"}},
  DescribeRepositoriesRequest: {"type": "structure", "members": {"maxResults": "MaxResults", "nextToken": "NextToken", "registryId": "RegistryId", "repositoryNames": "RepositoryNameList"}},
  EncryptionConfiguration: {"type": "structure", "required": ["encryptionType"], "members": {"encryptionType": "EncryptionType", "kmsKey": "KmsKey"}},
  EncryptionType: {"type": "string", "enum": ["AES256", "KMS", "KMS_DSSE"]},
  GetAuthorizationTokenRegistryIdList: {"type": "list", "min": 1, "max": 10, "member": "RegistryId"},
  GetAuthorizationTokenRequest: {"type": "structure", "members": {"registryIds": "GetAuthorizationTokenRegistryIdList"}},
  ImageDigest: {"type": "string"},
  ImageIdentifier: {"type": "structure", "members": {"imageDigest": "ImageDigest", "imageTag": "ImageTag"}},
  ImageIdentifierList: {"type": "list", "min": 1, "max": 100, "member": "ImageIdentifier"},
  ImageScanningConfiguration: {"type": "structure", "members": {"scanOnPush": "ScanOnPushFlag"}},
  ImageStatusFilter: {"type": "string", "enum": ["ACTIVE", "ARCHIVED", "ACTIVATING", "ANY"]},
  ImageTag: {"type": "string", "min": 1, "max": 300},
  ImageTagMutability: {"type": "string", "enum": ["MUTABLE", "IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION", "MUTABLE_WITH_EXCLUSION"]},
  ImageTagMutabilityExclusionFilter: {"type": "structure", "required": ["filterType", "filter"], "members": {"filter": "ImageTagMutabilityExclusionFilterValue", "filterType": "ImageTagMutabilityExclusionFilterType"}},
  ImageTagMutabilityExclusionFilterType: {"type": "string", "enum": ["WILDCARD"]},
  ImageTagMutabilityExclusionFilterValue: {"type": "string", "min": 1, "max": 128, "pattern": "[0-9a-zA-Z._*-]{1,128}"},
  ImageTagMutabilityExclusionFilters: {"type": "list", "min": 1, "max": 5, "member": "ImageTagMutabilityExclusionFilter"},
  KmsKey: {"type": "string", "min": 1, "max": 2048},
  MaxResults: {"type": "integer", "min": 1, "max": 1000},
  MediaType: {"type": "string"},
  MediaTypeList: {"type": "list", "min": 1, "max": 100, "member": "MediaType"},
  NextToken: {"type": "string"},
  RegistryId: {"type": "string", "pattern": "[0-9]{12}"},
  RepositoryName: {"type": "string", "min": 2, "max": 256, "pattern": "[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*"},
  RepositoryNameList: {"type": "list", "min": 1, "max": 100, "member": "RepositoryName"},
  ScanOnPushFlag: {"type": "boolean"},
  Tag: {"type": "structure", "required": ["Key", "Value"], "members": {"Key": "TagKey", "Value": "TagValue"}},
  TagKey: {"type": "string"},
  TagList: {"type": "list", "member": "Tag"},
  TagStatus: {"type": "string", "enum": ["TAGGED", "UNTAGGED", "ANY"]},
  TagValue: {"type": "string"},
};

/** @type {string[]} */
export const operationNames = [
  "BatchCheckLayerAvailability", "BatchDeleteImage", "BatchGetImage",
  "BatchGetRepositoryScanningConfiguration", "CompleteLayerUpload", "CreatePullThroughCacheRule",
  "CreateRepository", "CreateRepositoryCreationTemplate", "DeleteLifecyclePolicy",
  "DeletePullThroughCacheRule", "DeleteRegistryPolicy", "DeleteRepository",
  "DeleteRepositoryCreationTemplate", "DeleteRepositoryPolicy", "DeleteSigningConfiguration",
  "DeregisterPullTimeUpdateExclusion", "DescribeImageReplicationStatus", "DescribeImageScanFindings",
  "DescribeImageSigningStatus", "DescribeImages", "DescribePullThroughCacheRules", "DescribeRegistry",
  "DescribeRepositories", "DescribeRepositoryCreationTemplates", "GetAccountSetting",
  "GetAuthorizationToken", "GetDownloadUrlForLayer", "GetLifecyclePolicy", "GetLifecyclePolicyPreview",
  "GetRegistryPolicy", "GetRegistryScanningConfiguration", "GetRepositoryPolicy", "GetSigningConfiguration",
  "InitiateLayerUpload", "ListImageReferrers", "ListImages", "ListPullTimeUpdateExclusions",
  "ListTagsForResource", "PutAccountSetting", "PutImage", "PutImageScanningConfiguration",
  "PutImageTagMutability", "PutLifecyclePolicy", "PutRegistryPolicy", "PutRegistryScanningConfiguration",
  "PutReplicationConfiguration", "PutSigningConfiguration", "RegisterPullTimeUpdateExclusion",
  "SetRepositoryPolicy", "StartImageScan", "StartLifecyclePolicyPreview", "TagResource", "UntagResource",
  "UpdateImageStorageClass", "UpdatePullThroughCacheRule", "UpdateRepositoryCreationTemplate",
  "UploadLayerPart", "ValidatePullThroughCacheRule",
];
