/**
 * shadow/: run a candidate version as a shadow variant of the live endpoint (a SageMaker inference experiment of type
 * ShadowMode), compare it with production over the same window from CloudWatch against shadow-gate, stop the
 * experiment with the shadow variant removed, and, with on-pass: promote and a pass, continue through promote/'s own
 * path (approval, guardrails, blue/green deploy, ledger), never SageMaker's variant promotion.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { versionFromArn } from '../aws/arns.js';
import { ActionError } from '../errors.js';
import { authorisePromotion } from '../github/promotion.js';
import * as core from '../log.js';
import { readLive, type LiveVariant } from '../shadow/endpoint.js';
import { AwsClock, createExperiment, stopExperiment, waitDuration, waitRunning, type WaitOptions } from '../shadow/experiment.js';
import { BACKSTOP_MS, readShadow, type ShadowConfig } from '../shadow/inputs.js';
import { shadowMarkdown, type ShadowReport } from '../shadow/markdown.js';
import { readMetrics } from '../shadow/metrics.js';
import { planShadow } from '../shadow/plan.js';
import { judge } from '../shadow/verdict.js';
import { selectCandidate } from '../shadow/candidate.js';
import { readEvent } from './event.js';
import { PROMOTE_OUTPUTS, promoteSpec, type PromoteConfig } from './promote.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';

export const SHADOW_OUTPUTS = ['verdict', 'report', 'experiment-arn', ...PROMOTE_OUTPUTS] as const;

/** The experiment this run started and has not stopped yet: what a cancellation must stop. */
let active: { sm: SageMakerClient; name: string; live: LiveVariant; shadowVariant: string } | undefined;

async function stop(state: 'Completed' | 'Cancelled', reason: string): Promise<string> {
  const a = active;
  if (!a) return '';
  active = undefined;
  const stopped = await stopExperiment(a.sm, { ...a, state, reason });
  const line = stopped ? `Inference experiment ${a.name} stopped (${state}): shadow variant ${a.shadowVariant} removed, production variant ${a.live.variantName} retained.` : `Inference experiment ${a.name} had already ended.`;
  core.info(line);
  return line;
}

/** Runs the experiment and returns the window it compared (AWS's time). On any error, the experiment is cancelled. */
async function runExperiment(sm: SageMakerClient, c: ShadowConfig, r: ShadowReport, o: WaitOptions & { create: () => Promise<string>; s: CommandState<ShadowConfig> }): Promise<{ startMs: number; endMs: number }> {
  o.s.outputs['experiment-arn'] = await o.create();
  try {
    const startMs = await waitRunning(sm, r.experiment, o);
    const endMs = await waitDuration(sm, r.experiment, { ...o, startMs, durationMs: c.durationMs });
    return { startMs, endMs };
  } catch (err) {
    r.stopped = await stop('Cancelled', 'the shadow test ended without a result');
    throw err;
  }
}

async function promote(s: CommandState<ShadowConfig>, c: ShadowConfig, io: Io, arn: string): Promise<void> {
  // Exactly the version tested, named by its ARN (promote/ checks it against its record again).
  const config: PromoteConfig = { ...c.promote, arn };
  delete config.commit;
  delete config.version;
  const state = s as unknown as CommandState<PromoteConfig>;
  try {
    await promoteSpec.execute(state, config, io);
  } finally {
    // The shadow test's own summary stays the report; the deployment is shown through its outputs and state.
    delete s.report;
  }
}

