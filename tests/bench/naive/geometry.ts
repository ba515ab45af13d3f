/**
 * The naive reference's map geometry, made in the browser at start-up: the whole world-atlas
 * countries-50m file is bundled into the JavaScript, and the region's topology, the two frames'
 * outlines and their layout are computed from it, unsimplified, with the same pure functions our
 * build runs in Node (src/build/plugins.ts). The naive build resolves `virtual:map-layout` to this
 * module, so the app's frame sizes, anchors and labels come from the same geometry as the outlines.
 */
import world from 'world-atlas/countries-50m.json';
import type { FrameId, FrameLayout } from '../../../src/lib/geo/frameLayout.ts';
import { drawFrame, outlineDefinitions, regionFeatures } from '../../../src/lib/geo/mapGeometry.ts';
import { MAP_FRAMES } from '../../../src/lib/geo/projections.ts';
import { buildRegionTopology } from '../../../src/lib/geo/regionTopology.ts';

/** Our build's QUANTIZATION (src/build/plugins.ts), put in by tests/bench/naive/build.mjs. */
declare const __NAIVE_QUANTIZATION__: number;

// keepShare 1: every arc point of the 1:50m file is kept, nothing simplified.
const topology = buildRegionTopology(world as unknown as Parameters<typeof buildRegionTopology>[0], {
  frames: MAP_FRAMES,
  keepShare: 1,
  quantization: __NAIVE_QUANTIZATION__,
});
const features = regionFeatures(topology);
const frames = MAP_FRAMES.map((frame) => drawFrame(topology, frame, features));

/** The outlines of both frames as the hidden SVG of definitions that the maps <use>. */
export const definitions = outlineDefinitions(frames);

/** What `virtual:map-layout` gives our app: each frame's size, anchors and labels. */
const layouts = Object.fromEntries(frames.map(({ layout }) => [layout.id, layout])) as Record<FrameId, FrameLayout>;
export default layouts;
