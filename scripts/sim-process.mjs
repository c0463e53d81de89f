/** Starts the simulator as its own process (as a user would with `npm run sim`) and reads its export lines. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './run-action.mjs';

export async function startSimProcess(args = []) {
  const child = spawn(process.execPath, [join(ROOT, 'sim/cli.js'), '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const env = await new Promise((resolvePromise, reject) => {
    let out = '';
    const found = {};
    child.stdout.on('data', (d) => {
      out += d;
      for (const m of out.matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)) found[m[1]] = m[2];
      if (found.SIM_URL && found.AWS_ENDPOINT_URL_SAGEMAKER) resolvePromise(found);
    });
    child.on('exit', (code) => reject(new Error(`simulator exited with ${code}: ${stderr}`)));
  });
  const control = async (path, body) => {
    const res = await fetch(`${env.SIM_URL}/_sim/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    return res.text();
  };
  const requests = async () => (await control('requests')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const stop = () =>
    new Promise((resolvePromise) => {
      child.once('exit', resolvePromise);
      child.kill('SIGTERM');
    });
  return { env, control, requests, stop };
}
