/** The idempotency key and the ClientToken of a registration. Pure. */

/** node:crypto is loaded on first use, not at start-up (it pulls in streams and costs ~6 ms). */
function sha256(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

/**
 * The same group, commit and image always give the same key, so a re-run finds the version it made
 * instead of making another. Different commits give different keys.
 */
export function idempotencyKey(group: string, commit: string, image: string): string {
  return sha256(`${group}\n${commit}\n${image}`).slice(0, 32);
}

/** JSON with object keys sorted at every level: the same request always serialises to the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
  );
}

/**
 * A ClientToken in UUID layout (36 characters of [a-f0-9-]) derived from the request body (without its token),
 * so one token never meets two different bodies. `retry` > 0 after earlier versions of this body ended Failed.
 */
export function clientToken(body: { ClientToken?: string }, retry = 0): string {
  const rest = { ...body };
  delete rest.ClientToken;
  const hex = sha256(`client-token:${canonicalJson(rest)}${retry ? `:${retry}` : ''}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
