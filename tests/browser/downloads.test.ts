// The downloads, read back: CSV and JSON of a year and of the whole timeline held to the facts,
// the map as a self-contained SVG and as a PNG of the right size, and in a sandboxed frame,
// which refuses downloads, the data to copy and the image to save in their place.
//
// Expected values were typed by hand from ../shared/facts/membership.md (each comment names the
// row) and the words from the catalogue in src/lib/messages.ts, never copied from the code.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open, baseUrl, browser } = useBrowser();
const hostUrl = inject('hostUrl');

const HEADLINE = 'Is Russia trying to blur the line between the CIS and the CSTO?';
// facts/README.md: the data set is current as of 2026-03-31.
const AS_OF = '2026-03-31';
const REPUBLICS = ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A republic's standing at a year's date: CIS status and its first day, CST/CSTO status and its first day ("" if none). */
type Standing = [iso: string, cis: string, cisSince: string, csto: string, cstoSince: string];

const STANDINGS: Record<number, Standing[]> = {
  // End of 2018.
  2018: [
    // CIS "Georgia | 2009-08-18 | withdrawn"; CSTO "Georgia | 1999-04-20 | withdrawn".
    ['GEO', 'withdrawn', '2009-08-18', 'withdrawn', '1999-04-20'],
    // CIS "Ukraine | 2018-05-19 | ended"; CSTO "Ukraine | — | none".
    ['UKR', 'ended', '2018-05-19', 'none', ''],
    // CIS "Uzbekistan | 1992-04-01 | member"; CSTO "Uzbekistan | 2012-12-19 | suspended".
    ['UZB', 'member', '1992-04-01', 'suspended', '2012-12-19'],
    // CIS "Armenia | 1992-02-18 | member"; CSTO "Armenia | 1992-05-15 | member" (frozen only in 2024).
    ['ARM', 'member', '1992-02-18', 'member', '1992-05-15'],
    // CIS "Turkmenistan | 2005-08-26 | associate"; CSTO "Turkmenistan | — | none".
    ['TKM', 'associate', '2005-08-26', 'none', ''],
    // "Estonia | — | none" in both.
    ['EST', 'none', '', 'none', ''],
  ],
  // 31 March 2026, the as-of date.
  2026: [
    // CIS "Moldova | 2026-03-20 | withdrawing" (provisional); CSTO "Moldova | — | none".
    ['MDA', 'withdrawing', '2026-03-20', 'none', ''],
    // CSTO "Armenia | 2024-02-22 | frozen".
    ['ARM', 'member', '1992-02-18', 'frozen', '2024-02-22'],
    // CIS "Azerbaijan | 1993-09-24 | member"; CSTO "Azerbaijan | 1999-04-20 | withdrawn".
    ['AZE', 'member', '1993-09-24', 'withdrawn', '1999-04-20'],
    ['UKR', 'ended', '2018-05-19', 'none', ''],
  ],
};
// Counted by hand in membership.md: CIS rows ARM 2, AZE 2, BLR 2, EST 1, GEO 3, KAZ 2, KGZ 2,
// LVA 1, LTU 1, MDA 3, RUS 2, TJK 2, TKM 3, UKR 3, UZB 2; CSTO rows ARM 2, AZE 2, BLR 1, EST 1,
// GEO 2, KAZ 1, KGZ 1, LVA 1, LTU 1, MDA 1, RUS 1, TJK 1, TKM 1, UKR 1, UZB 4.
const CIS_PERIODS = 31;
const CSTO_PERIODS = 21;
// CSTO "Uzbekistan": 1992-05-15 member, 1999-04-20 withdrawn, 2006-08-16 member, 2012-12-19 suspended.
const UZBEKISTAN_CSTO = [
  ['1992-05-15', 'member', '1999-04-20'],
  ['1999-04-20', 'withdrawn', '2006-08-16'],
  ['2006-08-16', 'member', '2012-12-19'],
  ['2012-12-19', 'suspended', ''],
];

