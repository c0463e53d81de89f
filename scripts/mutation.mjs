#!/usr/bin/env node
/**
 * npm run mutation [-- <module.ts> ...] [--force]: Stryker over the modules that decide outcomes, one module at a
 * time, then one score for all of them.
 *
 * Why one run per module: Stryker's TypeScript checker re-checks every module of its program that imports the
 * mutated one, for every mutant. With all the modules in one program, a mutant in src/inputs/version.ts cost the
 * checker about 1.5 s (2 min 21 s for 97 mutants); with a program of that module and its imports only, 0.4 s
 * (1 min 1 s). So each run gets its own tsconfig (tsconfig.mutation.json, written here), and its tests are the
 * module's own unit tests (MUTATION_MODULE, read by __tests__/helpers/mutation-sequencer.mjs).
 *
 * The scope is stryker.config.mjs's `mutate`; its thresholds.break is the pass mark for the total. Each module's
 * results are kept in reports/mutation/modules/ with an incremental file, so a re-run only tests mutants whose
 * code or tests changed (--force tests everything again). The merged report is reports/mutation/mutation.json and
 * mutation.html.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { calculateMutationTestMetrics } from 'mutation-testing-metrics';

const root = path.resolve(import.meta.dirname, '..');
const { default: config } = await import('../stryker.config.mjs');
const args = process.argv.slice(2);
const force = args.includes('--force');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((m) => !config.mutate.includes(m));
if (unknown.length) {
  console.error(`Not in the mutation scope (stryker.config.mjs mutate): ${unknown.join(', ')}`);
  process.exit(2);
}
const modules = asked.length ? asked : config.mutate;
const outDir = path.join(root, 'reports/mutation');
const slug = (module) => module.replace(/^src\//, '').replace(/\.ts$/, '').replaceAll('/', '-');

/**
 * Stryker's incremental mode reuses a static mutant's result (one run while modules load, covered by no test in
 * particular) as long as its code is unchanged, even when a test added since would kill it. So static mutants that
 * survived are dropped from the incremental file and tested again on every run (there are few).
 */
function retestStaticSurvivors(incremental) {
  if (!existsSync(incremental)) return;
  const report = JSON.parse(readFileSync(incremental, 'utf8'));
  for (const file of Object.values(report.files ?? {})) {
    file.mutants = file.mutants.filter((m) => !(m.static && (m.status === 'Survived' || m.status === 'NoCoverage')));
  }
  writeFileSync(incremental, JSON.stringify(report));
}

function runModule(module) {
  const files = path.join(outDir, 'modules', slug(module));
  mkdirSync(files, { recursive: true });
  retestStaticSurvivors(path.join(files, 'incremental.json'));
  writeFileSync(path.join(root, 'tsconfig.mutation.json'), `${JSON.stringify({ extends: './tsconfig.json', include: [], files: [module] }, null, 2)}\n`);
  const report = path.join(files, 'mutation.json');
  rmSync(report, { force: true });
  const started = Date.now();
  const result = spawnSync(
    'npx',
    ['stryker', 'run', '--mutate', module, '--incremental', '--incrementalFile', path.join(files, 'incremental.json'),
      '--reporters', 'json,progress-append-only', ...(force ? ['--force'] : [])],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, MUTATION_MODULE: module, STRYKER_JSON_REPORT: report } }
  );
  // Stryker exits 1 when this module alone is under the pass mark; only a missing report is a failed run.
  if (!existsSync(report)) throw new Error(`Stryker did not finish ${module} (exit ${result.status}); see the output above.`);
  return { module, seconds: (Date.now() - started) / 1000, report: JSON.parse(readFileSync(report, 'utf8')) };
}

function counts(mutants) {
  const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const m of mutants) c[m.status] = (c[m.status] ?? 0) + 1;
  return c;
}

function row(name, mutants, score, seconds) {
  const c = counts(mutants);
  return `| ${name} | ${c.Killed + c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.CompileError + c.RuntimeError} | ${c.Ignored} | ${score.toFixed(1)} % | ${seconds} |`;
}

function htmlReport(report) {
  const script = readFileSync(createRequire(import.meta.url).resolve('mutation-testing-elements/dist/mutation-test-elements.js'), 'utf8');
  const json = JSON.stringify(report).replace(/</g, '<"+"');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${script}</script></head><body>
<mutation-test-report-app titlePostfix="npm run mutation"></mutation-test-report-app>
<script>document.querySelector('mutation-test-report-app').report = ${json};</script></body></html>\n`;
}

const started = Date.now();
const results = modules.map(runModule);
const merged = { ...results[0].report, files: Object.assign({}, ...results.map((r) => r.report.files)) };
const metrics = calculateMutationTestMetrics(merged).systemUnderTestMetrics;
const lines = ['| Module | Killed (incl. timeouts) | Survived | No coverage | Compile/runtime errors | Ignored | Score | Seconds |', '|---|---|---|---|---|---|---|---|'];
for (const r of results) {
  const mutants = Object.values(r.report.files).flatMap((f) => f.mutants);
  const score = calculateMutationTestMetrics(r.report).systemUnderTestMetrics.metrics.mutationScore;
  lines.push(row(`\`${r.module}\``, mutants, score, Math.round(r.seconds)));
}
const all = Object.values(merged.files).flatMap((f) => f.mutants);
lines.push(row('**All**', all, metrics.metrics.mutationScore, Math.round((Date.now() - started) / 1000)));
writeFileSync(path.join(outDir, 'mutation.json'), JSON.stringify(merged));
writeFileSync(path.join(outDir, 'mutation.html'), htmlReport(merged));
writeFileSync(path.join(outDir, 'summary.md'), `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n`);
const survivors = all.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length;
const score = metrics.metrics.mutationScore;
const pass = config.thresholds.break;
console.log(`Mutation score ${score.toFixed(2)} % over ${modules.length} module(s), ${survivors} surviving or uncovered mutant(s); pass mark ${pass} %. Report: reports/mutation/mutation.html`);
process.exit(score >= pass ? 0 : 1);
