/**
 * Builds the map's topology from world-atlas at build time: the 15 republics plus the parts of
 * neighbouring countries that fall inside a map frame, Crimea drawn as part of Ukraine, and
 * the lines simplified with topojson-simplify. Pure: world topology in, topology out.
 */
import { geoContains, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { REPUBLIC_NUMERIC_CODES, type RepublicIso } from '../vocabulary.ts';
import { fitFrame, type MapFrame } from './projections.ts';

/** Simferopol, which must end up inside Ukraine. */
export const SIMFEROPOL: [number, number] = [34.1, 44.95];

export interface RegionProperties {
  /** ISO alpha-3 for the 15 republics; absent for the context countries around them. */
  iso?: RepublicIso;
}

export type RegionTopology = Topology<{
  countries: { type: 'GeometryCollection'; geometries: GeometryObject<RegionProperties>[] };
}>;

type WorldTopology = Topology<{ countries: { type: 'GeometryCollection'; geometries: GeometryObject<{ name?: string }>[] } }>;

export interface RegionTopologyOptions {
  /** Frames whose content must be present: the union decides which neighbours to keep. */
  frames: readonly MapFrame[];
  /** Share of arc points to keep (0–1), by topojson-simplify's weight quantile. */
  keepShare: number;
  /** Grid size of the stored coordinates (topojson quantization). */
  quantization: number;
}

const ISO_BY_NUMERIC = new Map(
  Object.entries(REPUBLIC_NUMERIC_CODES).map(([iso, numeric]) => [numeric as string, iso as RepublicIso]),
);

type PolygonalObject = TopoPolygon<{ name?: string }> | TopoMultiPolygon<{ name?: string }>;

function polygonsOf(geometry: PolygonalObject): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

function findCountry(world: WorldTopology, numeric: string): PolygonalObject {
  const found = world.objects.countries.geometries.find((g) => g.id === numeric);
  if (!found || (found.type !== 'Polygon' && found.type !== 'MultiPolygon'))
    throw new Error(`world-atlas has no polygonal country with id ${numeric}`);
  return found;
}

/**
 * Natural Earth draws Crimea inside Russia; the graphic follows UN GA resolution 68/262 and
 * draws it in Ukraine. Crimea is its own polygon of Russia's MultiPolygon, so it moves whole
 * and mergeArcs dissolves its shared border with Ukraine at the Perekop isthmus.
 */
function moveCrimeaToUkraine(world: WorldTopology): { russia: GeometryObject; ukraine: GeometryObject } {
  const russia = findCountry(world, REPUBLIC_NUMERIC_CODES.RUS);
  const ukraine = findCountry(world, REPUBLIC_NUMERIC_CODES.UKR);
  const russianPolygons = polygonsOf(russia);
  const crimeaIndex = russianPolygons.findIndex((arcs) =>
    geoContains(feature(world, { type: 'Polygon', arcs } as TopoPolygon) as Feature, SIMFEROPOL),
  );
  if (crimeaIndex < 0) throw new Error('Crimea not found in Russia’s polygons: has world-atlas changed?');
  const crimea: TopoPolygon = { type: 'Polygon', arcs: russianPolygons[crimeaIndex] };
  return {
    russia: { type: 'MultiPolygon', id: russia.id, arcs: russianPolygons.filter((_, i) => i !== crimeaIndex) },
    ukraine: { ...mergeArcs(world, [ukraine as TopoMultiPolygon, crimea]), id: ukraine.id },
  };
}

interface ProjectedFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** Whether any vertex of the polygon lands inside one of the frames (bounds would not do:
 * a polygon cut by the antimeridian, like Antarctica, spans every frame). */
function reachesAFrame(polygon: Position[][], frames: readonly ProjectedFrame[]): boolean {
  return frames.some(({ projection, width, height }) =>
    polygon.some((ring) =>
      ring.some((point) => {
        const projected = projection(point as [number, number]);
        return projected !== null && projected[0] >= 0 && projected[0] <= width && projected[1] >= 0 && projected[1] <= height;
      }),
    ),
  );
}

/** A context country cut down to the polygons that reach into a frame, if any do. */
function clipToFrames(
  country: Feature<Geometry, RegionProperties>,
  frames: readonly ProjectedFrame[],
): Feature<MultiPolygon, RegionProperties> | undefined {
  const { geometry } = country;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return undefined;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const inside = polygons.filter((polygon) => reachesAFrame(polygon, frames));
  return inside.length > 0 ? { ...country, geometry: { type: 'MultiPolygon', coordinates: inside } } : undefined;
}

/** The region's topology: republics whole, neighbours cut to what the frames show. */
export function buildRegionTopology(world: WorldTopology, options: RegionTopologyOptions): RegionTopology {
  const moved = moveCrimeaToUkraine(world);
  const geometries = world.objects.countries.geometries.map((g) =>
    g.id === REPUBLIC_NUMERIC_CODES.RUS ? moved.russia : g.id === REPUBLIC_NUMERIC_CODES.UKR ? moved.ukraine : g,
  );
  const features = geometries.map((g): Feature<Geometry, RegionProperties> => {
    const f = feature(world, g as GeometryObject) as Feature<Geometry>;
    const iso = typeof g.id === 'string' ? ISO_BY_NUMERIC.get(g.id) : undefined;
    return { type: 'Feature', id: g.id, properties: iso ? { iso } : {}, geometry: f.geometry };
  });
  const republics = features.filter((f) => f.properties.iso);
  const frames = options.frames.map((frame) => fitFrame(frame, republics));
  const context = features
    .filter((f) => !f.properties.iso)
    .map((f) => clipToFrames(f, frames))
    .filter((f) => f !== undefined);

  const collection: FeatureCollection<Geometry, RegionProperties> = {
    type: 'FeatureCollection',
    features: [...republics, ...context],
  };
  // topojson-server types its output with nullable properties; topojson-simplify wants objects.
  const region = presimplify(topology({ countries: collection }) as unknown as Topology<Objects<RegionProperties>>);
  const simplified = simplify(region, quantile(region, options.keepShare));
  return quantize(simplified, options.quantization) as unknown as RegionTopology;
}
