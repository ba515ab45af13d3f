// `npm test`: the quality gate (type check, lint, unused code, format), then every vitest project (unit,
// component and Chromium browser tests), then one closing line "N passed, N failed" that counts
// every check and every test of every runner.
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
    if (!(error instanceof Error)) throw error;
    const canInstall = !process.env.CHROME_PATH && process.getuid?.() === 0 && existsSync('/etc/debian_version');
    if (!canInstall) {
      console.error(`${error.message}\nRun: sudo apt-get install -y ${APT_PACKAGES.join(' ')}   (then npm test again)`);
      process.exit(1);
    }
    console.log(`No Chromium found: installing Debian's ${APT_PACKAGES.join(' and ')} with apt-get.`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', ...APT_PACKAGES],
    ]) {
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

// Each check of the gate counts as one test: it passes with no finding at all.
const GATE = {
  'type check (svelte-check, .mjs included)': ['svelte-check', '--fail-on-warnings', '--output', 'human'],
  'lint (ESLint)': ['eslint', '--config', '.config/eslint.config.js', '--max-warnings', '0', '.'],
  'unused files, exports and dependencies (knip)': ['knip'],
  'format (Prettier)': ['prettier', '--check', '.'],
};
for (const [name, args] of Object.entries(GATE)) {
  console.log(`\n== ${name} ==`);
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`failed: ${name}`);
  }
}

mkdirSync('tests/output', { recursive: true });
rmSync(REPORT, { force: true });
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`], {
  stdio: 'inherit',
});
try {
  /** @type {import('./stress.mjs').VitestReport} */
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  // A file that failed to load has no failed tests of its own, but it is a failure.
  failed +=
    report.numFailedTests +
    report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  console.error(`vitest wrote no report (${REPORT}): counting the run as one failure`);
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
