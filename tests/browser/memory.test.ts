// What a reader can do again and again must not cost memory again and again: the tools that
// open and close (the embed kit, the downloads) leave nothing behind after 200 openings.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

/** Opens and closes a tool `times` times, letting each state be drawn. */
function toggle(page: Page, tool: string, times: number) {
  return page.evaluate(
    async ({ tool, times }) => {
      const button = document.querySelector<HTMLButtonElement>(`.${tool} > button`)!;
      const drawn = () => new Promise(requestAnimationFrame);
      for (let i = 0; i < times; i++) {
        button.click();
        // Long enough for the panel's code to arrive and be drawn, every time.
        while (!button.nextElementSibling!.hasChildNodes()) await drawn();
        await drawn();
        button.click();
        await drawn();
      }
    },
    { tool, times },
  );
}

/**
 * How many Svelte signals the page holds after a full garbage collection, counted in a heap
 * snapshot: plain objects with exactly a source's fields. Counting objects, not bytes, leaves
 * out the compiled code that V8 adds while the same thing is done again.
 */
async function signalCount(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, edges, strings } = JSON.parse(chunks.join(''));
  const nodeFields: string[] = snapshot.meta.node_fields;
  const edgeFields: string[] = snapshot.meta.edge_fields;
  const [nodeTypes] = snapshot.meta.node_types as [string[]];
  const [edgeTypes] = snapshot.meta.edge_types as [string[]];
  const at = (name: string) => nodeFields.indexOf(name);
  const SOURCE_FIELDS = 'equals,f,reactions,rv,v,wv';
  let count = 0;
  let edge = 0;
  for (let node = 0; node < nodes.length; node += nodeFields.length) {
    const edgeCount = nodes[node + at('edge_count')];
    const properties: string[] = [];
    for (let i = 0; i < edgeCount; i++, edge += edgeFields.length) {
      const type = edgeTypes[edges[edge + edgeFields.indexOf('type')]];
      const name = strings[edges[edge + edgeFields.indexOf('name_or_index')]];
      if (type === 'property' && name !== '__proto__') properties.push(name);
    }
    const isObject = nodeTypes[nodes[node + at('type')]] === 'object' && strings[nodes[node + at('name')]] === 'Object';
    if (isObject && properties.sort().join(',') === SOURCE_FIELDS) count++;
  }
  return count;
}

describe('memory', () => {
  it.each(['embed-kit', 'downloads'])('keeps no signal of the %s once closed, over 200 openings', async (tool) => {
    const { page } = await open('', 1280);
    const cdp = await page.context().newCDPSession(page);
    // The first openings load the tool's code and warm the page up.
    await toggle(page, tool, 10);
    const before = await signalCount(cdp);
    await toggle(page, tool, 200);
    const after = await signalCount(cdp);
    // One left behind per opening was the leak; a few may come and go with the page's own work.
    expect(after - before).toBeLessThan(20);
  });
});
