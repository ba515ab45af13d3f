// `npm run test:stress [-- --runs=3]`: the whole `npm test` with one CPU-bound process beside it,
// as on a busy CI machine, run after run; names every test that failed in any run. A test that
// passes only on an idle machine is a bug: run this after touching timing, polling or observers.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The part of vitest's JSON report that the runners read.
 * @typedef {{ numPassedTests: number, numFailedTests: number,
 *   testResults: { name: string, status: string, assertionResults: { status: string, fullName: string }[] }[] }} VitestReport
 */

const REPORT = 'tests/output/vitest-report.json';
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 1);

const load = spawn(process.execPath, ['-e', 'for(;;);'], { stdio: 'ignore' });
const failures = [];
try {
  for (let run = 1; run <= runs; run++) {
    console.log(`\n== stress run ${run} of ${runs}, one CPU-bound process beside it ==`);
    const result = spawnSync(process.execPath, ['tests/run-all.mjs'], { stdio: 'inherit' });
    /** @type {VitestReport} */
    const report = JSON.parse(readFileSync(REPORT, 'utf8'));
    const failed = report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status === 'failed')
        .map((test) => `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`),
    );
    if (result.status !== 0 && failed.length === 0)
      failed.push('(a check of the gate, or a file that failed to load: see the log above)');
    failures.push(...failed.map((name) => `run ${run}: ${name}`));
  }
} finally {
  load.kill();
}
console.log(
  failures.length === 0
    ? `\nstress: ${runs} of ${runs} runs passed under load`
    : `\nstress: failed under load:\n${failures.join('\n')}`,
);
process.exit(failures.length === 0 ? 0 : 1);
