/**
 * The effects of approval-events: describe what EventBridge holds, then run the planned writes in order
 * (connection → API destination → rule → target). Each write's request is built here from the desired state;
 * the token is only ever placed in the connection's ApiKeyValue, and `redacted` is what a dry run prints.
 */
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { explainAwsError, send } from '../aws/errors.js';
import { eventbridgeSdk } from '../aws/sdk.js';
import { ActionError, serviceText } from '../errors.js';
import type { Current, Desired, Header, Operation, Write } from './plan.js';

const notFound = (err: unknown) => (err as { name?: string })?.name === 'ResourceNotFoundException';

/** A Describe that answers undefined for a missing resource. */
async function described<T>(action: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (notFound(err)) return undefined;
    throw explainAwsError(err, action);
  }
}

export async function readCurrent(eb: EventBridgeClient, name: string): Promise<Current> {
  const sdk = await eventbridgeSdk();
  const rule = await described('events:DescribeRule', () => eb.send(new sdk.DescribeRuleCommand({ Name: name })));
  const targets = rule ? (await send('events:ListTargetsByRule', () => eb.send(new sdk.ListTargetsByRuleCommand({ Rule: name })))).Targets ?? [] : [];
  const connection = await described('events:DescribeConnection', () => eb.send(new sdk.DescribeConnectionCommand({ Name: name })));
  const destination = await described('events:DescribeApiDestination', () => eb.send(new sdk.DescribeApiDestinationCommand({ Name: name })));
  return {
    ...(rule ? { rule: { Arn: rule.Arn, EventPattern: rule.EventPattern, State: rule.State, Description: rule.Description } } : {}),
    targets: targets.map((t) => JSON.parse(JSON.stringify(t)) as Record<string, unknown>),
    ...(connection
      ? {
          connection: {
            ConnectionArn: connection.ConnectionArn,
            Description: connection.Description,
            ConnectionState: connection.ConnectionState,
            AuthorizationType: connection.AuthorizationType,
            ApiKeyName: connection.AuthParameters?.ApiKeyAuthParameters?.ApiKeyName,
            headers: (connection.AuthParameters?.InvocationHttpParameters?.HeaderParameters ?? []).map((h): Header => ({ Key: h.Key ?? '', Value: h.Value ?? '', IsValueSecret: h.IsValueSecret ?? false }))
          }
        }
      : {}),
    ...(destination
      ? {
          destination: {
            ApiDestinationArn: destination.ApiDestinationArn,
            Description: destination.Description,
            ConnectionArn: destination.ConnectionArn,
            InvocationEndpoint: destination.InvocationEndpoint,
            HttpMethod: destination.HttpMethod,
            InvocationRateLimitPerSecond: destination.InvocationRateLimitPerSecond
          }
        }
      : {})
  };
}

export interface Arns {
  ruleArn: string;
  connectionArn: string;
  destinationArn: string;
}

/** The request of one write, with the ARNs known so far. */
export function requestOf(op: Operation, d: Desired, token: string, arns: Arns): Record<string, unknown> {
  const auth = {
    ApiKeyAuthParameters: { ApiKeyName: d.connection.ApiKeyName, ApiKeyValue: `Bearer ${token}` },
    InvocationHttpParameters: { HeaderParameters: d.connection.headers }
  };
  switch (op) {
    case 'CreateConnection':
    case 'UpdateConnection':
      return { Name: d.connection.Name, Description: d.connection.Description, AuthorizationType: d.connection.AuthorizationType, AuthParameters: auth };
    case 'CreateApiDestination':
    case 'UpdateApiDestination':
      return { ...d.destination, ConnectionArn: arns.connectionArn };
    case 'PutRule':
      return { ...d.rule };
    case 'PutTargets':
      return { Rule: d.rule.Name, Targets: [d.target(arns.destinationArn)] };
  }
}

/** A request as a dry run or the log may show it: the API key replaced. */
export function redacted(request: Record<string, unknown>): string {
  return JSON.stringify(request, (key, value: unknown) => (key === 'ApiKeyValue' ? 'Bearer ***' : value));
}

/** Runs the writes in order; returns the ARNs of the three resources. */
export async function applyWrites(eb: EventBridgeClient, writes: Write[], d: Desired, token: string, cur: Current): Promise<Arns> {
  const sdk = await eventbridgeSdk();
  const arns: Arns = { ruleArn: cur.rule?.Arn ?? '', connectionArn: cur.connection?.ConnectionArn ?? '', destinationArn: cur.destination?.ApiDestinationArn ?? '' };
  for (const w of writes) {
    const input = requestOf(w.op, d, token, arns) as never;
    switch (w.op) {
      case 'CreateConnection':
        arns.connectionArn = (await send('events:CreateConnection', () => eb.send(new sdk.CreateConnectionCommand(input)))).ConnectionArn ?? '';
        break;
      case 'UpdateConnection':
        arns.connectionArn = (await send('events:UpdateConnection', () => eb.send(new sdk.UpdateConnectionCommand(input)))).ConnectionArn ?? arns.connectionArn;
        break;
      case 'CreateApiDestination':
        arns.destinationArn = (await send('events:CreateApiDestination', () => eb.send(new sdk.CreateApiDestinationCommand(input)))).ApiDestinationArn ?? '';
        break;
      case 'UpdateApiDestination':
        arns.destinationArn = (await send('events:UpdateApiDestination', () => eb.send(new sdk.UpdateApiDestinationCommand(input)))).ApiDestinationArn ?? arns.destinationArn;
        break;
      case 'PutRule':
        arns.ruleArn = (await send('events:PutRule', () => eb.send(new sdk.PutRuleCommand(input)))).RuleArn ?? '';
        break;
      case 'PutTargets': {
        const out = await send('events:PutTargets', () => eb.send(new sdk.PutTargetsCommand(input)));
        const failed = out.FailedEntries?.[0];
        if (out.FailedEntryCount) throw new ActionError(`events:PutTargets refused the target ${failed?.TargetId ?? ''}: ${failed?.ErrorCode ?? ''}${serviceText(` ${failed?.ErrorMessage ?? ''}`, " (AWS's message is in the job log)")}`);
        break;
      }
    }
  }
  return arns;
}
