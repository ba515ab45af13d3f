// Measures the main-thread cost of one year change of the graphic in a CPU-throttled Chromium.
// Figures come from the DevTools protocol (Performance.getMetrics), not from wall-clock time.

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */

/**
 * Main-thread busy time of one evaluate, in milliseconds, from Performance.getMetrics deltas.
 * @typedef {{ task: number, script: number, style: number, layout: number }} Sample
 */

/**
 * What one width measured. Every figure is in milliseconds; `net` is the year change minus the
 * baseline (an identical evaluate that changes nothing), i.e. the cost of the change itself.
 * @typedef {{
 *   move: YearMove,
 *   width: number,
 *   height: number,
 *   samples: number,
 *   cpuThrottling: number,
 *   task: { median: number, p90: number },
 *   script: { median: number },
 *   style: { median: number },
 *   layout: { median: number },
 *   baseline: { task: { median: number, p90: number }, script: { median: number }, style: { median: number }, layout: { median: number } },
 *   net: { task: { median: number, p90: number } },
 * }} YearChangeResult
 */

/**
 * @typedef {{
 *   width?: number,
 *   height?: number,
 *   samples?: number,
 *   warmup?: number,
 *   cpuThrottling?: number,
 *   move?: YearMove,
 *   drawnBy?: DrawnBy,
 * }} YearChangeOptions
 */

/**
 * What redraws our page when the year moves: the app (as a reader has it once the app runs), the
 * page's inline first script alone (the app held back), or nothing but the slider itself (the
 * app held back and the page's own listeners silenced): the least any year change costs this page.
 * @typedef {'app' | 'first script' | 'slider alone'} DrawnBy
 */

// Pairs far apart in history, so every change redraws memberships, labels and the summary.
const YEAR_PAIRS = [
  [1991, 2026],
  [1995, 2018],
  [2009, 1999],
];

/**
 * How the year moves between samples: `step` walks the slider one year at a time, back and
 * forth across the whole range, as a reader dragging it or pressing an arrow key does; `jump`
 * alternates between years far apart (the worst case: nearly every republic changes).
 * @typedef {'step' | 'jump'} YearMove
 */

/**
 * The years to visit.
 * @param {YearMove} move
 * @param {number} count
 * @returns {number[]}
 */
function yearSequence(move, count) {
  if (move === 'jump') {
    const flat = YEAR_PAIRS.flat();
    return Array.from({ length: count }, (_, i) => flat[i % flat.length]);
  }
  const FIRST = 1991;
  const SPAN = 2026 - FIRST;
  // A triangle wave over the range: 1991, 1992, …, 2026, 2025, …
  return Array.from({ length: count }, (_, i) => FIRST + SPAN - Math.abs((i % (2 * SPAN)) - SPAN));
}

/** Metric names of Performance.getMetrics we report (cumulative seconds of main-thread work). */
const METRICS = /** @type {const} */ ({
  task: 'TaskDuration',
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
});

/**
 * The current cumulative metrics, in milliseconds.
 * @param {CDPSession} cdp
 * @returns {Promise<Sample>}
 */
async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = new Map(metrics.map((m) => [m.name, m.value]));
  /** @param {string} name */
  const ms = (name) => {
    const value = byName.get(name);
    if (value === undefined) throw new Error(`Performance.getMetrics has no ${name}`);
    return value * 1000;
  };
  return { task: ms(METRICS.task), script: ms(METRICS.script), style: ms(METRICS.style), layout: ms(METRICS.layout) };
}

/**
 * The floor of the method: a page that only has the slider and prints the year it shows. What
 * any year change costs a browser on this machine (an event, a frame with a change, a paint).
 */
export const MINIMAL_PAGE_URL = `data:text/html,${encodeURIComponent(`<!doctype html><html data-app-running>
<input type="range" id="year-slider" min="1991" max="2026" value="2026" aria-label="Year">
<output id="year">2026</output><svg width="1" height="1"><g data-iso="XXX"></g></svg>
<script>
  const slider = document.getElementById('year-slider');
  slider.addEventListener('input', () => {
    document.getElementById('year').textContent = slider.value;
    slider.setAttribute('aria-valuetext', slider.value);
  });
