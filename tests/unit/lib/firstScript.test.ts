// The first script (plain JS in <head>) and the app's URL reader must agree on which addresses
// the prerendered page can serve as it is: each case runs the script as shipped (minified) on a
// stand-in root element.
import { describe, expect, it } from 'vitest';
import { SHIPPED_FIRST_SCRIPT } from '../../../src/build/shippedFirstScript.ts';
import { FIRST_SCRIPT } from '../../../src/lib/firstScript.ts';
import { EARLY_INPUT_QUEUE, EMBED_CLASS, FIRST_SCRIPT_ROOT_CLASSES, VIEW_PENDING_CLASS } from '../../../src/lib/pageFlags.ts';
import { asksForAnotherView, embeddedPart } from '../../../src/lib/url.ts';

function runFirstScript(search: string) {
  const root = document.createElement('html');
  new Function('location', 'document', SHIPPED_FIRST_SCRIPT)(
    { search },
    { documentElement: root, addEventListener() {}, querySelectorAll: () => [] },
  );
  return {
    pending: root.classList.contains(VIEW_PENDING_CLASS),
    embedded: root.classList.contains(EMBED_CLASS),
    theme: root.dataset.theme,
    part: root.dataset.part,
  };
}

describe('the first script and asksForAnotherView', () => {
  it.each([
    { search: '', pending: false, embedded: false },
    { search: '?embed=1', pending: false, embedded: true },
    {
      search: '?embed=1&childId=graphic&initialWidth=730&parentTitle=Story&parentUrl=https%3A%2F%2Fexample.org',
      pending: false,
      embedded: true,
    },
    { search: '?childId=graphic&initialWidth=730', pending: false, embedded: false },
    { search: '?embed=yes', pending: true, embedded: false },
    { search: '?embed=1&year=2018', pending: true, embedded: true },
    { search: '?year=2026', pending: true, embedded: false },
    { search: '?theme=dark&embed=1', pending: true, embedded: true },
    { search: '?whatever=1', pending: true, embedded: false },
    // A part is a layout of the prerendered page too; a wrong one, or one outside an embed, is not.
    { search: '?embed=1&part=map', pending: false, embedded: true, part: 'map' },
    // A part below the maps is a layout too, but the page leaves it to the app: hidden until drawn.
    { search: '?part=meetings&embed=1&childId=g', pending: true, anotherView: false, embedded: true, part: 'meetings' },
    { search: '?embed=1&part=diagram', pending: true, anotherView: false, embedded: true, part: 'diagram' },
    { search: '?embed=1&part=table', pending: true, anotherView: false, embedded: true, part: 'table' },
    { search: '?embed=1&part=chart', pending: true, embedded: true },
    { search: '?embed=1&part=map&part=table', pending: true, embedded: true, part: 'map' },
    { search: '?part=map', pending: true, embedded: false },
  ] as { search: string; pending: boolean; anotherView?: boolean; embedded: boolean; part?: string }[])(
    '$search: hidden until drawn $pending, embedded layout $embedded, part $part',
    ({ search, pending, anotherView = pending, embedded, part }) => {
      const result = runFirstScript(search);
      expect(result.pending).toBe(pending);
      expect(asksForAnotherView(search)).toBe(anotherView);
      expect(result.embedded).toBe(embedded);
      expect(result.part).toBe(part);
      expect(embeddedPart(search) ?? undefined).toBe(part);
    },
  );

  it('applies a known theme and ignores an unknown one', () => {
    expect(runFirstScript('?theme=dark').theme).toBe('dark');
    expect(runFirstScript('?theme=neon').theme).toBeUndefined();
  });
});

describe('the first script queues what a reader does until the module script takes over', () => {
  it('queues early input and intent events on the document, until the queue is taken', () => {
    const events = new EventTarget();
    new Function('location', 'document', SHIPPED_FIRST_SCRIPT)(
      { search: '' },
      {
        documentElement: document.createElement('html'),
        addEventListener: events.addEventListener.bind(events),
        querySelectorAll: () => [],
      },
    );
    const queue = window as unknown as Record<string, Event[] | null>;
    const queued = queue[EARLY_INPUT_QUEUE]!;
    for (const type of ['pointerover', 'input', 'click', 'scroll', 'keydown']) events.dispatchEvent(new Event(type));
    expect(queued.map((event) => event.type)).toEqual(['pointerover', 'input', 'click', 'keydown']);
    queue[EARLY_INPUT_QUEUE] = null;
    events.dispatchEvent(new Event('change'));
    expect(queued).toHaveLength(4);
  });
});

describe('the root classes the first script sets', () => {
  it('are all named where the page keeps their styles, so that none is dropped from the inlined CSS', () => {
    // Every state class of the project is "is-…"; the script writes each as a string.
    const named = new Set([...FIRST_SCRIPT.matchAll(/"(is-[a-z-]+)"/g)].map(([, name]) => name));
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((name) => !(FIRST_SCRIPT_ROOT_CLASSES as readonly string[]).includes(name))).toEqual([]);
  });
});
