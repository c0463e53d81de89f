/**
 * EventBridge event patterns and input transformers, the subset the simulator implements:
 * - patterns: nested objects whose leaves are arrays of exact values (strings, numbers, booleans, null); an event
 *   field that is an array matches when any element does. Content filters (objects inside the arrays: prefix,
 *   anything-but, numeric, exists, …) are refused with InvalidEventPatternException naming the filter.
 * - transformers: InputPathsMap values in dot notation (`$`, `$.detail.ModelPackageArn`), InputTemplate with
 *   `<name>` placeholders. A string value is inserted JSON-quoted where the placeholder stands outside quotes and
 *   JSON-escaped (without quotes) inside them; other values as JSON; a path that does not exist gives null
 *   (empty inside quotes). `<aws.events.rule-name>`, `<aws.events.rule-arn>`, `<aws.events.event>` (the event without
 *   its detail), `<aws.events.event.json>` (the whole event) and `<aws.events.event.ingestion-time>` are the reserved
 *   variables. A template that starts as JSON must be JSON once the
 *   placeholders are replaced (PutTargets refuses it otherwise).
 */
import { AwsError } from '../errors.js';

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (reason) => new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`);

/**
 * Parses and checks a pattern; returns the parsed object.
 * @param {string} text
 */
export function parsePattern(text) {
  let pattern;
  try {
    pattern = JSON.parse(text);
  } catch {
    throw invalid('Filter is not valid JSON');
  }
  if (!isObject(pattern)) throw invalid('Filter is not an object');
  checkLevel(pattern, '');
  return pattern;
}

/** @param {Record<string, unknown>} level @param {string} path */
function checkLevel(level, path) {
  for (const [key, value] of Object.entries(level)) {
    const at = path ? `${path}.${key}` : key;
    if (isObject(value)) checkLevel(/** @type {Record<string, unknown>} */ (value), at);
    else if (Array.isArray(value)) {
      if (!value.length) throw invalid(`Empty arrays are not allowed at ${at}`);
      const filter = value.find((v) => typeof v === 'object' && v !== null);
      if (filter) throw invalid(`the simulator implements exact-value matching only; content filter ${JSON.stringify(filter).slice(0, 80)} at ${at} is not implemented`);
    } else throw invalid(`"${at}" must be an object or an array`);
  }
}

/**
 * Whether an event matches a (parsed, checked) pattern.
 * @param {Record<string, any>} pattern @param {any} event
 */
export function matches(pattern, event) {
  if (!isObject(event)) return false;
  return Object.entries(pattern).every(([key, want]) => {
    if (!Object.hasOwn(event, key)) return false;
    const got = event[key];
    if (isObject(want)) return matches(want, got);
    const values = Array.isArray(got) ? got : [got];
    return values.some((v) => want.some((w) => w === v));
  });
}

/** @param {any} event @param {string} path `$` or `$.a.b` */
function valueAt(event, path) {
  if (path === '$') return event;
  if (!path.startsWith('$.')) return undefined;
  let v = event;
  for (const part of path.slice(2).split('.')) {
    if (!isObject(v) || !Object.hasOwn(v, part)) return undefined;
    v = v[part];
  }
  return v;
}

/**
 * Checks an InputTransformer as PutTargets does (the subset above); throws ValidationException.
 * @param {{InputPathsMap?: Record<string, string>, InputTemplate: string}} t
 */
export function checkTransformer(t) {
  const text = t.InputTemplate.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    // A JSON template must be JSON whatever the values (checked here with every path missing).
    try {
      JSON.parse(transform(t, {}, { name: 'rule', arn: 'arn' }));
    } catch {
      throw new AwsError('ValidationException', 'InputTemplate is not valid JSON once its placeholders are replaced.');
    }
  }
  for (const [key, path] of Object.entries(t.InputPathsMap ?? {})) {
    if (key.startsWith('aws.')) throw new AwsError('ValidationException', `InputPathsMap key ${key} is reserved (aws.*).`);
    if (path !== '$' && !/^\$(\.[^.[\]*]+)+$/.test(path)) {
      throw new AwsError('ValidationException', `InputPathsMap value ${JSON.stringify(path)} of ${key}: the simulator implements dot-notation paths ($ or $.a.b) only.`);
    }
  }
}

/**
 * The body a target with this transformer receives for an event.
 * @param {{InputPathsMap?: Record<string, string>, InputTemplate: string}} t
 * @param {any} event @param {{name: string, arn: string}} rule
 */
export function transform(t, event, rule) {
  const values = new Map(Object.entries(t.InputPathsMap ?? {}).map(([k, p]) => [k, valueAt(event, p)]));
  values.set('aws.events.rule-name', rule.name);
  values.set('aws.events.rule-arn', rule.arn);
  values.set('aws.events.event', Object.fromEntries(Object.entries(isObject(event) ? event : {}).filter(([k]) => k !== 'detail')));
  values.set('aws.events.event.json', event);
  values.set('aws.events.event.ingestion-time', event.time);
  let out = '';
  let inString = false;
  const template = t.InputTemplate;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '<') {
      const end = template.indexOf('>', i);
      const name = end > 0 ? template.slice(i + 1, end) : '';
      if (values.has(name)) {
        out += render(values.get(name), inString);
        i = end;
        continue;
      }
    }
    if (ch === '"' && !escaped(template, i)) inString = !inString;
    out += ch;
  }
  return out;
}

/** @param {string} s @param {number} i */
function escaped(s, i) {
  let n = 0;
  while (i - 1 - n >= 0 && s[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** @param {unknown} v @param {boolean} inString */
function render(v, inString) {
  if (inString) {
    if (v === undefined || v === null) return '';
    return typeof v === 'string' ? JSON.stringify(v).slice(1, -1) : JSON.stringify(JSON.stringify(v)).slice(1, -1);
  }
  return v === undefined ? 'null' : JSON.stringify(v);
}
