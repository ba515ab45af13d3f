/**
 * The two map frames: the overview of all 15 republics and the detail of Europe and the
 * Caucasus, where the small republics are legible. Each is one named constant, fitted to the
 * features it must show; the same settings decide, at build time, which neighbours to keep.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RepublicIso } from '../vocabulary.ts';

export interface MapFrame {
  /** Names the frame's shapes in the page: `overview-RUS`, `detail-context`. */
  id: 'overview' | 'detail';
  /** Width of the SVG's coordinate system; the height follows from the fitted shapes. */
  width: number;
  /** Degrees of longitude turned to the centre; the antimeridian cut falls opposite it. */
  rotate: [number, number];
  /** Standard parallels of the equal-area conic. */
  parallels: [number, number];
  /** Grid of the drawn coordinates, in SVG units: finer where the map is enlarged. */
  gridStep: number;
  /** Republics the frame is fitted to. */
  fitTo: readonly RepublicIso[];
  /** Room kept around the fitted shapes, in SVG units. */
  padding: number;
  /** Where each labelled republic's name sits, [longitude, latitude], placed by eye. */
  labelAnchors: Partial<Record<RepublicIso, [number, number]>>;
  /** Labels kept when the frame is narrow (a phone); the others would overlap. */
  narrowLabels: readonly RepublicIso[];
}

// Centred on 100°E, so the cut sits at 80°W, far from Chukotka (which crosses 180°).
export const OVERVIEW_FRAME: MapFrame = {
  id: 'overview',
  width: 960,
  gridStep: 1,
  rotate: [-100, 0],
  parallels: [50, 70],
  fitTo: ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LVA', 'LTU', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'],
  padding: 8,
  // Belarus and Ukraine are labelled in the detail frame, beside or below this one.
  labelAnchors: {
    RUS: [96, 62],
    KAZ: [67, 48.3],
    UZB: [63.4, 42.5],
    TKM: [59.8, 36.6],
    KGZ: [75.3, 41.7],
    TJK: [70.6, 38.3],
  },
  // Central Asia's names crowd each other on a phone; the tooltip still names each republic.
  narrowLabels: ['RUS', 'KAZ'],
};

// The nine western republics, several of them too small to see or hit in the overview.
export const DETAIL_FRAME: MapFrame = {
  id: 'detail',
  width: 480,
  gridStep: 0.5,
  rotate: [-36, 0],
  parallels: [42, 56],
  fitTo: ['EST', 'LVA', 'LTU', 'BLR', 'UKR', 'MDA', 'GEO', 'ARM', 'AZE'],
  padding: 18,
  labelAnchors: {
    EST: [25.8, 58.7],
    LVA: [25.6, 56.9],
    LTU: [23.9, 55.3],
    BLR: [28, 53.4],
    UKR: [31.5, 49.2],
    MDA: [28.6, 47.2],
    GEO: [43.6, 42.1],
    ARM: [44.8, 39.6],
    AZE: [47.9, 41.0],
  },
  narrowLabels: ['EST', 'LVA', 'LTU', 'BLR', 'UKR', 'MDA', 'GEO', 'ARM', 'AZE'],
};

/** Every frame of the graphic, in the order the page shows them. */
export const MAP_FRAMES: readonly MapFrame[] = [OVERVIEW_FRAME, DETAIL_FRAME];

export interface FittedFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** The frame's projection fitted to its republics, and the SVG size that holds them. */
export function fitFrame(frame: MapFrame, republics: readonly Feature<Geometry, { iso?: string }>[]): FittedFrame {
  const target: FeatureCollection = {
    type: 'FeatureCollection',
    features: republics.filter((f) => frame.fitTo.includes(f.properties.iso as RepublicIso)),
  };
  const inner = frame.width - 2 * frame.padding;
  const projection = geoConicEqualArea().rotate(frame.rotate).parallels(frame.parallels).fitWidth(inner, target);
  const [[, y0], [, y1]] = geoPath(projection).bounds(target);
  const [tx, ty] = projection.translate();
  projection.translate([tx + frame.padding, ty - y0 + frame.padding]);
  return { projection, width: frame.width, height: Math.ceil(y1 - y0 + 2 * frame.padding) };
}