/** An RFC 4180 reader of its own: quoted fields, doubled quotes, CRLF records (LF in a textarea, which turns CRLF into LF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      records.push([...record, field]);
      record = [];
      field = '';
      if (char === '\r') i += 1;
    } else field += char;
  }
  if (isQuoted || field !== '' || record.length > 0) throw new Error('The CSV does not end with a complete record');
  return records;
}

/** The records as objects keyed by the header's labels, every record as long as the header. */
function csvObjects(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  for (const record of records) expect(record).toHaveLength(header.length);
  return records.map((record) => Object.fromEntries(header.map((label, i) => [label, record[i]])));
}

/** Opens the download panel of the graphic in a page or a frame, and waits for its buttons. */
async function openDownloads(where: Page | Frame) {
  await where.getByRole('button', { name: 'Download', exact: true }).click();
  await where.getByRole('button', { name: 'Download PNG' }).waitFor();
}

/** The button `name` of the group whose name starts with `group` ("Image", "This year", "Whole timeline"). */
const downloadButton = (where: Page | Frame, group: string, name: string) =>
  where.getByRole('group', { name: new RegExp(`^${group}`) }).getByRole('button', { name });

/** Clicks a download button and returns the file the browser received. */
async function download(page: Page, group: string, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), downloadButton(page, group, name).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { fileName: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A CSV file's text, after checking the byte-order mark that makes Excel read it as UTF-8. */
function csvText(bytes: Buffer): string {
  expect([...bytes.subarray(0, 3)]).toEqual(UTF8_BOM);
  return bytes.subarray(3).toString('utf8');
}

function expectYearCsv(text: string, year: number) {
  const rows = csvObjects(text);
  expect(rows.map((row) => row['ISO code']).sort()).toEqual(REPUBLICS);
  for (const [iso, cis, cisSince, csto, cstoSince] of STANDINGS[year]) {
    const row = rows.find((candidate) => candidate['ISO code'] === iso);
    expect(row, iso).toMatchObject({
      'CIS status (code)': cis,
      'CIS status since': cisSince,
      'CST/CSTO status (code)': csto,
      'CST/CSTO status since': cstoSince,
    });
  }
}

describe.each([
  [2018, '2018-12-31'],
  [2026, AS_OF],
])('the data of %i', (year, date) => {
  it('downloads as CSV and JSON with every republic and its statuses at the year’s date', async () => {
    const { page, errors, requests } = await open(`?year=${year}`);
    // The options are code of their own, fetched only when the panel opens.
    expect(requests.some((url) => url.includes('DownloadOptions'))).toBe(false);
    await openDownloads(page);
    expect(requests.some((url) => url.includes('DownloadOptions'))).toBe(true);

    const csv = await download(page, 'This year', 'Download CSV');
    expect(csv.fileName).toBe(`cis-csto-${year}.csv`);
    expectYearCsv(csvText(csv.bytes), year);

    const json = await download(page, 'This year', 'Download JSON');
    expect(json.fileName).toBe(`cis-csto-${year}.json`);
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ title: HEADLINE, year, date, asOf: AS_OF });
    expect(parsed.republics.map((row: { iso: string }) => row.iso).sort()).toEqual(REPUBLICS);
    for (const [iso, cis, cisSince, csto, cstoSince] of STANDINGS[year])
      expect(
        parsed.republics.find((row: { iso: string }) => row.iso === iso),
        iso,
      ).toMatchObject({
        cisStatus: cis,
        cisSince: cisSince || null,
        cstoStatus: csto,
        cstoSince: cstoSince || null,
      });
    expect(errors).toEqual([]);
  });
});

describe('the whole timeline', () => {
  it('downloads as CSV and JSON with every period of membership.md', async () => {
    const { page, errors } = await open('?year=2018');
    await openDownloads(page);

    const csv = await download(page, 'Whole timeline', 'Download CSV');
    expect(csv.fileName).toBe('cis-csto-timeline.csv');
    const rows = csvObjects(csvText(csv.bytes));
    expect(rows.filter((row) => row.Bloc === 'cis')).toHaveLength(CIS_PERIODS);
    expect(rows.filter((row) => row.Bloc === 'csto')).toHaveLength(CSTO_PERIODS);
    expect(rows).toHaveLength(CIS_PERIODS + CSTO_PERIODS);
    const uzbekistan = rows.filter((row) => row['ISO code'] === 'UZB' && row.Bloc === 'csto');
    expect(uzbekistan.map((row) => [row.From, row['Status (code)'], row.To])).toEqual(UZBEKISTAN_CSTO);

    const json = await download(page, 'Whole timeline', 'Download JSON');
    expect(json.fileName).toBe('cis-csto-timeline.json');
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ title: HEADLINE, asOf: AS_OF });
    expect(parsed.periods).toHaveLength(CIS_PERIODS + CSTO_PERIODS);
    const periods = parsed.periods.filter(
      (period: { iso: string; bloc: string }) => period.iso === 'UZB' && period.bloc === 'csto',
    );
    expect(
      periods.map((period: { from: string; status: string; to: string | null }) => [period.from, period.status, period.to ?? '']),
    ).toEqual(UZBEKISTAN_CSTO);
    expect(errors).toEqual([]);
  });
});

