import { describe, expect, it } from 'vitest';
import {
  datawrapperKeyOf,
  embeddedView,
  heightMessages,
  iframeSnippet,
  parsePymWidth,
  pymChildId,
  pymSnippet,
} from '../../../src/lib/embed.ts';
import { formatViewParams, parseViewParams } from '../../../src/lib/url.ts';

const FRAME = { childId: 'graphic', datawrapperKey: 'cis-csto', src: 'https://graphics.example.org/cis-csto/?embed=1' };

describe('heightMessages', () => {
  it('speaks pym, Datawrapper, AMP and Medium/Embedly with one height', () => {
    expect(heightMessages(1234.2, FRAME)).toEqual([
      'pymxPYMxgraphicxPYMxheightxPYMx1235',
      { 'datawrapper-height': { 'cis-csto': 1235 } },
      { sentinel: 'amp', type: 'embed-size', height: 1235 },
      '{"src":"https://graphics.example.org/cis-csto/?embed=1","context":"iframe.resize","height":1235}',
    ]);
  });

  it('leaves pym out without a pym parent', () => {
    expect(heightMessages(800, { ...FRAME, childId: null })).toHaveLength(3);
  });

  it.each([
    [-50, 100],
    [0, 100],
    [Number.NaN, 100],
    [1e9, 20000],
  ])('never asks for a height of %s: %i instead', (height, sent) => {
    expect(heightMessages(height, FRAME)[2]).toEqual({ sentinel: 'amp', type: 'embed-size', height: sent });
  });
});

describe('parsePymWidth', () => {
  it.each<[unknown, number | null]>([
    ['pymxPYMxgraphicxPYMxwidthxPYMx730', 730],
    ['pymxPYMxgraphicxPYMxwidthxPYMx1', 1],
    ['pymxPYMxgraphicxPYMxwidthxPYMx0', null],
    ['pymxPYMxgraphicxPYMxwidthxPYMx-5', null],
    ['pymxPYMxgraphicxPYMxwidthxPYMx730.5', null],
    ['pymxPYMxgraphicxPYMxwidthxPYMx1e3', null],
    ['pymxPYMxgraphicxPYMxwidthxPYMx9999999', null],
    ['pymxPYMxgraphicxPYMxwidthxPYMx', null],
    ['pymxPYMxgraphicxPYMxwidthxPYMx730xPYMxextra', null],
    ['pymxPYMxotherxPYMxwidthxPYMx730', null],
    ['pymxPYMxgraphicxPYMxnavigateToxPYMxjavascript:alert(1)', null],
    ['pymxPYMxgraphicxPYMxscrollToChildPosxPYMx100', null],
    ['pymxPYMxgraphicxPYMxheightxPYMx500', null],
    [' pymxPYMxgraphicxPYMxwidthxPYMx730', null],
    [`pymxPYMxgraphicxPYMxwidthxPYMx${'7'.repeat(300)}`, null],
    [{ width: 730 }, null],
    [730, null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (data, width) => {
    expect(parsePymWidth(data, 'graphic')).toBe(width);
  });

  it('answers nothing without a pym parent', () => {
    expect(parsePymWidth('pymxPYMxgraphicxPYMxwidthxPYMx730', null)).toBeNull();
  });
});

describe('pymChildId', () => {
  it.each([
    ['?embed=1&initialWidth=730&childId=graphic-container', 'graphic-container'],
    ['?embed=1', null],
    ['?childId=', null],
    ['?childId=%3Cscript%3E', null],
    ['?childId=xPYMx', 'xPYMx'],
    [`?childId=${'a'.repeat(65)}`, null],
  ])('%s → %j', (search, id) => {
    expect(pymChildId(search)).toBe(id);
  });
});

describe('datawrapperKeyOf', () => {
  it.each([
    ['/graphics/cis-csto/index.html', 'cis-csto'],
    ['/graphics/cis-csto/', 'cis-csto'],
    ['/', 'cis-csto'],
    ['/index.html', 'cis-csto'],
  ])('%s → %s', (pathname, key) => {
    expect(datawrapperKeyOf(pathname)).toBe(key);
  });
});

describe('embed codes', () => {
  const options = {
    src: 'https://graphics.example.org/cis-csto/?year=2018&compare=2017&embed=1',
    fullSrc: 'https://graphics.example.org/cis-csto/?year=2018&compare=2017',
    title: 'A "map" <of> the CIS & CSTO',
    height: 2400,
    pymScript: 'https://graphics.example.org/cis-csto/pym.v1.min.js',
  };

  it('gives the iframe a title, the view in its address, and escapes attributes', () => {
    const code = iframeSnippet(options);
    expect(code).toContain('<iframe src="https://graphics.example.org/cis-csto/?year=2018&amp;compare=2017&amp;embed=1"');
    expect(code).toContain('title="A &quot;map&quot; &lt;of&gt; the CIS &amp; CSTO"');
    expect(code).toContain('loading="lazy" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin"');
    // The listener trusts only this frame and the graphic's origin (or a sandbox's "null").
    expect(code).toContain('if (event.source !== frame.contentWindow) return;');
    expect(code).toContain(`if (event.origin !== "https://graphics.example.org" && event.origin !== 'null') return;`);
    expect(code).toContain('height >= 100 && height <= 20000');
  });

  it('gives pym.js a container that passes nothing of the article, with a fallback link to the full page', () => {
    expect(pymSnippet(options)).toBe(
      `<div data-pym-src="https://graphics.example.org/cis-csto/?year=2018&amp;compare=2017&amp;embed=1" data-pym-title="A &quot;map&quot; &lt;of&gt; the CIS &amp; CSTO" data-pym-allowfullscreen data-pym-optionalparams="false">
  <a href="https://graphics.example.org/cis-csto/?year=2018&amp;compare=2017">A &quot;map&quot; &lt;of&gt; the CIS &amp; CSTO</a>
</div>
<script src="https://graphics.example.org/cis-csto/pym.v1.min.js"></script>`,
    );
  });
});

describe('embeddedView', () => {
  const RANGE = { first: 1991, last: 2026 };
  const latest = parseViewParams('', RANGE).view;
  const onScreen = parseViewParams('?year=2018&compare=2017&country=ARM&attendance=on&mode=present', RANGE).view;
  const address = (choice: Parameters<typeof embeddedView>[2]) => formatViewParams(embeddedView(onScreen, latest, choice), RANGE);

  it.each<[Parameters<typeof embeddedView>[2], string]>([
    // The view on screen, embedded: never the presentation, which is a teacher's, not a host's.
    [{ part: null, view: 'on-screen', theme: null }, '?year=2018&country=ARM&compare=2017&attendance=on&embed=1'],
    [
      { part: 'meetings', view: 'on-screen', theme: 'dark' },
      '?year=2018&country=ARM&compare=2017&attendance=on&embed=1&part=meetings&theme=dark',
    ],
    // Always the latest year: nothing of the view on screen.
    [{ part: null, view: 'latest', theme: null }, '?embed=1'],
    [{ part: 'diagram', view: 'latest', theme: 'light' }, '?embed=1&part=diagram&theme=light'],
  ])('%j → %s', (choice, query) => {
    expect(address(choice)).toBe(query);
  });
});
