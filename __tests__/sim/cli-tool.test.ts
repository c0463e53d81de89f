/**
 * `npm run sim` as a tool: the port defaults to 4566, a port in use is one line (no stack trace), and the server
 * stops when the process that started it ends, also when npm is killed and its shell lives on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';

const CLI = fileURLToPath(new URL('../../sim/cli.js', import.meta.url));
const started: ChildProcess[] = [];
const pids: number[] = [];

afterEach(() => {
  for (const pid of pids.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function run(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  started.push(child);
  return child;
}

/** Everything the process wrote until it exited, and its exit code. */
function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out, err })));
}

/** Resolves with the text once `pattern` appears in the stream; rejects when the process ends first. */
function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp, ms = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms: ${buf}`)), ms);
    child[stream]!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (pattern.test(buf)) {
        clearTimeout(timer);
        resolve(buf);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!pattern.test(buf)) reject(new Error(`exited (${code}) before ${pattern}: ${buf}`));
    });
  });
}

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (!alive(pid)) return true;
  return false;
}

describe('npm run sim', () => {
  it('without --port listens on 4566 (or says in one line that 4566 is taken)', async () => {
    const child = run([]);
    const result = finished(child);
    const first = await Promise.race([waitFor(child, 'stdout', /SIM_URL=\S+\n/), result.then((r) => r.err)]);
    if (/SIM_URL=/.test(first)) {
      expect(first).toMatch(/^export SIM_URL=http:\/\/127\.0\.0\.1:4566$/m);
      child.kill('SIGTERM');
      expect((await result).code).toBe(0);
    } else {
      // Someone else holds 4566 on this machine right now: the default still shows, in the one-line refusal.
      const r = await result;
      expect(r.err).toMatch(/^port 4566 on 127\.0\.0\.1 is in use/);
    }
  });

  it('a port in use is one line naming the port and the way out, exit 1, no stack trace', async () => {
    const { server, port } = await listen();
    try {
      const r = await finished(run(['--port', String(port)]));
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toBe(`port ${port} on 127.0.0.1 is in use (another simulator still running?): stop it, or pass --port <n> (0 picks a free port)\n`);
    } finally {
      server.close();
    }
  });

  it('a port that is no port is a usage error', async () => {
    const r = await finished(run(['--port', '70000']));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('--port needs a port number (0-65535)');
  });
});

/**
 * A parent process that starts the simulator (directly, or through `sh -c` as npm does) and prints the
 * simulator's pid and its export lines; killing the parent with SIGKILL gives it no chance to clean up.
 */
function parent(viaShell: boolean): ChildProcess {
  const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --port 0`;
  const script = `
    const { spawn } = require('node:child_process');
    const child = ${viaShell ? `spawn('sh', ['-c', ${JSON.stringify(`${cmd} & echo "sim pid $!"; wait`)}], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, npm_lifecycle_script: 'node sim/cli.js' } })` : `spawn(process.execPath, [${JSON.stringify(CLI)}, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })`};
    ${viaShell ? '' : "process.stdout.write('sim pid ' + child.pid + '\\n');"}
    child.stdout.pipe(process.stdout);
    setInterval(() => {}, 1000);`;
  const p = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(p);
  return p;
}

describe('stops with the process that started it', () => {
  it.each([
    ['a script killed with SIGKILL', false],
    ['npm killed with SIGKILL while its shell lives on', true]
  ])('%s', async (_label, viaShell) => {
    const p = parent(viaShell);
    const out = await waitFor(p, 'stdout', /sim pid \d+[\s\S]*SIM_URL=\S+\n/);
    const pid = Number(/sim pid (\d+)/.exec(out)![1]);
    pids.push(pid);
    const url = /SIM_URL=(\S+)/.exec(out)![1]!;
    expect((await fetch(`${url}/_sim/health`)).status).toBe(200);
    p.kill('SIGKILL');
    expect(await gone(pid)).toBe(true);
    await expect(fetch(`${url}/_sim/health`)).rejects.toThrow();
  });
});
