import {
  CreateApiDestinationCommand, CreateConnectionCommand, DescribeConnectionCommand, DescribeRuleCommand, EventBridgeClient, ListTargetsByRuleCommand,
  PutRuleCommand, PutTargetsCommand, UpdateConnectionCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, UpdateModelPackageCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matches, parsePattern, transform } from '../../sim/events/pattern.js';
import type { Simulator } from '../../sim/server.js';
import { control, ECR_IMAGE, rejection, startSim } from './helpers.js';

let sim: Simulator;
let sm: SageMakerClient;
let eb: EventBridgeClient;
const TOKEN = 'github_pat_simdispatch';

beforeAll(async () => {
  ({ sim, sm } = await startSim());
  eb = new EventBridgeClient({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
});
afterAll(async () => {
  eb.destroy();
  sm.destroy();
  await sim.close();
});
beforeEach(async () => {
  sim.reset();
  await control(sim, 'POST', '/_sim/github/tokens', { token: TOKEN, login: 'octocat', type: 'user', permissions: { contents: 'write' } });
});

const PATTERN = JSON.stringify({
  source: ['aws.sagemaker'], 'detail-type': ['SageMaker Model Package State Change'],
  detail: { ModelPackageGroupName: ['churn'], ModelApprovalStatus: ['Approved', 'Rejected'] },
});
const TEMPLATE = '{"event_type": "sagemaker-model-package", "client_payload": {"model-package-arn": <arn>, "version": <version>, "approval": <approval>, "note": "v<version> of <group>"}}';

/** Rule, connection, API destination to the simulator's own dispatches route, target. */
async function wire(opts: { token?: string; endpoint?: string; retries?: number; dlq?: string } = {}) {
  await eb.send(new PutRuleCommand({ Name: 'churn-approvals', EventPattern: PATTERN }));
  const { ConnectionArn } = await eb.send(new CreateConnectionCommand({
    Name: 'github', AuthorizationType: 'API_KEY',
    AuthParameters: {
      ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: `Bearer ${opts.token ?? TOKEN}` },
      InvocationHttpParameters: { HeaderParameters: [{ Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false }] },
    },
  }));
  const { ApiDestinationArn } = await eb.send(new CreateApiDestinationCommand({
    Name: 'dispatch', ConnectionArn, HttpMethod: 'POST', InvocationEndpoint: opts.endpoint ?? `${sim.url}/repos/octo/models/dispatches`, InvocationRateLimitPerSecond: 1,
  }));
  await eb.send(new PutTargetsCommand({
    Rule: 'churn-approvals',
    Targets: [{
      Id: 'github', Arn: ApiDestinationArn, RoleArn: 'arn:aws:iam::123456789012:role/events',
      InputTransformer: { InputPathsMap: { arn: '$.detail.ModelPackageArn', version: '$.detail.ModelPackageVersion', approval: '$.detail.ModelApprovalStatus', group: '$.detail.ModelPackageGroupName' }, InputTemplate: TEMPLATE },
      RetryPolicy: { MaximumRetryAttempts: opts.retries ?? 2, MaximumEventAgeInSeconds: 3600 },
      ...(opts.dlq ? { DeadLetterConfig: { Arn: opts.dlq } } : {}),
    }],
  }));
}

async function version(): Promise<string> {
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
  const { ModelPackageArn } = await sm.send(new CreateModelPackageCommand({
    ModelPackageGroupName: 'churn', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
  }));
  return ModelPackageArn!;
}

interface Delivery { outcome: string; attempts: { status: number | null }[] }

async function settled(): Promise<{ deliveries: Delivery[]; dispatches: unknown[] }> {
  expect((await control(sim, 'POST', '/_sim/events/settle')).status).toBe(200);
  const deliveries = await (await control(sim, 'GET', '/_sim/events/deliveries')).json();
  const dispatches = await (await control(sim, 'GET', '/_sim/github/dispatches?owner=octo&repo=models')).json();
  return { deliveries, dispatches };
}

describe('EventBridge control plane', () => {
  it('validates requests against the model and answers as EventBridge does', async () => {
    const bad = await rejection(eb.send(new PutRuleCommand({ Name: 'has space', EventPattern: PATTERN })));
    expect(bad.name).toBe('ValidationException');
    expect(bad.message).toContain("at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect((await rejection(eb.send(new PutRuleCommand({ Name: 'r' })))).message).toBe('Parameter(s) ScheduleExpression or EventPattern must be specified.');
    const filter = await rejection(eb.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source":[{"prefix":"aws."}]}' })));
    expect(filter.name).toBe('InvalidEventPatternException');
    expect(filter.message).toContain('content filter');
    expect((await rejection(eb.send(new DescribeRuleCommand({ Name: 'nope' })))).name).toBe('ResourceNotFoundException');
    const basic = await rejection(eb.send(new CreateConnectionCommand({ Name: 'b', AuthorizationType: 'BASIC', AuthParameters: { BasicAuthParameters: { Username: 'u', Password: 'p' } } })));
    expect(basic.message).toContain('API_KEY only');
    await eb.send(new PutRuleCommand({ Name: 'r', EventPattern: PATTERN }));
    const dest = 'arn:aws:events:us-east-1:123456789012:api-destination/d/1';
    const broken = await rejection(eb.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 't', Arn: dest, RoleArn: 'arn:aws:iam::123456789012:role/x', InputTransformer: { InputPathsMap: { a: '$.a' }, InputTemplate: '{"a": <a>,}' } }] })));
    expect(broken.message).toBe('InputTemplate is not valid JSON once its placeholders are replaced.');
    const bracket = await rejection(eb.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 't', Arn: dest, RoleArn: 'arn:aws:iam::123456789012:role/x', InputTransformer: { InputPathsMap: { a: '$.a[0]' }, InputTemplate: '<a>' } }] })));
    expect(bracket.message).toContain('dot-notation paths');
  });

  it('describes what was put, never the API key', async () => {
    await wire();
    const rule = await eb.send(new DescribeRuleCommand({ Name: 'churn-approvals' }));
    expect(rule).toMatchObject({ Arn: 'arn:aws:events:us-east-1:123456789012:rule/churn-approvals', EventPattern: PATTERN, State: 'ENABLED', EventBusName: 'default' });
    const c = await eb.send(new DescribeConnectionCommand({ Name: 'github' }));
    expect(c.AuthParameters?.ApiKeyAuthParameters).toEqual({ ApiKeyName: 'Authorization' });
    expect(JSON.stringify(c)).not.toContain(TOKEN);
    const state = await (await control(sim, 'GET', '/_sim/state')).json();
    expect(state.accounts['123456789012']['us-east-1'].events.connections.github.ApiKeyValue).toBe('<redacted>');
    const { Targets } = await eb.send(new ListTargetsByRuleCommand({ Rule: 'churn-approvals' }));
    expect(Targets?.[0]?.InputTransformer?.InputTemplate).toBe(TEMPLATE);
    await expect(eb.send(new UpdateConnectionCommand({ Name: 'github', AuthParameters: { ApiKeyAuthParameters: { ApiKeyValue: 'Bearer x' } } }))).resolves.toMatchObject({ ConnectionState: 'AUTHORIZED' });
  });
});

