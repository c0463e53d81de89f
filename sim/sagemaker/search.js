/**
 * Search over ModelPackage and ModelPackageGroup records. Filters address the Describe-shaped record
 * by property path (`ModelApprovalStatus`, `CustomerMetadataProperties.<key>`, `Tags.<key>`,
 * `InferenceSpecification.Containers.Image`, ...); a path through a list matches if any element does.
 */
import { AwsError, validationError } from '../errors.js';
import { describeGroup } from './groups.js';
import { describePackage } from './packages.js';
import { compareValues, paginate, queryOf } from './paging.js';
import { searchView } from './search-index.js';

/** @typedef {import('./context.js').OpContext} OpContext */

const notImplemented = (what) => new AwsError('UnknownOperationException', `The simulator does not implement SageMaker.Search ${what}`);

/**
 * All values at a property path. Map keys may contain dots: when a segment is not found, the rest of
 * the path is tried as one key. Tag lists ([{Key, Value}]) are addressed by key.
 * @param {unknown} obj @param {string[]} segs @returns {unknown[]}
 */
function valuesAt(obj, segs) {
  if (segs.length === 0) return obj === undefined || obj === null ? [] : Array.isArray(obj) ? obj : [obj];
  if (Array.isArray(obj)) {
    if (obj.every((e) => e && typeof e === 'object' && 'Key' in e && 'Value' in e)) {
      const key = segs.join('.');
      return obj.filter((t) => t.Key === key).map((t) => t.Value);
    }
    return obj.flatMap((e) => valuesAt(e, segs));
  }
  if (!obj || typeof obj !== 'object') return [];
  const rec = /** @type {Record<string, unknown>} */ (obj);
  const [head, ...rest] = segs;
  if (head !== undefined && head in rec) return valuesAt(rec[head], rest);
  const whole = segs.join('.');
  return whole in rec ? valuesAt(rec[whole], []) : [];
}

/** Filter value converted to the record value's type (numbers, and timestamps given as dates). */
function coerce(recordValue, value) {
  if (typeof recordValue !== 'number') return value;
  const n = Number(value);
  if (value.trim() !== '' && Number.isFinite(n)) return n;
  const d = Date.parse(value);
  return Number.isNaN(d) ? value : d / 1000;
}

/** @param {any} record @param {any} f */
function matchFilter(record, f) {
  const op = f.Operator ?? 'Equals';
  const vals = valuesAt(record, f.Name.split('.'));
  if (op === 'Exists') return vals.length > 0;
  if (op === 'NotExists') return vals.length === 0;
  if (f.Value === undefined) throw validationError(`Filter for ${f.Name} with operator ${op} requires a Value.`);
  const test = (v) => {
    const want = coerce(v, f.Value);
    switch (op) {
      case 'Equals': return v === want || String(v) === String(want);
      case 'NotEquals': return !(v === want || String(v) === String(want));
      case 'GreaterThan': return compareValues(v, want) > 0;
      case 'GreaterThanOrEqualTo': return compareValues(v, want) >= 0;
      case 'LessThan': return compareValues(v, want) < 0;
      case 'LessThanOrEqualTo': return compareValues(v, want) <= 0;
      case 'Contains': return typeof v === 'string' && v.includes(f.Value);
      case 'In': return f.Value.split(',').map((s) => s.trim()).some((w) => String(v) === String(coerce(v, w)));
      default: throw validationError(`Unsupported operator ${op}`);
    }
  };
  if (op === 'NotEquals') return vals.every(test);
  return vals.some(test);
}

/** @param {any} record @param {any} expr */
function matchExpression(record, expr) {
  if (!expr) return true;
  const results = [
    ...(expr.Filters ?? []).map((f) => matchFilter(record, f)),
    ...(expr.NestedFilters ?? []).map((nf) => {
      const elements = valuesAt(record, nf.NestedPropertyName.split('.'));
      return elements.some((el) => nf.Filters.every((f) => matchFilter(el, { ...f, Name: f.Name.startsWith(`${nf.NestedPropertyName}.`) ? f.Name.slice(nf.NestedPropertyName.length + 1) : f.Name })));
    }),
    ...(expr.SubExpressions ?? []).map((sub) => matchExpression(record, sub)),
  ];
  return expr.Operator === 'Or' ? results.some(Boolean) : results.every(Boolean);
}

/** @param {OpContext} ctx */
export function search(ctx) {
  const { input } = ctx;
  if (input.VisibilityConditions !== undefined) throw notImplemented('with VisibilityConditions');
  // Own resources only, whatever CrossAccountFilterOption says: CrossAccount adds RAM-discoverable resources, which the
  // simulator does not model, so a group shared by a resource policy is never returned (the worst case, as documented).
  let records;
  if (input.Resource === 'ModelPackage') {
    const stored = Object.values(ctx.data.packages);
    records = stored.map((p) => searchView(p, ctx.now)).filter(Boolean).map((p) => {
      const d = describePackage(p, ctx.now);
      if (p.Tags?.length) d.Tags = p.Tags;
      return { seq: p.seq, view: d, wrap: { ModelPackage: d } };
    });
  } else if (input.Resource === 'ModelPackageGroup') {
    records = Object.values(ctx.data.groups).map((g) => {
      const d = { ...describeGroup(g), Tags: g.Tags };
      return { seq: g.seq, view: d, wrap: { ModelPackageGroup: d } };
    });
  } else {
    throw notImplemented(`for Resource ${input.Resource}`);
  }
  const sortBy = (input.SortBy ?? 'CreationTime').split('.');
  const dir = input.SortOrder === 'Ascending' ? 1 : -1; // documented default: Descending
  const hits = records
    .filter((r) => matchExpression(r.view, input.SearchExpression))
    .sort((a, b) => dir * (compareValues(valuesAt(a.view, sortBy)[0], valuesAt(b.view, sortBy)[0]) || a.seq - b.seq));
  const { page, nextToken } = paginate(hits, input, queryOf(input), 10);
  return { Results: page.map((r) => r.wrap), NextToken: nextToken };
}
