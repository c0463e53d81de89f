/**
 * approval-events/: set up once, in the account that owns the group, the EventBridge rule, connection, API
 * destination and target that turn a SageMaker approval (or rejection) into a GitHub repository_dispatch.
 * Idempotent: what EventBridge holds is described first and only what differs is written; a dry run prints the
 * requests (the token redacted) and writes nothing.
 */
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { applyWrites, readCurrent, redacted, requestOf } from '../events/apply.js';
import { readApprovalEvents, type ApprovalEventsConfig } from '../events/inputs.js';
import { desiredState, planWrites, type Write } from '../events/plan.js';
import * as core from '../log.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';

export const APPROVAL_EVENTS_OUTPUTS = ['rule-arn', 'connection-arn', 'api-destination-arn'] as const;

/** The job summary: what each resource is and what this run did to it. */
export function approvalEventsSummary(c: ApprovalEventsConfig, name: string, writes: Write[], dryRun: boolean): string {
  const head = `### SageMaker approvals of ${code(c.group.name)} → repository_dispatch ${code(c.eventType)} on ${code(`${c.owner}/${c.repo}`)}`;
  const verb = dryRun ? 'would run' : 'ran';
  const lines = [head, '', `Statuses forwarded: ${c.statuses.map((s) => escapeMarkdown(s)).join(', ')}. Resources (rule, connection, API destination): ${code(name)}.`, ''];
  if (!writes.length) lines.push('Nothing changed: EventBridge already holds this set-up.');
  else lines.push(`${dryRun ? '📝 Dry run, nothing was written. ' : ''}Writes ${verb}:`, '', ...writes.map((w) => `- ${code(w.op)}: ${escapeMarkdown(w.why)}`));
  return `${lines.join('\n')}\n`;
}

async function execute(s: CommandState<ApprovalEventsConfig>, c: ApprovalEventsConfig, io: Io): Promise<void> {
  const common = s.common!;
  s.group = c.group.name;
  // The group must exist (a read; nothing is written before it answers).
  const sm = await io.clients.sagemaker();
  const { DescribeModelPackageGroupCommand } = await sagemakerSdk();
  await send('sagemaker:DescribeModelPackageGroup', () => sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: c.group.arn ?? c.group.name })));
  if (c.group.accountId) core.warning(`SageMaker raises the group's events in the account that owns it (${c.group.accountId}): this set-up forwards them only when it runs with that account's credentials.`);
  const eb = await io.clients.eventbridge();
  const desired = desiredState(c);
  const current = await readCurrent(eb, desired.name);
  const writes = planWrites(desired, current);
  if (common.dryRun) {
    const arns = { ruleArn: current.rule?.Arn ?? '', connectionArn: current.connection?.ConnectionArn ?? '', destinationArn: current.destination?.ApiDestinationArn ?? '' };
    for (const w of writes) core.info(`Dry run: would call events:${w.op} (${w.why}): ${redacted(requestOf(w.op, desired, c.token, { ...arns, connectionArn: arns.connectionArn || '(new)', destinationArn: arns.destinationArn || '(new)' }))}`);
    Object.assign(s.outputs, { 'rule-arn': arns.ruleArn, 'connection-arn': arns.connectionArn, 'api-destination-arn': arns.destinationArn });
  } else {
    for (const w of writes) core.info(`events:${w.op}: ${w.why}`);
    const arns = await applyWrites(eb, writes, desired, c.token, current);
    Object.assign(s.outputs, { 'rule-arn': arns.ruleArn, 'connection-arn': arns.connectionArn, 'api-destination-arn': arns.destinationArn });
  }
  if (!writes.length) core.info(`Nothing to change: the rule, connection, API destination and target ${desired.name} are as wanted.`);
  s.markdown = approvalEventsSummary(c, desired.name, writes, common.dryRun);
}

export const approvalEventsSpec: CommandSpec<ApprovalEventsConfig> = {
  name: 'approval-events',
  title: 'SageMaker approval events',
  outputs: APPROVAL_EVENTS_OUTPUTS,
  read: (read, common, env) => readApprovalEvents(read, common, env, core.setSecret),
  execute,
  commentChannel: 'approval-events'
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(approvalEventsSpec, deps);
}
