import { geoArea, geoContains, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import topology from 'virtual:region-topology';
import { outlineId } from '../../../src/lib/geo/frameLayout.ts';
import { drawFrame, outlineDefinitions, outlinesFile, outlinesHolder, regionFeatures } from '../../../src/lib/geo/mapGeometry.ts';
import { DETAIL_FRAME, OVERVIEW_FRAME, fitFrame } from '../../../src/lib/geo/projections.ts';
import { SIMFEROPOL } from '../../../src/lib/geo/regionTopology.ts';
import { REPUBLIC_ISO_CODES } from '../../../src/lib/vocabulary.ts';

const features = regionFeatures(topology);
const republic = (iso: string) => features.find((f) => f.properties.iso === iso)!;

describe('region topology (generated from world-atlas 1:50m)', () => {
  it('holds each of the 15 republics exactly once', () => {
    const isos = features.map((f) => f.properties.iso).filter(Boolean);
    expect(isos.sort()).toEqual([...REPUBLIC_ISO_CODES].sort());
  });

  it('keeps neighbours for context, without ISO codes', () => {
    const context = features.filter((f) => !f.properties.iso);
    expect(context.length).toBeGreaterThan(10);
    // Finland, Poland, Turkey, Iran, China and Mongolia frame the republics.
    for (const id of ['246', '616', '792', '364', '156', '496']) expect(context.map((f) => f.id)).toContain(id);
  });

  it('winds every feature so that it covers less than a hemisphere (geoArea < 2π)', () => {
    for (const f of features) expect(geoArea(f), `feature ${f.id}`).toBeLessThan(2 * Math.PI);
  });

  it('draws Crimea (Simferopol, 34.10°E 44.95°N) in Ukraine and not in Russia', () => {
    expect(geoContains(republic('UKR'), SIMFEROPOL)).toBe(true);
    expect(geoContains(republic('RUS'), SIMFEROPOL)).toBe(false);
  });

  it('keeps the rest of Russia (Moscow, Sevastopol stays with Crimea)', () => {
    expect(geoContains(republic('RUS'), [37.62, 55.75])).toBe(true);
    expect(geoContains(republic('UKR'), [33.52, 44.6])).toBe(true);
  });
});

describe('map frames', () => {
  const republics = features.filter((f) => f.properties.iso);

  it('keeps Chukotka whole across the antimeridian in the overview', () => {
    const { projection, width, height } = fitFrame(OVERVIEW_FRAME, republics);
    const west = projection([179.9, 66])!;
    const east = projection([-179.9, 66])!;
    // 0.2° apart on the globe, so about a unit apart on the map (a cut would put them far apart).
    expect(Math.hypot(west[0] - east[0], west[1] - east[1])).toBeLessThan(3);
    for (const [x, y] of [west, east]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it.each([
    ['overview', OVERVIEW_FRAME],
    ['detail', DETAIL_FRAME],
  ])('fits every republic of the %s frame inside it', (_name, frame) => {
    const { projection, width, height } = fitFrame(frame, republics);
    const path = geoPath(projection);
    for (const iso of frame.fitTo) {
      const [[x0, y0], [x1, y1]] = path.bounds(republic(iso));
      expect([x0, y0, x1, y1].every(Number.isFinite), iso).toBe(true);
      expect(x0, iso).toBeGreaterThanOrEqual(0);
      expect(y0, iso).toBeGreaterThanOrEqual(0);
      expect(x1, iso).toBeLessThanOrEqual(width);
      expect(y1, iso).toBeLessThanOrEqual(height);
    }
  });

  it('gives every republic of a frame a path and every label a place inside the frame', () => {
    for (const frame of [OVERVIEW_FRAME, DETAIL_FRAME]) {
      const drawn = drawFrame(topology, frame);
      expect(drawn.republicPaths).toHaveLength(15);
      expect(drawn.layout.republics.map((r) => r.iso)).toEqual(drawn.republicPaths.map((r) => r.iso));
      for (const frameIsos of frame.fitTo)
        expect(drawn.republicPaths.find((r) => r.iso === frameIsos)?.d, frameIsos).toMatch(/^m[-\d.]+/);
      for (const label of drawn.layout.labels) {
        expect(label.x, label.iso).toBeGreaterThan(0);
        expect(label.x, label.iso).toBeLessThan(1);
        expect(label.y, label.iso).toBeGreaterThan(0);
        expect(label.y, label.iso).toBeLessThan(1);
      }
    }
  });
});

describe('outline definitions for the page', () => {
  const frames = [OVERVIEW_FRAME, DETAIL_FRAME].map((frame) => drawFrame(topology, frame, features));
  const defs = new DOMParser().parseFromString(outlineDefinitions(frames), 'image/svg+xml');

  it('parse as SVG', () => {
    expect(defs.querySelector('parsererror')).toBeNull();
  });

  it('define each republic, the context and the borders once per frame, under the ids the maps use', () => {
    const ids = [...defs.querySelectorAll('path')].map((path) => path.id).sort();
    const expected = ['overview', 'detail'].flatMap((frame) =>
      [...REPUBLIC_ISO_CODES, 'context', 'borders'].map((part) => `${frame}-${part}`),
    );
    expect(ids).toEqual(expected.sort());
    expect(outlineId('detail', 'ARM')).toBe('detail-ARM');
  });

  it('are, as a file of their own, the same paths in a standalone SVG, and the page keeps an empty holder naming it', () => {
    const file = new DOMParser().parseFromString(outlinesFile(frames), 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    expect(file.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const pathsOf = (document: Document) =>
      [...document.querySelectorAll('defs > path')].map((path) => [path.id, path.getAttribute('d')]);
    expect(pathsOf(file)).toEqual(pathsOf(defs));
    const holder = new DOMParser().parseFromString(outlinesHolder('data-outlines', './assets/outlines-x.svg'), 'image/svg+xml');
    expect(holder.documentElement.getAttribute('data-outlines')).toBe('./assets/outlines-x.svg');
    expect(holder.documentElement.childNodes).toHaveLength(0);
  });
});
