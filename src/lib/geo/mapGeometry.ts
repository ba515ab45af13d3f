/**
 * Turns the generated topology into the maps: for each frame, the outlines (written once into
 * the page as SVG definitions, at build time) and the layout the app needs to draw on them
 * (size, tooltip anchors, label positions). Nothing here depends on the year.
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { RepublicIso } from '../vocabulary.ts';
import { compactPath } from './compactPath.ts';
import { outlineId, type FrameLayout } from './frameLayout.ts';
import { fitFrame, type MapFrame } from './projections.ts';
import type { RegionProperties, RegionTopology } from './regionTopology.ts';

/** A frame with its outlines as SVG path data. */
export interface DrawnFrame {
  layout: FrameLayout;
  republicPaths: { iso: RepublicIso; d: string }[];
  /** Neighbouring countries, one path, drawn as background. */
  context: string;
  /** Borders that touch a republic, drawn cased on top of the fills. */
  borders: string;
}

const roundShare = (share: number) => Math.round(share * 1e4) / 1e4;

export type RegionFeature = Feature<Geometry, RegionProperties>;

/** Every feature of the topology, republics carrying their ISO code. */
export function regionFeatures(topology: RegionTopology): RegionFeature[] {
  const countries = topology.objects.countries;
  return countries.geometries.map((g) => feature(topology, g) as RegionFeature);
}

const isRepublicObject = (g: GeometryObject<RegionProperties>) =>
  (g.properties as RegionProperties | undefined)?.iso !== undefined;

/** Outlines and layout of one frame; pass the decoded features when drawing several frames. */
export function drawFrame(topology: RegionTopology, frame: MapFrame, features = regionFeatures(topology)): DrawnFrame {
  const republicFeatures = features.filter((f) => f.properties.iso !== undefined);
  const { projection, width, height } = fitFrame(frame, republicFeatures);
  const centroid = geoPath(projection).centroid;
  // Cut at the frame's edge: what lies outside would be bytes nobody sees.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const writer = compactPath(frame.gridStep);
  const path = geoPath(projection, writer);
  const pathData = (geometry: Parameters<typeof path>[0]) => {
    path(geometry);
    return writer.result();
  };
  const republics = republicFeatures.map((f) => ({ iso: f.properties.iso as RepublicIso, feature: f }));
  // One call for all of them: each path's first move is relative to the origin.
  const context = pathData({ type: 'FeatureCollection', features: features.filter((f) => f.properties.iso === undefined) });
  const borderMesh = mesh(
    topology,
    topology.objects.countries,
    (a, b) => a !== b && (isRepublicObject(a) || isRepublicObject(b)),
  );
  const labels = (Object.entries(frame.labelAnchors) as [RepublicIso, [number, number]][]).map(([iso, lonLat]) => {
    const [x, y] = projection(lonLat) ?? [0, 0];
    // A ten-thousandth of the frame, a tenth of a pixel at most: the page writes these shares.
    return { iso, x: roundShare(x / width), y: roundShare(y / height), isShownWhenNarrow: frame.narrowLabels.includes(iso) };
  });
  return {
    layout: {
      id: frame.id,
      width,
      height,
      republics: republics.map(({ iso, feature }) => ({ iso, anchor: centroid(feature) as [number, number] })),
      labels,
    },
    republicPaths: republics.map(({ iso, feature }) => ({ iso, d: pathData(feature) })),
    context,
    borders: pathData(borderMesh),
  };
}

/** The outlines of every frame as SVG path definitions, each with its id (`outlineId`). */
function outlinePaths(frames: readonly DrawnFrame[]): string {
  const paths = frames.flatMap(({ layout, republicPaths, context, borders }) => [
    ...republicPaths.map(({ iso, d }) => [outlineId(layout.id, iso), d]),
    [outlineId(layout.id, 'context'), context],
    [outlineId(layout.id, 'borders'), borders],
  ]);
  // Strokes keep their width however large the map is drawn.
  return paths.map(([id, d]) => `<path id="${id}" vector-effect="non-scaling-stroke" d="${d}"/>`).join('');
}

const HOLDER_ATTRIBUTES = 'class="map-outlines" aria-hidden="true" focusable="false" width="0" height="0"';

/**
 * The outlines of every frame as one hidden SVG of definitions, for the page's HTML. The maps
 * draw them with <use>, so the bytes of each outline travel once and the app carries none.
 */
export function outlineDefinitions(frames: readonly DrawnFrame[]): string {
  return `<svg ${HOLDER_ATTRIBUTES}><defs>${outlinePaths(frames)}</defs></svg>`;
}

/** The same definitions as a file of their own, which the page fetches after its first paint. */
export function outlinesFile(frames: readonly DrawnFrame[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg"><defs>${outlinePaths(frames)}</defs></svg>`;
}

/** The page's empty holder of the definitions, naming the file the first script fills it from. */
export function outlinesHolder(fileAttribute: string, href: string): string {
  return `<svg ${HOLDER_ATTRIBUTES} ${fileAttribute}="${href}"></svg>`;
}