/** What the page's own XML parser finds in an SVG document. */
function inspectSvg(page: Page, svg: string) {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    const attributes = all.flatMap((element) => [...element.attributes]);
    const urlTargets = attributes.flatMap((attribute) => [...attribute.value.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]));
    const hrefs = attributes.filter((attribute) => attribute.localName === 'href').map((attribute) => attribute.value);
    const republics = [...doc.querySelectorAll('[data-iso]')];
    return {
      parseErrors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      title: doc.querySelector('svg > title')?.textContent,
      texts: [...doc.querySelectorAll('text')].map((text) => text.textContent),
      republics: republics.map((shape) => [
        shape.getAttribute('data-iso'),
        shape.getAttribute('data-cis'),
        shape.getAttribute('data-csto'),
      ]),
      uses: doc.getElementsByTagName('use').length,
      // Every reference, and whether it points at an element of the file itself.
      references: [...urlTargets, ...hrefs].map((target) => [
        target,
        target.startsWith('#') && doc.getElementById(target.slice(1)) !== null,
      ]),
      seaFill: doc.querySelector('svg svg > g > rect')?.getAttribute('fill'),
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, svg);
}

describe('the map image', () => {
  it('downloads as a self-contained SVG with the title, the 15 republics, the key and the source line', async () => {
    const { page, errors } = await open('?year=2018');
    await openDownloads(page);
    const file = await download(page, 'Image', 'Download SVG');
    expect(file.fileName).toBe('cis-csto-2018.svg');
    const svg = await inspectSvg(page, file.bytes.toString('utf8'));
    expect(svg.parseErrors).toBe(0);
    expect(svg.root).toBe('svg');
    expect(svg.title).toBe(`${HEADLINE} — 2018`);
    expect(svg.texts).toContain(`${HEADLINE} — 2018`);
    expect(svg.texts).toContain('The 15 former Soviet republics on 31 December 2018');
    expect(svg.republics.map(([iso]) => iso).sort()).toEqual(REPUBLICS);
    // End of 2018: Georgia withdrawn from the CIS, Ukraine ended, Uzbekistan's CSTO membership suspended.
    expect(svg.republics).toEqual(
      expect.arrayContaining([
        ['GEO', 'withdrawn', 'withdrawn'],
        ['UKR', 'ended', 'none'],
        ['UZB', 'member', 'suspended'],
      ]),
    );
    expect(svg.uses).toBe(0);
    // Nothing outside the file: every href and url() points at an id inside it.
    expect(svg.references.length).toBeGreaterThan(0);
    expect(svg.references.filter(([, isInside]) => !isInside)).toEqual([]);
    // The names, the key in the map key's words with counts, the source line and the view's address.
    // End of 2018, in both blocs: ARM, BLR, KAZ, KGZ, RUS, TJK; in the CIS only: AZE, MDA, TKM
    // (associate), UZB (CSTO suspended); in neither: EST, GEO, LVA, LTU, UKR.
    expect(svg.texts).toEqual(
      expect.arrayContaining([
        // The overview names the larger republics; the detail map, not part of the image, the others.
        'Russia',
        'Uzbekistan',
        'In the CIS and the CSTO (6)',
        'In the CIS, not the CSTO (4)',
        'In neither (5)',
        'CIS: signatory, participant, associate or leaving (dots) (1)',
        'CSTO: membership frozen or suspended (stripes) (1)',
        'Other countries',
      ]),
    );
    expect(svg.texts.some((text) => text?.startsWith('Sources: '))).toBe(true);
    expect(svg.texts).toContain(`${baseUrl}?year=2018`);
    expect(errors).toEqual([]);
  });

  it('is drawn in the light theme when the page is dark', async () => {
    const { page } = await open('?year=2018&theme=dark');
    await openDownloads(page);
    const file = await download(page, 'Image', 'Download SVG');
    // --map-sea of the light theme, #f7f9fb (src/global.css), behind a white page.
    expect((await inspectSvg(page, file.bytes.toString('utf8'))).seaFill).toBe('rgb(247, 249, 251)');
    // The page keeps its own theme: the dark --map-sea, #1c232b.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('svg:has(use[data-iso]) .sea')!).fill)).toBe(
      'rgb(28, 35, 43)',
    );
  });

  it('downloads as a PNG twice the size of the SVG, with the map drawn', async () => {
    const { page, errors } = await open('?year=2018');
    await openDownloads(page);
    const svg = await inspectSvg(page, (await download(page, 'Image', 'Download SVG')).bytes.toString('utf8'));
    const png = await download(page, 'Image', 'Download PNG');
    expect(png.fileName).toBe('cis-csto-2018.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is IHDR: its length, its type, then width and height as 32-bit big-endian.
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      Math.round(svg.width * 2),
      Math.round(svg.height * 2),
    ]);
    // The six republics in both blocs in 2018, Russia and Kazakhstan among them, are solid #004488.
    const memberBluePixels = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0x00 && data[i + 1] === 0x44 && data[i + 2] === 0x88) count += 1;
      return count;
    }, png.bytes.toString('base64'));
    expect(memberBluePixels).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });
});

