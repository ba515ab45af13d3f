// `npm run bench`: builds the graphic and a naive reference, serves both with gzip like a static host,
// measures them side by side (first-load transfer, Lighthouse, year change) and prints a Markdown table.
// It reports and never asserts: the exit code is 0 whatever the figures, 1 only if it could not measure.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findChromium, launchChromium } from '../browser/chromium.mjs';
import { CEILINGS_AT_360, EMBEDS, measureEmbedHeights } from '../browser/embedHeights.mjs';
import { firstTouchLatency } from './first-touch.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { buildNaive } from './naive/build.mjs';
import { serveDirectory } from './serve.mjs';
import { firstLoadTransfer, gestureToInteractive } from './transfer.mjs';
import { MINIMAL_PAGE_URL, measureYearChange, traceYearSteps } from './year-change.mjs';

/** @typedef {import('./lighthouse.mjs').LighthouseResult} LighthouseResult */
/** @typedef {import('./transfer.mjs').Transfer} Transfer */
/** @typedef {import('./year-change.mjs').YearChangeResult} YearChangeResult */

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Budgets of our build. Bytes are gzip level 9, 1 kB = 1000 bytes. */
const BUDGET = {
  transferBytes: 30 * 1000,
  score: 100,
  tbtMs: 50,
  cls: 0,
  firstTouchMs: 100,
  /** Issue 19: the LCP within 10 % of a floor page's, a year step within 2× the method's floor, a far jump 3×. */
  lcpOverFloor: 1.1,
  yearChangeOverFloor: { step: 2, jump: 3 },
};
/** When, after the first paint, the slider is first touched (issue 19): at once, and as the app's code arrives. */
const FIRST_TOUCH_DELAYS_MS = [0, 250, 500, 1000];
// Blocking time varies by tens of ms from run to run on a busy 2-core machine: five give a steadier median.
const LIGHTHOUSE_RUNS = 5;
const CPU_THROTTLING = 4;
const SAMPLES = 60;
/** Widths the embeds' heights are printed at: a phone, an article column, a desktop. */
const EMBED_WIDTHS = [360, 600, 1280];
// A step of the slider (the budget applies to it) and a far jump, on desktop and phone layouts.
const YEAR_RUNS = /** @type {const} */ ([
  { move: 'step', width: 1280 },
  { move: 'step', width: 360 },
  { move: 'jump', width: 1280 },
  { move: 'jump', width: 360 },
]);

/**
 * The same moves on our page with the app's code held back, for reading the budget: redrawn by
 * the inline first script alone (the year's changes with next to no script), and with nothing
 * redrawn but the slider (what any change costs a page of this size).
 */
const PAGE_FLOOR_RUNS = /** @type {const} */ ([
  { move: 'step', width: 1280, drawnBy: 'first script' },
  { move: 'jump', width: 1280, drawnBy: 'first script' },
  { move: 'step', width: 1280, drawnBy: 'slider alone' },
]);

/**
 * A figure that was measured, or the reason it could not be: one failure must not cost the others.
 * @template T
 * @typedef {{ ok: true, value: T } | { ok: false, error: unknown }} Outcome
 */

/** @type {{ what: string, error: unknown }[]} */
const failures = [];

/**
 * Runs one measurement and records a failure instead of throwing.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} measure
 * @returns {Promise<Outcome<T>>}
 */
async function attempt(what, measure) {
  try {
    return { ok: true, value: await measure() };
  } catch (error) {
    failures.push({ what, error });
    return { ok: false, error };
  }
}

const started = Date.now();

/** Progress on stderr, so stdout is only the report. @param {string} message */
const progress = (message) => process.stderr.write(`bench [${Math.round((Date.now() - started) / 1000)} s]: ${message}\n`);

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The medians of several Lighthouse runs, and how far the runs spread (lowest, highest).
 * @typedef {LighthouseResult & { spread: { lcp: [number, number], tbt: [number, number], performance: [number, number] } }} LighthouseMedians
 */

/** @param {number[]} values @returns {[number, number]} */
const range = (values) => [Math.min(...values), Math.max(...values)];

