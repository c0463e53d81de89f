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
