// The first load in bytes: deterministic, so asserted here; times are only ever printed by
// `npm run bench`. The app's own code is not part of it: it loads when a reader reaches for the
// graphic (tests/browser/prerender.test.ts shows it does not load before).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hostingHeaders, PRODUCTION_FRAME_ANCESTORS } from '../../src/build/hosting.ts';

/** The budget of issues 19 and 20: 30 kB gzip (1 kB = 1000 bytes) for the default view's first load. */
const FIRST_LOAD_BUDGET_BYTES = 30_000;

const gzipped = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** What the default view of the page in `folder` loads before the reader does anything: the page and what it names. */
function firstLoad(folder: string) {
  const html = readFileSync(`${folder}/index.html`, 'utf8');
  // The maps' outlines are fetched right after the first paint, before the reader does anything.
  const loaded = [
    ...html.matchAll(/<(?:script|link(?![^>]*rel="alternate")|svg)\b[^>]*?(?:src|href|data-outlines)="\.\/([^"]+)"/g),
  ].map((match) => match[1]);
  // Links to the page in other languages load nothing; the entry's own static imports load at once too (a shared chunk); its dynamic ones do not.
  const entries = loaded.filter((file) => file.endsWith('.js'));
  for (const entry of entries) {
    const code = readFileSync(`${folder}/${entry}`, 'utf8');
    for (const [, imported] of code.matchAll(/^import[^;]*?from"\.\/([^"]+)"/gm)) loaded.push(`assets/${imported}`);
  }
  return [
    { file: 'index.html', bytes: gzipped(html) },
    ...[...new Set(loaded)].map((file) => ({ file, bytes: gzipped(readFileSync(`${folder}/${file}`)) })),
  ];
}

describe('first load', () => {
  // Each language's page ships its own words only, so each has the budget to itself.
  it.each(['dist', 'dist/ru'])(
    'of %s is the page and its first script, all from the graphic itself, within the budget',
    (folder) => {
      const files = firstLoad(folder);
      const total = files.reduce((sum, { bytes }) => sum + bytes, 0);
      expect(files.map(({ file }) => file.replace(/-[\w-]+\.(js|svg|css)$/, ''))).toEqual([
        'index.html',
        'assets/index',
        'assets/print',
        'assets/outlines',
      ]);
      expect(total, JSON.stringify(files)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    },
  );
});

// Issue 19's LCP: a page that needs a second round trip paints one round trip later. TCP's first
// window is 10 segments of 1,460 bytes (RFC 6928, and Lighthouse's model); the page's response
// headers travel in it too: ours, and what any server adds (status, date, type, length, encoding).
const FIRST_WINDOW_BYTES = 10 * 1460;
const SERVER_HEADER_BYTES = 300;

describe('the page itself', () => {
  // Each language's: a Russian reader's first paint must not wait one round trip more.
  it.each(['dist', 'dist/ru'])("of %s arrives in TCP's first round trip, with its headers", (folder) => {
    const headers = Object.entries(hostingHeaders(PRODUCTION_FRAME_ANCESTORS))
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    const onTheWire = gzipped(readFileSync(`${folder}/index.html`)) + Buffer.byteLength(headers) + SERVER_HEADER_BYTES;
    expect(onTheWire).toBeLessThanOrEqual(FIRST_WINDOW_BYTES);
  });
});
