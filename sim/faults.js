/**
 * Fault injection: deterministic count-based and seeded-rate faults.
 *
 *   { throttle:    { count?, rate?, seed?, operations? },   -> 400 ThrottlingException "Rate exceeded"
 *     serverError: { count?, rate?, seed?, operations? },   -> 500 InternalFailure
 *     deny:        ["CreateModelPackageGroup", ...] | { operations: [...] } -> 400 AccessDeniedException
 *     failPackage: { count, reason? },                      -> next created versions end Failed
 *     failFleet:   { count, reason? },                      -> next new endpoint fleets fail while Creating
 *     rollbackFails: { count, reason? },                    -> next deployment rollbacks end UpdateRollbackFailed
 *     unavailable: { count?, rate?, seed?, operations? },   -> 503 ServiceUnavailable (AWS JSON operations only)
 *     dropConnection: { count?, rate?, seed?, operations?, after? } } -> the socket is destroyed, no answer
 *                                                             (AWS JSON only; after: true = once the operation ran)
 *
 * `count` faults the next N matching requests; `rate` faults each matching request with that
 * probability, drawn from a PRNG seeded with `seed` (default 1), so runs repeat exactly. Without
 * `operations` a fault matches every operation.
 */
import { AwsError } from './errors.js';

/** mulberry32: small deterministic PRNG. @param {number} seed */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {{count?: number, rate?: number, seed?: number, operations?: string[]}} FaultSpec
 */

class Trigger {
  /** @param {FaultSpec} spec @param {string} name */
  constructor(spec, name) {
    if (typeof spec !== 'object' || spec === null) throw new TypeError(`${name} must be an object`);
    if (spec.count !== undefined && !(Number.isInteger(spec.count) && spec.count >= 0)) throw new TypeError(`${name}.count must be an integer >= 0`);
    if (spec.rate !== undefined && !(typeof spec.rate === 'number' && spec.rate >= 0 && spec.rate <= 1)) throw new TypeError(`${name}.rate must be a number in [0, 1]`);
    if (spec.count === undefined && spec.rate === undefined) throw new TypeError(`${name} needs count or rate`);
    if (spec.operations !== undefined && !Array.isArray(spec.operations)) throw new TypeError(`${name}.operations must be an array`);
    this.remaining = spec.count;
    this.rate = spec.rate;
    this.random = prng(spec.seed ?? 1);
    this.operations = spec.operations;
  }

  /** @param {string} operation @returns {boolean} whether this request is faulted */
  fire(operation) {
    if (this.operations && !this.operations.includes(operation)) return false;
    if (this.remaining !== undefined && this.remaining > 0) {
      this.remaining--;
      return true;
    }
    if (this.rate !== undefined) return this.random() < this.rate;
    return false;
  }

  toJSON() {
    return { remaining: this.remaining, rate: this.rate, operations: this.operations };
  }
}

/**
 * A `{count, reason?}` fault (null clears it).
 * @template {string|null} D
 * @param {any} spec @param {string} name @param {D} defaultReason
 * @returns {{remaining: number, reason: string|D}|null}
 */
function counted(spec, name, defaultReason) {
  if (spec === null) return null;
  if (!(Number.isInteger(spec?.count) && spec.count >= 0)) throw new TypeError(`${name}.count must be an integer >= 0`);
  if (spec.reason !== undefined && !(typeof spec.reason === 'string' && spec.reason.length > 0 && spec.reason.length <= 1024)) {
    throw new TypeError(`${name}.reason must be a string of 1 to 1024 characters`);
  }
  return { remaining: spec.count, reason: spec.reason ?? defaultReason };
}

export class Faults {
  constructor() {
    this.clear();
  }

  clear() {
    /** @type {Trigger|null} */ this.throttle = null;
    /** @type {Trigger|null} */ this.serverError = null;
    /** @type {string[]} */ this.deny = [];
    /** @type {{remaining: number, reason: string}|null} */ this.failPackage = null;
    /** @type {{remaining: number, reason: string|null}|null} */ this.failFleet = null;
    /** @type {{remaining: number, reason: string}|null} */ this.rollbackFails = null;
    /** @type {Trigger|null} */ this.unavailable = null;
    /** @type {Trigger|null} */ this.dropConnection = null;
    this.dropAfter = false;
  }

