// Rebuilds dist/ and fails when it differs from what is committed: the action runs dist/, not src/.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', '-s', 'bundle'], { stdio: ['ignore', 'ignore', 'inherit'] });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim()) {
  console.error('dist/ differs from the committed bundle. Run `npm run bundle` and commit dist/:');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ matches the source.');