describe('delivery', () => {
  it('delivers an approval once, transformed, with the connection and fixed headers; registration alone matches nothing', async () => {
    await wire();
    const arn = await version();
    expect((await settled()).deliveries).toEqual([]);
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
    const { deliveries, dispatches } = await settled();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ rule: 'churn-approvals', target: 'github', outcome: 'delivered', attempts: [{ status: 204 }] });
    expect(dispatches).toEqual([{
      owner: 'octo', repo: 'models', event_type: 'sagemaker-model-package', sender: 'octocat', at: expect.any(String),
      client_payload: { 'model-package-arn': arn, version: 1, approval: 'Approved', note: 'v1 of churn' },
      event: {
        action: 'sagemaker-model-package', branch: 'main', client_payload: { 'model-package-arn': arn, version: 1, approval: 'Approved', note: 'v1 of churn' },
        repository: { name: 'models', full_name: 'octo/models', owner: { login: 'octo' }, default_branch: 'main' }, sender: expect.objectContaining({ login: 'octocat', type: 'User' }),
      },
    }]);
    const log = sim.requests({ service: 'github' }).at(-1);
    expect(log?.operation).toBe('POST /repos/{owner}/{repo}/dispatches');
    // the same status again is no state change: no event
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
    expect((await settled()).deliveries).toHaveLength(1);
  });

  it('delivers twice when the duplicate flag is set', async () => {
    await wire();
    const arn = await version();
    expect((await control(sim, 'POST', '/_sim/config', { eventDuplicates: true })).status).toBe(200);
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Rejected' }));
    expect((await settled()).dispatches).toHaveLength(2);
  });

  it('drops a 4xx answer at once (an unknown token: 401), naming the dead-letter queue', async () => {
    await wire({ token: 'expired', dlq: 'arn:aws:sqs:us-east-1:123456789012:dlq' });
    const arn = await version();
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
    const { deliveries, dispatches } = await settled();
    expect(deliveries[0]).toMatchObject({ outcome: 'dropped', deadLetterArn: 'arn:aws:sqs:us-east-1:123456789012:dlq', attempts: [{ status: 401 }] });
    expect(dispatches).toEqual([]);
    expect(JSON.stringify(deliveries)).not.toContain('Bearer');
  });

  it('retries 5xx on the virtual clock until the retry policy runs out', async () => {
    await wire({ retries: 2 });
    const arn = await version();
    await control(sim, 'POST', '/_sim/faults', { serverError: { operations: ['POST /repos/{owner}/{repo}/dispatches'], count: 5 } });
    await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
    await new Promise((r) => setTimeout(r, 100));
    const first = await (await control(sim, 'GET', '/_sim/events/deliveries')).json();
    expect(first[0]).toMatchObject({ outcome: 'pending', attempts: [{ status: 500 }] });
    await control(sim, 'POST', '/_sim/clock', { advanceMs: 1000 });
    await new Promise((r) => setTimeout(r, 100));
    await control(sim, 'POST', '/_sim/clock', { advanceMs: 2000 });
    const { deliveries } = await settled();
    expect(deliveries[0]!.attempts.map((a) => a.status)).toEqual([500, 500, 500]);
    expect(deliveries[0]!.outcome).toBe('retries-exhausted');
  });
});

