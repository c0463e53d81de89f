import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  DescribeModelPackageGroupCommand,
} from '@aws-sdk/client-sagemaker';
import { control, ECR_IMAGE, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim, sm } = useSimulator();


const raw = (headers: Record<string, string>, body: string) =>
  fetch(sim.url, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.1', ...headers }, body });
const SIGNED = { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=00' };

describe('fault injection', () => {
  it('throttling is retried by the SDK: count 2 succeeds on the third attempt, 3 requests logged', async () => {
    const res = await control(sim, 'POST', '/_sim/faults', { throttle: { count: 2, operations: ['CreateModelPackageGroup'] } });
    expect(res.status).toBe(200);
    const out = await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    expect(out.$metadata.attempts).toBe(3);
    const log = sim.requests({ operation: 'CreateModelPackageGroup' });
    expect(log.map((e) => [e.status, e.error])).toEqual([[400, 'ThrottlingException'], [400, 'ThrottlingException'], [200, null]]);
    // the control API shows the same log as NDJSON
    const nd = await control(sim, 'GET', '/_sim/requests?operation=CreateModelPackageGroup&since=1');
    expect(nd.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await nd.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.seq)).toEqual([2, 3]);
  });

  it('throttling beyond the retry budget surfaces ThrottlingException "Rate exceeded"', async () => {
    await control(sim, 'POST', '/_sim/faults', { throttle: { count: 5 } });
    const err = await rejection(sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));
    expect(err.name).toBe('ThrottlingException');
    expect(err.message).toBe('Rate exceeded');
  });

  it('deny answers AccessDeniedException in the IAM message style', async () => {
    await control(sim, 'POST', '/_sim/faults', { deny: ['CreateModelPackageGroup'] });
    const err = await rejection(sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'x' })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/gha/session is not authorized to perform: sagemaker:CreateModelPackageGroup on resource: ' +
        'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/x because no identity-based policy allows the sagemaker:CreateModelPackageGroup action',
    );
    const cleared = await control(sim, 'DELETE', '/_sim/faults');
    expect(cleared.status).toBe(200);
    await expect(sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'x' }))).resolves.toHaveProperty('ModelPackageGroupArn');
  });

  it('seeded server errors repeat exactly and answer 500 InternalFailure', async () => {
    const pattern = async () => {
      await control(sim, 'POST', '/_sim/faults', { serverError: { rate: 0.5, seed: 7 } });
      const results: string[] = [];
      for (let i = 0; i < 12; i++) {
        const r = await raw({ ...SIGNED, 'x-amz-target': 'SageMaker.DescribeModelPackageGroup' }, JSON.stringify({ ModelPackageGroupName: 'nope' }));
        results.push(`${r.status} ${(await r.json()).__type}`);
      }
      return results;
    };
    const a = await pattern();
    const b = await pattern();
    expect(a).toEqual(b);
    expect(a).toContain('500 InternalFailure');
    // the others reach the operation, which reports the missing group
    expect(a.filter((s) => s !== '500 InternalFailure').length).toBeGreaterThan(0);
    expect(a.filter((s) => s !== '500 InternalFailure').every((s) => s === '400 ValidationException')).toBe(true);
  });

  it('rejects bad fault specs', async () => {
    const res = await control(sim, 'POST', '/_sim/faults', { throttle: { count: -1 } });
    expect(res.status).toBe(400);
    const unknown = await control(sim, 'POST', '/_sim/faults', { explode: true });
    expect(unknown.status).toBe(400);
  });
});

describe('protocol', () => {
  it('an operation of the model the simulator does not implement is refused, never a silent success', async () => {
    const err = await rejection(sm.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'e', DesiredWeightsAndCapacities: [{ VariantName: 'v', DesiredWeight: 1 }] })));
    expect(err.name).toBe('UnknownOperationException');
    expect(err.message).toBe('The simulator does not implement SageMaker.UpdateEndpointWeightsAndCapacities');
    expect(sim.requests().at(-1)).toMatchObject({ service: 'sagemaker', operation: 'UpdateEndpointWeightsAndCapacities', status: 400, error: 'UnknownOperationException' });
  });

  it('unknown targets and unimplemented ECR / Secrets Manager operations answer UnknownOperationException', async () => {
    for (const target of ['SageMaker.FlyToTheMoon', 'AmazonEC2ContainerRegistry_V20150921.PutImage', 'secretsmanager.RotateSecret', 'Nope.Op']) {
      const r = await raw({ ...SIGNED, 'x-amz-target': target }, '{}');
      expect(r.status).toBe(400);
      expect(r.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
      const body = await r.json();
      expect(body.__type).toBe('UnknownOperationException');
      expect(body.message).toContain(target);
    }
  });

  it('a request without x-amz-target or SigV4 header is a GitHub request (404 JSON on unknown routes)', async () => {
    const r = await fetch(sim.url, { method: 'POST', body: '{}' });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await r.json()).message).toBe('Not Found');
    expect(sim.requests().at(-1)).toMatchObject({ service: 'github', operation: 'POST /', status: 404 });
  });

  it('requires a SigV4 authorization header', async () => {
    const r = await raw({ 'x-amz-target': 'SageMaker.ListModelPackageGroups' }, '{}');
    expect(r.status).toBe(400);
    expect((await r.json()).__type).toBe('MissingAuthenticationTokenException');
  });

  it('malformed JSON is a SerializationException; a wrong JSON type too', async () => {
    const bad = await raw({ ...SIGNED, 'x-amz-target': 'SageMaker.ListModelPackageGroups' }, '{"MaxResults": ');
    expect(bad.status).toBe(400);
    expect((await bad.json()).__type).toBe('SerializationException');
    const typed = await raw({ ...SIGNED, 'x-amz-target': 'SageMaker.ListModelPackageGroups' }, '{"MaxResults": "ten"}');
    expect((await typed.json()).__type).toBe('SerializationException');
  });

  it('answers with epoch-second timestamps and a request id', async () => {
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    const r = await raw({ ...SIGNED, 'x-amz-target': 'SageMaker.DescribeModelPackageGroup' }, '{"ModelPackageGroupName":"g1"}');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await r.json();
    expect(typeof body.CreationTime).toBe('number');
    expect(Math.abs(body.CreationTime - sim.clock.now() / 1000)).toBeLessThan(60);
  });

  it('the control API: health, state, unknown paths', async () => {
    expect(await (await control(sim, 'GET', '/_sim/health')).json()).toEqual({ ok: true });
    await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    await sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] } }));
    const state = await (await control(sim, 'GET', '/_sim/state')).json();
    expect(Object.keys(state.accounts['123456789012']['us-east-1'].packages)).toEqual(['g1/1']);
    const missing = await control(sim, 'GET', '/_sim/nothing');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toBe('NotFound');
    await control(sim, 'POST', '/_sim/reset');
    expect(sim.requests()).toEqual([]);
    const empty = await (await control(sim, 'GET', '/_sim/state')).json();
    expect(empty.accounts).toEqual({});
  });
});
