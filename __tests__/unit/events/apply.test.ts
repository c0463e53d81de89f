/** approval-events effects against a mocked EventBridge client: what counts as missing, what fails, the write order. */
import { describe, expect, test, beforeEach } from '@jest/globals';
import {
  CreateApiDestinationCommand, CreateConnectionCommand, DescribeApiDestinationCommand, DescribeConnectionCommand, DescribeRuleCommand, EventBridgeClient,
  EventBridgeServiceException, PutRuleCommand, PutTargetsCommand
} from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { applyWrites, readCurrent } from '../../../src/events/apply.js';
import { desiredState, planWrites } from '../../../src/events/plan.js';
import type { ApprovalEventsConfig } from '../../../src/events/inputs.js';

const eb = mockClient(EventBridgeClient);
const client = new EventBridgeClient({ region: 'us-east-1' });
const CONFIG: ApprovalEventsConfig = {
  group: { name: 'g' }, statuses: ['Approved'], token: 'tok', owner: 'o', repo: 'r', apiUrl: 'https://api.github.com', eventType: 'e',
  eventsRoleArn: 'arn:aws:iam::123456789012:role/eb'
};
const error = (name: string) => new EventBridgeServiceException({ name, $fault: 'client', message: `${name} happened`, $metadata: { httpStatusCode: name === 'AccessDeniedException' ? 403 : 400 } });

beforeEach(() => {
  eb.reset();
});

describe('readCurrent', () => {
  test('ResourceNotFoundException is a missing resource; targets are not listed for a missing rule', async () => {
    for (const cmd of [DescribeRuleCommand, DescribeConnectionCommand, DescribeApiDestinationCommand]) eb.on(cmd).rejects(error('ResourceNotFoundException'));
    expect(await readCurrent(client, 'n')).toEqual({ targets: [] });
    expect(eb.commandCalls(DescribeRuleCommand)[0]!.args[0].input).toEqual({ Name: 'n' });
  });

  test('any other error fails, naming the IAM action', async () => {
    eb.on(DescribeRuleCommand).rejects(error('AccessDeniedException'));
    await expect(readCurrent(client, 'n')).rejects.toThrow(/^events:DescribeRule was denied: the role this workflow assumed needs events:DescribeRule/);
  });
});

describe('applyWrites', () => {
  test('creates in order, each later request using the ARN the earlier one returned', async () => {
    eb.on(CreateConnectionCommand).resolves({ ConnectionArn: 'arn:conn' });
    eb.on(CreateApiDestinationCommand).resolves({ ApiDestinationArn: 'arn:dest' });
    eb.on(PutRuleCommand).resolves({ RuleArn: 'arn:rule' });
    eb.on(PutTargetsCommand).resolves({ FailedEntryCount: 0, FailedEntries: [] });
    const d = desiredState(CONFIG);
    const arns = await applyWrites(client, planWrites(d, { targets: [] }), d, CONFIG.token, { targets: [] });
    expect(arns).toEqual({ ruleArn: 'arn:rule', connectionArn: 'arn:conn', destinationArn: 'arn:dest' });
    expect(eb.commandCalls(CreateApiDestinationCommand)[0]!.args[0].input.ConnectionArn).toBe('arn:conn');
    expect(eb.commandCalls(PutTargetsCommand)[0]!.args[0].input.Targets![0]!.Arn).toBe('arn:dest');
    expect(eb.commandCalls(CreateConnectionCommand)[0]!.args[0].input.AuthParameters?.ApiKeyAuthParameters?.ApiKeyValue).toBe('Bearer tok');
  });

  test('a target EventBridge refuses in FailedEntries fails the run', async () => {
    eb.on(PutTargetsCommand).resolves({ FailedEntryCount: 1, FailedEntries: [{ TargetId: 'github-repository-dispatch', ErrorCode: 'InternalFailure', ErrorMessage: 'x' }] });
    const d = desiredState(CONFIG);
    await expect(applyWrites(client, [{ op: 'PutTargets', why: 'no target' }], d, 'tok', { targets: [] })).rejects.toThrow(/^events:PutTargets refused the target github-repository-dispatch: InternalFailure/);
  });
});
