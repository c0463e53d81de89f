/**
 * The inference experiments (shadow tests) not yet ended on an endpoint. While one runs, SageMaker keeps the endpoint
 * on a configuration holding the production and the shadow variant and patches it when the experiment stops: a
 * deploy that replaced the configuration, or deleted a model it names, would break the experiment under it. So a
 * deploy refuses while one runs (naming it), its cleanup on the unchanged path deletes nothing, shadow/ refuses to
 * start a second one before creating anything, and prune keeps the versions of the models one uses.
 *
 * ListInferenceExperiments has no endpoint filter and its summaries name no endpoint (the official model): every
 * experiment of type ShadowMode that has not ended is described (one call each) to read its endpoint. Cost: one list
 * call per 100 experiments of the account and Region, plus one DescribeInferenceExperiment per unended experiment.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { sagemakerSdk } from '../aws/sdk.js';
import { ActionError } from '../errors.js';
import { listAll, readOrGone } from '../commands/model-use.js';

/** The statuses of an experiment that has not ended (InferenceExperimentStatus without Completed and Cancelled). */
export const UNENDED = ['Creating', 'Created', 'Updating', 'Starting', 'Running', 'Stopping'];

export interface RunningExperiment {
  name: string;
  status: string;
  endpoint: string;
  /** The models of its variants (production and shadow). */
  models: string[];
}

/** The experiments not ended on `endpoint` (all endpoints when omitted). */
export async function runningExperiments(sm: SageMakerClient, endpoint?: string): Promise<RunningExperiment[]> {
  const c = await sagemakerSdk();
  const all = await listAll('sagemaker:ListInferenceExperiments', async (token) => {
    const page = await sm.send(new c.ListInferenceExperimentsCommand({ Type: 'ShadowMode', MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
    return { items: page?.InferenceExperiments, next: page?.NextToken };
  });
  const out: RunningExperiment[] = [];
  for (const s of all.filter((x) => UNENDED.includes(x.Status ?? ''))) {
    const x = await readOrGone(`inference experiment ${s.Name}`, 'sagemaker:DescribeInferenceExperiment', () => sm.send(new c.DescribeInferenceExperimentCommand({ Name: s.Name! })));
    if (!x || !UNENDED.includes(x.Status ?? '')) continue;
    const on = x.EndpointMetadata?.EndpointName ?? '';
    if (endpoint !== undefined && on.toLowerCase() !== endpoint.toLowerCase()) continue;
    out.push({ name: x.Name ?? s.Name!, status: x.Status!, endpoint: on, models: (x.ModelVariants ?? []).map((v) => v.ModelName).filter((m): m is string => !!m) });
  }
  return out;
}

/** "inference experiment X (Running)" for each, joined. */
export function describeRunning(xs: RunningExperiment[]): string {
  return xs.map((x) => `inference experiment ${x.name} (${x.status})`).join(', ');
}

/** The refusal of a deploy to an endpoint an experiment runs on; `experiments` as runningExperiments read them. */
export function deployRefusal(endpoint: string, experiments: RunningExperiment[]): ActionError {
  return new ActionError(
    `Refused: ${describeRunning(experiments)} runs on endpoint ${endpoint}; a deploy would replace its configuration and delete models it uses. Wait for it to end or stop it (StopInferenceExperiment), then deploy again. Nothing was changed.`
  );
}

/** Refuses before any write (promote's approval included) when an experiment runs on `endpoint`. */
export async function refuseWhileRunning(sm: SageMakerClient, endpoint: string): Promise<void> {
  const running = await runningExperiments(sm, endpoint);
  if (running.length) throw deployRefusal(endpoint, running);
}
