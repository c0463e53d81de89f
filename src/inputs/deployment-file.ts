/**
 * Reads a deployment file (input `deployment-file`): a YAML or JSON map of deploy settings in the workspace,
 * checked against the schema built from deploy-settings.ts before anything else runs. The file is untrusted
 * text: its path is confined to the workspace (workspace-path.ts), it is bounded in size, and duplicate keys,
 * anchors and aliases (alias bombs), tags and several documents are refused. Every refusal is one line naming the
 * file, the line, the key and the rule. Values are rendered to the text their input reader parses.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { DeploymentFileError, quote } from '../errors.js';
import { DEPLOY_SETTINGS, WORKFLOW_ONLY, type SettingKind } from './deploy-settings.js';
import { deploymentFileSchema } from './deployment-schema.js';
import { readWorkspaceFile } from './workspace-path.js';

/** The largest deployment file accepted: a stage's settings are a few dozen lines. */
export const DEPLOYMENT_FILE_MAX_BYTES = 64 * 1024;

export interface FileSetting {
  /** The value as the input reader parses it. */
  text: string;
  /** 1-based line of the value in the file. */
  line: number;
}

export interface DeploymentFile {
  /** The path as the workflow gave it (relative to the workspace). */
  path: string;
  settings: ReadonlyMap<string, FileSetting>;
}

let validator: ValidateFunction | undefined;
const validate = (): ValidateFunction => (validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(deploymentFileSchema()));

export function readDeploymentFile(path: string, workspace: string | undefined): DeploymentFile {
  const bytes = readWorkspaceFile('deployment-file', path, { workspace, maxBytes: DEPLOYMENT_FILE_MAX_BYTES, limit: 'the bound on a deployment file' });
  return parseDeploymentFile(path, bytes.toString('utf8'));
}

/** Parses and validates the text of the file `path`. */
export function parseDeploymentFile(path: string, text: string): DeploymentFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, strict: true, schema: 'core' });
  const lineOf = (offset: number | undefined): number => lines.linePos(offset ?? 0).line;
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new DeploymentFileError(path, lineOf(problem.pos[0]), undefined, `is not valid YAML or JSON: ${problem.message.split('\n')[0]!.slice(0, 200)}`);
  refuseIndirection(doc, path, lineOf);
  if (!isMap(doc.contents)) {
    throw new DeploymentFileError(path, lineOf(doc.contents?.range?.[0]), undefined, 'must be a map of deploy settings (key: value lines, or a JSON object)');
  }
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  const check = validate();
  if (!check(data)) throw schemaError(path, doc, lineOf, check.errors ?? []);
  const settings = new Map<string, FileSetting>();
  for (const [key, value] of Object.entries(data)) {
    const kind = DEPLOY_SETTINGS[key];
    if (kind) settings.set(key, { text: render(kind, value), line: lineOf(nodeAt(doc, [key])?.range?.[0]) });
  }
  return { path, settings };
}

/** Anchors, aliases and tags have no use in a settings file; aliases can multiply a small file into a huge one. */
function refuseIndirection(doc: Document, path: string, lineOf: (offset: number | undefined) => number): void {
  visit(doc, {
    Alias(_, node) {
      throw new DeploymentFileError(path, lineOf(node.range?.[0]), undefined, `uses the alias *${node.source.slice(0, 40)}: anchors and aliases are not accepted in a deployment file`);
    },
    Node(_, node) {
      if (node.anchor) throw new DeploymentFileError(path, lineOf(node.range?.[0]), undefined, `sets the anchor &${node.anchor.slice(0, 40)}: anchors and aliases are not accepted in a deployment file`);
      if (node.tag) throw new DeploymentFileError(path, lineOf(node.range?.[0]), undefined, `uses the tag ${node.tag.slice(0, 60)}: tags are not accepted in a deployment file`);
    }
  });
}

function nodeAt(doc: Document, path: (string | number)[]): YamlNode | undefined {
  const node: unknown = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as YamlNode) : undefined;
}

