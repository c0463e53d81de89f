/**
 * One version deployed twice within one workflow run (same run id and attempt, so the same deterministic names):
 * the model and config the first deploy made are reused when SageMaker describes them identical, never refused with
 * "Cannot create already existing model"; another endpoint gets its own names; a differing config is refused.
 */
import { expect, test } from '@jest/globals';
import { deploy, ENDPOINT, inventory, TIMING } from '../helpers/faults.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim(TIMING);

const since = async (seq: number, operation: string) => (await sim.requests({ operation })).filter((q) => q.seq > seq);

test('back to a version the run deployed before, on the same endpoint: its identical model and config are reused', async () => {
  const first = await deploy(sim, 1);
  expect(first.outputs['deployment-status']).toBe('succeeded');
  expect((await deploy(sim, 2)).outputs['deployment-status']).toBe('succeeded');
  const seq = (await sim.requests()).length;
  const again = await deploy(sim, 1);
  expect(again.errors).toEqual([]);
  expect(again.outputs).toMatchObject({ 'deployment-status': 'succeeded', 'endpoint-config-name': first.outputs['endpoint-config-name'], 'model-name': first.outputs['model-name'] });
  // The creates met the first deploy's resources (same names), which SageMaker described identical.
  const creates = [...(await since(seq, 'CreateModel')), ...(await since(seq, 'CreateEndpointConfig'))];
  expect(creates.map((q) => q.error)).toEqual(['ValidationException', 'ValidationException']);
  expect(await since(seq, 'DescribeModel')).not.toHaveLength(0);
  expect((await inventory(sim)).endpoints[ENDPOINT]).toEqual({ status: 'InService', config: first.outputs['endpoint-config-name'] });
}, 90_000);

test('the same version to another endpoint in the same run gets names of its own', async () => {
  const prod = await deploy(sim, 1);
  const staging = await deploy(sim, 1, { 'endpoint-name': 'fraud-staging' });
  expect([prod.outputs['deployment-status'], staging.outputs['deployment-status']]).toEqual(['succeeded', 'succeeded']);
  expect(staging.outputs['endpoint-config-name']).toMatch(/^fraud-staging-v1-[0-9a-f]{6}$/);
  expect((await sim.requests({ operation: 'CreateModel' })).map((q) => q.error)).toEqual([null, null]);
});

test('a config of the same name that differs (another instance type) is refused in one line, and nothing is removed', async () => {
  await deploy(sim, 1);
  await deploy(sim, 2);
  const before = await inventory(sim);
  const r = await deploy(sim, 1, { 'instance-type': 'ml.m5.xlarge' });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^The endpoint config fraud-prod-v1-[0-9a-f]{6} already exists and differs from what this run asks for \(ProductionVariants\)/);
  expect(r.outputs['deployment-status']).toBe('failed');
  const after = await inventory(sim);
  expect([after.models, after.configs]).toEqual([before.models, before.configs]);
}, 90_000);
