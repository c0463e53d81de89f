/**
 * What approval-events wants EventBridge to hold, and the writes that get it there from what is described:
 * pure (no AWS, no clock). Names are derived from the group and the repository only, so a re-run, another
 * workflow or a changed input finds the same resources; a re-run that changes nothing plans no write.
 *
 * The connection's API key cannot be read back, so the connection's description carries a digest of the token
 * (HMAC-SHA256 keyed with the connection name, 16 hex digits): a different token gives a different description,
 * and the connection is updated. The token itself is never stored anywhere else.
 */
import { createHash, createHmac } from 'node:crypto';
import type { ApprovalEventsConfig } from './inputs.js';

export const GITHUB_API_VERSION = '2022-11-28';
export const TARGET_ID = 'github-repository-dispatch';
/** Requests per second EventBridge may send to the dispatches endpoint (approvals are rare; bursts are queued). */
export const RATE_LIMIT = 5;
/** EventBridge's own maximum: retries on 429 and 5xx for 24 hours (4xx answers are dropped at once). */
export const RETRY_POLICY = { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 };

export interface Header { Key: string; Value: string; IsValueSecret: boolean }

export interface Target {
  Id: string;
  Arn: string;
  RoleArn: string;
  InputTransformer: { InputPathsMap: Record<string, string>; InputTemplate: string };
  RetryPolicy: typeof RETRY_POLICY;
  DeadLetterConfig?: { Arn: string };
}

export interface Desired {
  name: string;
  rule: { Name: string; EventPattern: string; State: 'ENABLED'; Description: string };
  connection: { Name: string; Description: string; AuthorizationType: 'API_KEY'; ApiKeyName: 'Authorization'; headers: Header[] };
  destination: { Name: string; Description: string; InvocationEndpoint: string; HttpMethod: 'POST'; InvocationRateLimitPerSecond: number };
  /** The target, once the API destination's ARN is known. */
  target: (destinationArn: string) => Target;
}

/** What DescribeRule, ListTargetsByRule, DescribeConnection and DescribeApiDestination showed (undefined: missing). */
export interface Current {
  rule?: { Arn?: string; EventPattern?: string; State?: string; Description?: string };
  targets: Record<string, unknown>[];
  connection?: { ConnectionArn?: string; Description?: string; ConnectionState?: string; AuthorizationType?: string; ApiKeyName?: string; headers?: Header[] };
  destination?: { ApiDestinationArn?: string; Description?: string; ConnectionArn?: string; InvocationEndpoint?: string; HttpMethod?: string; InvocationRateLimitPerSecond?: number };
}

export type Operation = 'CreateConnection' | 'UpdateConnection' | 'CreateApiDestination' | 'UpdateApiDestination' | 'PutRule' | 'PutTargets';
export interface Write { op: Operation; why: string }

/** The payload keys a dispatch carries (7 of GitHub's 10), each from the event. */
export const PAYLOAD_PATHS: Record<string, string> = {
  'model-package-arn': '$.detail.ModelPackageArn',
  'model-package-group': '$.detail.ModelPackageGroupName',
  'model-package-version': '$.detail.ModelPackageVersion',
  approval: '$.detail.ModelApprovalStatus',
  stage: '$.detail.ModelLifeCycle.Stage',
  account: '$.account',
  region: '$.region'
};

/**
 * The one name of the rule, connection and API destination of a group and repository (each is its own namespace):
 * `<group, cut to 40>-to-github-<10 hex of the group and repository>`, at most 61 of the 64 characters the model
 * allows, of letters, digits and hyphens only (the model's [.\-_A-Za-z0-9]+).
 */
export function resourceName(group: string, owner: string, repo: string): string {
  const hash = createHash('sha256').update(`${group}\n${owner.toLowerCase()}/${repo.toLowerCase()}`).digest('hex').slice(0, 10);
  return `${group.slice(0, 40).replace(/-+$/, '')}-to-github-${hash}`;
}

export function tokenDigest(name: string, token: string): string {
  return createHmac('sha256', name).update(token).digest('hex').slice(0, 16);
}

/**
 * The payload keys whose path may be missing from an event (a version without a stage): their placeholder stands inside
 * quotes, so the body stays JSON whatever EventBridge puts for a missing path (the value is then a string, "" when absent).
 */
export const MAYBE_MISSING = new Set(['stage']);

export function inputTemplate(eventType: string): string {
  const value = (k: string) => (MAYBE_MISSING.has(k) ? `"<${placeholder(k)}>"` : `<${placeholder(k)}>`);
  const payload = Object.keys(PAYLOAD_PATHS).map((k) => `${JSON.stringify(k)}: ${value(k)}`).join(', ');
  return `{"event_type": ${JSON.stringify(eventType)}, "client_payload": {${payload}}}`;
}

