/**
 * Lineage entities: CreateContext, DescribeContext, ListContexts, CreateArtifact, ListArtifacts, AddAssociation,
 * ListAssociations, and the context SageMaker creates for every endpoint (`ensureEndpointContext`, at
 * CreateEndpoint): ContextName `<endpoint name>-<epoch seconds>-aws-endpoint` (cut to 120 characters),
 * ContextType `Endpoint`, Source `{SourceUri: <endpoint ARN>, SourceType: 'ARN'}`.
 * No model-package entities are created automatically.
 */
import { createHash } from 'node:crypto';
import { AwsError, validationError } from '../errors.js';
import { paginate, queryOf, seconds } from './paging.js';

/** @typedef {import('./context.js').OpContext} OpContext */

/** @param {any} data @returns {{contexts: Record<string, any>, artifacts: Record<string, any>, associations: any[]}} */
const lineageOf = (data) => (data.lineage ??= { contexts: {}, artifacts: {}, associations: [] });

const arnOf = (ctx, type, id) => `arn:aws:sagemaker:${ctx.region}:${ctx.account}:${type}/${id}`;
const notFound = (what) => new AwsError('ResourceNotFound', `${what} does not exist.`);
const TYPES = { context: 'Context', artifact: 'Artifact', action: 'Action', experiment: 'Experiment', 'experiment-trial-component': 'ExperimentTrialComponent' };

/** @param {OpContext} ctx @param {any} fields */
function addContext(ctx, fields) {
  const contexts = lineageOf(ctx.data).contexts;
  const arn = arnOf(ctx, 'context', fields.ContextName.toLowerCase());
  if (contexts[fields.ContextName.toLowerCase()]) throw validationError(`Context ${fields.ContextName} already exists with arn ${arn}.`);
  const c = { ...structuredClone(fields), ContextArn: arn, createdMs: ctx.now, seq: ctx.nextSeq() };
  contexts[fields.ContextName.toLowerCase()] = c;
  return c;
}

/** The endpoint's context (created once per endpoint). @param {OpContext} ctx @param {any} e */
export function ensureEndpointContext(ctx, e) {
  const found = Object.values(lineageOf(ctx.data).contexts).find((c) => c.Source?.SourceUri === e.EndpointArn && c.ContextType === 'Endpoint');
  if (found) return found;
  const suffix = `-${Math.floor(ctx.now / 1000)}-aws-endpoint`;
  return addContext(ctx, { ContextName: `${e.EndpointName.slice(0, 120 - suffix.length)}${suffix}`, Source: { SourceUri: e.EndpointArn, SourceType: 'ARN' }, ContextType: 'Endpoint' });
}

/** @param {OpContext} ctx */
export function createContext(ctx) {
  const { input } = ctx;
  const c = addContext(ctx, { ContextName: input.ContextName, Source: input.Source, ContextType: input.ContextType, Description: input.Description, Properties: input.Properties, Tags: input.Tags });
  ctx.changed();
  return { ContextArn: c.ContextArn };
}

/** @param {OpContext} ctx @param {string} ref name or ARN */
function findContext(ctx, ref) {
  const name = ref.startsWith('arn:') ? ref.slice(ref.indexOf(':context/') + 9) : ref;
  return lineageOf(ctx.data).contexts[name.toLowerCase()] ?? null;
}

/** @param {OpContext} ctx */
export function describeContext(ctx) {
  const c = findContext(ctx, ctx.input.ContextName);
  if (!c) throw notFound(`Context ${ctx.input.ContextName}`);
  return {
    ContextName: c.ContextName, ContextArn: c.ContextArn, Source: c.Source, ContextType: c.ContextType, Description: c.Description,
    Properties: c.Properties, CreationTime: seconds(c.createdMs), LastModifiedTime: seconds(c.createdMs),
  };
}

/** Common list filters (SourceUri, type, CreatedAfter/Before), sort and paging. @param {any[]} all @param {any} input @param {string} typeKey */
function listOf(all, input, typeKey) {
  const sorted = all
    .filter((x) => input.SourceUri === undefined || x.Source?.SourceUri === input.SourceUri)
    .filter((x) => input[typeKey] === undefined || x[typeKey] === input[typeKey])
    .filter((x) => input.CreatedAfter === undefined || x.createdMs > input.CreatedAfter * 1000)
    .filter((x) => input.CreatedBefore === undefined || x.createdMs < input.CreatedBefore * 1000)
    .sort((a, b) => (input.SortBy === 'Name' ? String(a.ContextName ?? a.ArtifactName).localeCompare(String(b.ContextName ?? b.ArtifactName)) : a.seq - b.seq));
  if ((input.SortOrder ?? 'Descending') === 'Descending') sorted.reverse();
  return paginate(sorted, input, queryOf(input), input.MaxResults === undefined ? 10 : input.MaxResults);
}

