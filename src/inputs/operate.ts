import { InputError } from '../errors.js';
import { bool, integer, oneOf, type InputReader } from './readers.js';
import { readWorkspaceFileIfExists } from './workspace-path.js';

/** `autoscaling: min=1,max=8,target=200[,scale-in-cooldown=300,scale-out-cooldown=60]`. */
export interface AutoscalingConfig {
  min: number;
  max: number;
  /** Target SageMakerVariantInvocationsPerInstance (invocations per instance per minute). */
  target: number;
  scaleInCooldown: number;
  scaleOutCooldown: number;
}

export interface AlarmConfig {
  /** p99 ModelLatency threshold in milliseconds. */
  latencyP99Ms: number;
  /** Invocation5XXErrors as a percentage of Invocations. */
  errorRatePercent: number;
}

export interface SmokeConfig {
  /** The request body (the file's content when the input named a file). */
  payload: Buffer;
  contentType: string;
  requests: number;
  concurrency: number;
  maxP99Ms?: number;
  onFailure: 'fail' | 'rollback';
}

/** The inputs for running what was deployed: autoscaling, guarding alarms, smoke test. */
export interface OperateConfig {
  autoscaling?: AutoscalingConfig;
  alarms?: AlarmConfig;
  smoke?: SmokeConfig;
}

/**
 * Instance families whose only storage is local NVMe instance storage: SageMaker cannot encrypt it with a
 * volume key, and refuses KmsKeyId for them (SageMaker developer guide, "Host instance storage volumes").
 */
const INSTANCE_STORAGE_ONLY = new Set(['c5d', 'm5d', 'r5d', 'c6gd', 'm6gd', 'r6gd', 'r7gd', 'g4dn', 'g5', 'g6', 'g6e', 'p4d', 'p4de', 'p5', 'p5e', 'p5en', 'trn1', 'trn1n']);

export function hasOnlyInstanceStorage(instanceType: string): boolean {
  return INSTANCE_STORAGE_ONLY.has(instanceType.split('.')[1] ?? '');
}

/**
 * The dependent inputs have no action.yml default (the default is in the code, "Empty: …" in their descriptions), so
 * a value is one the workflow or the deployment file set.
 */
const setByWorkflow = (read: InputReader, name: string): boolean => !!read(name);

const AUTOSCALING_KEYS = ['min', 'max', 'target', 'scale-in-cooldown', 'scale-out-cooldown'] as const;
const PAYLOAD_MAX = 6 * 1024 * 1024; // InvokeEndpoint's body limit (6 MB)

/** `minFloor`: 0 for async endpoints (they scale in to no instances while the queue is empty), else 1. */
export function readAutoscaling(value: string, minFloor = 1): AutoscalingConfig | undefined {
  if (!value) return undefined;
  const given = new Map<string, number>();
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z-]+)=(\d{1,9})$/.exec(part);
    const key = m?.[1] as (typeof AUTOSCALING_KEYS)[number] | undefined;
    if (!m || !key || !AUTOSCALING_KEYS.includes(key)) {
      throw new InputError('autoscaling', value, `must be min=<n>,max=<n>,target=<invocations per instance>[,scale-in-cooldown=<s>,scale-out-cooldown=<s>]; ${JSON.stringify(part)} is not one of those`);
    }
    if (given.has(key)) throw new InputError('autoscaling', value, `gives ${key} twice`);
    given.set(key, Number(m[2]));
  }
  for (const key of ['min', 'max', 'target'] as const) if (!given.has(key)) throw new InputError('autoscaling', value, `needs ${key}=<n>`);
  const cfg: AutoscalingConfig = {
    min: given.get('min')!,
    max: given.get('max')!,
    target: given.get('target')!,
    scaleInCooldown: given.get('scale-in-cooldown') ?? 300,
    scaleOutCooldown: given.get('scale-out-cooldown') ?? 60
  };
  if (cfg.min < minFloor) throw new InputError('autoscaling', value, 'needs min of at least 1: only async endpoints (endpoint-type: async) scale to zero instances');
  if (cfg.max < cfg.min) throw new InputError('autoscaling', value, `has max ${cfg.max} below min ${cfg.min}`);
  if (cfg.target < 1) throw new InputError('autoscaling', value, 'needs a target of at least 1 invocation per instance per minute');
  for (const c of [cfg.scaleInCooldown, cfg.scaleOutCooldown]) if (c > 86_400) throw new InputError('autoscaling', value, 'has a cooldown over 86400 seconds');
  return cfg;
}