/**
 * Each figure's median over several Lighthouse runs, taken separately (the runs vary independently).
 * @param {LighthouseResult[]} runs
 * @returns {LighthouseMedians}
 */
function medianRun(runs) {
  /** @param {(r: LighthouseResult) => number} pick */
  const mid = (pick) => median(runs.map(pick));
  return {
    scores: {
      performance: mid((r) => r.scores.performance),
      accessibility: mid((r) => r.scores.accessibility),
      'best-practices': mid((r) => r.scores['best-practices']),
      seo: mid((r) => r.scores.seo),
    },
    lcp: mid((r) => r.lcp),
    tbt: mid((r) => r.tbt),
    cls: mid((r) => r.cls),
    fcp: mid((r) => r.fcp),
    bytes: mid((r) => r.bytes),
    spread: {
      lcp: range(runs.map((r) => r.lcp)),
      tbt: range(runs.map((r) => r.tbt)),
      performance: range(runs.map((r) => r.scores.performance)),
    },
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    settings: runs[0].settings,
  };
}

/**
 * Everything measured of one build.
 * @typedef {{
 *   name: string,
 *   transfer?: Outcome<Transfer>,
 *   gesture?: Outcome<number>,
 *   firstTouch?: Outcome<{ latency: number, touchedAfterPaint: number }>[],
 *   lighthouse?: Outcome<LighthouseMedians>,
 *   floorLcp?: Outcome<LighthouseMedians>,
 *   yearChange: Outcome<YearChangeResult>[],
 *   pageFloor?: Outcome<YearChangeResult>[],
 * }} Measured
 */

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @param {number} value */
const ms = (value) => `${value.toFixed(value < 100 ? 2 : 0)} ms`;
// Tiny non-zero shifts would print as 0.000 next to OVER; show them in full.
/** @param {number} cls */
const clsText = (cls) => (cls > 0 && cls < 0.001 ? cls.toPrecision(2) : cls.toFixed(3));

/**
 * One row of the comparison: how to read a figure from a build, print it and judge it.
 * @typedef {{
 *   label: string,
 *   budget?: string,
 *   read: (m: Measured) => Outcome<number> | undefined,
 *   format: (value: number) => string,
 *   pass?: (value: number) => boolean,
 * }} Row
 */

/**
 * A figure of a measurement, or its failure.
 * @template T
 * @param {Outcome<T> | undefined} outcome
 * @param {(value: T) => number} pick
 * @returns {Outcome<number> | undefined}
 */
function field(outcome, pick) {
  if (!outcome) return undefined;
  return outcome.ok ? { ok: true, value: pick(outcome.value) } : outcome;
}

/** @param {Outcome<number> | undefined} outcome @param {Row} row @param {boolean} judge */
function cell(outcome, row, judge) {
  if (!outcome) return 'not measured';
  if (!outcome.ok) return 'failed';
  const text = row.format(outcome.value);
  return judge && row.pass ? `${text} ${row.pass(outcome.value) ? 'PASS' : 'OVER'}` : text;
}

/** naive ÷ ours, or a dash when there is nothing to divide. */
function ratio(/** @type {Outcome<number> | undefined} */ ours, /** @type {Outcome<number> | undefined} */ naive) {
  if (!ours?.ok || !naive?.ok) return '—';
  if (ours.value === 0) return naive.value === 0 ? '—' : '∞';
  return (naive.value / ours.value).toFixed(2);
}

/**
 * Prints a Markdown table, the first column left-aligned and the others right-aligned.
 * @param {string[]} header
 * @param {string[][]} rows
 */
function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i].length)));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

