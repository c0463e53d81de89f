/**
 * A write whose connection drops after SageMaker processed it (dropConnection, after: true, once): the SDK retries,
 * the retry meets its own first attempt, and the SAME run continues. It succeeds with the endpoint InService on the
 * new config, whose model serves the run's version, and leaves exactly the models and configs a fault-free run
 * leaves. A resource of the run's name that differs from what the run asks for fails the run, naming it, and stays.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CreateEndpointConfigCommand, CreateModelCommand } from '@aws-sdk/client-sagemaker';
import type { RunResult } from '../helpers/action-runner.js';
import { deploy, dropAfterOnce, ENDPOINT, inventory, servedModel, TIMING, type Inventory } from '../helpers/faults.js';
import { client, ROLE } from '../helpers/pipeline.js';
import { startSim, type Sim } from '../helpers/sim.js';

let sim: Sim;
/** What fault-free runs leave: v3 deployed over v1 and v2 (an update), and v1 as the first deploy (CreateEndpoint). */
const clean: { update?: Inventory; create?: Inventory; updateRun?: RunResult } = {};

async function fresh(): Promise<void> {
  await sim.reset();
  await sim.control('config', TIMING);
}

/** v1 then v2 are live: a v3 deploy updates the endpoint. */
async function twoDeployed(): Promise<void> {
  await fresh();
  expect((await deploy(sim, 1)).code).toBe(0);
  expect((await deploy(sim, 2)).code).toBe(0);
}

beforeAll(async () => {
  sim = await startSim();
  await twoDeployed();
  clean.updateRun = await deploy(sim, 3);
  expect(clean.updateRun.code).toBe(0);
  clean.update = await inventory(sim);
  await fresh();
  expect((await deploy(sim, 1)).code).toBe(0);
  clean.create = await inventory(sim);
}, 240_000);
afterAll(async () => {
  await sim.close();
});

const lastSeq = async (): Promise<number> => (await sim.requests()).at(-1)?.seq ?? 0;

/**
 * The run succeeded in one go after `op` was processed, its answer lost and the request retried: the endpoint, the
 * models and the configs are exactly what the fault-free run left; the live config's model serves the run's version;
 * the run deleted nothing the endpoint uses.
 */
async function expectSameRun(r: RunResult, op: string, expected: Inventory, since: number): Promise<void> {
  const ofRun = async (operation: string) => (await sim.requests({ operation })).filter((e) => e.seq > since);
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs['deployment-status']).toBe('succeeded');
  expect((await sim.control('faults')) as object).toMatchObject({ dropConnection: { remaining: 0 } });
  const sent = await ofRun(op);
  expect(sent.length).toBeGreaterThanOrEqual(2); // the first attempt ran (answer lost), the SDK sent it again
  expect(sent[0]!.status).toBe(200);
  // The retry met its first attempt ("already existing", "in-progress"); a ClientToken returns the same version.
  expect(sent[1]!.error).toBe(op === 'CreateModelPackage' ? null : 'ValidationException');
  const inv = await inventory(sim);
  expect(inv.endpoints).toEqual(expected.endpoints);
  expect(inv.models).toEqual(expected.models);
  expect(inv.configs).toEqual(expected.configs);
  expect(Object.keys(inv.versions)).toEqual(Object.keys(expected.versions));
  const live = r.outputs['endpoint-config-name']!;
  expect(inv.endpoints[ENDPOINT]).toEqual({ status: 'InService', config: live });
  const served = await servedModel(sim, live);
  expect(served.containers.map((c) => c.ModelPackageName)).toEqual([r.outputs['model-package-arn']]);
  const deleted = [...(await ofRun('DeleteModel')), ...(await ofRun('DeleteEndpointConfig'))];
  const names = deleted.map((d) => d.request.ModelName ?? d.request.EndpointConfigName);
  expect(names).not.toContain(live);
  expect(names).not.toContain(served.name);
}

describe('a write processed, its answer lost, retried by the SDK: the same run continues', () => {
  test.each(['CreateModelPackage', 'CreateModel', 'CreateEndpointConfig', 'UpdateEndpoint'])('%s (update of a live endpoint)', async (op) => {
    await twoDeployed();
    const since = await lastSeq();
    await dropAfterOnce(sim, op);
    const r = await deploy(sim, 3);
    await expectSameRun(r, op, clean.update!, since);
  }, 120_000);

  test('CreateEndpoint (first deploy)', async () => {
    await fresh();
    await dropAfterOnce(sim, 'CreateEndpoint');
    const r = await deploy(sim, 1);
    await expectSameRun(r, 'CreateEndpoint', clean.create!, 0);
  }, 120_000);
});

describe('a resource of the run\'s name that is not what the run asks for', () => {
  /** The name the v3 deploy gives its model and config (deterministic per endpoint, version and run attempt). */
  const ours = () => clean.updateRun!.outputs['endpoint-config-name']!;

  // retried: the first CreateModel's connection drops before it ran, so the SDK's retry is what meets the resource.
  test.each([{ retried: false }, { retried: true }])('a model that serves another version (%j): the run fails naming it, the model stays', async ({ retried }) => {
    await twoDeployed();
    const before = await inventory(sim);
    const sm = client(sim);
    const v2 = Object.keys(before.versions).find((arn) => arn.endsWith('/2'))!;
    await sm.send(new CreateModelCommand({ ModelName: ours(), ExecutionRoleArn: ROLE, Containers: [{ ModelPackageName: v2 }] }));
    sm.destroy();
    if (retried) await sim.control('faults', { dropConnection: { count: 1, operations: ['CreateModel'] } });
    const r = await deploy(sim, 3);
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`model ${ours()}`);
    expect(r.errors[0]).toMatch(/differs from what this run asks for/);
    expect(r.errors[0]).not.toMatch(/Unexpected error|\n/);
    const after = await inventory(sim);
    expect(after.endpoints).toEqual(before.endpoints);
    expect(after.models).toEqual([...before.models, ours()].sort());
    expect(after.configs).toEqual(before.configs);
  }, 120_000);

  test.each([{ retried: false }, { retried: true }])('an endpoint config with another model (%j): the run fails naming it, removes only the model it made', async ({ retried }) => {
    await twoDeployed();
    const before = await inventory(sim);
    const live = before.endpoints[ENDPOINT]!.config;
    const sm = client(sim);
    const variant = { VariantName: 'AllTraffic', ModelName: live, InitialInstanceCount: 1, InstanceType: 'ml.m5.large' as const, InitialVariantWeight: 1 };
    await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: ours(), ProductionVariants: [variant] }));
    sm.destroy();
    if (retried) await sim.control('faults', { dropConnection: { count: 1, operations: ['CreateEndpointConfig'] } });
    const r = await deploy(sim, 3);
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`endpoint config ${ours()}`);
    expect(r.errors[0]).toMatch(/differs from what this run asks for/);
    const after = await inventory(sim);
    expect(after.endpoints).toEqual(before.endpoints);
    expect(after.models).toEqual(before.models);
    expect(after.configs).toEqual([...before.configs, ours()].sort());
  }, 120_000);
});
