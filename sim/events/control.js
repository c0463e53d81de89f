/**
 * Control routes of the EventBridge delivery and of the GitHub dispatches (JSON out, not logged):
 *   GET  /_sim/events/deliveries        every delivery since the last reset: rule, target, endpoint, body, attempts
 *                                       (time, HTTP status or error, GitHub's answer), outcome (pending, delivered,
 *                                       dropped, retries-exhausted, failed: …) and deadLetterArn when the event went there
 *   POST /_sim/events/settle            waits until no delivery is in flight (retries wait on the virtual clock: advance it)
 *   GET  /_sim/github/dispatches[?owner=&repo=]   the repository_dispatch events received, oldest first, each with `event`:
 *                                       the webhook payload of the run it starts (GITHUB_EVENT_PATH)
 * Answers null for other paths.
 */
import { dispatchesOf, dispatchEvent } from '../github/dispatches.js';
import { githubOf } from '../github/state.js';

/**
 * @param {import('../server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<object|null>}
 */
export async function eventsControl(core, req) {
  const url = new URL(req.url ?? '/', 'http://sim');
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  if (route === 'GET /_sim/events/deliveries') return core.events.list();
  if (route === 'POST /_sim/events/settle') {
    await core.events.settle();
    return { deliveries: core.events.deliveries.length };
  }
  if (route === 'GET /_sim/github/dispatches') {
    const owner = url.searchParams.get('owner')?.toLowerCase();
    const repo = url.searchParams.get('repo')?.toLowerCase();
    return dispatchesOf(githubOf(core.state))
      .filter((d) => (!owner || d.owner.toLowerCase() === owner) && (!repo || d.repo.toLowerCase() === repo))
      .map((d) => ({ ...d, event: dispatchEvent(core.url, d) }));
  }
  return null;
}
