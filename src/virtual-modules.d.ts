/** The map topology generated at build time by src/build/plugins.ts. */
declare module 'virtual:region-topology' {
  import type { RegionTopology } from './lib/geo/regionTopology.ts';
  const topology: RegionTopology;
  export default topology;
}

/** Each map frame's size, tooltip anchors and labels, generated at build time with the outlines. */
declare module 'virtual:map-layout' {
  import type { FrameId, FrameLayout } from './lib/geo/frameLayout.ts';
  const layouts: Record<FrameId, FrameLayout>;
  export default layouts;
}
