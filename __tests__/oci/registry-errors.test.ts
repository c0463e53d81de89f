/** What a registry's error answer contributes to a message, and how long its Retry-After makes the action wait. */
import { errorCodes, retryAfterMs } from '../../src/oci/errors.js';

test('only the string codes of a JSON error body are reported; anything else in it is ignored', async () => {
  const body = JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN' }, { code: 42 }, { code: { injected: true } }, {}, { code: 'NAME_UNKNOWN' }] });
  expect(await errorCodes(new Response(body))).toEqual(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN']);
  expect(await errorCodes(new Response('not json'))).toEqual([]);
});

test('a negative Retry-After means no wait, not a negative one', () => {
  expect(retryAfterMs('-5')).toBe(0);
  expect(retryAfterMs('3')).toBe(3000);
});
