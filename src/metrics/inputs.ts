/**
 * The metrics inputs, read before any call. A statistics file from the workspace is read, bounded and parsed here, so
 * a file that is not the documented shape, a malformed rule or a rule naming a metric the file lacks is an InputError
 * before anything is written; an s3:// statistics object is read (and checked the same way) at the start of the run.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { oneOf, type InputReader } from '../inputs/readers.js';
import { s3UriProblem } from '../inputs/s3-uri.js';
import { readWorkspaceFile } from '../inputs/workspace-path.js';
import { parseStatistics, type Metrics } from './statistics.js';
import { checkRuleMetrics, parseRules, type Rule } from './rules.js';

/** The largest statistics or constraints file read, from the workspace or from S3. */
export const METRICS_FILE_MAX = 1024 * 1024;

export interface MetricsFile {
  input: string;
  /** The value as given: a workspace path or an s3:// URI. */
  given: string;
  /** A workspace file: its bytes (uploaded under metrics-s3-prefix). Absent: `given` is an s3:// URI. */
  body?: Buffer;
}

export type BaselineSpec = { kind: 'approved' } | { kind: 'serving'; endpoint: string } | { kind: 'version'; version: number };

/** The gate's rules and baseline, shared by registration and promote/. */
export interface GateConfig {
  rules: Rule[];
  baseline: BaselineSpec;
  onNoBaseline: 'pass-with-note' | 'fail';
}

export interface MetricsConfig {
  statistics: MetricsFile;
  /** Parsed already for a workspace file; an s3:// file is parsed once read. */
  metrics?: Metrics;
  constraints?: MetricsFile;
  /** s3://bucket/prefix the workspace files are uploaded under. */
  prefix?: string;
  gate?: GateConfig;
  onGateFailure: 'comment' | 'fail' | 'reject';
}

/** An S3 object as ModelMetrics records it. */
export interface MetricsSource {
  ContentType: string;
  S3Uri: string;
  ContentDigest: string;
}

export interface ModelMetricsRequest {
  ModelQuality: { Statistics: MetricsSource; Constraints?: MetricsSource };
}

/** What a registration's Config holds about metrics (src/inputs/inputs.ts). */
export interface MetricsFields {
  /** model-quality-statistics and the metrics gate. */
  metrics?: MetricsConfig;
  /** Set by the metrics step before planning: the version's ModelMetrics, and the approval a failed gate imposes. */
  modelMetrics?: ModelMetricsRequest;
  gateApproval?: { approval: 'Rejected' | 'PendingManualApproval'; description: string };
}

export const sha256 = (body: Buffer): string => `sha256:${createHash('sha256').update(body).digest('hex')}`;

function readFile(read: InputReader, input: string, workspace: string | undefined): MetricsFile | undefined {
  const given = read(input);
  if (!given) return undefined;
  if (given.startsWith('s3://')) {
    const problem = s3UriProblem(given) ?? (/^s3:\/\/[^/]+\/.+/.test(given) ? undefined : 'must name an object: s3://bucket/key');
    if (problem) throw new InputError(input, given, problem);
    return { input, given };
  }
  return { input, given, body: readWorkspaceFile(input, given, { workspace, maxBytes: METRICS_FILE_MAX }) };
}

/** metrics-gate, gate-baseline and on-no-baseline; undefined when metrics-gate is empty. */
export function readGateConfig(read: InputReader): GateConfig | undefined {
  const text = read('metrics-gate');
  // Read even when unused, so a bad value is refused whatever else is set.
  const baseline = readBaseline(read);
  const onNoBaseline = oneOf(read, 'on-no-baseline', ['pass-with-note', 'fail'], 'pass-with-note');
  const rules = parseRules('metrics-gate', text);
  return rules.length ? { rules, baseline, onNoBaseline } : undefined;
}

function readBaseline(read: InputReader): BaselineSpec {
  const value = read('gate-baseline') || 'approved';
  if (value === 'approved') return { kind: 'approved' };
  const serving = /^serving:([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})$/.exec(value);
  if (serving) return { kind: 'serving', endpoint: serving[1]! };
  if (/^[1-9]\d{0,8}$/.test(value)) return { kind: 'version', version: Number(value) };
  throw new InputError('gate-baseline', value, "must be approved, serving:<endpoint-name> or a version number");
}

/** Every registration metrics input; undefined when model-quality-statistics is empty (then the others must be too). */
export function readMetricsConfig(read: InputReader, workspace: string | undefined): MetricsConfig | undefined {
  const statistics = readFile(read, 'model-quality-statistics', workspace);
  const gate = readGateConfig(read);
  const onGateFailure = oneOf(read, 'on-gate-failure', ['comment', 'fail', 'reject'], 'comment');
  const prefix = read('metrics-s3-prefix').replace(/\/+$/, '');
  if (!statistics) {
    for (const name of ['model-quality-constraints', 'metrics-gate']) {
      if (read(name)) throw new InputError(name, read(name).split('\n')[0]!, 'needs model-quality-statistics (the candidate\'s metrics)');
    }
    return undefined;
  }
  const config: MetricsConfig = { statistics, onGateFailure };
  const constraints = readFile(read, 'model-quality-constraints', workspace);
  if (constraints) config.constraints = constraints;
  if (gate) config.gate = gate;
  if (prefix) {
    const problem = s3UriProblem(prefix);
    if (problem) throw new InputError('metrics-s3-prefix', prefix, problem);
    config.prefix = prefix;
  } else if (statistics.body || constraints?.body) {
    const file = statistics.body ? statistics : constraints!;
    throw new InputError('metrics-s3-prefix', '', `is required to upload ${file.input} (${file.given}), a workspace file: SageMaker records metrics by S3 URI`);
  }
  if (statistics.body) config.metrics = checkedStatistics(config, statistics.body.toString('utf8'));
  if (constraints?.body) checkConstraints(constraints, constraints.body.toString('utf8'));
  return config;
}

/** Parses the candidate's statistics and checks every rule names one of its metrics. */
export function checkedStatistics(config: MetricsConfig, text: string): Metrics {
  const metrics = parseStatistics(text, config.statistics.input, config.statistics.given);
  if (config.gate) checkRuleMetrics('metrics-gate', config.gate.rules, Object.keys(metrics));
  return metrics;
}

/** A constraints file is recorded as given; it must at least be a JSON object. */
export function checkConstraints(file: MetricsFile, text: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(file.input, file.given, 'is not JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InputError(file.input, file.given, 'must be a JSON object (a Model Monitor constraints file)');
}

/** The metrics fields of a registration's Config. */
export function readMetricsFields(read: InputReader, workspace: string | undefined): MetricsFields {
  const metrics = readMetricsConfig(read, workspace);
  return metrics ? { metrics } : {};
}