</script>`)}`;

/**
 * One evaluate in the page: with a year, set the slider and fire `input` (what the app listens
 * to); without one, change nothing. Either way it resolves after two animation frames, i.e. once
 * the frame that follows the change has been painted.
 * @param {Page} page
 * @param {number | null} year
 */
function changeYearAndWaitForPaint(page, year) {
  return page.evaluate(async (target) => {
    if (target !== null) {
      const slider = /** @type {HTMLInputElement} */ (document.getElementById('year-slider'));
      slider.value = String(target);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, year);
}

/**
 * Busy time of one change (or of the baseline when year is null), metrics read just around it.
 * @param {Page} page
 * @param {CDPSession} cdp
 * @param {number | null} year
 * @returns {Promise<Sample>}
 */
async function sample(page, cdp, year) {
  const before = await readMetrics(cdp);
  await changeYearAndWaitForPaint(page, year);
  const after = await readMetrics(cdp);
  return {
    task: after.task - before.task,
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
  };
}

/**
 * Throws unless the page took the year: its slider speaks the year (its aria-valuetext names
 * it), or, when nothing but the slider is drawn, shows it. Checked outside the measured window,
 * so it costs the figures nothing.
 * @param {Page} page
 * @param {number} year
 * @param {DrawnBy} drawnBy
 */
async function expectYearShown(page, year, drawnBy) {
  const slider = page.locator('#year-slider');
  if (drawnBy === 'slider alone') {
    const value = await slider.inputValue();
    if (value !== String(year)) throw new Error(`After choosing ${year} the slider shows ${value}`);
    return;
  }
  const spoken = await slider.getAttribute('aria-valuetext');
  if (!spoken || !spoken.includes(String(year)))
    throw new Error(`After choosing ${year} the slider says "${spoken}": the year change did not reach the page`);
}

/**
 * The q-quantile of some numbers (nearest-rank on the sorted list).
 * @param {number[]} values
 * @param {number} q
 */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** @param {number[]} values */
const median = (values) => {
  // The mean of the two middle values when there is an even number of them.
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A page ready for year changes: loaded, its outlines drawn, its app running (or held back, as
 * `drawnBy` says), the CPU throttled only from now on, as the figure is the change, not the start-up.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number, cpuThrottling: number, drawnBy: DrawnBy }} options
 */
async function openForYearChanges(browser, url, { width, height, cpuThrottling, drawnBy }) {
  const page = await browser.newPage({ viewport: { width, height } });
  const withoutApp = drawnBy !== 'app';
  try {
    if (withoutApp) await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
    // Heard first (the window, capturing), the slider's input goes no further: no listener of the page redraws anything.
    if (drawnBy === 'slider alone')
      await page.addInitScript(() =>
        addEventListener('input', (event) => event.target instanceof HTMLInputElement && event.stopImmediatePropagation(), true),
      );
    await page.goto(url);
    await page.locator('svg [data-iso]').first().waitFor({ state: 'attached' });
    // Ours fetches the maps' outlines after its first paint: a change is measured with them drawn.
    await page.waitForFunction(() => !document.querySelector('svg[data-outlines]:empty'));
    if (!withoutApp) {
      // Ours loads its app on a reader's first gesture: a pointer over the page brings it in.
      await page.mouse.move(1, 1);
      await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    }
    await page.locator('#year-slider').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    return { page, cdp };
  } catch (error) {
    // A page that never got ready is not left open for the rest of the run.
    await page.close();
    throw error;
  }
}

/**
 * Opens the graphic at one width, throttles the CPU and measures `samples` year changes, each
 * paired with a baseline evaluate that changes nothing.
 * @param {Browser} browser
 * @param {string} url
 * @param {YearChangeOptions} [options]
 * @returns {Promise<YearChangeResult>}
 */
export async function measureYearChange(browser, url, options = {}) {
  const { width = 1280, height = 900, samples = 60, warmup = 6, cpuThrottling = 4, move = 'step', drawnBy = 'app' } = options;
  const { page, cdp } = await openForYearChanges(browser, url, { width, height, cpuThrottling, drawnBy });
  try {
    await cdp.send('Performance.enable');

    // Warm-up: lets the JIT and style caches settle, and proves the change reaches the page.
    for (const year of yearSequence(move, warmup)) {
      await changeYearAndWaitForPaint(page, year);
      await expectYearShown(page, year, drawnBy);
      await changeYearAndWaitForPaint(page, null);
    }

    /** @type {Sample[]} */
    const changes = [];
    /** @type {Sample[]} */
    const baselines = [];
    // Start the cycle where the warm-up ended, so the first measured year differs from the last shown.
    const years = yearSequence(move, warmup + samples).slice(warmup);
    for (const year of years) {
      // Interleaved, so any drift (GC, heap growth) weighs on both alike.
      changes.push(await sample(page, cdp, year));
      await expectYearShown(page, year, drawnBy);
      baselines.push(await sample(page, cdp, null));
    }

    /** @param {Sample[]} list @param {keyof Sample} key */
    const pick = (list, key) => list.map((s) => s[key]);
    const baselineTask = median(pick(baselines, 'task'));
    return {
      move,
      width,
      height,
      samples,
      cpuThrottling,
      task: { median: median(pick(changes, 'task')), p90: quantile(pick(changes, 'task'), 0.9) },
      script: { median: median(pick(changes, 'script')) },
      style: { median: median(pick(changes, 'style')) },
      layout: { median: median(pick(changes, 'layout')) },
      baseline: {
        task: { median: baselineTask, p90: quantile(pick(baselines, 'task'), 0.9) },
        script: { median: median(pick(baselines, 'script')) },
        style: { median: median(pick(baselines, 'style')) },
        layout: { median: median(pick(baselines, 'layout')) },
      },
      // Per-sample differences against the paired baseline would add both noises; the medians' gap is steadier.
      net: {
        task: {
          median: median(pick(changes, 'task')) - baselineTask,
          p90: quantile(pick(changes, 'task'), 0.9) - baselineTask,
        },
      },
    };
  } finally {
    await page.close();
  }
}

/**
 * One-year steps as Chromium's own timeline records them, in milliseconds per step: the main
 * thread's tasks, and of them the rendering (style, layout, paint, commit). Summed over a walk
 * across the range and back, so steadier than the medians above (no baseline to subtract): it
 * says where a step's time goes, on our page and on the floor's.
 * @typedef {{ task: number, rendering: number }} TracedStep
 */

/**
 * @param {Browser} browser
 * @param {string} url
 * @param {{ width?: number, height?: number, steps?: number, cpuThrottling?: number, drawnBy?: DrawnBy }} [options]
 * @returns {Promise<TracedStep>}
 */
export async function traceYearSteps(browser, url, options = {}) {
  const { width = 1280, height = 900, steps = 70, cpuThrottling = 4, drawnBy = 'app' } = options;
  const { page, cdp } = await openForYearChanges(browser, url, { width, height, cpuThrottling, drawnBy });
  try {
    const years = yearSequence('step', steps + 4);
    for (const year of years.slice(0, 4)) await changeYearAndWaitForPaint(page, year);
    /** @type {{ name: string, ph: string, dur?: number, pid: number, tid: number, args?: { name?: string } }[]} */
    const events = [];
    // The protocol types each event as a record of strings; the trace's own fields are as above.
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(.../** @type {typeof events} */ (/** @type {unknown} */ (value))));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink',
      transferMode: 'ReportEvents',
    });
    for (const year of years.slice(4)) await changeYearAndWaitForPaint(page, year);
    await cdp.send('Tracing.end');
    await complete;
    const mainThreads = new Set(
      events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    /** @param {string} name */
    const perStep = (name) =>
      events
        .filter((e) => e.ph === 'X' && e.name === name && mainThreads.has(`${e.pid}:${e.tid}`))
        .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0) / steps;
    return { task: perStep('RunTask'), rendering: perStep('WebFrameWidgetImpl::UpdateLifecycle') };
  } finally {
    await page.close();
  }
}
