/** The `gate` and `metrics` outputs of a registration. */
import { metricsJson } from './report.js';
import type { MetricsOutcome } from './step.js';

export function metricsOutputs(outcome: MetricsOutcome | undefined): { gate: string; metrics: string } {
  return { gate: outcome?.gate?.verdict ?? '', metrics: outcome ? metricsJson(outcome.gate, outcome.candidate) : '' };
}
