/**
 * Service constraints the action checks before it calls AWS. Taken from the SageMaker,
 * Secrets Manager and Lambda API models (patterns match the whole value, as the services do).
 */
export const ENTITY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
export const GROUP_ARN =
  /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):([0-9]{12}):model-package-group\/([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})$/;
export const ARN_OR_NAME_MAX = 170;
export const IMAGE_MAX = 255;
export const DESCRIPTION_MAX = 1024;
/** Unicode-property patterns cost about 0.3 ms each to build: built on first use, not at start-up. */
function lazy(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}

/** EntityDescription: letters, marks, separators, symbols, numbers, punctuation (no control characters such as newlines). */
export const DESCRIPTION_PATTERN = lazy('^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$', 'u');
export const METADATA_MAX_ENTRIES = 50;
export const METADATA_KEY_MAX = 128;
export const METADATA_VALUE_MAX = 256;
/** CustomerMetadataKey / CustomerMetadataValue character set. */
export const METADATA_PATTERN = lazy('^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$', 'u');
export const METADATA_DISALLOWED = lazy('[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]', 'gu');
/** Tag values may be empty. */
export const TAG_VALUE_PATTERN = lazy('^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$', 'u');
export const ENV_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
export const ENV_VALUE_MAX = 1024;
export const ENV_KEY_MAX = 1024;
export const ENV_MAX_ENTRIES = 100;
export const MODEL_DATA_URL = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
export const URL_MAX = 1024;
export const CONTENT_TYPE_MAX = 256;
export const RESPONSE_TYPE = /^[-\w]+\/.+$/;
export const RESPONSE_TYPE_MAX = 1024;
export const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** Secrets Manager secret ARN (name part: letters, digits and /_+=.@-; AWS appends -XXXXXX). */
export const SECRET_ARN = /^arn:(aws[a-z-]*):secretsmanager:([a-z0-9-]+):([0-9]{12}):secret:[\w/+=.@-]{1,512}$/;
export const SECRET_ARN_MAX = 2048;
/** Lambda function ARN, optionally qualified with a version or alias. */
export const LAMBDA_ARN =
  /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+):([0-9]{12}):function:[a-zA-Z0-9_-]{1,64}(:(\$LATEST|[a-zA-Z0-9_-]{1,128}))?$/;
export const LAMBDA_ARN_MAX = 2048;
/** ECR finding severities, most severe first (FindingSeverity enum). */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const VERSION_ARN = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):([0-9]{12}):model-package\/([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})\/([0-9]{1,9})$/;
/** IAM role ARN (RoleArn: 20-2048 characters). */
export const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
export const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/;
export const SECURITY_GROUP_ID = /^sg-[0-9a-f]{8,17}$/;
export const KMS_KEY_ID = /^[a-zA-Z0-9:/_-]{1,2048}$/;
export const ALARM_NAME = /^(?!\s*$).{1,255}$/;
