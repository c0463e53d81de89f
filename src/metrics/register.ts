/** Hooks the metrics step into a registration: the config the plan is made from, and the outputs it adds. */
import type { RunContext } from '../github/context.js';
import type { RegisterConfig } from '../inputs/inputs.js';
import { approvalDescription, approvalStatus } from '../register/plan.js';
import type { Io } from '../commands/run.js';
import { metricsStep, type MetricsOutcome } from './step.js';

/** Runs the metrics step (reads, the gate, the uploads) and returns the config to plan the registration from. */
export async function withMetrics(config: RegisterConfig, ctx: RunContext, io: Io, out: { metrics?: MetricsOutcome }): Promise<RegisterConfig> {
  if (!config.metrics) return config;
  const asked = approvalStatus(config, ctx);
  const outcome = await metricsStep(config.metrics, { sm: await io.clients.sagemaker(), s3: () => io.clients.s3(), group: config.group, dryRun: config.dryRun, asked });
  out.metrics = outcome;
  const next: RegisterConfig = { ...config, modelMetrics: outcome.modelMetrics };
  const failed = outcome.approval;
  if (failed && (failed.status === 'Rejected' || asked !== 'PendingManualApproval')) {
    const description = `${approvalDescription(failed.status, ctx)}; ${failed.reason}`.replace(/[\r\n]+/g, ' ').slice(0, 1024);
    next.gateApproval = { approval: failed.status, description };
  }
  return next;
}
