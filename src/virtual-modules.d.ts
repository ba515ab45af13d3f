/** The map topology generated at build time by src/build/plugins.ts. */
declare module 'virtual:region-topology' {
  import type { RegionTopology } from './lib/geo/regionTopology.ts';
  const topology: RegionTopology;
  export default topology;
}
