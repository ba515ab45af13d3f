// `npm run bench`: builds the graphic, measures it in a CPU-throttled Chromium and prints figures.
// It reports and never asserts: the exit code is 0 whatever the figures, 1 only if it could not measure.
import { launchChromium } from '../browser/chromium.mjs';
import { buildAndPreview } from '../browser/preview.mjs';
import { MINIMAL_PAGE_URL, measureYearChange } from './year-change.mjs';

/** The budget of one year change: the net median main-thread time under 4× CPU throttling. */
const TARGET_MS = 8;
const CPU_THROTTLING = 4;
const SAMPLES = 60;
// A step of the slider (the target applies to it) and a far jump, on desktop and phone layouts.
const RUNS = /** @type {const} */ ([
  { move: 'step', width: 1280 },
  { move: 'step', width: 360 },
  { move: 'jump', width: 1280 },
  { move: 'jump', width: 360 },
]);

/** @param {number} ms */
const fmt = (ms) => ms.toFixed(2);

/**
 * Prints rows as an aligned text table.
 * @param {string[]} header
 * @param {string[][]} rows
 */
function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  /** @param {string[]} cells */
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** @type {Awaited<ReturnType<typeof buildAndPreview>> | undefined} */
let server;
/** @type {Awaited<ReturnType<typeof launchChromium>> | undefined} */
let browser;
try {
  server = await buildAndPreview();
  browser = await launchChromium();

  /** @type {import('./year-change.mjs').YearChangeResult[]} */
  const results = [];
  for (const { move, width } of RUNS) {
    results.push(
      await measureYearChange(browser, server.url, { move, width, samples: SAMPLES, cpuThrottling: CPU_THROTTLING }),
    );
  }
  const floor = await measureYearChange(browser, MINIMAL_PAGE_URL, { samples: SAMPLES, cpuThrottling: CPU_THROTTLING });

  console.log(`\nOne year change, main-thread time in ms (Chromium ${browser.version()}, ${CPU_THROTTLING}× CPU throttling)`);
  console.log('task = TaskDuration of the change; baseline = the same evaluate without a change; net = task − baseline median\n');
  printTable(
    ['move', 'width', 'samples', 'task med', 'task p90', 'script med', 'style med', 'layout med', 'baseline med', 'net med', 'net p90'],
    results.map((r) => [
      r.move,
      `${r.width}px`,
      String(r.samples),
      fmt(r.task.median),
      fmt(r.task.p90),
      fmt(r.script.median),
      fmt(r.style.median),
      fmt(r.layout.median),
      fmt(r.baseline.task.median),
      fmt(r.net.task.median),
      fmt(r.net.task.p90),
    ]),
  );

  console.log(
    `\nFloor of the method: a page with only the slider and the year in text costs ${fmt(floor.net.task.median)} ms net` +
      ' for the same one-year step (an event, a frame with a change, a paint).',
  );
  const desktop = results[0];
  const verdict = desktop.net.task.median < TARGET_MS ? 'PASS' : 'OVER';
  console.log(
    `\nTarget: under ${TARGET_MS} ms (median, ${CPU_THROTTLING}× CPU throttling) — ${verdict}` +
      ` (${fmt(desktop.net.task.median)} ms net for a one-year ${desktop.move} at ${desktop.width}px)`,
  );
} catch (error) {
  console.error('The benchmark could not run:', error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.close();
}
