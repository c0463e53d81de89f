/**
 * The fault matrix's shared pieces: runs of the bundled action (register + deploy, promote) against the
 * simulator, an inventory of what exists in the simulator, and the convergence check after a re-run.
 */
import { expect } from '@jest/globals';
import { pushEvent, type RunOptions, type RunResult } from './action-runner.js';
import { ECR_IMAGE, GROUP, ROLE, runRegister, runSub, sha } from './pipeline.js';
import type { Sim } from './sim.js';

export { GROUP, sha };
/** 10 virtual seconds per real second: endpoint creation and blue/green updates take about a second each. */
export const TIMING = { clockSpeed: 10, endpointCreateMs: 10_000, fleetCreateMs: 10_000, trafficShiftMs: 5_000, deleteMs: 2_000 };
export const ENDPOINT = 'fraud-prod';

type Extra = Omit<RunOptions, 'inputs' | 'action' | 'entry'>;

/** Registers commit `n`'s image as an approved version, nothing deployed (a push to main). */
export function register(sim: Sim, n: number, inputs: Record<string, string> = {}, extra: Extra = {}): Promise<RunResult> {
  return runRegister({
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    ...extra,
    inputs: { image: `${ECR_IMAGE}:${sha(n).slice(0, 12)}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'poll-interval': '1', ...inputs }
  });
}

/** Registers commit `n`'s image as an approved version and deploys it to fraud-prod (a push to main). */
export function deploy(sim: Sim, n: number, inputs: Record<string, string> = {}, extra: Extra = {}): Promise<RunResult> {
  return register(sim, n, { 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, ...inputs }, extra);
}

/** Promotes (approves and deploys) the version registered for commit `n`. */
export function promote(sim: Sim, n: number, extra: Extra = {}): Promise<RunResult> {
  return runSub('promote', {
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    sha: sha(n),
    ...extra,
    inputs: { 'model-package-group': GROUP, 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1', comment: 'false' }
  });
}

export interface Inventory {
  /** Versions of the group: ARN → approval status. */
  versions: Record<string, string>;
  groups: string[];
  models: string[];
  configs: string[];
  endpoints: Record<string, { status: string; config: string }>;
  /** Tags on the endpoint (the deployment ledger). */
  tagsOf: Record<string, string>;
}

/** Everything that exists in the simulator's us-east-1 SageMaker state, read from its control API. */
export async function inventory(sim: Sim): Promise<Inventory> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const state = (await sim.control('state')) as any;
  const region = state.accounts?.['123456789012']?.['us-east-1'] ?? {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const values = (o: unknown): any[] => Object.values(o ?? {});
  const { SageMakerClient, DescribeEndpointCommand, ListTagsCommand } = await import('@aws-sdk/client-sagemaker');
  const sm = new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 });
  const endpoints: Inventory['endpoints'] = {};
  let tagsOf: Record<string, string> = {};
  for (const e of values(region.endpoints)) {
    // Read through the API: the endpoint's status settles on the virtual clock.
    const ep = await sm.send(new DescribeEndpointCommand({ EndpointName: e.EndpointName }));
    endpoints[ep.EndpointName!] = { status: ep.EndpointStatus!, config: ep.EndpointConfigName! };
    const tags = await sm.send(new ListTagsCommand({ ResourceArn: ep.EndpointArn! }));
    if (ep.EndpointName === ENDPOINT) tagsOf = Object.fromEntries((tags.Tags ?? []).map((t) => [t.Key!, t.Value!]));
  }
  sm.destroy();
  return {
    versions: Object.fromEntries(values(region.packages).filter((p) => p.ModelPackageGroupName === GROUP).map((p) => [p.ModelPackageArn, p.ModelApprovalStatus])),
    groups: values(region.groups).map((g) => g.ModelPackageGroupName).sort(),
    models: values(region.models).map((m) => m.ModelName).sort(),
    configs: values(region.endpointConfigs).map((c) => c.EndpointConfigName).sort(),
    endpoints,
    tagsOf
  };
}

/**
 * A converged deployment: the run succeeded, `versions` versions exist, the endpoint is InService on the config the
 * run reported, which serves the version it reported; the only configs and models are that one and the previous
 * one (kept for rollback), each config with its model; the ledger names the live version.
 */
export async function expectConverged(sim: Sim, r: RunResult, o: { versions: number; previous?: string }): Promise<Inventory> {
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(['succeeded', 'unchanged']).toContain(r.outputs['deployment-status']);
  const inv = await inventory(sim);
  const arn = r.outputs['model-package-arn']!;
  expect(Object.keys(inv.versions)).toHaveLength(o.versions);
  expect(inv.versions[arn]).toBe('Approved');
  expect(inv.groups).toEqual([GROUP]);
  const live = r.outputs['endpoint-config-name']!;
  expect(inv.endpoints).toEqual({ [ENDPOINT]: { status: 'InService', config: live } });
  expect(live).toMatch(new RegExp(`^${ENDPOINT}-v${r.outputs['model-package-version']}-[0-9a-f]{6}$`));
  const kept = [live, ...(o.previous ? [o.previous] : [])].sort();
  expect(inv.configs).toEqual(kept);
  expect(inv.models).toEqual(kept);
  expect(inv.tagsOf['model-package-arn']).toBe(arn);
  return inv;
}

/** The next `operation` request runs, and its answer is lost (the connection drops on the way back): once. */
export async function dropAfterOnce(sim: Sim, operation: string): Promise<void> {
  await sim.control('faults', { dropConnection: { count: 1, operations: [operation], after: true } });
}

/** The model a config's (first) variant serves, as DescribeModel reports it: its name and containers. */
export async function servedModel(sim: Sim, configName: string): Promise<{ name: string; containers: { ModelPackageName?: string; Image?: string }[] }> {
  const { SageMakerClient, DescribeEndpointConfigCommand, DescribeModelCommand } = await import('@aws-sdk/client-sagemaker');
  const sm = new SageMakerClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 });
  try {
    const config = await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: configName }));
    const name = config.ProductionVariants![0]!.ModelName!;
    const model = await sm.send(new DescribeModelCommand({ ModelName: name }));
    return { name, containers: model.PrimaryContainer ? [model.PrimaryContainer] : (model.Containers ?? []) };
  } finally {
    sm.destroy();
  }
}

/** Polls the simulator's request log until `operation` was called (the run reached that step). */
export async function reached(sim: Sim, operation: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await sim.requests({ operation })).length) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the run never called ${operation}`);
}