/** @type {Row[]} */
const ROWS = [
  {
    label: 'First-load transfer, total',
    budget: `≤ ${kB(BUDGET.transferBytes)}`,
    read: (m) => field(m.transfer, (t) => t.total),
    format: kB,
    pass: (v) => v <= BUDGET.transferBytes,
  },
  .../** @type {const} */ (['html', 'js', 'css', 'other']).map((kind) => ({
    label: `First-load transfer, ${{ html: 'HTML', js: 'JS', css: 'CSS', other: 'data + other' }[kind]}`,
    read: (/** @type {Measured} */ m) => field(m.transfer, (t) => t[kind]),
    format: kB,
  })),
  { label: 'First-load requests', read: (m) => field(m.transfer, (t) => t.requests.length), format: String },
  { label: 'Loaded on the first gesture (app code)', read: (m) => field(m.transfer, (t) => t.onGesture.total), format: kB },
  {
    label: 'First gesture to running app (slow phone)',
    read: (m) => m.gesture,
    format: (v) => `${Math.round(v)} ms`,
  },
  ...FIRST_TOUCH_DELAYS_MS.map((delay, i) => ({
    label: `First touch to the new year on screen, ${delay} ms after first paint (slow phone)`,
    budget: `≤ ${BUDGET.firstTouchMs} ms`,
    read: (/** @type {Measured} */ m) => field(m.firstTouch?.[i], (t) => t.latency),
    format: (/** @type {number} */ v) => `${Math.round(v)} ms`,
    pass: (/** @type {number} */ v) => v <= BUDGET.firstTouchMs,
  })),
  .../** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']).map((id) => ({
    label: `Lighthouse ${id.replace('-', ' ')}`,
    budget: String(BUDGET.score),
    read: (/** @type {Measured} */ m) => field(m.lighthouse, (l) => l.scores[id]),
    format: String,
    pass: (/** @type {number} */ v) => v >= BUDGET.score,
  })),
  { label: 'Largest Contentful Paint', read: (m) => field(m.lighthouse, (l) => l.lcp), format: (v) => `${Math.round(v)} ms` },
  {
    label: 'Largest Contentful Paint, floor page',
    read: (m) => field(m.floorLcp, (l) => l.lcp),
    format: (v) => `${Math.round(v)} ms`,
  },
  {
    label: 'Largest Contentful Paint ÷ the floor page’s',
    budget: `≤ ${BUDGET.lcpOverFloor.toFixed(2)}`,
    read: (m) =>
      m.lighthouse?.ok && m.floorLcp?.ok ? { ok: true, value: m.lighthouse.value.lcp / m.floorLcp.value.lcp } : undefined,
    format: (v) => v.toFixed(2),
    pass: (v) => v <= BUDGET.lcpOverFloor,
  },
  {
    label: 'Total Blocking Time',
    budget: `≤ ${BUDGET.tbtMs} ms`,
    read: (m) => field(m.lighthouse, (l) => l.tbt),
    format: (v) => `${Math.round(v)} ms`,
    pass: (v) => v <= BUDGET.tbtMs,
  },
  {
    label: 'Cumulative Layout Shift',
    budget: String(BUDGET.cls),
    read: (m) => field(m.lighthouse, (l) => l.cls),
    format: clsText,
    pass: (v) => v <= BUDGET.cls,
  },
  { label: 'First Contentful Paint', read: (m) => field(m.lighthouse, (l) => l.fcp), format: (v) => `${Math.round(v)} ms` },
  { label: 'Lighthouse total byte weight', read: (m) => field(m.lighthouse, (l) => l.bytes), format: kB },
];

/** @param {'step' | 'jump'} move */
const moveName = (move) => (move === 'step' ? 'step' : 'far jump');

/**
 * The year change's rows, each judged against the method's floor measured in the same run.
 * @param {Outcome<YearChangeResult>} floor
 * @returns {Row[]}
 */
