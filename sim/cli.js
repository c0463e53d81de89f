#!/usr/bin/env node
/**
 * node sim/cli.js --port <n> [--state <file>] [--log <file>] [--speed <x>] [--package-delay-ms <n>] [--search-delay-ms <n>]
 * Runs in the foreground. On start prints one `export NAME=value` line per environment variable a
 * client needs, AWS_DEFAULT_REGION included (stdout; nothing else goes to stdout); closes cleanly on SIGINT/SIGTERM.
 */
import { startSimulator } from './server.js';

const USAGE = 'usage: node sim/cli.js --port <n> [--state <file>] [--log <file>] [--speed <x>] [--package-delay-ms <n>] [--search-delay-ms <n>]';

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
  if (opts.port === undefined) throw new Error('--port is required (0 picks a free port)');
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${/** @type {Error} */ (e).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const sim = await startSimulator(opts);
  // AWS_DEFAULT_REGION too: the AWS CLI v1 and older boto3 read only that one
  const env = { ...sim.env, AWS_DEFAULT_REGION: sim.env.AWS_REGION };
  process.stdout.write(Object.entries(env).map(([k, v]) => `export ${k}=${v}\n`).join(''));
  process.stderr.write(`AWS simulator listening on ${sim.url} (control API: ${sim.url}/_sim/health)\n`);
  const stop = async (signal) => {
    process.stderr.write(`received ${signal}, closing\n`);
    await sim.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
