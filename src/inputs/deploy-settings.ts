/**
 * The deploy settings a deployment file (`deployment-file`, docs/deployment-file.md) may hold: the one table the
 * file's JSON Schema is generated from (scripts/deployment-schema.mjs → schema/deployment-file.schema.json) and
 * the file is validated against at run time. Every key is a deploy input of action.yml, read afterwards by the
 * same readers (deploy.ts, operate.ts), so the schema only states what those readers accept, with the same
 * limits; a test reads each limit through the readers too.
 *
 * Left out on purpose, so they stay in the workflow where credentials are configured and reviewed:
 * credentials and identity (github-token, registry secrets and credential providers, execution-role-arn: the
 * permissions the model runs with), what is deployed (image, model-package-group, model-package-arn, version, to,
 * commit) and how one run behaves (aws-region, dry-run, wait, wait-timeout, comment, ...).
 */
import * as C from './constraints.js';
import { ASYNC_CONCURRENT_INVOCATIONS, ENDPOINT_TYPES, S3_URI_MAX, SERVERLESS_CONCURRENCY, SERVERLESS_MEMORY_MB, SNS_TOPIC_ARN } from './endpoint-kind.js';

/** How a key's value is written in the file, and rendered back to the text the input reader parses. */
export type SettingKind =
  | { type: 'string'; pattern?: RegExp; maxLength?: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  /** A number, or its text with an optional `%` (alarm-5xx-rate). */
  | { type: 'percent'; exclusiveMin: number; max: number }
  /** `10%` or a number of instances. */
  | { type: 'capacity' }
  /** A YAML list (or the input's comma / newline separated text); rendered one item a line. */
  | { type: 'list'; item: RegExp; maxItems: number }
  /** A YAML map of names to values (or KEY=VALUE lines); rendered KEY=VALUE lines. */
  | { type: 'map'; key: RegExp; maxEntries: number; valueMax: number }
  /** autoscaling: its input text, or a map of its integer parts; rendered `min=1,max=8,...`. */
  | { type: 'parts'; parts: Readonly<Record<string, { min: number; max: number }>>; required: readonly string[] }
  /** smoke-payload: text (inline or a workspace path), or a YAML map or list sent as JSON. */
  | { type: 'payload' };

export const INSTANCE_COUNT = { min: 1, max: 1000 } as const;
export const BAKE_SECONDS = { min: 0, max: 3600 } as const;
export const MAX_EXECUTION_TIMEOUT = { min: 600, max: 28_800 } as const;
export const ALARM_MS = { min: 1, max: 3_600_000 } as const;
export const SMOKE_REQUESTS = { min: 1, max: 1000 } as const;
export const COOLDOWN_MAX = 86_400;
export const ROLLBACK_ALARMS_MAX = 10;
export const SUBNETS_MAX = 16;
export const SECURITY_GROUPS_MAX = 5;
export const TRAFFIC_ROUTINGS = ['all-at-once', 'canary', 'linear', 'rolling'] as const;
export const APPROVAL_WORDS = ['approved', 'pending', 'rejected', 'any'] as const;
const NAME_63 = C.ENTITY_NAME;
const INSTANCE_TYPE = /^ml\.[a-z0-9-]+\.[a-z0-9-]+$/;
const MIME = /^[\t -~]{1,1024}$/;
const S3_URI = /^s3:\/\/[^/\s]+\S*$/;

/** Key → how it is written. Order: as in action.yml. */
export const DEPLOY_SETTINGS: Readonly<Record<string, SettingKind>> = {
  'endpoint-name': { type: 'string', pattern: NAME_63 },
  'instance-type': { type: 'string', pattern: INSTANCE_TYPE },
  'instance-count': { type: 'integer', ...INSTANCE_COUNT },
  'variant-name': { type: 'string', pattern: NAME_63 },
  'traffic-routing': { type: 'enum', values: TRAFFIC_ROUTINGS },
  'canary-size': { type: 'capacity' },
  'linear-step-size': { type: 'capacity' },
  'wait-interval': { type: 'integer', ...BAKE_SECONDS },
  'termination-wait': { type: 'integer', ...BAKE_SECONDS },
  'max-execution-timeout': { type: 'integer', ...MAX_EXECUTION_TIMEOUT },
  'rollback-alarms': { type: 'list', item: C.ALARM_NAME, maxItems: ROLLBACK_ALARMS_MAX },
  'rolling-batch-size': { type: 'capacity' },
  'rollback-batch-size': { type: 'capacity' },
  autoscaling: {
    type: 'parts',
    parts: { min: { min: 0, max: 999_999_999 }, max: { min: 1, max: 999_999_999 }, target: { min: 1, max: 999_999_999 }, 'scale-in-cooldown': { min: 0, max: COOLDOWN_MAX }, 'scale-out-cooldown': { min: 0, max: COOLDOWN_MAX } },
    required: ['min', 'max', 'target']
  },
  'create-alarms': { type: 'boolean' },
  'alarm-latency-p99-ms': { type: 'integer', ...ALARM_MS },
  'alarm-5xx-rate': { type: 'percent', exclusiveMin: 0, max: 100 },
  'smoke-payload': { type: 'payload' },
  'smoke-content-type': { type: 'string', pattern: MIME },
  'smoke-requests': { type: 'integer', ...SMOKE_REQUESTS },
  'smoke-max-p99-ms': { type: 'integer', ...ALARM_MS },
  'on-smoke-failure': { type: 'enum', values: ['fail', 'rollback'] },
  'vpc-subnets': { type: 'list', item: C.SUBNET_ID, maxItems: SUBNETS_MAX },
  'vpc-security-groups': { type: 'list', item: C.SECURITY_GROUP_ID, maxItems: SECURITY_GROUPS_MAX },
  'network-isolation': { type: 'boolean' },
  'kms-key-id': { type: 'string', pattern: C.KMS_KEY_ID },
  'data-capture': { type: 'string', pattern: /^s3:\/\/[^/\s]+\S*(\s+\d{1,3}%?)?$/, maxLength: 520 },
  'endpoint-type': { type: 'enum', values: ENDPOINT_TYPES },
  'serverless-memory-mb': { type: 'integer', ...SERVERLESS_MEMORY_MB },
  'serverless-max-concurrency': { type: 'integer', ...SERVERLESS_CONCURRENCY },
  'serverless-provisioned-concurrency': { type: 'integer', ...SERVERLESS_CONCURRENCY },
  'async-output-s3-uri': { type: 'string', pattern: S3_URI, maxLength: S3_URI_MAX },
  'async-failure-s3-uri': { type: 'string', pattern: S3_URI, maxLength: S3_URI_MAX },
  'async-max-concurrent-invocations': { type: 'integer', ...ASYNC_CONCURRENT_INVOCATIONS },
  'async-success-topic': { type: 'string', pattern: SNS_TOPIC_ARN, maxLength: 2048 },
  'async-error-topic': { type: 'string', pattern: SNS_TOPIC_ARN, maxLength: 2048 },
  'deploy-environment': { type: 'map', key: C.ENV_KEY, maxEntries: C.ENV_MAX_ENTRIES, valueMax: C.ENV_VALUE_MAX },
  'deploy-approval': { type: 'list', item: /^(approved|pending|rejected|any)$/i, maxItems: 3 },
  'on-busy': { type: 'enum', values: ['wait', 'fail'] },
  'create-endpoint': { type: 'boolean' },
  stage: { type: 'string', pattern: NAME_63 }
};

/** The inputs a deployment file must not hold, with the reason the error gives. */
export const WORKFLOW_ONLY: Readonly<Record<string, string>> = {
  'github-token': 'is a credential',
  'registry-secret-arn': 'names a credential',
  'registry-credentials-provider-arn': 'names a credential',
  'execution-role-arn': 'is an identity (the permissions the model runs with)',
  'aws-region': 'goes with the credentials the workflow configures',
  image: 'names what is deployed, which each run decides',
  'model-package-group': 'names what is deployed, which each run decides',
  'model-package-arn': 'names what is deployed, which each run decides',
  'deployment-file': 'names the file itself'
};

export const isDeploySetting = (key: string): boolean => Object.hasOwn(DEPLOY_SETTINGS, key);
