/**
 * What the app knows of a map frame: its size, tooltip anchors and labels, and the ids under
 * which the page holds its outlines. Made at build time by mapGeometry.ts; this module imports
 * only types, so that the app never pulls in the build's d3-geo or topojson.
 */
import type { RepublicIso } from '../vocabulary.ts';
import type { MapFrame } from './projections.ts';

export type FrameId = MapFrame['id'];

export interface MapLabel {
  iso: RepublicIso;
  /** Position as a share of the frame's width and height (0–1), so HTML labels can sit on it. */
  x: number;
  y: number;
  /** Whether the label stays when the frame is narrow. */
  isShownWhenNarrow: boolean;
}

/** What the app needs of a frame: everything but the outlines, which the page already holds. */
export interface FrameLayout {
  id: FrameId;
  width: number;
  height: number;
  /** The republics drawn, each with the point its tooltip points at, in SVG units. */
  republics: { iso: RepublicIso; anchor: [number, number] }[];
  labels: MapLabel[];
}

/** The id of a frame's outline in the page: a republic, the context countries or the borders. */
export const outlineId = (frame: FrameId, part: RepublicIso | 'context' | 'borders') => `${frame}-${part}`;

/** Source of the map's one deliberate departure from Natural Earth: Crimea drawn in Ukraine. */
export const CRIMEA_SOURCE_KEY = 'UNGA';
