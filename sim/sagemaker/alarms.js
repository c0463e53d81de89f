/**
 * CloudWatch alarms watched by deployment auto-rollback. There is no CloudWatch API: alarms are created
 * and set through the control API (`POST /_sim/alarms {name, state, region?, reason?}`). Every state
 * change is kept with its virtual time, so a deployment can tell, at any later read, whether an alarm was
 * in ALARM at any moment while it was in progress.
 */

const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

/**
 * @typedef {{AlarmName: string, createdMs: number, history: {state: string, atMs: number, reason?: string}[]}} Alarm
 */

/** Alarms of a region by exact (case-sensitive) name. @param {any} data @returns {Record<string, Alarm>} */
export const alarmsOf = (data) => (data.alarms ??= {});

/** @param {Alarm} a */
export const alarmView = (a) => {
  const last = /** @type {{state: string, atMs: number, reason?: string}} */ (a.history.at(-1));
  return { AlarmName: a.AlarmName, StateValue: last.state, StateReason: last.reason, StateUpdatedTimestamp: new Date(last.atMs).toISOString() };
};

/**
 * Create or set an alarm (control API). Setting the state it already has records nothing.
 * @param {{store: (account: string, region: string) => any, account: string, now: number}} core
 * @param {any} body
 */
export function seedAlarm(core, body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TypeError('alarm must be a JSON object');
  const extra = Object.keys(body).filter((k) => !['name', 'state', 'region', 'reason'].includes(k));
  if (extra.length) throw new TypeError(`unknown member(s): ${extra.join(', ')}`);
  const { name, state, region = 'us-east-1', reason } = body;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 255) throw new TypeError('name must be a non-blank string of at most 255 characters');
  if (!STATES.includes(state)) throw new TypeError(`state must be one of ${STATES.join(', ')}`);
  if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) throw new TypeError('region must be a region name');
  if (reason !== undefined && typeof reason !== 'string') throw new TypeError('reason must be a string');
  const alarms = alarmsOf(core.store(core.account, region));
  const a = (alarms[name] ??= { AlarmName: name, createdMs: core.now, history: [] });
  if (a.history.at(-1)?.state !== state) a.history.push({ state, atMs: core.now, ...(reason !== undefined ? { reason } : {}) });
  return alarmView(a);
}

/** @param {Alarm|undefined} a @param {number} t @returns {string|undefined} the state at virtual time t */
function stateAt(a, t) {
  let state;
  for (const h of a?.history ?? []) {
    if (h.atMs > t) break;
    state = h.state;
  }
  return state;
}

/**
 * The first virtual time in [fromMs, toMs) at which one of `names` was in ALARM, with the alarms in ALARM
 * then; null if none was.
 * @param {Record<string, Alarm>} alarms @param {string[]} names @param {number} fromMs @param {number} toMs
 * @returns {{atMs: number, names: string[]}|null}
 */
export function firstAlarm(alarms, names, fromMs, toMs) {
  const times = [fromMs, ...names.flatMap((n) => (alarms[n]?.history ?? []).map((h) => h.atMs))]
    .filter((t) => t >= fromMs && t < toMs)
    .sort((a, b) => a - b);
  for (const t of times) {
    const firing = names.filter((n) => stateAt(alarms[n], t) === 'ALARM');
    if (firing.length) return { atMs: t, names: firing };
  }
  return null;
}