/** InputPathsMap keys are [A-Za-z0-9_-]+. */
const placeholder = (key: string) => key.replace(/-/g, '_');

export function desiredState(c: ApprovalEventsConfig): Desired {
  const name = resourceName(c.group.name, c.owner, c.repo);
  const to = `${c.owner}/${c.repo}`;
  const pattern = {
    source: ['aws.sagemaker'],
    'detail-type': ['SageMaker Model Package State Change'],
    detail: { ModelPackageGroupName: [c.group.name], ModelApprovalStatus: c.statuses }
  };
  return {
    name,
    rule: { Name: name, EventPattern: JSON.stringify(pattern), State: 'ENABLED', Description: `approval-events: ${c.statuses.join(', ')} versions of ${c.group.name} to ${to}` },
    connection: {
      Name: name,
      Description: `approval-events: GitHub repository_dispatch to ${to}; token hmac-sha256:${tokenDigest(name, c.token)}`,
      AuthorizationType: 'API_KEY',
      ApiKeyName: 'Authorization',
      headers: [
        { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
        { Key: 'X-GitHub-Api-Version', Value: GITHUB_API_VERSION, IsValueSecret: false }
      ]
    },
    destination: {
      Name: name,
      Description: `approval-events: repository_dispatch ${c.eventType} to ${to}`,
      InvocationEndpoint: `${c.apiUrl}/repos/${c.owner}/${c.repo}/dispatches`,
      HttpMethod: 'POST',
      InvocationRateLimitPerSecond: RATE_LIMIT
    },
    target: (arn) => ({
      Id: TARGET_ID,
      Arn: arn,
      RoleArn: c.eventsRoleArn,
      InputTransformer: { InputPathsMap: Object.fromEntries(Object.entries(PAYLOAD_PATHS).map(([k, p]) => [placeholder(k), p])), InputTemplate: inputTemplate(c.eventType) },
      RetryPolicy: RETRY_POLICY,
      ...(c.deadLetterQueueArn ? { DeadLetterConfig: { Arn: c.deadLetterQueueArn } } : {})
    })
  };
}

/** JSON with sorted keys, for comparing what was put with what is described. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function samePattern(a: string | undefined, b: string): boolean {
  try {
    return a !== undefined && canonical(JSON.parse(a)) === canonical(JSON.parse(b));
  } catch {
    return false;
  }
}

const differs = (want: Record<string, unknown>, have: Record<string, unknown> | undefined) =>
  Object.keys(want).filter((k) => canonical(want[k]) !== canonical(have?.[k]));

/** The writes, in the order they must run, with why each is needed; none when EventBridge already holds the desired state. */
export function planWrites(d: Desired, cur: Current): Write[] {
  const writes: Write[] = [];
  if (!cur.connection) writes.push({ op: 'CreateConnection', why: 'no connection' });
  else {
    const changed = differs(without(d.connection, 'Name'), cur.connection);
    const state = cur.connection.ConnectionState;
    if (state && !['AUTHORIZED', 'AUTHORIZING', 'CREATING', 'UPDATING'].includes(state)) changed.push(`state ${state}`);
    if (changed.length) writes.push({ op: 'UpdateConnection', why: changed.map((k) => (k === 'Description' ? 'Description (token or repository)' : k)).join(', ') });
  }
  const connectionArn = cur.connection?.ConnectionArn;
  if (!cur.destination) writes.push({ op: 'CreateApiDestination', why: 'no API destination' });
  else {
    const changed = differs({ ...without(d.destination, 'Name'), ConnectionArn: connectionArn ?? '(new)' }, cur.destination);
    if (changed.length) writes.push({ op: 'UpdateApiDestination', why: changed.join(', ') });
  }
  if (!cur.rule) writes.push({ op: 'PutRule', why: 'no rule' });
  else {
    const changed = [...(samePattern(cur.rule.EventPattern, d.rule.EventPattern) ? [] : ['EventPattern']), ...differs({ State: d.rule.State, Description: d.rule.Description }, cur.rule)];
    if (changed.length) writes.push({ op: 'PutRule', why: changed.join(', ') });
  }
  const want = d.target(cur.destination?.ApiDestinationArn ?? '(new)');
  const have = cur.targets.find((t) => t.Id === TARGET_ID);
  if (!have) writes.push({ op: 'PutTargets', why: 'no target' });
  else {
    const changed = differs(want as unknown as Record<string, unknown>, have).concat(Object.keys(have).filter((k) => !(k in want) && have[k] !== undefined));
    if (changed.length) writes.push({ op: 'PutTargets', why: changed.join(', ') });
  }
  return writes;
}

function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}
