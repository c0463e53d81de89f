/**
 * What of a multi-platform index is accepted and which entry a platform picks (src/oci/manifest.ts): entries
 * with an invalid digest are refused by their position, entries that are not images (an unknown os or an unknown
 * architecture) are left out, a platform matches on its os too, and content types are read without their spacing.
 */
import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.js';
import { findPlatform, indexEntries, mediaTypeOf } from '../../src/oci/manifest.js';

const WHERE = 'Registry registry.example.com (repository org/model)';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const d = (c: string) => `sha256:${c.repeat(64)}`;
const index = (manifests: unknown[]) => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }));

describe('index entries', () => {
  test('an entry without a valid digest is refused, named by its position in the index', () => {
    const body = index([
      { digest: d('a'), platform: { os: 'linux', architecture: 'amd64' } },
      { digest: 'sha256:ABC', platform: { os: 'linux', architecture: 'arm64' } }
    ]);
    expect(() => indexEntries(body, WHERE)).toThrow(ActionError);
    expect(() => indexEntries(body, WHERE)).toThrow(
      `${WHERE} returned a multi-platform index whose entry 2 has no valid digest (expected sha256:<64 lowercase hex characters>).`
    );
  });

  test('an entry whose os or whose architecture alone is unknown is not an image and is left out', () => {
    const body = index([
      { digest: d('a'), platform: { os: 'unknown', architecture: 'amd64' } },
      { digest: d('b'), platform: { os: 'linux', architecture: 'unknown' } },
      { digest: d('c'), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }
    ]);
    expect(indexEntries(body, WHERE)).toEqual([{ digest: d('c'), platform: 'linux/arm64/v8', os: 'linux', architecture: 'arm64', variant: 'v8' }]);
  });
});

describe('finding a platform', () => {
  const entries = indexEntries(
    index([
      { digest: d('1'), platform: { os: 'windows', architecture: 'amd64' } },
      { digest: d('2'), platform: { os: 'linux', architecture: 'amd64' } }
    ]),
    WHERE
  );

  test('the os must match as well as the architecture', () => {
    expect(findPlatform(entries, 'linux/amd64')?.digest).toBe(d('2'));
    expect(findPlatform(entries, 'windows/amd64')?.digest).toBe(d('1'));
    expect(findPlatform(entries, 'darwin/amd64')).toBeUndefined();
  });
});

describe('media types', () => {
  test('a content type is read without the spacing around its parameters', () => {
    expect(mediaTypeOf(`${OCI_INDEX} ; charset=utf-8`)).toBe(OCI_INDEX);
    expect(mediaTypeOf('application/json ; charset=utf-8')).toBeUndefined();
  });
});
