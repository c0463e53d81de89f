/**
 * The one entry of the one bundle. dist/index.js is the register (+ deploy) action; the sub-actions' entries
 * (dist/promote.js, …) are one-line files that import this one, so the command is the entry file's name.
 */
import { run } from './main.js';

const COMMANDS: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  promote: () => import('./commands/promote.js'),
  rollback: () => import('./commands/rollback.js'),
  status: () => import('./commands/status.js'),
  prune: () => import('./commands/prune.js'),
  'approval-events': () => import('./commands/approval-events.js'),
  shadow: () => import('./commands/shadow.js'),
  share: () => import('./commands/share.js')
};

const entry = /([^/\\]+)\.[cm]?js$/.exec(process.argv[1] ?? '')?.[1] ?? 'index';
const command = Object.hasOwn(COMMANDS, entry) ? COMMANDS[entry] : undefined;
if (command) void command().then((m) => m.run());
else void run();
