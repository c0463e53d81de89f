/** approval-events planning: names, the desired state, and the writes from what EventBridge describes. */
import { describe, expect, test } from '@jest/globals';
import { redacted, requestOf } from '../../../src/events/apply.js';
import type { ApprovalEventsConfig } from '../../../src/events/inputs.js';
import { desiredState, inputTemplate, planWrites, resourceName, TARGET_ID, tokenDigest, type Current, type Desired } from '../../../src/events/plan.js';
import { transform } from '../../../sim/events/pattern.js';

const CONFIG: ApprovalEventsConfig = {
  group: { name: 'fraud-detector' }, statuses: ['Approved', 'Rejected'], token: 'github_pat_one', owner: 'acme', repo: 'fraud-model',
  apiUrl: 'https://api.github.com', eventType: 'sagemaker-model-package', eventsRoleArn: 'arn:aws:iam::123456789012:role/eb'
};
const DEST = 'arn:aws:events:us-east-1:123456789012:api-destination/x/1';
const CONN = 'arn:aws:events:us-east-1:123456789012:connection/x/1';

/** What EventBridge describes after a run that put `d`. */
function described(d: Desired): Current {
  return {
    rule: { Arn: 'arn:rule', EventPattern: d.rule.EventPattern, State: 'ENABLED', Description: d.rule.Description },
    targets: [JSON.parse(JSON.stringify(d.target(DEST))) as Record<string, unknown>],
    connection: { ConnectionArn: CONN, Description: d.connection.Description, ConnectionState: 'AUTHORIZED', AuthorizationType: 'API_KEY', ApiKeyName: 'Authorization', headers: d.connection.headers },
    destination: { ...d.destination, ApiDestinationArn: DEST, ConnectionArn: CONN }
  };
}

describe('names', () => {
  test('deterministic per group and repository (case-insensitive), within the model’s 64 characters and pattern', () => {
    expect(resourceName('fraud-detector', 'acme', 'fraud-model')).toBe(resourceName('fraud-detector', 'ACME', 'Fraud-Model'));
    expect(resourceName('fraud-detector', 'acme', 'other')).not.toBe(resourceName('fraud-detector', 'acme', 'fraud-model'));
    const long = resourceName('a'.repeat(39) + '-b'.repeat(12), 'o'.repeat(39), 'r'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[.\-_A-Za-z0-9]+$/);
    expect(long).not.toMatch(/--/);
  });

  test('the token digest changes with the token and is not the token', () => {
    expect(tokenDigest('n', 'a')).not.toBe(tokenDigest('n', 'b'));
    expect(tokenDigest('n', 'a')).toMatch(/^[0-9a-f]{16}$/);
    expect(desiredState(CONFIG).connection.Description).not.toContain(CONFIG.token);
  });
});

