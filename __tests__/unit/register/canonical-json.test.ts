/** The same registration request, whatever order its fields were built in, gives the same bytes and ClientToken. */
import { canonicalJson, clientToken } from '../../../src/register/identity.js';

const sorted = '{"a":1,"b":{"x":true,"y":[{"m":1,"n":2}],"z":null},"c":"3","d":4,"e":5}';
const orders = [
  { e: 5, d: 4, c: '3', b: { z: null, y: [{ n: 2, m: 1 }], x: true }, a: 1 },
  { c: '3', a: 1, e: 5, b: { y: [{ m: 1, n: 2 }], x: true, z: null }, d: 4 },
  { a: 1, b: { x: true, y: [{ m: 1, n: 2 }], z: null }, c: '3', d: 4, e: 5 },
  { d: 4, e: 5, b: { x: true, z: null, y: [{ n: 2, m: 1 }] }, a: 1, c: '3' }
];

test('fields are sorted at every level, whatever order they were written in (arrays keep their order)', () => {
  for (const value of orders) expect(canonicalJson(value)).toBe(sorted);
  expect(canonicalJson({ list: [3, 1, 2] })).toBe('{"list":[3,1,2]}');
});

test('the ClientToken does not depend on field order, and differs for a different body', () => {
  const tokens = orders.map((o) => clientToken(o as never));
  expect(new Set(tokens).size).toBe(1);
  expect(clientToken({ ...orders[0], e: 6 } as never)).not.toBe(tokens[0]);
});

test('the ClientToken of a body is fixed across releases (a re-run with a newer action finds the same version)', () => {
  // Pinned values: changing the derivation would make every earlier run's token meet a "different" body.
  expect(clientToken({ ModelPackageGroupName: 'fraud-model' } as never)).toBe('7fd4f902-fc1f-34c4-ea98-1db7e1075bb7');
  expect(clientToken({ ModelPackageGroupName: 'fraud-model', ClientToken: 'ignored' } as never)).toBe('7fd4f902-fc1f-34c4-ea98-1db7e1075bb7');
  expect(clientToken({ ModelPackageGroupName: 'fraud-model' } as never, 1)).toBe('8bacf9a4-d5e5-b1fc-a939-65afd80034b6');
});
