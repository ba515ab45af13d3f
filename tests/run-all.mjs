// `npm test`: the type check, then every vitest project (unit, component and Chromium browser
// tests), then one closing line "N passed, N failed" that counts every test of every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './browser/chromium.mjs';

/** The one command Debian's packages need; never a browser from anywhere else. */
const APT_PACKAGES = ['chromium', 'fonts-dejavu-core'];

/**
 * The browser tests need a Chromium. Where none is found and this is root on Debian or Ubuntu,
 * install Debian's with apt-get, saying so; otherwise stop with the exact command to run.
 */
function ensureChromium() {
  try {
    return findChromium();
  } catch (error) {
    const canInstall = !process.env.CHROME_PATH && process.getuid?.() === 0 && existsSync('/etc/debian_version');
    if (!canInstall) {
      console.error(`${error.message}\nRun: sudo apt-get install -y ${APT_PACKAGES.join(' ')}   (then npm test again)`);
      process.exit(1);
    }
    console.log(`No Chromium found: installing Debian's ${APT_PACKAGES.join(' and ')} with apt-get.`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...APT_PACKAGES]]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) {
        console.error(`apt-get ${args.join(' ')} failed; run it yourself, then npm test again.`);
        process.exit(1);
      }
    }
    return findChromium();
  }
}

ensureChromium();

const REPORT = 'tests/output/vitest-report.json';
let passed = 0;
let failed = 0;

// The type check counts as one test: zero errors and zero warnings, or it fails.
const check = spawnSync('npx', ['svelte-check', '--fail-on-warnings', '--output', 'human'], { stdio: 'inherit' });
if (check.status === 0) passed += 1;
else failed += 1;

mkdirSync('tests/output', { recursive: true });
rmSync(REPORT, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
  { stdio: 'inherit' },
);
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  // A file that failed to load has no failed tests of its own, but it is a failure.
  failed += report.numFailedTests + report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  console.error(`vitest wrote no report (${REPORT}): counting the run as one failure`);
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
