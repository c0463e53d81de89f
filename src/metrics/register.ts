/** Hooks the metrics step into a registration: the config the plan is made from, and the outputs it adds. */
import type { RunContext } from '../github/context.js';
import type { RegisterConfig } from '../inputs/inputs.js';
import { approvalDescription, approvalStatus, planRegistration } from '../register/plan.js';
import type { Registration } from '../register/step.js';
import type { Io } from '../commands/run.js';
import { metricsStep, type MetricsOutcome } from './step.js';

/** Runs the metrics step (reads, the gate, the uploads) and returns the config to plan the registration from. */
export async function withMetrics(config: RegisterConfig, ctx: RunContext, io: Io, out: { metrics?: MetricsOutcome; registration: Partial<Registration> }): Promise<RegisterConfig> {
  if (!config.metrics) return config;
  // The plan before the image is resolved, so a gate that stops the run still has a report to show it in.
  out.registration.plan ??= planRegistration(config, ctx);
  const asked = approvalStatus(config, ctx);
  const partial: Partial<MetricsOutcome> = (out.metrics = {} as MetricsOutcome);
  const outcome = await metricsStep(config.metrics, { sm: await io.clients.sagemaker(), s3: () => io.clients.s3(), group: config.group, dryRun: config.dryRun, asked, out: partial });
  const next: RegisterConfig = { ...config, modelMetrics: outcome.modelMetrics };
  const failed = outcome.approval;
  if (failed && (failed.status === 'Rejected' || asked !== 'PendingManualApproval')) {
    const description = `${approvalDescription(failed.status, ctx)}; ${failed.reason}`.replace(/[\r\n]+/g, ' ').slice(0, 1024);
    next.gateApproval = { approval: failed.status, description };
  }
  return next;
}
