/**
 * EventBridge rules and targets on the default event bus. Rules with a ScheduleExpression, other event buses and
 * targets other than API destinations are not implemented (answered with an error naming them).
 */
import { AwsError, validationError } from '../errors.js';
import { checkTransformer, parsePattern } from './pattern.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

/** The EventBridge part of a region's state. @param {any} data */
export const eventsOf = (data) => (data.events ??= { rules: {}, connections: {}, apiDestinations: {} });

const notFound = (name) => new AwsError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus default.`);

/** @param {any} input */
function checkBus(input) {
  const bus = input.EventBusName;
  if (bus !== undefined && bus !== 'default' && !/^arn:aws[a-z-]*:events:[^:]+:\d{12}:event-bus\/default$/.test(bus)) {
    throw new AwsError('ResourceNotFoundException', `Event bus ${bus} does not exist (the simulator has the default event bus only).`);
  }
}

/** @param {OpContext} ctx @param {string} name */
function ruleOf(ctx, name) {
  const rule = eventsOf(ctx.data).rules[name];
  if (!rule) throw notFound(name);
  return rule;
}

/** @param {OpContext} ctx */
export function putRule(ctx) {
  const { input } = ctx;
  checkBus(input);
  if (input.ScheduleExpression !== undefined) throw new AwsError('ValidationException', 'The simulator does not implement scheduled rules (ScheduleExpression).');
  if (input.EventPattern === undefined) throw validationError('Parameter(s) ScheduleExpression or EventPattern must be specified.');
  parsePattern(input.EventPattern);
  const rules = eventsOf(ctx.data).rules;
  const arn = `arn:aws:events:${ctx.region}:${ctx.account}:rule/${input.Name}`;
  const old = rules[input.Name];
  rules[input.Name] = {
    Name: input.Name, Arn: arn, EventPattern: input.EventPattern, State: input.State ?? 'ENABLED',
    ...(input.Description !== undefined ? { Description: input.Description } : {}),
    ...(input.RoleArn !== undefined ? { RoleArn: input.RoleArn } : {}),
    Tags: old?.Tags ?? input.Tags ?? [],
    targets: old?.targets ?? [],
  };
  ctx.changed();
  return { RuleArn: arn };
}

/** @param {OpContext} ctx */
export function describeRule(ctx) {
  checkBus(ctx.input);
  const r = ruleOf(ctx, ctx.input.Name);
  return { Name: r.Name, Arn: r.Arn, EventPattern: r.EventPattern, State: r.State, Description: r.Description, RoleArn: r.RoleArn, EventBusName: 'default', CreatedBy: ctx.account };
}

/** @param {OpContext} ctx */
export function deleteRule(ctx) {
  checkBus(ctx.input);
  const rules = eventsOf(ctx.data).rules;
  const r = rules[ctx.input.Name];
  if (!r) return {};
  if (r.targets.length) throw validationError('Rule can\'t be deleted since it has targets.');
  delete rules[ctx.input.Name];
  ctx.changed();
  return {};
}

/** @param {OpContext} ctx */
export function putTargets(ctx) {
  checkBus(ctx.input);
  const rule = ruleOf(ctx, ctx.input.Rule);
  const targets = ctx.input.Targets;
  if (!targets.length) throw validationError("1 validation error detected: Value '[]' at 'targets' failed to satisfy constraint: Member must have length greater than or equal to 1");
  const ids = targets.map((t) => t.Id);
  if (new Set(ids).size !== ids.length) throw validationError('Targets contain duplicate Ids.');
  for (const t of targets) {
    if (!/^arn:aws[a-z-]*:events:[^:]+:\d{12}:api-destination\/[^/]+(\/.*)?$/.test(t.Arn)) {
      throw new AwsError('ValidationException', `The simulator delivers to API destinations only (target ${t.Id}: ${t.Arn}).`);
    }
    if (!t.RoleArn) throw validationError(`RoleArn is required for target ${t.Id} (an API destination).`);
    if ([t.Input, t.InputPath, t.InputTransformer].filter((v) => v !== undefined).length > 1) {
      throw validationError(`Only one of Input, InputPath, or InputTransformer can be provided for target ${t.Id}.`);
    }
    if (t.InputTransformer) checkTransformer(t.InputTransformer);
  }
  if (rule.targets.length + targets.filter((t) => !rule.targets.some((o) => o.Id === t.Id)).length > 5) {
    throw new AwsError('LimitExceededException', `The requested resource exceeds the maximum number allowed (5 targets per rule).`);
  }
  for (const t of targets) {
    const clean = structuredClone(t);
    const at = rule.targets.findIndex((o) => o.Id === t.Id);
    if (at >= 0) rule.targets[at] = clean;
    else rule.targets.push(clean);
  }
  ctx.changed();
  return { FailedEntryCount: 0, FailedEntries: [] };
}

/** @param {OpContext} ctx */
export function listTargetsByRule(ctx) {
  checkBus(ctx.input);
  if (ctx.input.NextToken !== undefined) throw validationError('Invalid NextToken.');
  const rule = ruleOf(ctx, ctx.input.Rule);
  return { Targets: structuredClone(rule.targets) };
}

/** @param {OpContext} ctx */
export function removeTargets(ctx) {
  checkBus(ctx.input);
  const rule = ruleOf(ctx, ctx.input.Rule);
  const ids = new Set(ctx.input.Ids);
  const failed = ctx.input.Ids.filter((id) => !rule.targets.some((t) => t.Id === id))
    .map((id) => ({ TargetId: id, ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Target ${id} does not exist on rule ${rule.Name}.` }));
  rule.targets = rule.targets.filter((t) => !ids.has(t.Id));
  ctx.changed();
  return { FailedEntryCount: failed.length, FailedEntries: failed };
}
