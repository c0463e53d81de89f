/**
 * Control API under /_sim/ (JSON in and out; not logged):
 *   GET    /_sim/health                     {ok: true}
 *   GET    /_sim/requests[?service=&operation=&since=<seq>]   NDJSON, one logged request a line
 *   POST   /_sim/reset                      clear state, log, faults; config back to start values
 *   GET    /_sim/state                      the whole state
 *   POST   /_sim/faults  {throttle, serverError, deny, failPackage}   (see faults.js)
 *   DELETE /_sim/faults                     clear every fault
 *   GET    /_sim/faults                     the active faults
 *   POST   /_sim/config  {packageDelayMs?, clockSpeed?}
 *   POST   /_sim/clock   {advanceMs}        -> {nowMs}
 */

/**
 * @param {import('./server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {string} body
 * @returns {{status: number, headers: Record<string, string>, body: string}}
 */
export function handleControl(core, req, body) {
  const url = new URL(req.url ?? '/', 'http://sim');
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  const json = (status, value) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  const bad = (message) => json(400, { error: 'BadRequest', message });
  let input = {};
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body);
    } catch {
      return bad('body is not JSON');
    }
  }
  try {
    switch (route) {
      case 'GET /_sim/health':
        return json(200, { ok: true });
      case 'GET /_sim/requests': {
        const since = url.searchParams.get('since');
        if (since !== null && !/^\d+$/.test(since)) return bad('since must be a sequence number');
        const entries = core.log.list({
          service: url.searchParams.get('service') ?? undefined,
          operation: url.searchParams.get('operation') ?? undefined,
          since: since === null ? undefined : Number(since),
        });
        return {
          status: 200,
          headers: { 'content-type': 'application/x-ndjson' },
          body: entries.map((e) => `${JSON.stringify(e)}\n`).join(''),
        };
      }
      case 'POST /_sim/reset':
        core.reset();
        return json(200, { ok: true });
      case 'GET /_sim/state':
        return json(200, core.state.toJSON());
      case 'GET /_sim/faults':
        return json(200, core.faults.toJSON());
      case 'POST /_sim/faults':
        core.faults.set(input);
        return json(200, core.faults.toJSON());
      case 'DELETE /_sim/faults':
        core.faults.clear();
        return json(200, { ok: true });
      case 'POST /_sim/config':
        core.configure(input);
        return json(200, { packageDelayMs: core.config.packageDelayMs, clockSpeed: core.clock.speed });
      case 'POST /_sim/clock':
        core.clock.advance(input.advanceMs);
        return json(200, { nowMs: core.clock.now() });
      default:
        return json(404, { error: 'NotFound', message: `No control route ${route}` });
    }
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) return bad(e.message);
    throw e;
  }
}