const yearChangeRows = (floor) => [
  {
    label: 'Year change, floor of the method (a page with only a slider)',
    read: (m) => (m.name === 'ours' ? field(floor, (r) => r.net.task.median) : undefined),
    format: ms,
  },
  ...YEAR_RUNS.map(({ move, width }, i) => ({
    label: `Year change, one-year ${moveName(move)} at ${width} px`,
    budget: `≤ ${BUDGET.yearChangeOverFloor[move]}× floor`,
    read: (/** @type {Measured} */ m) => field(m.yearChange[i], (r) => r.net.task.median),
    format: ms,
    pass: floor.ok ? (/** @type {number} */ v) => v <= BUDGET.yearChangeOverFloor[move] * floor.value.net.task.median : undefined,
  })),
  ...PAGE_FLOOR_RUNS.map(({ move, width, drawnBy }, i) => ({
    label: `Year change ${drawnBy === 'first script' ? 'by the first script alone' : 'of the slider alone on our page'}, ${moveName(move)} at ${width} px`,
    read: (/** @type {Measured} */ m) => field(m.pageFloor?.[i], (r) => r.net.task.median),
    format: ms,
  })),
  // The yardstick the budget's owner may choose instead of the floor: what the page's own drawing costs.
  ...PAGE_FLOOR_RUNS.flatMap(
    /** @returns {Row[]} */ ({ move, width, drawnBy }, i) => {
      const ours = YEAR_RUNS.findIndex((run) => run.move === move && run.width === width);
      if (drawnBy !== 'first script' || ours < 0) return [];
      return [
        {
          label: `Year change ÷ the same by the first script alone, ${moveName(move)} at ${width} px`,
          read: (/** @type {Measured} */ m) => {
            const app = m.yearChange[ours];
            const page = m.pageFloor?.[i];
            if (!app || !page) return undefined;
            if (!app.ok) return app;
            if (!page.ok) return page;
            return { ok: true, value: app.value.net.task.median / page.value.net.task.median };
          },
          format: (/** @type {number} */ v) => `${v.toFixed(2)}×`,
        },
      ];
    },
  ),
];

/**
 * Builds ours (the production `vite build`, same config) and the naive reference into folders of
 * the bench's own: a test run rebuilding dist/ meanwhile would otherwise swap files mid-measurement.
 * @param {string} ourDir
 * @param {string} naiveDir
 */
