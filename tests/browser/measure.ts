// What the layout tests measure in a page: names that collide on the map, chips whose words do
// not fit, each in every year as a reader's drag of the slider shows it.
import type { Page } from 'playwright-core';

/** What `collect` finds on the page in each year, the slider moved as a reader's drag moves it. */
export async function inEveryYear<T>(page: Page, collect: () => T): Promise<Record<number, Awaited<T>>> {
  const byYear: Record<number, Awaited<T>> = {};
  for (let year = 1991; year <= 2026; year++) {
    await page.evaluate(async (year) => {
      const slider = document.querySelector<HTMLInputElement>('#year-slider')!;
      slider.value = String(year);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    }, year);
    byYear[year] = await page.evaluate(collect);
  }
  return byYear;
}

/** The visible chips of the diagram whose words overflow them. */
export const overflowingChips = () =>
  [...document.querySelectorAll<HTMLElement>('.euler .chip')]
    .filter(
      (chip) => chip.checkVisibility() && (chip.scrollWidth > chip.clientWidth + 1 || chip.scrollHeight > chip.clientHeight + 1),
    )
    .map((chip) => chip.textContent!.trim());

/** Moves the slider to `year` as a reader's drag does, lets two frames draw, and names what collides. */
export function collisionsIn(page: Page, year: number | null): Promise<string[]> {
  return page.evaluate(async (year) => {
    if (year !== null) {
      const slider = document.querySelector<HTMLInputElement>('#year-slider')!;
      slider.value = String(year);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    const problems: string[] = [];
    for (const frame of document.querySelectorAll<HTMLElement>('.labels')) {
      if (!frame.checkVisibility()) continue;
      const bounds = frame.getBoundingClientRect();
      const boxes = [...frame.parentElement!.querySelectorAll<HTMLElement>('.label, .marker')]
        .filter((element) => element.checkVisibility())
        .map((element) => ({
          name: `${element.dataset.labelIso ?? `${element.dataset.markerIso} marker`}`,
          iso: element.dataset.labelIso ?? element.dataset.markerIso,
          box: element.getBoundingClientRect(),
        }));
      for (const { name, box } of boxes)
        if (
          box.left < bounds.left - 0.5 ||
          box.right > bounds.right + 0.5 ||
          box.top < bounds.top - 0.5 ||
          box.bottom > bounds.bottom + 0.5
        )
          problems.push(`${name} leaves its frame`);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (a.iso !== b.iso && overlapX > 0.5 && overlapY > 0.5) problems.push(`${a.name} covers ${b.name}`);
        }
    }
    return problems.map((problem) => `${document.querySelector<HTMLInputElement>('#year-slider')!.value}: ${problem}`);
  }, year);
}

/** Visible text and accessible names, apart from the sources and links to them, whose titles stay as published. */
export function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!element.checkVisibility() || element.closest('.sources, a[target="_blank"], script, style, textarea')) continue;
      texts.push(node.textContent!);
    }
    for (const element of document.querySelectorAll(':is([aria-label], [title], [aria-valuetext]):not(a[target="_blank"])'))
      texts.push(...['aria-label', 'title', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? ''));
    return texts;
  });
}
