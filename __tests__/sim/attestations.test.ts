import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { bundleFromJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import snappy from 'snappyjs';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';

let sim: Simulator;
const DIGEST = `sha256:${'a'.repeat(64)}`;
const SEED = { digest: DIGEST, repository: 'acme/models', workflow: '.github/workflows/build.yml', commit: 'c'.repeat(40) };
const ROUTE = 'GET /repos/{owner}/{repo}/attestations/{subject_digest}';
const octokit = (token = 'ghs_simtoken') => getOctokit(token, { baseUrl: sim.url });
const list = (query: Record<string, unknown> = {}, repo = { owner: 'acme', repo: 'models' }) =>
  octokit().rest.repos.listAttestations({ ...repo, subject_digest: DIGEST, ...query });

beforeAll(async () => {
  ({ sim } = await startSim({ clockSpeed: 1 }));
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

async function seed(body: Record<string, unknown> = {}) {
  const res = await control(sim, 'POST', '/_sim/github/attestations', { ...SEED, ...body });
  expect(res.status).toBe(200);
  return (await res.json()) as { id: number; digest: string; repository: string; repository_id: number; bundle: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const verifierOf = (root: unknown) => new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root)), { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 });
const trustedRoot = async (s: Simulator = sim) => (await control(s, 'GET', '/_sim/sigstore/trusted-root')).json();

describe('POST /_sim/github/attestations', () => {
  test('signs a v0.3 bundle: DSSE in-toto statement (SLSA provenance v1) for the digest, certificate with the GitHub claims', async () => {
    const out = await seed({ ref: 'refs/tags/v1' });
    expect(out).toMatchObject({ id: 1, digest: DIGEST, repository: 'acme/models', repository_id: expect.any(Number) });
    expect(out.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const statement = JSON.parse(Buffer.from(out.bundle.dsseEnvelope.payload, 'base64').toString());
    expect(statement).toMatchObject({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', subject: [{ digest: { sha256: 'a'.repeat(64) } }] });
    const cert = X509Certificate.parse(Buffer.from(out.bundle.verificationMaterial.certificate.rawBytes, 'base64'));
    const claim = (n: number) => cert.extension(`1.3.6.1.4.1.57264.1.${n}`)?.value.subarray(2).toString();
    expect(cert.subjectAltName).toBe('https://github.com/acme/models/.github/workflows/build.yml@refs/tags/v1');
    expect([claim(8), claim(9), claim(12), claim(13), claim(14)]).toEqual([
      'https://token.actions.githubusercontent.com',
      'https://github.com/acme/models/.github/workflows/build.yml@refs/tags/v1',
      'https://github.com/acme/models',
      'c'.repeat(40),
      'refs/tags/v1'
    ]);
    const signer = verifierOf(await trustedRoot()).verify(toSignedEntity(bundleFromJSON(out.bundle)));
    expect(signer.identity?.extensions?.issuer).toBe('https://token.actions.githubusercontent.com');
  });

  test('tamper: a signature that does not verify, or a CA the trusted root does not list', async () => {
    const verifier = verifierOf(await trustedRoot());
    const bad = await seed({ tamper: 'signature' });
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bad.bundle)))).toThrow(/signature verification failed/);
    const rogue = await seed({ tamper: 'untrusted-ca' });
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(rogue.bundle)))).toThrow(/certificate chain/);
  });

  test('subjectDigest: the statement names another digest than the one it is listed under', async () => {
    const out = await seed({ subjectDigest: `sha256:${'e'.repeat(64)}` });
    expect(out.digest).toBe(DIGEST);
    expect(JSON.parse(Buffer.from(out.bundle.dsseEnvelope.payload, 'base64').toString()).subject[0].digest.sha256).toBe('e'.repeat(64));
  });

  test.each([
    [{ digest: 'sha256:abc' }, 'digest must be sha256:<64 lower-case hex>'],
    [{ repository: 'acme' }, 'repository must be owner/name'],
    [{ commit: 'main' }, 'commit must be 40 lower-case hex'],
    [{ workflow: 'a b.yml' }, 'workflow must be a workflow file path'],
    [{ tamper: 'everything' }, "tamper must be 'signature' or 'untrusted-ca'"],
    [{ other: 1 }, 'unknown member(s): other']
  ])('bad body %j: 400', async (over, message) => {
    const res = await control(sim, 'POST', '/_sim/github/attestations', { ...SEED, ...over });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'BadRequest', message: expect.stringContaining(message) });
  });
});

