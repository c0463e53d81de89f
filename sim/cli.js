#!/usr/bin/env node
/**
 * node sim/cli.js [--port <n>] [--state <file>] [--log <file>] [--speed <x>] [--package-delay-ms <n>] [--search-delay-ms <n>]
 * Runs in the foreground on port 4566 unless told otherwise. On start prints one `export NAME=value` line per
 * environment variable a client needs, AWS_DEFAULT_REGION included (stdout; nothing else goes to stdout); closes
 * cleanly on SIGINT/SIGTERM and when the process that started it ends (npm, a script, a test), so no server is
 * left holding the port. Errors are one line on stderr.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startSimulator } from './server.js';

export const DEFAULT_PORT = 4566;
const USAGE = 'usage: node sim/cli.js [--port <n> (default 4566; 0 picks a free port)] [--state <file>] [--log <file>] [--speed <x>] [--package-delay-ms <n>] [--search-delay-ms <n>]';

/** @param {string[]} argv */
export function parseArgs(argv) {
  /** @type {import('./server.js').SimOptions} */
  const opts = {};
  const num = (flag, v) => {
    const n = Number(v);
    if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number >= 0`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const v = argv[i + 1];
    switch (flag) {
      case '--port': opts.port = num(flag, v); break;
      case '--state': if (!v) throw new Error('--state needs a file'); opts.statePath = v; break;
      case '--log': if (!v) throw new Error('--log needs a file'); opts.logPath = v; break;
      case '--speed': opts.clockSpeed = num(flag, v); break;
      case '--package-delay-ms': opts.packageDelayMs = num(flag, v); break;
      case '--search-delay-ms': opts.searchDelayMs = num(flag, v); break;
      default: throw new Error(`unknown argument ${flag}`);
    }
    i++;
  }
  if (opts.port !== undefined && (!Number.isInteger(opts.port) || opts.port > 65535)) throw new Error('--port needs a port number (0-65535)');
  opts.port ??= DEFAULT_PORT;
  return opts;
}

/** The parent of a process, or undefined when it cannot be read (Linux /proc, else ps). */
function parentOf(pid) {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || undefined;
  } catch {
    try {
      return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 }).trim()) || undefined;
    } catch {
      return undefined;
    }
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

/**
 * The processes whose end stops the simulator: its parent and, under `npm run` (which starts it through a shell
 * that outlives a killed npm), npm itself. Never init (pid 1).
 */
function watchedParents(ppid = process.ppid, viaNpm = /\bsim\/cli\.js\b/.test(process.env.npm_lifecycle_script ?? '')) {
  const out = ppid > 1 ? [ppid] : [];
  const grand = viaNpm && ppid > 1 ? parentOf(ppid) : undefined;
  if (grand && grand > 1) out.push(grand);
  return out;
}

/** Calls stop once when a watched process ends (or this one is handed to another parent). */
function watchParents(stop, everyMs = 500) {
  const parents = watchedParents();
  const first = process.ppid;
  const timer = setInterval(() => {
    const gone = process.ppid !== first ? first : parents.find((pid) => !alive(pid));
    if (gone === undefined) return;
    clearInterval(timer);
    stop(`the process that started it (pid ${gone}) ended`);
  }, everyMs);
  timer.unref();
}

/** One line for an error at start: the port in use names the remedy; anything else its message, no stack. */
function startError(e, port) {
  const err = /** @type {NodeJS.ErrnoException} */ (e);
  if (err?.code === 'EADDRINUSE') return `port ${port} on 127.0.0.1 is in use (another simulator still running?): stop it, or pass --port <n> (0 picks a free port)`;
  if (err?.code === 'EACCES') return `port ${port} on 127.0.0.1 may not be opened by this user: pass --port <n> above 1023 (0 picks a free port)`;
  return `the simulator could not start: ${String(err?.message ?? err).split('\n')[0]}`;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${/** @type {Error} */ (e).message}\n${USAGE}\n`);
    process.exit(2);
  }
  let sim;
  try {
    sim = await startSimulator(opts);
  } catch (e) {
    process.stderr.write(`${startError(e, opts.port)}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${why}, closing\n`);
    await sim.close();
    process.exit(0);
  };
  // Before the export lines: whoever reads them may signal at once, and a signal without a handler kills the process.
  process.once('SIGINT', () => stop('received SIGINT'));
  process.once('SIGTERM', () => stop('received SIGTERM'));
  process.once('SIGHUP', () => stop('received SIGHUP'));
  watchParents(stop);
  // AWS_DEFAULT_REGION too: the AWS CLI v1 and older boto3 read only that one
  const env = { ...sim.env, AWS_DEFAULT_REGION: sim.env.AWS_REGION };
  process.stdout.write(Object.entries(env).map(([k, v]) => `export ${k}=${v}\n`).join(''));
  process.stderr.write(`AWS simulator listening on ${sim.url} (control API: ${sim.url}/_sim/health)\n`);
}

main().catch((e) => {
  process.stderr.write(`${startError(e, '?')}\n`);
  process.exit(1);
});
