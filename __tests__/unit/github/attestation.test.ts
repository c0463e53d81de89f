import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError } from '../../../src/errors.js';
import { requireAttestation, type RequireAttestationOptions } from '../../../src/github/attestation.js';
import { startSim, type Sim } from '../../helpers/sim.js';

const REPO = 'acme/models';
const WORKFLOW = '.github/workflows/build.yml';
const COMMIT = 'c'.repeat(40);
const DIGEST = `sha256:${'a'.repeat(64)}`;
const SERVER = 'https://github.com';

let sim: Sim;
let dir: string;
let rootPath: string;

beforeAll(async () => {
  sim = await startSim({ clockSpeed: 1 });
  dir = mkdtempSync(join(tmpdir(), 'attestation-'));
  rootPath = join(dir, 'trusted_root.json');
  writeFileSync(rootPath, JSON.stringify(await sim.control('sigstore/trusted-root')));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => sim.reset());

const attest = (over: Record<string, unknown> = {}) => sim.control('github/attestations', { digest: DIGEST, repository: REPO, workflow: WORKFLOW, commit: COMMIT, ...over });

function options(over: Partial<RequireAttestationOptions> = {}): RequireAttestationOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    digest: DIGEST,
    policy: { repository: REPO, workflow: WORKFLOW, commit: COMMIT },
    token: 'ghs_simtoken',
    apiUrl: sim.url,
    serverUrl: SERVER,
    trustedRoot: rootPath,
    log: { info: (m: string) => lines.push(m) },
    lines,
    ...over
  };
}