/** `1`, `0.5` or `2%`: a percentage from above 0 to 100. */
function percent(read: InputReader, name: string, fallback: number): number {
  const value = read(name);
  if (!value) return fallback;
  const m = /^(\d{1,3}(?:\.\d{1,3})?)%?$/.exec(value);
  const n = Number(m?.[1]);
  if (!m || !(n > 0) || n > 100) throw new InputError(name, value, 'must be a percentage above 0 and at most 100, such as 1 or 0.5%');
  return n;
}

function readAlarms(read: InputReader): AlarmConfig | undefined {
  const create = bool(read, 'create-alarms', false);
  const latencyP99Ms = integer(read, 'alarm-latency-p99-ms', 1000, 1, 3_600_000);
  const errorRatePercent = percent(read, 'alarm-5xx-rate', 1);
  if (!create) {
    for (const name of ['alarm-latency-p99-ms', 'alarm-5xx-rate']) if (setByWorkflow(read, name)) throw new InputError(name, read(name), 'needs create-alarms: true');
    return undefined;
  }
  return { latencyP99Ms, errorRatePercent };
}

/**
 * `smoke-payload` is inline text, or a file in the workspace when something exists at that relative path
 * (GITHUB_WORKSPACE, else the working directory). A file is read only under workspace-path.ts's rules: a path
 * that is absolute, has a `..` segment or goes through a symbolic link is refused, as is anything but a regular
 * file of at most 6 MB.
 */
export function readPayload(value: string, workspace: string | undefined): Buffer {
  const looksLikePath = !/[\n{[]/.test(value) && value.length < 1024;
  const file = looksLikePath ? readWorkspaceFileIfExists('smoke-payload', value, { workspace, maxBytes: PAYLOAD_MAX, limit: 'the InvokeEndpoint limit' }) : undefined;
  if (file) return file;
  const body = Buffer.from(value, 'utf8');
  if (body.length > PAYLOAD_MAX) throw new InputError('smoke-payload', `${body.length} bytes`, 'is over 6 MB, the InvokeEndpoint limit');
  return body;
}

function readSmoke(read: InputReader, workspace: string | undefined): SmokeConfig | undefined {
  const value = read('smoke-payload');
  const dependents = ['smoke-content-type', 'smoke-requests', 'smoke-max-p99-ms', 'on-smoke-failure'];
  if (!value) {
    for (const name of dependents) if (setByWorkflow(read, name)) throw new InputError(name, read(name), 'needs smoke-payload');
    return undefined;
  }
  const contentType = read('smoke-content-type') || 'application/json';
  if (contentType.length > 1024 || !/^[\t -~]+$/.test(contentType)) throw new InputError('smoke-content-type', contentType, 'must be a MIME type such as application/json');
  const requests = integer(read, 'smoke-requests', 20, 1, 1000);
  const smoke: SmokeConfig = {
    payload: readPayload(value, workspace),
    contentType,
    requests,
    concurrency: Math.min(4, requests),
    onFailure: oneOf(read, 'on-smoke-failure', ['fail', 'rollback'], 'fail')
  };
  if (read('smoke-max-p99-ms')) smoke.maxP99Ms = integer(read, 'smoke-max-p99-ms', 0, 1, 3_600_000);
  return smoke;
}

export function readOperateConfig(read: InputReader, workspace = process.env.GITHUB_WORKSPACE, autoscalingMin = 1): OperateConfig {
  const out: OperateConfig = {};
  const autoscaling = readAutoscaling(read('autoscaling'), autoscalingMin);
  if (autoscaling) out.autoscaling = autoscaling;
  const alarms = readAlarms(read);
  if (alarms) out.alarms = alarms;
  const smoke = readSmoke(read, workspace);
  if (smoke) out.smoke = smoke;
  return out;
}
