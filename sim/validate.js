/**
 * Generic input validator over a compact service schema (see schema/sagemaker.js), producing the
 * service's (Coral) validation messages:
 *   1 validation error detected: Value 'x' at 'a.b.1.member.c' failed to satisfy constraint: Member must ...
 * Paths are lowerCamelCase, joined with '.', list items as `<list>.<n>.member` (1-based), structures
 * inside map values as `<map>.<key>`. Scalar list members and map keys/values are reported once per
 * list/map with every constraint of the member shape:
 *   Map value must satisfy constraint: [Member must have length less than or equal to 256, ...]
 * Wrong JSON types answer SerializationException (as the JSON protocol does), not ValidationException.
 */
import { AwsError } from './errors.js';
import { compilePattern, displayPattern } from './patterns.js';

/** @typedef {import('./schema/sagemaker.js').Shape} Shape */

const lowerCamel = (name) => name.charAt(0).toLowerCase() + name.slice(1);

/** Java-like rendering of a value inside a message. */
function render(value) {
  if (value === null || value === undefined) return 'null';
  return `'${plain(value)}'`;
}

function plain(value) {
  if (Array.isArray(value)) return `[${value.map(plain).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}=${plain(v)}`).join(', ')}}`;
  }
  return String(value);
}

/**
 * Every constraint of a scalar shape, in the order the service lists them in bracketed messages.
 * @param {Shape} shape
 */
function allConstraints(shape) {
  const c = [];
  if (shape.type === 'string') {
    if (shape.max !== undefined) c.push(`Member must have length less than or equal to ${shape.max}`);
    if (shape.min !== undefined) c.push(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.pattern !== undefined) c.push(`Member must satisfy regular expression pattern: ${displayPattern(shape.pattern)}`);
    if (shape.enum) c.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  } else if (isNumber(shape)) {
    if (shape.max !== undefined) c.push(`Member must have value less than or equal to ${shape.max}`);
    if (shape.min !== undefined) c.push(`Member must have value greater than or equal to ${shape.min}`);
  }
  return c;
}

const isNumber = (shape) => ['integer', 'long', 'double', 'float'].includes(shape.type);
const isScalar = (shape) => !['structure', 'list', 'map'].includes(shape.type);

/**
 * The failed constraints of a scalar value (pattern, min length, max length, enum; numbers min/max).
 * @param {Shape} shape
 * @param {unknown} value
 * @returns {string[]}
 */
function scalarFailures(shape, value) {
  const f = [];
  if (shape.type === 'string') {
    const s = /** @type {string} */ (value);
    if (shape.pattern !== undefined && !compilePattern(shape.pattern).test(s)) {
      f.push(`Member must satisfy regular expression pattern: ${displayPattern(shape.pattern)}`);
    }
    if (shape.min !== undefined && s.length < shape.min) f.push(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && s.length > shape.max) f.push(`Member must have length less than or equal to ${shape.max}`);
    if (shape.enum && !shape.enum.includes(s)) f.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  } else if (isNumber(shape)) {
    const n = /** @type {number} */ (value);
    if (shape.max !== undefined && n > shape.max) f.push(`Member must have value less than or equal to ${shape.max}`);
    if (shape.min !== undefined && n < shape.min) f.push(`Member must have value greater than or equal to ${shape.min}`);
  }
  return f;
}

/**
 * One failed constraint: the value as printed in messages, its path, the constraint text.
 * @typedef {{value: string, path: string, constraint: string}} Failure
 */

/** @returns {Failure} */
const failure = (value, path, constraint) => ({ value, path, constraint });

/** Coral rendering of one failure. @param {Failure} f */
const coral = (f) => `Value ${f.value} at '${f.path}' failed to satisfy constraint: ${f.constraint}`;

function typeError(path, expected) {
  return new AwsError('SerializationException', `Expected ${expected} at '${path || '<root>'}'`);
}

/** Throws SerializationException when the JSON type does not fit the shape. */
function checkType(shape, value, path) {
  const t = shape.type;
  const ok =
    (t === 'structure' || t === 'map') ? typeof value === 'object' && value !== null && !Array.isArray(value)
      : t === 'list' ? Array.isArray(value)
        : t === 'string' || t === 'blob' ? typeof value === 'string'
          : t === 'boolean' ? typeof value === 'boolean'
            : t === 'integer' || t === 'long' ? Number.isInteger(value)
              : t === 'timestamp' ? typeof value === 'number' && Number.isFinite(value)
                : isNumber(shape) ? typeof value === 'number' && Number.isFinite(value) : true;
  if (!ok) throw typeError(path, t);
}

/**
 * @param {Record<string, Shape>} shapes
 * @param {string} shapeName
 * @param {unknown} value
 * @param {string} path
 * @param {Failure[]} errors
 */
function walk(shapes, shapeName, value, path, errors) {
  const shape = shapes[shapeName];
  if (!shape) throw new Error(`schema has no shape ${shapeName}`);
  checkType(shape, value, path);
  const at = (member) => (path ? `${path}.${member}` : member);
  if (shape.type === 'structure') {
    const obj = /** @type {Record<string, unknown>} */ (value);
    const required = shape.required ?? [];
    for (const name of required) {
      if (obj[name] === undefined || obj[name] === null) {
        errors.push(failure('null', at(lowerCamel(name)), 'Member must not be null'));
      }
    }
    for (const [name, memberShape] of Object.entries(shape.members ?? {})) {
      const v = obj[name];
      if (v === undefined || v === null) continue;
      walk(shapes, memberShape, v, at(lowerCamel(name)), errors);
    }
    return;
  }
  if (shape.type === 'list') {
    const list = /** @type {unknown[]} */ (value);
    const failures = [];
    if (shape.min !== undefined && list.length < shape.min) failures.push(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && list.length > shape.max) failures.push(`Member must have length less than or equal to ${shape.max}`);
    for (const f of failures) errors.push(failure(render(list), path, f));
    const member = shapes[/** @type {string} */ (shape.member)];
    if (isScalar(member)) {
      let bad = false;
      list.forEach((item, i) => {
        if (item === null) return;
        checkType(member, item, `${path}.${i + 1}.member`);
        if (scalarFailures(member, item).length) bad = true;
      });
      if (bad) {
        errors.push(failure(render(list), path, `Member must satisfy constraint: [${allConstraints(member).join(', ')}]`));
      }
    } else {
      list.forEach((item, i) => {
        const p = `${path}.${i + 1}.member`;
        if (item === null) errors.push(failure('null', p, 'Member must not be null'));
        else walk(shapes, /** @type {string} */ (shape.member), item, p, errors);
      });
    }
    return;
  }
  if (shape.type === 'map') {
    const map = /** @type {Record<string, unknown>} */ (value);
    const entries = Object.entries(map);
    const failures = [];
    if (shape.min !== undefined && entries.length < shape.min) failures.push(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && entries.length > shape.max) failures.push(`Member must have length less than or equal to ${shape.max}`);
    for (const f of failures) errors.push(failure(render(map), path, f));
    const keyShape = shapes[/** @type {string} */ (shape.key)];
    const valueShape = shapes[/** @type {string} */ (shape.value)];
    if (entries.some(([k]) => scalarFailures(keyShape, k).length)) {
      errors.push(failure(render(map), path, `Map keys must satisfy constraint: [${allConstraints(keyShape).join(', ')}]`));
    }
    if (isScalar(valueShape)) {
      let bad = false;
      for (const [k, v] of entries) {
        if (v === null) continue;
        checkType(valueShape, v, `${path}.${k}`);
        if (scalarFailures(valueShape, v).length) bad = true;
      }
      if (bad) {
        errors.push(failure(render(map), path, `Map value must satisfy constraint: [${allConstraints(valueShape).join(', ')}]`));
      }
    } else {
      for (const [k, v] of entries) {
        if (v !== null) walk(shapes, /** @type {string} */ (shape.value), v, `${path}.${k}`, errors);
      }
    }
    return;
  }
  for (const f of scalarFailures(shape, value)) {
    errors.push(failure(render(value), path, f));
  }
}

/**
 * Failed constraints of an input, in the service's order (required members first, then members
 * in model order).
 * @param {Record<string, Shape>} shapes
 * @param {string} shapeName
 * @param {unknown} input
 * @returns {Failure[]}
 */
export function validationFailures(shapes, shapeName, input) {
  /** @type {Failure[]} */
  const errors = [];
  walk(shapes, shapeName, input ?? {}, '', errors);
  return errors;
}

/**
 * Validation messages (Coral wording) for an input, in the same order.
 * @param {Record<string, Shape>} shapes
 * @param {string} shapeName
 * @param {unknown} input
 * @returns {string[]}
 */
export function validationErrors(shapes, shapeName, input) {
  return validationFailures(shapes, shapeName, input).map(coral);
}

/** @param {string[]} errors */
export function formatValidationMessage(errors) {
  const n = errors.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${errors.join('; ')}`;
}

/**
 * Throws a ValidationException (or SerializationException) when `input` does not satisfy the shape.
 * @param {Record<string, Shape>} shapes
 * @param {string} shapeName
 * @param {unknown} input
 */
export function assertValid(shapes, shapeName, input) {
  const errors = validationErrors(shapes, shapeName, input);
  if (errors.length) throw new AwsError('ValidationException', formatValidationMessage(errors));
}