async function execute(s: CommandState<ShadowConfig>, c: ShadowConfig, io: Io): Promise<void> {
  const ctx = s.ctx!;
  // With on-pass: promote, promote/'s authorisation is checked before anything is created (and again when promoting).
  if (c.onPass === 'promote') await authorisePromotion(ctx, readEvent(io.env), { token: s.common!.githubToken, branches: c.promote.branches, ...(c.promote.commit ? { commit: c.promote.commit } : {}) });
  const sm = await io.clients.sagemaker();
  const aws = new AwsClock(io.clock);
  aws.watch(sm);
  const pkg = await selectCandidate(sm, c.promote, ctx, io.clock.now());
  const arn = pkg.ModelPackageArn!;
  s.group = pkg.ModelPackageGroupName ?? '';
  Object.assign(s.outputs, { 'model-package-arn': arn, 'model-package-version': String(pkg.ModelPackageVersion ?? ''), 'approval-status': pkg.ModelApprovalStatus ?? '', 'previous-approval-status': pkg.ModelApprovalStatus ?? '' });
  const live = await readLive(sm, c.promote.deploy.endpointName);
  const plan = planShadow(c, { ctx, pkg, live, backstopMs: BACKSTOP_MS });
  const r: ShadowReport = { endpoint: live.endpointName, experiment: plan.experimentName, candidate: { arn, version: pkg.ModelPackageVersion ?? versionFromArn(arn) }, production: { variant: live.variantName, model: live.modelName }, samplingPercentage: c.samplingPercentage, onPass: c.onPass };
  s.markdown = shadowMarkdown(r);
  if (s.common!.dryRun) {
    core.info(`Dry run: would create model ${plan.createModel.ModelName} and inference experiment ${plan.experimentName} (${plan.instanceType}, ${c.samplingPercentage}% of requests, ${c.durationMs / 60_000} min) on ${live.endpointName}.`);
    return;
  }
  active = { sm, name: plan.experimentName, live, shadowVariant: plan.shadowVariant };
  const wait = { clock: io.clock, aws, pollMs: s.common!.pollSeconds * 1000, deadline: io.deadline, log: (l: string) => core.info(l) };
  const { startMs, endMs } = await runExperiment(sm, c, r, { ...wait, s, create: () => createExperiment(sm, plan, aws) });
  const metrics = await readMetrics(await io.clients.cloudwatch(), { endpointName: live.endpointName, production: live.variantName, candidate: plan.shadowVariant, startMs, endMs }).catch(async (err: unknown) => {
    r.stopped = await stop('Cancelled', 'the metrics could not be read');
    throw err;
  });
  const judgement = judge(c.rules, metrics.production, metrics.candidate, { confidence: c.confidence, minInvocations: c.minInvocations });
  Object.assign(r, { metrics: { production: metrics.production, candidate: metrics.candidate }, judgement, window: { start: metrics.window.start.toISOString(), end: metrics.window.end.toISOString() } });
  // The verdict is an output before the stop, so a failed stop still leaves it.
  s.outputs.verdict = judgement.verdict;
  // The output keeps each variant's window values; the per-minute datapoints (up to 43 200 a variant) stay out.
  const brief = (v: { invocations: number; total: object }) => ({ invocations: v.invocations, total: v.total });
  const publish = () => (s.outputs.report = JSON.stringify({ ...r, metrics: { production: brief(metrics.production), candidate: brief(metrics.candidate) } }));
  publish();
  r.stopped = await stop('Completed', `verdict ${judgement.verdict}: ${judgement.reason}`);
  publish();
  s.markdown = shadowMarkdown(r);
  core.info(`Shadow test verdict: ${judgement.verdict}: ${judgement.reason}`);
  if (judgement.verdict === 'fail') throw new ActionError(`Shadow test failed: ${judgement.reason}. Production is unchanged.`);
  if (judgement.verdict === 'inconclusive') return core.warning(`Shadow test inconclusive: ${judgement.reason}.${c.onPass === 'promote' ? ' Nothing was promoted.' : ''}`);
  if (c.onPass === 'promote') await promote(s, c, io, arn);
}

export const shadowSpec: CommandSpec<ShadowConfig> = {
  name: 'shadow',
  title: 'SageMaker shadow test',
  outputs: SHADOW_OUTPUTS,
  read: (read, common, env) => readShadow(read, common, env),
  execute,
  commentChannel: 'shadow',
  deploys: (c) => c.onPass === 'promote',
  onCancel: async () => void (await stop('Cancelled', 'the workflow run was cancelled'))
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(shadowSpec, deps);
}
