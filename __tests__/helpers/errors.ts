/** Errors as the tests meet them: an AWS SDK error, and the error a call throws or a promise rejects with. */
import { expect } from '@jest/globals';
import { InputError } from '../../src/errors.js';

/** An AWS SDK service error: its name, its message and the response metadata. */
export function awsError(name: string, message: string, metadata: Record<string, unknown> = { httpStatusCode: 400 }): Error {
  return Object.assign(new Error(message), { name, $metadata: metadata });
}

/** What `promise` rejects with, checked to be a `kind` (Error unless told); a promise that resolves fails the test. */
export async function rejection(promise: Promise<unknown>, kind: abstract new (...args: never[]) => Error = Error): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  if (!(err instanceof Error)) throw new Error('expected a rejection');
  expect(err).toBeInstanceOf(kind);
  return err;
}

/** The InputError `fn` throws; anything else (or nothing) fails the test. */
export function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