describe('delivery to any HTTP endpoint', () => {
  it('sends the fixed EventBridge headers, the connection headers and key; honours Retry-After on 429', async () => {
    const seen: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (seen.length === 1) res.writeHead(429, { 'retry-after': '7' }).end('slow down');
        else res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as AddressInfo).port;
      await wire({ endpoint: `http://127.0.0.1:${port}/hook` });
      const arn = await version();
      await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
      await new Promise((r) => setTimeout(r, 100));
      await control(sim, 'POST', '/_sim/clock', { advanceMs: 6000 });
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toHaveLength(1);
      await control(sim, 'POST', '/_sim/clock', { advanceMs: 1000 });
      const { deliveries } = await settled();
      expect(deliveries[0]).toMatchObject({ outcome: 'delivered', attempts: [{ status: 429 }, { status: 200 }] });
      expect(seen).toHaveLength(2);
      expect(seen[0]!.headers).toMatchObject({
        authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json', 'user-agent': 'Amazon/EventBridge/ApiDestinations',
        'content-type': 'application/json; charset=utf-8', range: 'bytes=0-1048575'
      });
      expect(JSON.parse(seen[1]!.body)).toMatchObject({ event_type: 'sagemaker-model-package', client_payload: { 'model-package-arn': arn } });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('an endpoint that does not answer', () => {
  it('is given up after 5 s and, with no retries left, recorded as such', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      await wire({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, retries: 0 });
      const arn = await version();
      const started = Date.now();
      await sm.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
      const { deliveries } = await settled();
      expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
      expect(deliveries[0]).toMatchObject({ outcome: 'retries-exhausted', attempts: [{ status: null, error: 'no answer within 5000 ms' }] });
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }, 15_000);
});

describe('GitHub dispatches', () => {
  const post = (body: unknown, token = TOKEN) => fetch(`${sim.url}/repos/octo/models/dispatches`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

  it('enforces GitHub limits and the token permission', async () => {
    expect((await post({ event_type: 'x'.repeat(101) })).status).toBe(422);
    expect((await post({ event_type: 'ok', client_payload: Object.fromEntries([...Array(11).keys()].map((i) => [`k${i}`, i])) })).status).toBe(422);
    expect((await post({ event_type: 'ok', client_payload: [] })).status).toBe(422);
    expect((await post({})).status).toBe(422);
    await control(sim, 'POST', '/_sim/github/tokens', { token: 'readonly', login: 'reader', type: 'user', permissions: { contents: 'read' } });
    expect((await post({ event_type: 'ok' }, 'readonly')).status).toBe(403);
    expect((await post({ event_type: 'ok' }, 'ghs_simtoken')).status).toBe(404);
    expect((await post({ event_type: 'x'.repeat(100), client_payload: { a: 1 } })).status).toBe(204);
  });
});

describe('patterns and transformers', () => {
  it('matches exact values, nested, any element of an array field', () => {
    const p = parsePattern('{"a":["x"],"b":{"c":[1,2]}}');
    expect(matches(p, { a: 'x', b: { c: 2 } })).toBe(true);
    expect(matches(p, { a: ['y', 'x'], b: { c: 1 } })).toBe(true);
    expect(matches(p, { a: 'x', b: { c: 3 } })).toBe(false);
    expect(matches(p, { a: 'x' })).toBe(false);
    expect(() => parsePattern('{"a":[]}')).toThrow('Empty arrays');
    expect(() => parsePattern('{"a":"x"}')).toThrow('must be an object or an array');
  });

  it('quotes strings outside quotes, escapes them inside, gives null for a missing path', () => {
    const t = { InputPathsMap: { s: '$.s', n: '$.n', o: '$.o', m: '$.missing' }, InputTemplate: '{"a": <s>, "b": "<s>!", "c": <n>, "d": <o>, "e": <m>, "f": "<m>", "r": "<aws.events.rule-name>", "g": <aws.events.event>, "h": <aws.events.event.json>}' };
    const event = { s: 'he said "hi"', n: 2, o: { k: [1] }, detail: { x: 1 } };
    const out = transform(t, event, { name: 'rule', arn: 'arn' });
    expect(JSON.parse(out)).toEqual({ a: 'he said "hi"', b: 'he said "hi"!', c: 2, d: { k: [1] }, e: null, f: '', r: 'rule', g: { s: 'he said "hi"', n: 2, o: { k: [1] } }, h: event });
  });
});
