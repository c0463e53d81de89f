/**
 * The model-quality statistics file as SageMaker evaluation and Model Monitor jobs write it:
 * `{"binary_classification_metrics" | "multiclass_classification_metrics" | "regression_metrics": {<metric>: {value,
 * standard_deviation}}}`, where `standard_deviation` may be the string "NaN" (fewer than 200 samples). Members that are
 * not a metric (`confusion_matrix`, curves) are skipped. Pure: a file that is not this shape is one InputError naming
 * the input, the file and the key.
 */
import { InputError } from '../errors.js';

export const SECTIONS = ['binary_classification_metrics', 'multiclass_classification_metrics', 'regression_metrics'] as const;

/** Members of a section that hold a matrix or a curve, not one value. */
const NOT_METRICS = new Set(['confusion_matrix', 'receiver_operating_characteristic_curve', 'precision_recall_curve']);

export interface Metric {
  value: number;
  /** Undefined when the file says "NaN" (too few samples) or leaves it out. */
  standardDeviation?: number;
}

export type Metrics = Record<string, Metric>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "NaN" (any case), a finite number, or absent. */
function deviation(raw: unknown, refuse: (rule: string) => never): number | undefined {
  if (raw === undefined || (typeof raw === 'string' && raw.toLowerCase() === 'nan')) return undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  return refuse('standard_deviation must be a number or "NaN"');
}

/** Parses the statistics text; `input` and `file` name where it came from in errors. */
export function parseStatistics(text: string, input: string, file: string): Metrics {
  const refuse = (key: string, rule: string): never => {
    throw new InputError(input, file, `is not a model-quality statistics file: ${key ? `key ${key}: ` : ''}${rule}`);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return refuse('', `not JSON (${(err as Error).message.slice(0, 120)})`);
  }
  if (!isObject(doc)) return refuse('', 'must be a JSON object');
  const sections = SECTIONS.filter((s) => s in doc);
  if (!sections.length) return refuse('', `has none of ${SECTIONS.join(', ')}`);
  const metrics: Metrics = {};
  for (const section of sections) {
    const body = doc[section];
    if (!isObject(body)) return refuse(section, 'must be an object of metrics');
    for (const [name, m] of Object.entries(body)) {
      if (NOT_METRICS.has(name)) continue;
      const key = `${section}.${name}`;
      if (!/^[a-z][a-z0-9_]{0,63}$/.test(name)) return refuse(key, 'metric names are lower-case letters, digits and _ (at most 64)');
      if (!isObject(m) || typeof m.value !== 'number' || !Number.isFinite(m.value)) return refuse(`${key}.value`, 'must be a finite number');
      if (name in metrics) return refuse(key, 'appears in two sections; a metric name must be unique');
      const sd = deviation(m.standard_deviation, (rule) => refuse(`${key}.standard_deviation`, rule.replace('standard_deviation ', '')));
      metrics[name] = sd === undefined ? { value: m.value } : { value: m.value, standardDeviation: sd };
    }
  }
  if (!Object.keys(metrics).length) return refuse(sections[0]!, 'holds no metric with a value');
  return metrics;
}
