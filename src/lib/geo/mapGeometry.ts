/**
 * Turns the generated topology into what the map components draw: one SVG path per republic
 * and context country, the cased border lines, and label positions, for each frame. Decoded
 * once; nothing here depends on the year.
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { RepublicIso } from '../vocabulary.ts';
import { fitFrame, type MapFrame } from './projections.ts';
import type { RegionProperties, RegionTopology } from './regionTopology.ts';

export interface RepublicShape {
  iso: RepublicIso;
  /** SVG path data in the frame's coordinates. */
  d: string;
  /** Where the tooltip points, in the frame's coordinates. */
  anchor: [number, number];
}

export interface MapLabel {
  iso: RepublicIso;
  /** Position as a share of the frame's width and height (0–1), so HTML labels can sit on it. */
  x: number;
  y: number;
  /** Whether the label stays when the frame is narrow. */
  isShownWhenNarrow: boolean;
}

export interface DrawnFrame {
  width: number;
  height: number;
  republics: RepublicShape[];
  /** Neighbouring countries, drawn as background. */
  context: string[];
  /** Borders that touch a republic, drawn cased on top of the fills. */
  borders: string;
  labels: MapLabel[];
}

export type RegionFeature = Feature<Geometry, RegionProperties>;

/** Every feature of the topology, republics carrying their ISO code. */
export function regionFeatures(topology: RegionTopology): RegionFeature[] {
  const countries = topology.objects.countries;
  return countries.geometries.map((g) => feature(topology, g) as RegionFeature);
}

const isRepublicObject = (g: GeometryObject<RegionProperties>) => (g.properties as RegionProperties | undefined)?.iso !== undefined;

/** Paths and labels of one frame; pass the decoded features when drawing several frames. */
export function drawFrame(topology: RegionTopology, frame: MapFrame, features = regionFeatures(topology)): DrawnFrame {
  const republicFeatures = features.filter((f) => f.properties.iso !== undefined);
  const { projection, width, height } = fitFrame(frame, republicFeatures);
  const path = geoPath(projection);
  const republics = republicFeatures.map((f) => ({
    iso: f.properties.iso as RepublicIso,
    d: path(f) ?? '',
    anchor: path.centroid(f) as [number, number],
  }));
  const context = features.filter((f) => f.properties.iso === undefined).map((f) => path(f) ?? '');
  const borderMesh = mesh(topology, topology.objects.countries, (a, b) => a !== b && (isRepublicObject(a) || isRepublicObject(b)));
  const labels = (Object.entries(frame.labelAnchors) as [RepublicIso, [number, number]][]).map(([iso, lonLat]) => {
    const [x, y] = projection(lonLat) ?? [0, 0];
    return { iso, x: x / width, y: y / height, isShownWhenNarrow: frame.narrowLabels.includes(iso) };
  });
  return { width, height, republics, context, borders: path(borderMesh) ?? '', labels };
}