async function buildBoth(ourDir, naiveDir) {
  progress(`building ours (vite build → ${ourDir})`);
  await build({
    root: REPO,
    configFile: join(REPO, 'vite.config.ts'),
    build: { outDir: ourDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  progress(`building the naive reference (→ ${naiveDir})`);
  await buildNaive(naiveDir);
}

/**
 * The floor of the LCP (issue 19): our page's head (styles, first script, early view) and its
 * headline, nothing else, beside our build; returns its address.
 * @param {string} ourDir
 * @param {string} ourUrl
 */
async function writeFloorPage(ourDir, ourUrl) {
  const page = await readFile(join(ourDir, 'index.html'), 'utf8');
  const head = page.slice(0, page.indexOf('</head>') + '</head>'.length).replaceAll('="./', '="../');
  const headline = page.match(/<h1[^>]*>[\s\S]*?<\/h1>/)?.[0] ?? '';
  await mkdir(join(ourDir, 'floor'), { recursive: true });
  await writeFile(join(ourDir, 'floor', 'index.html'), `${head}<body><main class="graphic">${headline}</main></body></html>`);
  return `${ourUrl}floor/`;
}

/**
 * The median of LIGHTHOUSE_RUNS runs per site; the sites alternate, so drift weighs on both alike.
 * @param {{ name: string, url: string }[]} sites
 * @returns {Promise<Outcome<LighthouseMedians>[]>}
 */
async function lighthouseMedians(sites) {
  /** @type {LighthouseResult[][]} */
  const runs = sites.map(() => []);
  for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
    for (const [i, site] of sites.entries()) {
      progress(`Lighthouse run ${run}/${LIGHTHOUSE_RUNS}: ${site.name}`);
      const result = await attempt(`Lighthouse (${site.name}, run ${run})`, () => runLighthouse(site.url));
      if (result.ok) runs[i].push(result.value);
    }
  }
  return runs.map((list, i) =>
    list.length > 0
      ? { ok: true, value: medianRun(list) }
      : { ok: false, error: new Error(`no Lighthouse run of ${sites[i].name} succeeded`) },
  );
}

/**
 * Year change in the built graphic at one move and width.
 * @param {import('playwright-core').Browser} browser
 * @param {string} name
 * @param {string} url
 * @param {{ move: import('./year-change.mjs').YearMove, width: number, drawnBy?: import('./year-change.mjs').DrawnBy }} run
 */
function yearChange(browser, name, url, { move, width, drawnBy = 'app' }) {
  const what = `year change${drawnBy === 'app' ? '' : ` (${drawnBy})`} (${name}, ${move} at ${width} px)`;
  progress(what);
  return attempt(what, () =>
    measureYearChange(browser, url, { move, width, samples: SAMPLES, cpuThrottling: CPU_THROTTLING, drawnBy }),
  );
}

/** The commit measured, marked when the working tree differs from it; "unknown" outside git. */
function revision() {
  try {
    const git = (/** @type {string[]} */ ...args) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

/**
 * The text above the table: when, on what, and how each figure was measured.
 * @param {string} chromiumVersion
 * @param {Measured} ours
 */
function printSettings(chromiumVersion, ours) {
  const lh = ours.lighthouse?.ok ? ours.lighthouse.value.settings : undefined;
  const cpu = cpus();
  console.log('## Performance: ours against a naive reference\n');
  console.log(`- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`);
  console.log(`- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`- Builds: ours = \`vite build\` of ${revision()}; naive reference = tests/bench/naive/build.mjs`);
  console.log(`- Chromium ${chromiumVersion} (${findChromium()})${lh ? `, Lighthouse ${lh.version}` : ''}`);
  console.log(
    '- First-load transfer: one load of the default view (1280 × 900, empty cache) until load and network idle;' +
      ' every response body gzipped at level 9 and summed. 1 kB = 1000 bytes. Then a pointer moves over the page:' +
      ' what that loads is "loaded on the first gesture".',
  );
  console.log(
    `- First gesture to running app: 412 × 823, 150 ms round trip, 1.6 Mbit/s down, ${CPU_THROTTLING}× CPU slowdown` +
      ' (DevTools emulation); from the pointer entering the page to the app running, one run.',
  );
  console.log(
    lh
      ? `- Lighthouse: ${lh.formFactor} preset, ${lh.throttlingMethod}d throttling (${lh.rttMs} ms RTT,` +
          ` ${lh.throughputKbps} kbit/s, ${lh.cpuSlowdownMultiplier}× CPU slowdown), screen ${lh.screen};` +
          ` median of ${LIGHTHOUSE_RUNS} runs per build, each figure separately; benchmark index ${lh.benchmarkIndex}.` +
          ' Served gzip-compressed with the `_headers` headers by a local static server.'
      : '- Lighthouse: mobile preset (no run succeeded).',
  );
  console.log(
    `- Year change: net median main-thread time of one year change (TaskDuration minus a no-change baseline),` +
      ` ${SAMPLES} samples, ${CPU_THROTTLING}× CPU throttling (DevTools Emulation.setCPUThrottlingRate).\n`,
  );
}

/**
 * The details under the table: the year-change breakdown of ours and what cost Lighthouse points.
 * @param {Measured[]} builds
 * @param {Outcome<YearChangeResult>} floor
 */
function printDetails(builds, floor) {
  const [ours] = builds;
  const measured = ours.yearChange.flatMap((r) => (r.ok ? [r.value] : []));
  if (measured.length > 0) {
    console.log('\n### Year change of ours, in detail (ms, main thread)\n');
    const f = (/** @type {number} */ v) => v.toFixed(2);
    printTable(
      [
        'move',
        'width',
        'samples',
        'task med',
        'task p90',
        'script med',
        'style med',
        'layout med',
        'baseline med',
        'net med',
        'net p90',
      ],
      measured.map((r) => [
        r.move,
        `${r.width}px`,
        String(r.samples),
        f(r.task.median),
        f(r.task.p90),
        f(r.script.median),
        f(r.style.median),
        f(r.layout.median),
        f(r.baseline.task.median),
        f(r.net.task.median),
        f(r.net.task.p90),
      ]),
    );
  }
  if (floor.ok)
    console.log(
      `\nFloor of the method: a page with only the slider and the year in text costs ${floor.value.net.task.median.toFixed(2)} ms net` +
        ' for the same one-year step (an event, a frame with a change, a paint).',
    );
  for (const build of builds) {
    if (build.transfer?.ok) {
      const { requests, onGesture } = build.transfer.value;
      console.log(
        `\nLoaded by ${build.name}: ${requests.join(', ')}; on the first gesture: ${onGesture.requests.join(', ') || 'nothing'}`,
      );
    }
    // A touch waits for the slider to be on the page: when it came, after the first paint.
    const touched = (build.firstTouch ?? []).map((t, i) =>
      t.ok ? `${FIRST_TOUCH_DELAYS_MS[i]} → ${Math.round(t.value.touchedAfterPaint)} ms` : `${FIRST_TOUCH_DELAYS_MS[i]} → failed`,
    );
    if (touched.length > 0)
      console.log(`First touches of ${build.name}, asked → made, after the first paint: ${touched.join('; ')}`);
    if (build.lighthouse?.ok) {
      const { failing, warnings, spread } = build.lighthouse.value;
      const from = (/** @type {[number, number]} */ [low, high]) => `${Math.round(low)}–${Math.round(high)}`;
      console.log(
        `Lighthouse runs of ${build.name} spread: LCP ${from(spread.lcp)} ms, blocking time ${from(spread.tbt)} ms, performance ${from(spread.performance)}`,
      );
      console.log(`Lighthouse audits that cost ${build.name} points: ${failing.length > 0 ? failing.join(', ') : 'none'}`);
      for (const warning of warnings) console.log(`Lighthouse warning (${build.name}): ${warning}`);
    }
  }
}

/**
 * A one-year step at 1280 px in Chromium's own timeline, ms per step at the bench's throttling.
 * @param {[string, Outcome<import('./year-change.mjs').TracedStep>][]} traced
 */
function printTracedSteps(traced) {
  console.log("\n### A one-year step at 1280 px, traced (Chromium's timeline, ms per step)\n");
  const f = (/** @type {number} */ v) => v.toFixed(1);
  printTable(
    ['page', 'main-thread tasks', 'of which rendering', 'the rest (script, input, frames)'],
    traced.map(([name, outcome]) =>
      outcome.ok
        ? [name, f(outcome.value.task), f(outcome.value.rendering), f(outcome.value.task - outcome.value.rendering)]
        : [name, 'failed', '', ''],
    ),
  );
}

/**
 * The embeds' heights (the whole graphic's under its tallest tab), with the ceilings at 360 px.
 * @param {Outcome<Record<typeof EMBEDS[number], Record<number, number>>>} heights
 */
function printEmbedHeights(heights) {
  if (!heights.ok) return;
  console.log('\n### Embed heights (CSS px, default view, as reported to the host)\n');
  printTable(
    ['embed', 'ceiling at 360 px', ...EMBED_WIDTHS.map((width) => `${width} px`)],
    EMBEDS.map((embed) => {
      const ceiling = CEILINGS_AT_360[embed];
      const at = heights.value[embed];
      return [
        embed === 'whole' ? 'whole (tallest tab)' : `part=${embed}`,
        ceiling === undefined ? '—' : `≤ ${ceiling}`,
        ...EMBED_WIDTHS.map(
          (width) => `${at[width]}${width === 360 && ceiling !== undefined ? (at[width] <= ceiling ? ' PASS' : ' OVER') : ''}`,
        ),
      ];
    }),
  );
}

// The build's plugins read the data relative to the working directory.
process.chdir(REPO);
const workDir = await mkdtemp(join(tmpdir(), 'bench-'));
const ourDir = join(workDir, 'ours');
const naiveDir = join(workDir, 'naive');
/** @type {{ url: string, close: () => Promise<void> }[]} */
const servers = [];
/** @type {import('playwright-core').Browser | undefined} */
let browser;
try {
  await buildBoth(ourDir, naiveDir);
  const ourServer = await serveDirectory(ourDir);
  servers.push(ourServer);
  const naiveServer = await serveDirectory(naiveDir);
  servers.push(naiveServer);
  const sites = [
    { name: 'ours', url: ourServer.url },
    { name: 'naive reference', url: naiveServer.url },
  ];
  const floorUrl = await writeFloorPage(ourDir, ourServer.url);

  // Lighthouse first, with no other browser running on the two cores.
  const [ourLighthouse, naiveLighthouse, floorLighthouse] = await lighthouseMedians([
    ...sites,
    { name: 'floor page', url: floorUrl },
  ]);

  browser = await launchChromium();
  const openBrowser = browser;
  /** @type {Measured[]} */
  const builds = [
    { name: 'ours', lighthouse: ourLighthouse, floorLcp: floorLighthouse, yearChange: [] },
    { name: 'naive reference', lighthouse: naiveLighthouse, yearChange: [] },
  ];
  for (const [i, site] of sites.entries()) {
    progress(`first-load transfer: ${site.name}`);
    builds[i].transfer = await attempt(`first-load transfer (${site.name})`, () => firstLoadTransfer(openBrowser, site.url));
    progress(`first gesture to running app: ${site.name}`);
    builds[i].gesture = await attempt(`first gesture to running app (${site.name})`, () =>
      gestureToInteractive(openBrowser, site.url, CPU_THROTTLING),
    );
    builds[i].firstTouch = [];
    for (const delay of FIRST_TOUCH_DELAYS_MS) {
      progress(`first touch ${delay} ms after first paint: ${site.name}`);
      builds[i].firstTouch.push(
        await attempt(`first touch (${site.name}, ${delay} ms)`, () =>
          firstTouchLatency(openBrowser, site.url, CPU_THROTTLING, delay),
        ),
      );
    }
  }
  for (const run of YEAR_RUNS) builds[0].yearChange.push(await yearChange(browser, 'ours', ourServer.url, run));
  builds[0].pageFloor = [];
  for (const run of PAGE_FLOOR_RUNS) builds[0].pageFloor.push(await yearChange(browser, 'ours', ourServer.url, run));
  for (const run of YEAR_RUNS) builds[1].yearChange.push(await yearChange(browser, 'naive reference', naiveServer.url, run));
  progress('year change: floor of the method');
  const floor = await attempt('year change (floor of the method)', () =>
    measureYearChange(openBrowser, MINIMAL_PAGE_URL, { samples: SAMPLES, cpuThrottling: CPU_THROTTLING }),
  );

  // The floor page has no app to hold back: 'app' opens it as it is, as for the figure above.
  /** @type {[string, string, import('./year-change.mjs').DrawnBy][]} Where a step's time goes: the floor, our page's size, its own drawing, and the app's. */
  const tracedPages = [
    ['floor of the method', MINIMAL_PAGE_URL, 'app'],
    ['ours, the slider alone', ourServer.url, 'slider alone'],
    ['ours, by the first script alone', ourServer.url, 'first script'],
    ['ours', ourServer.url, 'app'],
  ];
  /** @type {[string, Outcome<import('./year-change.mjs').TracedStep>][]} */
  const tracedSteps = [];
  for (const [name, url, drawnBy] of tracedPages) {
    progress(`year step traced: ${name}`);
    tracedSteps.push([
      name,
      await attempt(`year step traced (${name})`, () =>
        traceYearSteps(openBrowser, url, { cpuThrottling: CPU_THROTTLING, drawnBy }),
      ),
    ]);
  }

  progress('embed heights');
  const embedHeights = await attempt('embed heights', () => measureEmbedHeights(openBrowser, ourServer.url, EMBED_WIDTHS));

  console.log('');
  printSettings(browser.version(), builds[0]);
  printTable(
    ['figure', 'budget', 'ours', 'naive reference', 'naive ÷ ours'],
    [...ROWS, ...yearChangeRows(floor)].map((row) => {
      const [ours, naive] = builds.map(row.read);
      return [row.label, row.budget ?? '', cell(ours, row, true), cell(naive, row, false), ratio(ours, naive)];
    }),
  );
  printDetails(builds, floor);
  printTracedSteps(tracedSteps);
  printEmbedHeights(embedHeights);
  console.log(`\nMeasured in ${Math.round((Date.now() - started) / 1000)} s.`);
} catch (error) {
  failures.push({ what: 'the benchmark', error });
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  await rm(workDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const { what, error } of failures) console.error(`Could not measure ${what}:`, error);
  process.exitCode = 1;
}