/** @param {OpContext} ctx */
export function listContexts(ctx) {
  const { page, nextToken } = listOf(Object.values(lineageOf(ctx.data).contexts), ctx.input, 'ContextType');
  return {
    ContextSummaries: page.map((c) => ({ ContextArn: c.ContextArn, ContextName: c.ContextName, Source: c.Source, ContextType: c.ContextType, CreationTime: seconds(c.createdMs), LastModifiedTime: seconds(c.createdMs) })),
    NextToken: nextToken,
  };
}

/** @param {OpContext} ctx */
export function createArtifact(ctx) {
  const { input } = ctx;
  const seq = ctx.nextSeq();
  const id = createHash('sha256').update(`${ctx.account}:${ctx.region}:${seq}:${input.Source.SourceUri}`).digest('hex').slice(0, 32);
  const a = { ArtifactName: input.ArtifactName, Source: structuredClone(input.Source), ArtifactType: input.ArtifactType, Properties: input.Properties, MetadataProperties: input.MetadataProperties, ArtifactArn: arnOf(ctx, 'artifact', id), createdMs: ctx.now, seq };
  lineageOf(ctx.data).artifacts[a.ArtifactArn] = a;
  ctx.changed();
  return { ArtifactArn: a.ArtifactArn };
}

/** @param {OpContext} ctx */
export function listArtifacts(ctx) {
  const { page, nextToken } = listOf(Object.values(lineageOf(ctx.data).artifacts), ctx.input, 'ArtifactType');
  return {
    ArtifactSummaries: page.map((a) => ({ ArtifactArn: a.ArtifactArn, ArtifactName: a.ArtifactName, Source: a.Source, ArtifactType: a.ArtifactType, CreationTime: seconds(a.createdMs), LastModifiedTime: seconds(a.createdMs) })),
    NextToken: nextToken,
  };
}

/** The entity an association end names: {type, name}, or ResourceNotFound. @param {OpContext} ctx @param {string} arn */
function entity(ctx, arn) {
  const kind = arn.split(':')[5]?.split('/')[0] ?? '';
  const l = lineageOf(ctx.data);
  const found = kind === 'context' ? Object.values(l.contexts).find((c) => c.ContextArn === arn) : kind === 'artifact' ? l.artifacts[arn] : null;
  if (!found || arn.split(':')[3] !== ctx.region || arn.split(':')[4] !== ctx.account) throw notFound(`Entity ${arn}`);
  return { type: TYPES[/** @type {keyof typeof TYPES} */ (kind)], name: found.ContextName ?? found.ArtifactName };
}

/** @param {OpContext} ctx */
export function addAssociation(ctx) {
  const { SourceArn, DestinationArn, AssociationType } = ctx.input;
  const src = entity(ctx, SourceArn);
  const dst = entity(ctx, DestinationArn);
  const list = lineageOf(ctx.data).associations;
  if (!list.some((a) => a.SourceArn === SourceArn && a.DestinationArn === DestinationArn)) {
    list.push({ SourceArn, DestinationArn, SourceType: src.type, DestinationType: dst.type, SourceName: src.name, DestinationName: dst.name, AssociationType, createdMs: ctx.now, seq: ctx.nextSeq() });
    ctx.changed();
  }
  return { SourceArn, DestinationArn };
}

/** @param {OpContext} ctx */
export function listAssociations(ctx) {
  const { input } = ctx;
  const keys = ['SourceArn', 'DestinationArn', 'SourceType', 'DestinationType', 'AssociationType'];
  const sortKey = input.SortBy && input.SortBy !== 'CreationTime' ? input.SortBy : null;
  const sorted = lineageOf(ctx.data).associations
    .filter((a) => keys.every((k) => input[k] === undefined || a[k] === input[k]))
    .filter((a) => input.CreatedAfter === undefined || a.createdMs > input.CreatedAfter * 1000)
    .filter((a) => input.CreatedBefore === undefined || a.createdMs < input.CreatedBefore * 1000)
    .sort((a, b) => (sortKey ? String(a[sortKey]).localeCompare(String(b[sortKey])) || a.seq - b.seq : a.seq - b.seq));
  if ((input.SortOrder ?? 'Descending') === 'Descending') sorted.reverse();
  const { page, nextToken } = paginate(sorted, input, queryOf(input), input.MaxResults ?? 10);
  return {
    AssociationSummaries: page.map((a) => ({ SourceArn: a.SourceArn, DestinationArn: a.DestinationArn, SourceType: a.SourceType, DestinationType: a.DestinationType, AssociationType: a.AssociationType, SourceName: a.SourceName, DestinationName: a.DestinationName, CreationTime: seconds(a.createdMs) })),
    NextToken: nextToken,
  };
}
