#!/usr/bin/env node
/**
 * The bench's copy row: `replicate-to-ecr` (the bundled action, on the Node it runs on, against the simulator
 * for AWS) and `skopeo copy`, run alternately on the same image between the same kind of registries: an image
 * of incompressible layers (default four of 62.5 MiB), TLS both ways, Basic auth, a fresh destination registry
 * for every run. Wall time and peak RSS (/usr/bin/time) of each process; the medians' ratio.
 *
 *   node scripts/bench-copy.mjs [--runs N] [--layers 62.5,62.5,62.5,62.5] [--entry dist/index.js]
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { makeCertificate, pushRandomImage, startTlsRegistry, tempDir, timeSkopeo } from './copy-registries.mjs';
import { actionRuntime, ROOT, runnerEnv } from './run-action.mjs';
import { startSimProcess } from './sim-process.mjs';

const run = promisify(execFile);
const MiB = 1024 * 1024;
const SOURCE = { user: 'alice', password: 'bench-Source-pw' };
const ECR_PASSWORD = 'bench-ecr-token';
const TARGET = '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench-model';

/** One run of the bundled action replicating image to a fresh destination; { ms, maxRssKiB }. */
async function timeAction({ node, entry, sim, env, image, arn, group }) {
  const dir = tempDir('bench-copy-action');
  try {
    const inputs = { image, 'registry-secret-arn': arn, 'replicate-to-ecr': TARGET, 'model-package-group': group, comment: 'false' };
    const { env: runner } = runnerEnv({ inputs, env: { ...sim.env, ...env } }, dir);
    const { stdout, stderr } = await run('/usr/bin/time', ['-f', '%e %M', node, entry], { env: runner, cwd: dir, maxBuffer: 16 * MiB }).catch((err) => {
      throw new Error(`the action failed: ${err.stdout}\n${err.stderr}`);
    });
    if (!/Replicated to ECR: \d+ blobs copied/.test(stdout)) throw new Error(`the action did not replicate:\n${stdout}`);
    const [seconds, kib] = stderr.trim().split('\n').at(-1).split(' ').map(Number);
    return { ms: seconds * 1000, maxRssKiB: kib };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Measures the copy row: { imageMiB, layers, actionMs, skopeoMs, ratio, actionRssMiB, skopeoRssMiB, node }.
 * Times are medians over `runs`, peak RSS the largest seen.
 */
export async function benchCopy({ runs = 3, layers = [62.5, 62.5, 62.5, 62.5], entry = join(ROOT, 'dist/index.js'), log = () => undefined } = {}) {
  const node = actionRuntime();
  const tls = await makeCertificate();
  const users = { [SOURCE.user]: SOURCE.password, AWS: ECR_PASSWORD };
  const source = await startTlsRegistry(tls, users);
  const sim = await startSimProcess(['--package-delay-ms', '0']);
  const action = [];
  const skopeo = [];
  try {
    const sizes = layers.map((l) => Math.round(l * MiB));
    const pushed = await pushRandomImage(tls, { host: source.host, repository: 'org/model', creds: `${SOURCE.user}:${SOURCE.password}`, tag: 'v1' }, sizes);
    const secret = JSON.parse(await sim.control('secrets', { name: 'bench/source', secretString: JSON.stringify({ username: SOURCE.user, password: SOURCE.password }) }));
    for (let i = 0; i < runs; i++) {
      for (const which of i % 2 ? ['skopeo', 'action'] : ['action', 'skopeo']) {
        const dest = await startTlsRegistry(tls, users);
        try {
          if (which === 'action') {
            await sim.control('config', { ecrProxyEndpoint: `https://${dest.host}`, ecrPassword: ECR_PASSWORD });
            const args = { node: node.path, entry, sim, env: { NODE_EXTRA_CA_CERTS: tls.cert }, image: `${source.host}/org/model:v1`, arn: secret.ARN ?? secret.arn, group: `bench-copy-${i}` };
            action.push(await timeAction(args));
          } else {
            const auths = { [source.host]: `${SOURCE.user}:${SOURCE.password}`, [dest.host]: `AWS:${ECR_PASSWORD}` };
            skopeo.push(await timeSkopeo(tls, { from: `${source.host}/org/model:v1`, to: `${dest.host}/bench-model:v1`, auths }));
          }
          const last = (which === 'action' ? action : skopeo).at(-1);
          log(`${which} run ${i + 1}: ${last.ms} ms, peak RSS ${(last.maxRssKiB / 1024).toFixed(0)} MiB`);
        } finally {
          await dest.stop();
        }
      }
    }
    const actionMs = median(action.map((r) => r.ms));
    const skopeoMs = median(skopeo.map((r) => r.ms));
    return {
      node: node.version,
      imageMiB: pushed.bytes / MiB,
      layers: layers.length,
      actionMs,
      skopeoMs,
      ratio: actionMs / skopeoMs,
      actionRssMiB: Math.max(...action.map((r) => r.maxRssKiB)) / 1024,
      skopeoRssMiB: Math.max(...skopeo.map((r) => r.maxRssKiB)) / 1024
    };
  } finally {
    await sim.stop();
    await source.stop();
    rmSync(tls.dir, { recursive: true, force: true });
  }
}

/** The row as the bench prints it. */
export function copyRow(r) {
  const rate = (ms) => `${(r.imageMiB / (ms / 1000)).toFixed(0)} MiB/s`;
  return [
    `copy: ${r.imageMiB.toFixed(0)} MiB, ${r.layers} layers, TLS, Basic auth (node ${r.node})`,
    `action ${(r.actionMs / 1000).toFixed(2)} s (${rate(r.actionMs)}), skopeo ${(r.skopeoMs / 1000).toFixed(2)} s (${rate(r.skopeoMs)}), ` +
      `ratio ${r.ratio.toFixed(2)}x skopeo's time; peak RSS action ${r.actionRssMiB.toFixed(0)} MiB, skopeo ${r.skopeoRssMiB.toFixed(0)} MiB`
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, layers: { type: 'string' }, entry: { type: 'string' }, verbose: { type: 'boolean' } } });
  const layers = values.layers?.split(',').map(Number);
  const entry = values.entry && (isAbsolute(values.entry) ? values.entry : join(process.cwd(), values.entry));
  const r = await benchCopy({ runs: Number(values.runs), ...(layers ? { layers } : {}), ...(entry ? { entry } : {}), log: values.verbose ? console.log : undefined });
  for (const line of copyRow(r)) console.log(line);
}