describe('desired state', () => {
  const d = desiredState(CONFIG);
  test('the rule matches the group and the statuses only', () => {
    expect(JSON.parse(d.rule.EventPattern)).toEqual({
      source: ['aws.sagemaker'], 'detail-type': ['SageMaker Model Package State Change'],
      detail: { ModelPackageGroupName: ['fraud-detector'], ModelApprovalStatus: ['Approved', 'Rejected'] }
    });
  });

  test('the connection sends Authorization: Bearer and GitHub’s headers; the destination POSTs to the dispatches route', () => {
    const req = requestOf('CreateConnection', d, CONFIG.token, { ruleArn: '', connectionArn: '', destinationArn: '' });
    expect(req.AuthParameters).toEqual({
      ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: 'Bearer github_pat_one' },
      InvocationHttpParameters: { HeaderParameters: [{ Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false }, { Key: 'X-GitHub-Api-Version', Value: '2022-11-28', IsValueSecret: false }] }
    });
    expect(redacted(req)).not.toContain('github_pat_one');
    expect(redacted(req)).toContain('"ApiKeyValue":"Bearer ***"');
    expect(d.destination).toMatchObject({ InvocationEndpoint: 'https://api.github.com/repos/acme/fraud-model/dispatches', HttpMethod: 'POST' });
  });

  test('the transformer yields the documented dispatch body from the documented event', () => {
    const t = d.target(DEST);
    expect(t).toMatchObject({ Id: TARGET_ID, Arn: DEST, RoleArn: CONFIG.eventsRoleArn, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 } });
    expect(t.DeadLetterConfig).toBeUndefined();
    expect(desiredState({ ...CONFIG, deadLetterQueueArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' }).target(DEST).DeadLetterConfig).toEqual({ Arn: 'arn:aws:sqs:us-east-1:123456789012:dlq' });
    const event = {
      account: '123456789012', region: 'us-east-2',
      detail: { ModelPackageGroupName: 'fraud-detector', ModelPackageVersion: 2, ModelPackageArn: 'arn:aws:sagemaker:us-east-2:123456789012:model-package/fraud-detector/2', ModelApprovalStatus: 'Approved', ModelLifeCycle: { Stage: 'production' } }
    };
    const body = JSON.parse(transform(t.InputTransformer, event, { name: 'r', arn: 'a' })) as { event_type: string; client_payload: Record<string, unknown> };
    expect(body).toEqual({
      event_type: 'sagemaker-model-package',
      client_payload: {
        'model-package-arn': event.detail.ModelPackageArn, 'model-package-group': 'fraud-detector', 'model-package-version': 2, approval: 'Approved',
        stage: 'production', account: '123456789012', region: 'us-east-2'
      }
    });
    expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10);
    // A version without a stage: still JSON, the stage an empty string.
    const unstaged = { ...event, detail: { ...event.detail, ModelLifeCycle: undefined } };
    expect(JSON.parse(transform(t.InputTransformer, unstaged, { name: 'r', arn: 'a' })).client_payload.stage).toBe('');
    expect(inputTemplate('e')).toContain('"stage": "<stage>"');
    expect(inputTemplate('a b')).toContain('"event_type": "a b"');
  });
});

describe('planWrites', () => {
  const d = desiredState(CONFIG);
  test('nothing there: every resource is created, in dependency order', () => {
    expect(planWrites(d, { targets: [] }).map((w) => w.op)).toEqual(['CreateConnection', 'CreateApiDestination', 'PutRule', 'PutTargets']);
  });

  test('everything as wanted: no write', () => {
    expect(planWrites(d, described(d))).toEqual([]);
  });

  test('a pattern with the same meaning but another key order is unchanged', () => {
    const cur = described(d);
    const p = JSON.parse(d.rule.EventPattern) as Record<string, unknown>;
    cur.rule!.EventPattern = JSON.stringify({ detail: p.detail, 'detail-type': p['detail-type'], source: p.source });
    expect(planWrites(d, cur)).toEqual([]);
  });

  test('a new token updates only the connection', () => {
    const writes = planWrites(desiredState({ ...CONFIG, token: 'github_pat_two' }), described(d));
    expect(writes).toEqual([{ op: 'UpdateConnection', why: 'Description (token or repository)' }]);
  });

  test('each drift is written back, saying what differs', () => {
    const cur = described(d);
    cur.rule!.State = 'DISABLED';
    cur.destination!.InvocationEndpoint = 'https://api.github.com/repos/acme/old/dispatches';
    cur.connection!.ConnectionState = 'DEAUTHORIZED';
    (cur.targets[0] as { RoleArn: string }).RoleArn = 'arn:aws:iam::123456789012:role/old';
    expect(planWrites(d, cur)).toEqual([
      { op: 'UpdateConnection', why: 'state DEAUTHORIZED' },
      { op: 'UpdateApiDestination', why: 'InvocationEndpoint' },
      { op: 'PutRule', why: 'State' },
      { op: 'PutTargets', why: 'RoleArn' }
    ]);
  });

  test('a target with extra settings (added by hand) is put back; other targets of the rule are left alone', () => {
    const cur = described(d);
    cur.targets = [{ ...cur.targets[0], HttpParameters: { HeaderParameters: { a: 'b' } } }, { Id: 'someone-else', Arn: 'arn:x' }];
    expect(planWrites(d, cur)).toEqual([{ op: 'PutTargets', why: 'HttpParameters' }]);
  });

  test('statuses and a dead-letter queue change the rule and the target', () => {
    const writes = planWrites(desiredState({ ...CONFIG, statuses: ['Approved'], deadLetterQueueArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' }), described(d));
    expect(writes.map((w) => `${w.op}: ${w.why}`)).toEqual(['PutRule: EventPattern, Description', 'PutTargets: DeadLetterConfig']);
  });
});
