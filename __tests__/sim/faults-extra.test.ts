/**
 * The simulator's transport faults: 503 ServiceUnavailable and dropped connections (before the operation runs,
 * or after it ran with its answer lost), as the real SDK client sees them.
 */
import { CreateModelCommand, CreateModelPackageGroupCommand, ListModelPackageGroupsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { control, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim, sm } = useSimulator();


const once = (): SageMakerClient =>
  new SageMakerClient({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });
const groups = async () => (await sm.send(new ListModelPackageGroupsCommand({}))).ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName);
const faults = async (spec: unknown) => {
  const res = await control(sim, 'POST', '/_sim/faults', spec);
  expect(res.status).toBe(200);
  return res.json();
};

describe('unavailable', () => {
  it('answers 503 ServiceUnavailable without running the operation; the SDK retries it', async () => {
    await faults({ unavailable: { count: 1, operations: ['CreateModelPackageGroup'] } });
    const err = await rejection(once().send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));
    expect(err.name).toBe('ServiceUnavailable');
    expect(err.$metadata?.httpStatusCode).toBe(503);
    expect(await groups()).toEqual([]);
    await faults({ unavailable: { count: 2, operations: ['CreateModelPackageGroup'] } });
    const out = await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    expect(out.$metadata.attempts).toBe(3);
    expect(sim.requests({ operation: 'CreateModelPackageGroup' }).map((e) => [e.status, e.error])).toEqual([
      [503, 'ServiceUnavailable'],
      [503, 'ServiceUnavailable'],
      [503, 'ServiceUnavailable'],
      [200, null]
    ]);
  });

  it('does not touch GitHub routes or other operations', async () => {
    const user = () => fetch(`${sim.url}/user`, { headers: { authorization: 'token ghs_simtoken' } });
    const plain = await (await user()).text();
    await faults({ unavailable: { count: 5 } });
    expect(await (await user()).text()).toBe(plain);
    expect((await faults({})).unavailable).toEqual({ remaining: 5, operations: undefined });
    await faults({ unavailable: { count: 1, operations: ['CreateModel'] } });
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g2' }));
    expect(await groups()).toEqual(['g2']);
  });
});

describe('dropConnection', () => {
  it('before: the socket closes with no answer, the operation does not run, and the SDK retry succeeds', async () => {
    await faults({ dropConnection: { count: 1, operations: ['CreateModelPackageGroup'] } });
    const err = await rejection(once().send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));
    expect(`${(err as { code?: string }).code ?? ''} ${err.message}`).toMatch(/ECONNRESET|socket hang up/);
    expect(await groups()).toEqual([]);
    expect(sim.requests({ operation: 'CreateModelPackageGroup' }).map((e) => [e.status, e.error])).toEqual([[0, 'ConnectionDropped']]);
    await faults({ dropConnection: { count: 1, operations: ['CreateModelPackageGroup'] } });
    const out = await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    expect(out.$metadata.attempts).toBe(2);
    expect(await groups()).toEqual(['g1']);
  });

  it('after: the operation runs and only its answer is lost, so a retried create meets its own first attempt', async () => {
    const shown = await faults({ dropConnection: { count: 1, operations: ['CreateModel'], after: true } });
    expect(shown.dropConnection).toMatchObject({ remaining: 1, after: true, operations: ['CreateModel'] });
    const err = await rejection(
      sm.send(new CreateModelCommand({ ModelName: 'm1', ExecutionRoleArn: 'arn:aws:iam::123456789012:role/r', Containers: [{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1' }] }))
    );
    expect(err.name).toBe('ValidationException');
    expect(err.message).toMatch(/^Cannot create already existing model/);
    expect(sim.requests({ operation: 'CreateModel' }).map((e) => [e.status, e.error])).toEqual([[200, null], [400, 'ValidationException']]);
  });

  it('rate faults repeat exactly with the same seed; bad specs are refused', async () => {
    const pattern = async () => {
      sim.reset();
      await faults({ dropConnection: { rate: 0.5, seed: 7, operations: ['ListModelPackageGroups'] } });
      const c = once();
      const seen: boolean[] = [];
      for (let i = 0; i < 8; i++) seen.push(await c.send(new ListModelPackageGroupsCommand({})).then(() => true, () => false));
      return seen;
    };
    const first = await pattern();
    expect(first).toContain(true);
    expect(first).toContain(false);
    expect(await pattern()).toEqual(first);
    for (const bad of [{ dropConnection: { after: true } }, { dropConnection: { count: 1, after: 'yes' } }, { unavailable: { rate: 2 } }]) {
      const res = await control(sim, 'POST', '/_sim/faults', bad);
      expect(res.status).toBe(400);
    }
    await control(sim, 'DELETE', '/_sim/faults');
    expect(await (await control(sim, 'GET', '/_sim/faults')).json()).toMatchObject({ unavailable: null, dropConnection: null });
  });
});
