// One Lighthouse 12 run (mobile preset, simulated throttling) against a served build, in Debian's
// Chromium started by chrome-launcher (a dependency of lighthouse); never downloads a browser.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../browser/chromium.mjs';

/** The categories we budget; the default (mobile) config otherwise. */
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * What one run measured. Scores 0–100; times in ms; bytes as Lighthouse counts them (transfer
 * sizes). `failing` names the audits that cost a category points; `settings` describes the run.
 * @typedef {{
 *   scores: Record<typeof CATEGORIES[number], number>,
 *   lcp: number,
 *   tbt: number,
 *   cls: number,
 *   fcp: number,
 *   bytes: number,
 *   failing: string[],
 *   warnings: string[],
 *   settings: {
 *     version: string,
 *     userAgent: string,
 *     formFactor: string,
 *     throttlingMethod: string,
 *     rttMs: number,
 *     throughputKbps: number,
 *     cpuSlowdownMultiplier: number,
 *     screen: string,
 *     benchmarkIndex: number,
 *   },
 * }} LighthouseResult
 */

/**
 * A numeric audit value; throws if Lighthouse could not compute it.
 * @param {import('lighthouse').Result} lhr
 * @param {string} id
 */
function numeric(lhr, id) {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number')
    throw new Error(`Lighthouse has no value for ${id}: ${lhr.audits[id]?.errorMessage ?? 'missing'}`);
  return value;
}

/**
 * The audits that take points off the budgeted categories (weighted, score below 1).
 * @param {import('lighthouse').Result} lhr
 */
function failingAudits(lhr) {
  const ids = new Set();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const score = lhr.audits[ref.id]?.score;
      if (ref.weight > 0 && typeof score === 'number' && score < 1) ids.add(`${id}: ${ref.id}`);
    }
  }
  return [...ids];
}

/**
 * Runs Lighthouse once against `url` in a fresh headless Chromium and returns the budgeted figures.
 * @param {string} url
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    /** @param {typeof CATEGORIES[number]} id */
    const score = (id) => {
      const value = lhr.categories[id]?.score;
      if (typeof value !== 'number') throw new Error(`Lighthouse has no ${id} score`);
      return Math.round(value * 100);
    };
    const { throttling, screenEmulation } = lhr.configSettings;
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      lcp: numeric(lhr, 'largest-contentful-paint'),
      tbt: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      fcp: numeric(lhr, 'first-contentful-paint'),
      bytes: numeric(lhr, 'total-byte-weight'),
      failing: failingAudits(lhr),
      warnings: lhr.runWarnings.map(String),
      settings: {
        version: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        rttMs: throttling.rttMs ?? NaN,
        throughputKbps: throttling.throughputKbps ?? NaN,
        cpuSlowdownMultiplier: throttling.cpuSlowdownMultiplier ?? NaN,
        screen: screenEmulation.disabled
          ? 'no screen emulation'
          : `${screenEmulation.width}×${screenEmulation.height} at ${screenEmulation.deviceScaleFactor}×`,
        benchmarkIndex: lhr.environment.benchmarkIndex,
      },
    };
  } finally {
    // chrome-launcher's kill() waits for the process to exit and removes its temporary profile.
    await chrome.kill();
  }
}