function keyLine(doc: Document, key: string, lineOf: (offset: number | undefined) => number): number {
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key) : undefined;
  return lineOf((pair?.key as YamlNode | undefined)?.range?.[0]);
}

const decode = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const PREFER_OVER_TYPE = ['minimum', 'maximum', 'exclusiveMinimum', 'maxItems', 'maxLength', 'maxProperties', 'minLength', 'pattern', 'enum', 'required', 'additionalProperties'];

function schemaError(path: string, doc: Document, lineOf: (offset: number | undefined) => number, errors: ErrorObject[]): DeploymentFileError {
  const unknown = errors.find((e) => e.instancePath === '' && e.keyword === 'additionalProperties');
  if (unknown) {
    const key = String((unknown.params as { additionalProperty: string }).additionalProperty);
    const why = Object.hasOwn(WORKFLOW_ONLY, key) ? `must be given in the workflow, not in a deployment file: it ${WORKFLOW_ONLY[key]}` : 'is not a deploy setting a deployment file may hold (see docs/deployment-file.md)';
    return new DeploymentFileError(path, keyLine(doc, key, lineOf), key.slice(0, 80), why);
  }
  const error = errors.find((e) => PREFER_OVER_TYPE.includes(e.keyword)) ?? errors[0]!;
  const segments = error.instancePath.split('/').slice(1).map(decode);
  const key = segments[0] ?? '';
  const named = error.propertyName === undefined ? [] : [error.propertyName];
  const where = [...segments.slice(1), ...named].map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('');
  const nodePath = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = nodeAt(doc, nodePath);
  const value = node && isScalar(node) ? node.value : undefined;
  const shown = value === null || value === undefined ? '' : `${quote(String(value), 80)} `;
  const kind = DEPLOY_SETTINGS[key];
  const quoted = typeof value === 'string' && ((kind?.type === 'integer' && /^\d+$/.test(value)) || (kind?.type === 'boolean' && /^(true|false)$/.test(value)));
  const rule =
    value === null ? 'has no value'
    : named.length ? 'is not a name SageMaker accepts (letters, digits and _, not starting with a digit)'
    : `${shown}${ruleOf(error, kind)}${quoted ? ', written without quotes' : ''}`;
  return new DeploymentFileError(path, lineOf(node?.range?.[0]), `${key}${where}`, rule);
}

const TYPE_WORDS: Record<SettingKind['type'], string> = {
  string: 'text',
  enum: 'one word of the list',
  integer: 'a whole number',
  boolean: 'true or false',
  percent: 'a percentage (a number, or text such as 0.5%)',
  capacity: "a percentage such as '10%' or a number of instances such as 1",
  list: 'a list (or comma-separated text)',
  map: 'a map of NAME: value (or KEY=VALUE lines)',
  parts: 'a map of min, max, target, scale-in-cooldown, scale-out-cooldown (or min=1,max=8,target=200 text)',
  payload: 'text (inline, or a path in the workspace), or a map or list sent as JSON'
};

function ruleOf(e: ErrorObject, kind: SettingKind | undefined): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return kind?.type === 'integer' ? `must be between ${kind.min} and ${kind.max}` : `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'maxItems':
      return `lists more than ${String(p.limit)} items`;
    case 'maxProperties':
      return `has more than ${String(p.limit)} entries`;
    case 'maxLength':
      return `is longer than ${String(p.limit)} characters`;
    case 'minLength':
      return 'is empty';
    case 'pattern':
      return `does not match ${String(p.pattern)}`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'required':
      return `needs ${String(p.missingProperty)}`;
    case 'additionalProperties':
      return `has ${JSON.stringify(String(p.additionalProperty).slice(0, 40))}, which is not one of its parts`;
    default:
      return `must be ${kind ? TYPE_WORDS[kind.type] : String(p.type ?? e.message)}`;
  }
}

/** The text the input reader parses: lists one item a line, maps KEY=VALUE lines, numbers and booleans as text. */
export function render(kind: SettingKind, value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && kind.type === 'list') return value.map(String).join('\n');
  if (kind.type === 'payload') return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${String(v)}`);
  return entries.join(kind.type === 'parts' ? ',' : '\n');
}