  /** Add or replace the faults named in `spec` (others are kept). @param {any} spec */
  set(spec) {
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new TypeError('faults must be a JSON object');
    const known = ['throttle', 'serverError', 'deny', 'failPackage', 'failFleet', 'rollbackFails', 'unavailable', 'dropConnection'];
    const unknown = Object.keys(spec).filter((k) => !known.includes(k));
    if (unknown.length) throw new TypeError(`unknown fault(s): ${unknown.join(', ')}`);
    if (spec.throttle !== undefined) this.throttle = spec.throttle === null ? null : new Trigger(spec.throttle, 'throttle');
    if (spec.serverError !== undefined) this.serverError = spec.serverError === null ? null : new Trigger(spec.serverError, 'serverError');
    if (spec.deny !== undefined) {
      const ops = Array.isArray(spec.deny) ? spec.deny : spec.deny?.operations;
      if (!Array.isArray(ops) || ops.some((o) => typeof o !== 'string')) throw new TypeError('deny must be an array of operation names');
      this.deny = ops;
    }
    if (spec.failPackage !== undefined) {
      const fp = spec.failPackage;
      if (fp !== null && !(Number.isInteger(fp?.count) && fp.count >= 0)) throw new TypeError('failPackage.count must be an integer >= 0');
      this.failPackage = fp === null ? null : { remaining: fp.count, reason: fp.reason ?? 'Model package validation failed (injected by the simulator).' };
    }
    if (spec.failFleet !== undefined) this.failFleet = counted(spec.failFleet, 'failFleet', null);
    if (spec.rollbackFails !== undefined) {
      this.rollbackFails = counted(spec.rollbackFails, 'rollbackFails', 'Traffic could not be shifted back to the old fleet (injected by the simulator).');
    }
    if (spec.unavailable !== undefined) this.unavailable = spec.unavailable === null ? null : new Trigger(spec.unavailable, 'unavailable');
    if (spec.dropConnection !== undefined) {
      const after = spec.dropConnection?.after;
      if (after !== undefined && typeof after !== 'boolean') throw new TypeError('dropConnection.after must be a boolean');
      this.dropConnection = spec.dropConnection === null ? null : new Trigger(spec.dropConnection, 'dropConnection');
      this.dropAfter = after === true;
    }
  }

  /**
   * Transport faults of an AWS JSON request, checked after the other request faults: 503, or a dropped
   * connection before the operation runs. Throws the AwsError (status 0 = destroy the socket).
   * @param {string} operation
   */
  beforeAwsOperation(operation) {
    if (this.unavailable?.fire(operation)) throw new AwsError('ServiceUnavailable', 'Service Unavailable', 503);
    if (!this.dropAfter && this.dropConnection?.fire(operation)) throw new AwsError('ConnectionDropped', 'The simulator dropped the connection.', 0);
  }

  /** @param {string} operation @returns {boolean} whether the answer of an operation that ran is lost (socket destroyed) */
  dropsAnswer(operation) {
    return this.dropAfter && this.dropConnection !== null && this.dropConnection.fire(operation);
  }

  /**
   * Faults that answer before the operation runs. Throws the AwsError to answer, if any.
   * @param {string} operation
   * @param {() => {principal: string, service: string, resource: string}} denyContext
   */
  beforeOperation(operation, denyContext) {
    if (this.throttle?.fire(operation)) throw new AwsError('ThrottlingException', 'Rate exceeded');
    if (this.deny.includes(operation)) {
      const { principal, service, resource } = denyContext();
      const action = `${service}:${operation}`;
      throw new AwsError(
        'AccessDeniedException',
        `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
      );
    }
    if (this.serverError?.fire(operation)) throw new AwsError('InternalFailure', 'We encountered an internal error. Please try again.', 500);
  }

  /** @returns {string|null} the failure reason when the next created package must fail */
  takePackageFailure() {
    if (this.failPackage && this.failPackage.remaining > 0) {
      this.failPackage.remaining--;
      return this.failPackage.reason;
    }
    return null;
  }

  /**
   * @param {string} variantName first variant of the new fleet (for the default health-check message)
   * @returns {string|null} the failure reason when the next new endpoint fleet must fail
   */
  takeFleetFailure(variantName) {
    if (!this.failFleet || this.failFleet.remaining <= 0) return null;
    this.failFleet.remaining--;
    return this.failFleet.reason
      ?? `The primary container for production variant ${variantName} did not pass the ping health check. Please check CloudWatch logs for this endpoint.`;
  }

  /** @returns {string|null} the reason when the next deployment rollback must fail */
  takeRollbackFailure() {
    if (!this.rollbackFails || this.rollbackFails.remaining <= 0) return null;
    this.rollbackFails.remaining--;
    return this.rollbackFails.reason;
  }

  toJSON() {
    return {
      throttle: this.throttle, serverError: this.serverError, deny: this.deny, failPackage: this.failPackage,
      failFleet: this.failFleet, rollbackFails: this.rollbackFails, unavailable: this.unavailable,
      dropConnection: this.dropConnection && { ...this.dropConnection.toJSON(), after: this.dropAfter },
    };
  }
}
