/**
 * Runs once before the suite. Stops the run at once, with one message, when something the tests need is
 * missing (rather than letting tests fail one by one with spawn ENOENT), then starts the no-credential check.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { actionRuntime } from '../../scripts/run-action.mjs';
import { setup as leakCheckSetup } from './leak-check.mjs';

/** [command, Debian package]; docker-registry is started by its absolute path (helpers/registry.ts). */
export const TOOLS = [
  ['/usr/bin/docker-registry', 'docker-registry'],
  ['skopeo', 'skopeo'],
  ['htpasswd', 'apache2-utils'],
  ['openssl', 'openssl']
];
export const INSTALL = 'sudo apt-get update && sudo apt-get install -y docker-registry skopeo apache2-utils openssl';

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The tools from TOOLS that cannot be found (absolute paths as given, other names on PATH). */
export function missingTools(path = process.env.PATH ?? '') {
  const dirs = path.split(delimiter).filter(Boolean);
  return TOOLS.filter(([cmd]) => (cmd.startsWith('/') ? !executable(cmd) : !dirs.some((d) => executable(join(d, cmd)))));
}

export default function setup() {
  const missing = missingTools();
  if (missing.length) {
    const names = missing.map(([cmd, pkg]) => (cmd.endsWith(pkg) ? cmd : `${cmd} (package ${pkg})`)).join(', ');
    throw new Error(`The tests need real registry tools that are missing: ${names}.\nInstall them with:\n  ${INSTALL}`);
  }
  // Under REQUIRE_NODE24=1 (.ci/run) this throws unless the action will run on Node 24: one message, not one per test.
  const runtime = actionRuntime();
  process.stdout.write(`\nThe action runs on node ${runtime.version} (${runtime.path}); Jest itself on node ${process.version}.\n`);
  leakCheckSetup();
}
