/**
 * shadow/'s inputs: the candidate and the deploy settings exactly as promote/ reads them (the shadow model is built
 * as a deploy builds one; on-pass: promote continues through promote's own path), plus the test's own settings.
 * Every limit SageMaker puts on a shadow test that the inputs alone can break is refused here, before any call.
 */
import { InputError } from '../errors.js';
import * as C from '../inputs/constraints.js';
import { integer, oneOf, type InputReader } from '../inputs/readers.js';
import type { DeployConfig } from '../inputs/deploy.js';
import { readPromote, type PromoteConfig } from '../commands/promote.js';
import type { CommonConfig } from '../commands/inputs.js';
import { parseGate, type Rule } from './rules.js';

export const MAX_DURATION_MS = 30 * 86_400_000;
/** The experiment's schedule runs this much past the test, so SageMaker ends it should the job die. */
export const BACKSTOP_MS = 10 * 60_000;

export interface ShadowConfig {
  promote: PromoteConfig & { deploy: DeployConfig };
  samplingPercentage: number;
  durationMs: number;
  /** The role of the inference experiment (experiment-role-arn, else execution-role-arn). */
  experimentRoleArn: string;
  /** instance-type when given; empty: the live variant's. */
  instanceType?: string;
  rules: Rule[];
  minInvocations: number;
  confidence: number;
  onPass: 'none' | 'promote';
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

export function readDuration(read: InputReader): number {
  const value = read('duration') || '1h';
  const m = /^(\d{1,5})([mhd])$/.exec(value);
  const ms = m ? Number(m[1]) * UNITS[m[2]!]! : NaN;
  if (!(ms >= 5 * 60_000 && ms <= MAX_DURATION_MS)) throw new InputError('duration', value, 'must be minutes, hours or days such as 30m, 1h or 2d, from 5m to 30d (SageMaker runs a shadow test at most 30 days)');
  return ms;
}

function readConfidence(read: InputReader): number {
  const value = read('shadow-confidence') || '0.95';
  const n = Number(value);
  if (!/^0\.\d{1,4}$/.test(value) || n < 0.8 || n > 0.999) throw new InputError('shadow-confidence', value, 'must be a confidence between 0.8 and 0.999, such as 0.95');
  return n;
}

/**
 * promote/'s inputs that shadow/ does not offer (scripts/sub-actions.mjs NOT_IN_SHADOW): it only ever approves, a
 * missing version is an error, it does not act on repository_dispatch, and it does not check attestations (yet).
 */
const NOT_OFFERED = ['approval', 'if-missing', 'require-attestation', 'attestation-workflow', 'attestation-trusted-root', 'dispatch-event-type'];

export function readShadow(read: InputReader, common: CommonConfig, env: NodeJS.ProcessEnv): ShadowConfig {
  const promote = readPromote((name) => (NOT_OFFERED.includes(name) ? '' : read(name)), common, env);
  if (!promote.deploy) throw new InputError('endpoint-name', '', 'is required: the live endpoint whose traffic the candidate shadows');
  const deploy = promote.deploy;
  if (deploy.endpointType !== 'real-time') throw new InputError('endpoint-type', deploy.endpointType, 'must be real-time: SageMaker shadow tests do not run on serverless or asynchronous endpoints');
  const role = read('experiment-role-arn');
  if (role && !C.ROLE_ARN.test(role)) throw new InputError('experiment-role-arn', role, 'must be an IAM role ARN: arn:aws:iam::<account>:role/<name>');
  const instanceType = read('instance-type');
  if (/^ml\.inf1\./.test(instanceType)) throw new InputError('instance-type', instanceType, 'is an Inf1 type; SageMaker shadow tests do not support Inf1 instances');
  const config: ShadowConfig = {
    promote: { ...promote, deploy },
    samplingPercentage: integer(read, 'sampling-percentage', 100, 1, 100),
    durationMs: readDuration(read),
    experimentRoleArn: role || deploy.executionRoleArn,
    rules: parseGate(read('shadow-gate')),
    minInvocations: integer(read, 'min-invocations', 100, 1, 1_000_000),
    confidence: readConfidence(read),
    onPass: oneOf(read, 'on-pass', ['none', 'promote'], 'none')
  };
  if (instanceType) config.instanceType = instanceType;
  // The time budget: the test, its backstop and half an hour, plus the deployment's own budget when it may promote.
  const test = (config.durationMs + BACKSTOP_MS) / 1000 + 30 * 60;
  if (!read('wait-timeout')) common.waitTimeoutSeconds = test + (config.onPass === 'promote' ? common.waitTimeoutSeconds : 0);
  return config;
}