async function refusal(o: RequireAttestationOptions): Promise<string> {
  const err = await requireAttestation(o).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(ActionError);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('requireAttestation against the simulator', () => {
  test('an image attested by the workflow of this repository at the commit passes, with the proof', async () => {
    await attest();
    const o = options();
    await expect(requireAttestation(o)).resolves.toEqual({
      signerWorkflow: `${REPO}/${WORKFLOW}@refs/heads/main`,
      sourceRepository: REPO,
      commit: COMMIT,
      predicateType: 'https://slsa.dev/provenance/v1',
      bundles: 1
    });
    expect(o.lines.join('\n')).toContain(`${DIGEST} was built by ${REPO}/${WORKFLOW}@refs/heads/main`);
  });

  test('a bundle given inline (the earlier API answer) passes too; any ref of the workflow is accepted', async () => {
    await attest({ delivery: 'inline', ref: 'refs/tags/v1.2.0' });
    await expect(requireAttestation(options())).resolves.toMatchObject({ signerWorkflow: `${REPO}/${WORKFLOW}@refs/tags/v1.2.0` });
  });

  test('one good attestation among others that disagree passes', async () => {
    await attest();
    await attest({ commit: 'd'.repeat(40) });
    const o = options();
    await expect(requireAttestation(o)).resolves.toMatchObject({ bundles: 2 });
    // Listed newest first: the good one is the second.
    expect(o.lines.join('\n')).toContain('(SLSA provenance, Sigstore-verified; attestation 2 of 2).');
  });

  test('another commit is refused, naming it', async () => {
    await attest({ commit: 'd'.repeat(40) });
    const m = await refusal(options());
    expect(m).toContain(`none of the 1 attestation(s) GitHub lists for ${DIGEST} in ${REPO}`);
    expect(m).toContain(`#1 for commit ${'d'.repeat(40)}`);
    expect(m).not.toContain('signed by workflow');
  });

  test('another workflow of the same repository is refused, naming it', async () => {
    await attest({ workflow: '.github/workflows/other.yml' });
    const m = await refusal(options());
    expect(m).toContain(`#1 signed by workflow ${REPO}/.github/workflows/other.yml@refs/heads/main`);
    expect(m).not.toContain('for commit');
  });

  test('a workflow whose path only starts like the expected one is refused', async () => {
    await attest({ workflow: '.github/workflows/build.yml.evil' });
    expect(await refusal(options())).toContain('signed by workflow acme/models/.github/workflows/build.yml.evil@refs/heads/main');
  });

  test('another repository (its workflow of the same name) is refused, naming it', async () => {
    await attest({ repository: 'evil/models', listIn: REPO });
    const m = await refusal(options());
    expect(m).toContain('for repository https://github.com/evil/models');
    expect(m).toContain('signed by workflow evil/models/.github/workflows/build.yml@refs/heads/main');
  });

  test('another GitHub server (the same names) is refused: issuer and repository differ', async () => {
    await attest({ serverUrl: 'https://ghes.example.com' });
    const m = await refusal(options());
    expect(m).toContain('#1 issued for OIDC issuer https://ghes.example.com/_services/token, for repository https://ghes.example.com/acme/models');
  });

  test('on GitHub Enterprise Server the server URL and its token issuer are expected', async () => {
    await attest({ serverUrl: 'https://ghes.example.com' });
    await expect(requireAttestation(options({ serverUrl: 'https://ghes.example.com' }))).resolves.toMatchObject({ sourceRepository: REPO });
  });

  test('no attestation at all is refused (GitHub answers 404)', async () => {
    await attest({ digest: `sha256:${'b'.repeat(64)}` });
    const m = await refusal(options());
    expect(m).toBe(
      `Refused: GitHub has no attestation for ${DIGEST} in ${REPO}; the image must be attested by ${REPO}/${WORKFLOW} at commit cccccccccccc (actions/attest-build-provenance).`
    );
  });

  test('a tampered signature is refused', async () => {
    await attest({ tamper: 'signature' });
    expect(await refusal(options())).toContain('#1 signature invalid');
  });

  test('a certificate from a CA the trusted root does not list is refused', async () => {
    await attest({ tamper: 'untrusted-ca' });
    expect(await refusal(options())).toContain('#1 certificate not issued by a trusted CA');
  });

  test('a bundle whose statement names another digest is refused, naming it', async () => {
    await attest({ subjectDigest: `sha256:${'e'.repeat(64)}` });
    expect(await refusal(options())).toContain('#1 for subject sha256:eeeeeeeeeeee…');
  });

  test('another predicate type is refused', async () => {
    await attest({ predicateType: 'https://spdx.dev/Document' });
    expect(await refusal(options())).toContain('#1 predicate https://spdx.dev/Document');
  });

  test.each([
    ['serverError', { serverError: { count: 10, operations: ['GET /repos/{owner}/{repo}/attestations/{subject_digest}'] } }, 'HTTP 500'],
    ['deny', { deny: ['GET /repos/{owner}/{repo}/attestations/{subject_digest}'] }, 'HTTP 403: the token cannot read them']
  ])('GitHub answering %s is a refusal (fail closed), even with a good attestation', async (_name, fault, text) => {
    await attest();
    await sim.control('faults', fault);
    const m = await refusal(options());
    expect(m).toContain(`Refused: the attestations of ${DIGEST} could not be read from GitHub for ${REPO}: ${text}`);
  });

  test('a bad token is a refusal', async () => {
    await attest();
    expect(await refusal(options({ token: 'ghs_unknown' }))).toContain('HTTP 401');
  });

  test('GitHub not reachable is a refusal', async () => {
    expect(await refusal(options({ apiUrl: 'http://127.0.0.1:9' }))).toContain('GitHub was not reachable');
  });

  test('at most five attestations are named; text from the certificate is bounded and kept to plain characters', async () => {
    for (let i = 0; i < 6; i++) await attest({ workflow: `.github/workflows/${'x'.repeat(200)}<b>\`${i}\`.yml` });
    const m = await refusal(options());
    expect(m).toContain('#5 signed by workflow acme/models/.github/workflows/xxx');
    expect(m).not.toContain('#6');
    expect(m).toContain('; and 1 more.');
    expect(m).not.toMatch(/[<>`]/);
    expect(m.length).toBeLessThan(1200);
  });

  test('every page is read: the one good attestation on the second page passes', async () => {
    await attest();
    for (let i = 0; i < 100; i++) await attest({ commit: 'd'.repeat(40) });
    await expect(requireAttestation(options())).resolves.toMatchObject({ bundles: 101 });
    expect((await sim.requests({ operation: 'GET /repos/{owner}/{repo}/attestations/{subject_digest}' })).length).toBe(2);
  });
});

describe('trusted roots', () => {
  const require = createRequire(import.meta.url);
  const publicGood = () => {
    const seeds = JSON.parse(readFileSync(require.resolve('@sigstore/tuf/seeds.json'), 'utf8')) as Record<string, { targets: Record<string, string> }>;
    return Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev']!.targets['trusted_root.json']!, 'base64').toString('utf8');
  };

  test('JSON lines of several roots (as gh attestation trusted-root writes): a bundle of any of them passes', async () => {
    await attest();
    const path = join(dir, 'roots.jsonl');
    writeFileSync(path, `${JSON.stringify(JSON.parse(publicGood()))}\n${readFileSync(rootPath, 'utf8')}\n`);
    await expect(requireAttestation(options({ trustedRoot: path }))).resolves.toMatchObject({ sourceRepository: REPO });
  });

  test('a root that does not list the signing CA refuses the bundle', async () => {
    await attest();
    const path = join(dir, 'public-good.json');
    writeFileSync(path, publicGood());
    expect(await refusal(options({ trustedRoot: path }))).toContain('#1 certificate not issued by a trusted CA');
  });

  test('a missing or malformed trusted root file is a refusal', async () => {
    await attest();
    expect(await refusal(options({ trustedRoot: join(dir, 'missing.json') }))).toContain('cannot be read (ENOENT)');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, 'not json');
    expect(await refusal(options({ trustedRoot: bad }))).toContain('is neither a trusted_root.json nor JSON lines');
  });

  test('arguments that are not a digest, owner/name or commit are refused before GitHub is asked', async () => {
    expect(await refusal(options({ digest: 'latest' }))).toContain('is not a sha256 image digest');
    expect(await refusal(options({ policy: { repository: 'acme', workflow: WORKFLOW, commit: COMMIT } }))).toContain('is not owner/name');
    expect(await refusal(options({ policy: { repository: REPO, workflow: WORKFLOW, commit: 'main' } }))).toContain('is not a 40-hex commit');
    expect(await sim.requests({ service: 'github' })).toEqual([]);
  });
});

describe('what is refused before anything is verified', () => {
  test('arguments are matched whole, and quoted bounded in the refusal', async () => {
    const o = (policy: Partial<RequireAttestationOptions['policy']>, digest = DIGEST) => options({ digest, policy: { repository: REPO, workflow: WORKFLOW, commit: COMMIT, ...policy } });
    for (const digest of [`x${DIGEST}`, `${DIGEST}0`]) expect(await refusal(o({}, digest))).toBe(`Refused: ${JSON.stringify(digest)} is not a sha256 image digest.`);
    expect(await refusal(o({}, 'y'.repeat(200)))).toBe(`Refused: "${'y'.repeat(80)}" is not a sha256 image digest.`);
    for (const repository of [`x ${REPO}`, `${REPO}/x`]) expect(await refusal(o({ repository }))).toBe(`Refused: ${JSON.stringify(repository)} is not owner/name.`);
    expect(await refusal(o({ repository: 'r'.repeat(200) }))).toBe(`Refused: "${'r'.repeat(120)}" is not owner/name.`);
    for (const commit of [`g${COMMIT}`, `${COMMIT}c`]) expect(await refusal(o({ commit }))).toBe(`Refused: ${JSON.stringify(commit)} is not a 40-hex commit.`);
    expect(await refusal(o({ commit: 'z'.repeat(100) }))).toBe(`Refused: "${'z'.repeat(80)}" is not a 40-hex commit.`);
    for (const workflow of [`${WORKFLOW}@refs/heads/main`, `@${WORKFLOW}`]) expect(await refusal(o({ workflow }))).toBe(`Refused: ${JSON.stringify(workflow)} is not a workflow file path.`);
    expect(await refusal(o({ workflow: ` ${'w'.repeat(200)}` }))).toBe(`Refused: " ${'w'.repeat(119)}" is not a workflow file path.`);
    expect(await sim.requests({ service: 'github' })).toEqual([]);
  });

  test('no attestation: that is the refusal, even when the trusted root could not be read', async () => {
    expect(await refusal(options({ trustedRoot: join(dir, 'missing.json') }))).toContain(`Refused: GitHub has no attestation for ${DIGEST} in ${REPO};`);
  });

  test('five attestations that disagree are all named, and none said to be more', async () => {
    for (let i = 0; i < 5; i++) await attest({ workflow: `.github/workflows/other${i}.yml` });
    const m = await refusal(options());
    expect(m).toContain('none of the 5 attestation(s)');
    expect(m).toMatch(/; #5 signed by workflow acme\/models\/\.github\/workflows\/other\d\.yml@refs\/heads\/main\.$/);
  });
});
