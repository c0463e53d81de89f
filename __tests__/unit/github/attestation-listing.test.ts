/**
 * requireAttestation over listed attestations whose bundle could not be had (GitHub listed it, the bundle URL
 * failed or was missing): each is a refusal naming its problem, never a pass. The listing and the trusted root are
 * stubbed here; the simulator's tests (attestation.test.ts) cover listing, download and verification.
 */
import { beforeEach, expect, jest, test } from '@jest/globals';
import type { ListedAttestation } from '../../../src/github/attestation-fetch.js';

const listed = jest.fn<() => Promise<ListedAttestation[]>>();
const checkBundle = jest.fn(async () => ({ problems: [] as string[] }));
jest.unstable_mockModule('../../../src/github/attestation-fetch.js', () => ({ listAttestations: listed }));
jest.unstable_mockModule('../../../src/github/attestation-trust.js', () => ({ loadVerifiers: async () => [] }));
jest.unstable_mockModule('../../../src/github/attestation-verify.js', () => ({ checkBundle }));
const { requireAttestation } = await import('../../../src/github/attestation.js');

const DIGEST = `sha256:${'a'.repeat(64)}`;
const options = {
  digest: DIGEST,
  policy: { repository: 'acme/models', workflow: '.github/workflows/build.yml', commit: 'c'.repeat(40) },
  token: 't',
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  log: { info: () => undefined }
};

beforeEach(() => {
  listed.mockReset();
  checkBundle.mockClear();
});

test('an attestation without a bundle is refused with its problem, or "no bundle"; it is never verified', async () => {
  listed.mockResolvedValue([{ problem: 'bundle download failed (HTTP 403)' }, {}]);
  await expect(requireAttestation(options)).rejects.toThrow(
    `Refused: none of the 2 attestation(s) GitHub lists for ${DIGEST} in acme/models was signed by acme/models/.github/workflows/build.yml at commit cccccccccccc: #1 bundle download failed (HTTP 403); #2 no bundle.`
  );
  expect(checkBundle).not.toHaveBeenCalled();
});