describe('GET /repos/{owner}/{repo}/attestations/{subject_digest}', () => {
  test('by reference (GitHub since 2026-07): bundle null, bundle_url serving the snappy-compressed bundle without a token', async () => {
    const seeded = await seed();
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      attestations: [{ bundle: null, repository_id: seeded.repository_id, bundle_url: `${sim.url}/_sim/blobs/attestations/1.json.sn`, initiator: 'user' }]
    });
    const blob = await fetch(res.data.attestations![0]!.bundle_url!);
    expect(blob.headers.get('content-type')).toBe('application/x-snappy');
    expect(JSON.parse(Buffer.from(snappy.uncompress(new Uint8Array(await blob.arrayBuffer()))).toString())).toEqual(seeded.bundle);
    expect((await fetch(`${sim.url}/_sim/blobs/attestations/99.json.sn`)).status).toBe(404);
  });

  test("delivery 'inline': the bundle in the answer, no URL; names are case-insensitive", async () => {
    const seeded = await seed({ delivery: 'inline' });
    const res = await list({}, { owner: 'ACME', repo: 'Models' });
    expect(res.data.attestations).toEqual([{ bundle: seeded.bundle, repository_id: seeded.repository_id, initiator: 'user' }]);
  });

  test('none for the digest or the repository: 404 Not Found, as GitHub', async () => {
    await seed({ digest: `sha256:${'b'.repeat(64)}` });
    await seed({ listIn: 'acme/other' });
    const err = (await rejection(list())) as Error & { status?: number; response?: { data?: unknown } };
    expect(err.status).toBe(404);
    expect(err.response?.data).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/attestations#list-attestations' });
    expect((await list({}, { owner: 'acme', repo: 'other' })).data.attestations).toHaveLength(1);
  });

  test('pages: newest first, per_page with after/before cursors in the Link header', async () => {
    for (let i = 0; i < 5; i++) await seed({ commit: String(i).repeat(40) });
    const first = await list({ per_page: 2 });
    const ids = (r: typeof first) => r.data.attestations!.map((a) => a.bundle_url!.replace(/.*\/(\d+)\.json\.sn$/, '$1'));
    expect(ids(first)).toEqual(['5', '4']);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link ?? '')![1]!;
    expect(next).toMatch(/[?&]after=/);
    const second = await octokit().request({ method: 'GET', url: next });
    expect(ids(second as typeof first)).toEqual(['3', '2']);
    expect(second.headers.link).toMatch(/rel="prev".*rel="next"/);
    const all = await octokit().paginate.iterator(octokit().rest.repos.listAttestations, { owner: 'acme', repo: 'models', subject_digest: DIGEST, per_page: 2 });
    const sizes: number[] = [];
    for await (const page of all) sizes.push((page.data as { attestations?: unknown[] }).attestations?.length ?? -1);
    expect(sizes).toEqual([2, 2, 1]);
    expect(((await rejection(list({ after: 'bogus' }))) as { status?: number }).status).toBe(400);
  });

  test('a token is required; faults apply to the route', async () => {
    await seed();
    expect(((await rejection(octokit('nope').rest.repos.listAttestations({ owner: 'acme', repo: 'models', subject_digest: DIGEST }))) as { status?: number }).status).toBe(401);
    await control(sim, 'POST', '/_sim/faults', { deny: [ROUTE] });
    expect(((await rejection(list())) as { status?: number }).status).toBe(403);
    expect(sim.requests({ operation: ROUTE }).map((r: { status: number }) => r.status)).toEqual([401, 403]);
  });

  test('a reset forgets the attestations', async () => {
    await seed();
    sim.reset();
    expect(((await rejection(list())) as { status?: number }).status).toBe(404);
  });
});

describe('GET /_sim/sigstore/trusted-root', () => {
  test('one CA and one transparency log, the same keys in every simulator: a persisted bundle still verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-attest-'));
    try {
      const root = await trustedRoot();
      expect(root).toMatchObject({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', ctlogs: [], timestampAuthorities: [] });
      expect(root.tlogs).toHaveLength(1);
      expect(root.certificateAuthorities).toHaveLength(1);
      const statePath = join(dir, 'state.json');
      const { sim: first } = await startSim({ statePath });
      await control(first, 'POST', '/_sim/github/attestations', SEED);
      await first.close();
      const { sim: second } = await startSim({ statePath });
      try {
        const res = await getOctokit('ghs_simtoken', { baseUrl: second.url }).rest.repos.listAttestations({ owner: 'acme', repo: 'models', subject_digest: DIGEST });
        const blob = await fetch(res.data.attestations![0]!.bundle_url!);
        const bundle = JSON.parse(Buffer.from(snappy.uncompress(new Uint8Array(await blob.arrayBuffer()))).toString());
        expect(() => verifierOf(root).verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow();
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
