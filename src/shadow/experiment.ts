/**
 * The inference experiment's effects: create the candidate's model and the experiment, wait for it to run, wait out
 * the test on AWS's clock (the Date header of SageMaker's answers, so a runner whose clock is off cannot cut the
 * window short), and stop it with the shadow variant removed and the production variant retained.
 */
import type { DescribeInferenceExperimentResponse, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import type { Clock } from '../aws/poll.js';
import { ActionError } from '../errors.js';
import type { LiveVariant } from './endpoint.js';
import type { ShadowPlan } from './plan.js';

/** AWS's time: the last Date header SageMaker sent, moved on by the runner's clock since. */
export class AwsClock {
  private seen?: { aws: number; local: number };
  constructor(private readonly clock: Clock) {}

  watch(sm: SageMakerClient): void {
    const name = 'shadowAwsClock';
    if (sm.middlewareStack.identify().some((m) => m.startsWith(name))) sm.middlewareStack.remove(name);
    sm.middlewareStack.add(
      (next) => async (args) => {
        const out = await next(args);
        const date = (out.response as { headers?: Record<string, string> }).headers?.date;
        const aws = date ? Date.parse(date) : NaN;
        if (Number.isFinite(aws)) this.seen = { aws, local: this.clock.now() };
        return out;
      },
      { step: 'deserialize', name }
    );
  }

  now(): number {
    return this.seen ? this.seen.aws + (this.clock.now() - this.seen.local) : this.clock.now();
  }
}

export interface Running {
  arn: string;
  /** AWS's time when the experiment was first seen Running: the start of the compared window. */
  startMs: number;
}

export async function describeExperiment(sm: SageMakerClient, name: string): Promise<DescribeInferenceExperimentResponse> {
  const cmd = await sagemakerSdk();
  return send('sagemaker:DescribeInferenceExperiment', () => sm.send(new cmd.DescribeInferenceExperimentCommand({ Name: name })));
}

/** Creates the model and the experiment; returns the experiment's ARN. */
export async function createExperiment(sm: SageMakerClient, plan: ShadowPlan, aws: AwsClock): Promise<string> {
  const cmd = await sagemakerSdk();
  await send('sagemaker:CreateModel', () => sm.send(new cmd.CreateModelCommand(plan.createModel)));
  const out = await send('sagemaker:CreateInferenceExperiment', () => sm.send(new cmd.CreateInferenceExperimentCommand(plan.request(aws.now()))));
  return out.InferenceExperimentArn!;
}

export interface WaitOptions {
  clock: Clock;
  aws: AwsClock;
  pollMs: number;
  deadline: number;
  log: (line: string) => void;
}

/** Polls until `done` says so; an experiment that ended on its own (Completed, Cancelled, or stopped by someone) is an error. */
async function pollExperiment(sm: SageMakerClient, name: string, o: WaitOptions, done: (x: DescribeInferenceExperimentResponse) => boolean, what: string): Promise<DescribeInferenceExperimentResponse> {
  for (;;) {
    const x = await describeExperiment(sm, name);
    if (done(x)) return x;
    if (!['Creating', 'Created', 'Updating', 'Starting', 'Running'].includes(x.Status ?? '')) {
      throw new ActionError(`Inference experiment ${name} is ${x.Status}${x.StatusReason ? ` (${x.StatusReason.slice(0, 300)})` : ''} while waiting ${what}; the shadow test has no result.`);
    }
    if (o.clock.now() + o.pollMs > o.deadline) throw new ActionError(`Timed out waiting ${what} (wait-timeout); the experiment ${name} is stopped.`);
    await o.clock.sleep(o.pollMs);
  }
}

export async function waitRunning(sm: SageMakerClient, name: string, o: WaitOptions): Promise<number> {
  await pollExperiment(sm, name, o, (x) => x.Status === 'Running', 'for the experiment to run');
  o.log(`Inference experiment ${name} is Running: the candidate receives a copy of production requests.`);
  return o.aws.now();
}

/** Waits until `durationMs` of AWS's time have passed since `startMs`, logging once per poll. */
export async function waitDuration(sm: SageMakerClient, name: string, o: WaitOptions & { startMs: number; durationMs: number }): Promise<number> {
  const end = o.startMs + o.durationMs;
  await pollExperiment(sm, name, o, () => o.aws.now() >= end, 'for the test window to end');
  return Math.min(o.aws.now(), end);
}

/** Stops the experiment: the shadow variant removed, production retained. Does nothing when it already ended. */
export async function stopExperiment(sm: SageMakerClient, o: { name: string; live: LiveVariant; shadowVariant: string; state: 'Completed' | 'Cancelled'; reason: string }): Promise<boolean> {
  const x = await describeExperiment(sm, o.name);
  if (!['Creating', 'Created', 'Updating', 'Starting', 'Running'].includes(x.Status ?? '')) return false;
  const cmd = await sagemakerSdk();
  await send('sagemaker:StopInferenceExperiment', () =>
    sm.send(
      new cmd.StopInferenceExperimentCommand({
        Name: o.name,
        ModelVariantActions: { [o.live.variantName]: 'Retain', [o.shadowVariant]: 'Remove' },
        DesiredState: o.state,
        Reason: o.reason.slice(0, 1024)
      })
    )
  );
  return true;
}