/**
 * A host page on another origin embedding the graphic at `query` in a frame with
 * `sandbox="allow-scripts"`, and the errors seen in either.
 */
async function sandboxed(query: string): Promise<{ page: Page; frame: Frame; problems: string[] }> {
  // A context of its own, as axe-core requires; closed by the test.
  const context = await browser().newContext({ viewport: { width: 730, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Chrome's own notices of the refused download and clipboard are the expected outcomes of trying them.
    const isRefusalNotice = /'allow-downloads'|Clipboard API has been blocked/.test(message.text());
    if (message.type() === 'error' && !isRefusalNotice) problems.push(message.text());
  });
  const params = new URLSearchParams({ src: `${baseUrl}${query}`, sandbox: 'allow-scripts' });
  await page.goto(`${hostUrl}/spy?${params}`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.locator('svg [data-iso]').first().waitFor();
  return { page, frame, problems };
}

describe('in a sandboxed frame, which refuses downloads', () => {
  it('shows the CSV to copy, the image to save and the way to the full interactive', async () => {
    const { page, frame, problems } = await sandboxed('?year=2018&embed=1');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await openDownloads(frame);

    await downloadButton(frame, 'This year', 'Download CSV').click();
    const data = frame.getByLabel('The data, to copy');
    await data.waitFor();
    expect(await frame.getByText(/^If the download did not start, your page does not allow downloads here/).isVisible()).toBe(
      true,
    );
    const csv = await data.inputValue();
    expect(csv.startsWith('ISO code,')).toBe(true);
    expectYearCsv(csv, 2018);
    expect(await frame.locator('#downloads-panel').getByRole('link', { name: 'Open the full interactive' }).isVisible()).toBe(
      true,
    );

    // The frame may not write to the clipboard either: the data is selected for the reader to copy.
    await frame.getByRole('button', { name: 'Copy the data' }).click();
    await expect.poll(() => frame.getByText(/^Copying is not allowed here/).isVisible()).toBe(true);
    const selected = await frame.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe(csv);

    await downloadButton(frame, 'Image', 'Download PNG').click();
    const image = frame.getByRole('img', { name: `${HEADLINE} — 2018` });
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(downloads).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('passes axe-core with the panel open and the data to copy shown', async () => {
    const { page, frame } = await sandboxed('?year=2018');
    await openDownloads(frame);
    await downloadButton(frame, 'Whole timeline', 'Download JSON').click();
    await frame.getByLabel('The data, to copy').waitFor();
    const results = await new AxeBuilder({ page })
      .include('iframe')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')})`,
    );
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
