/**
 * The JSON Schema (draft 2020-12) of a deployment file, built from deploy-settings.ts alone: the committed
 * schema/deployment-file.schema.json (scripts/deployment-schema.mjs adds action.yml's descriptions) and the
 * run-time validation are the same rules.                                                                     pure
 */
import { DEPLOY_SETTINGS, type SettingKind } from './deploy-settings.js';

export type JsonSchema = Record<string, unknown>;

const pattern = (re: RegExp): string => re.source;
const CAPACITY: JsonSchema = { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[1-9][0-9]*%?$' }] };

function kindSchema(kind: SettingKind): JsonSchema {
  switch (kind.type) {
    case 'string':
      return { type: 'string', minLength: 1, ...(kind.maxLength ? { maxLength: kind.maxLength } : {}), ...(kind.pattern ? { pattern: pattern(kind.pattern) } : {}) };
    case 'enum':
      return { enum: [...kind.values] };
    case 'integer':
      return { type: 'integer', minimum: kind.min, maximum: kind.max };
    case 'boolean':
      return { type: 'boolean' };
    case 'percent':
      return { oneOf: [{ type: 'number', exclusiveMinimum: kind.exclusiveMin, maximum: kind.max }, { type: 'string', pattern: '^[0-9]{1,3}(\\.[0-9]{1,3})?%?$' }] };
    case 'capacity':
      return CAPACITY;
    case 'list': {
      const item = { type: 'string', pattern: pattern(kind.item) };
      return { oneOf: [{ type: 'array', items: item, maxItems: kind.maxItems }, { type: 'string', minLength: 1 }] };
    }
    case 'map': {
      const value = { anyOf: [{ type: 'string', maxLength: kind.valueMax, pattern: '^[^\\r\\n]*$' }, { type: 'number' }, { type: 'boolean' }] };
      const map = { type: 'object', propertyNames: { pattern: pattern(kind.key) }, additionalProperties: value, maxProperties: kind.maxEntries };
      return { oneOf: [map, { type: 'string', minLength: 1 }] };
    }
    case 'parts': {
      const properties = Object.fromEntries(Object.entries(kind.parts).map(([k, r]) => [k, { type: 'integer', minimum: r.min, maximum: r.max }]));
      return { oneOf: [{ type: 'object', properties, required: [...kind.required], additionalProperties: false }, { type: 'string', minLength: 1 }] };
    }
    case 'payload':
      return { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object' }, { type: 'array' }] };
  }
}

/** The schema; `descriptions` (key → text, from action.yml) are added when given. */
export function deploymentFileSchema(descriptions: Readonly<Record<string, string>> = {}): JsonSchema {
  const properties: Record<string, JsonSchema> = { $schema: { type: 'string', description: 'The schema this file follows (for editors).' } };
  for (const [key, kind] of Object.entries(DEPLOY_SETTINGS)) {
    const description = descriptions[key];
    properties[key] = { ...(description ? { description } : {}), ...kindSchema(kind) };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Deployment settings of one stage (deployment-file)',
    description: 'Deploy inputs of the sagemaker-private-registry-action actions; an input given in the workflow overrides the file. See docs/deployment-file.md.',
    type: 'object',
    properties,
    additionalProperties: false
  };
}

function written(kind: SettingKind): string {
  switch (kind.type) {
    case 'string':
      return kind.pattern ? `text matching \`${kind.pattern.source}\`` : 'text';
    case 'enum':
      return kind.values.map((v) => `\`${v}\``).join(', ');
    case 'integer':
      return `whole number, ${kind.min} to ${kind.max}`;
    case 'boolean':
      return '`true` or `false`';
    case 'percent':
      return `number above ${kind.exclusiveMin}, at most ${kind.max} (or text such as \`0.5%\`)`;
    case 'capacity':
      return '`10%` or a number of instances (`1`)';
    case 'list':
      return `list (or comma-separated text), at most ${kind.maxItems}, each matching \`${kind.item.source}\``;
    case 'map':
      return `map of NAME: value (or KEY=VALUE lines), at most ${kind.maxEntries}`;
    case 'parts':
      return `map of ${Object.keys(kind.parts).map((p) => `\`${p}\``).join(', ')}; needs ${kind.required.join(', ')} (or \`min=1,max=8,target=200\` text)`;
    case 'payload':
      return 'text (inline, or a path in the workspace), or a map or list sent as JSON';
  }
}

/** The keys table of docs/deployment-file.md (scripts/deployment-schema.mjs writes it between its markers). */
export function settingsTable(): string {
  const rows = Object.entries(DEPLOY_SETTINGS).map(([key, kind]) => `| \`${key}\` | ${written(kind).replace(/\|/g, '\\|')} |`);
  return ['| Key | Written as |', '|---|---|', ...rows].join('\n');
}
