/**
 * Vite plugins that run at build time (and in dev and tests): the data validation gate and the
 * generated map topology. Node-side code; the app never imports this file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  drawFrame,
  outlineDefinitions,
  outlinesFile,
  outlinesHolder,
  regionFeatures,
  type DrawnFrame,
} from '../lib/geo/mapGeometry.ts';
import { MAP_FRAMES } from '../lib/geo/projections.ts';
import { buildRegionTopology, type RegionTopology } from '../lib/geo/regionTopology.ts';
import { dataInLanguage, type Language } from '../lib/languages.ts';
import { OUTLINES_FILE_ATTRIBUTE } from '../lib/pageFlags.ts';
import { DATA_FILES, parseDataFile, validateData, type RawDataFiles } from '../lib/validate.ts';
import { headersFile } from './hosting.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Reads every data file strictly; a file that is not clean JSON fails naming file, line and column. */
function readDataFiles(root: string): { files: RawDataFiles; problems: string[] } {
  const problems: string[] = [];
  const files = Object.fromEntries(
    Object.entries(DATA_FILES).map(([name, file]) => {
      const parsed = parseDataFile(readFileSync(resolve(root, file), 'utf8'), file);
      problems.push(...parsed.problems);
      return [name, parsed.value];
    }),
  ) as RawDataFiles;
  return { files, problems };
}

/** Fails the build, naming file, republic and field, when the data breaks the facts' rules. */
export function validateFactsPlugin(root = process.cwd()): Plugin {
  return {
    name: 'validate-facts',
    buildStart() {
      Object.values(DATA_FILES).forEach((file) => this.addWatchFile(resolve(root, file)));
      const { files, problems: unreadable } = readDataFiles(root);
      if (unreadable.length > 0) this.error(`A data file is not valid JSON:\n${unreadable.join('\n')}`);
      const problems = validateData(files);
      if (problems.length > 0) this.error(`The data breaks the facts' rules:\n${problems.join('\n')}`);
    },
  };
}

/** Where each language's catalogue is: the page imports `#catalogue`, and the build says which. */
const catalogueAlias = (root: string, language: Language) => ({
  '#catalogue': resolve(root, `src/lib/messages/${language}.ts`),
});

/** The words a page is built with: its catalogue (`#catalogue`) and the plugins that give the data's texts. */
export interface PageTexts {
  alias: Record<string, string>;
  plugins: () => Plugin[];
}

/** A language's words: its catalogue, and the data's texts in it. */
export const languageTexts = (root: string, language: Language): PageTexts => ({
  alias: catalogueAlias(root, language),
  plugins: () => [dataLanguagePlugin(language, root)],
});

/** Keeps the data files' texts in the page's language only (see `dataInLanguage`). */
function dataLanguagePlugin(language: Language, root = process.cwd()): Plugin {
  const dataPaths = new Set(Object.values(DATA_FILES).map((file) => resolve(root, file)));
  return {
    name: 'data-language',
    enforce: 'pre',
    transform(code, id) {
      if (!dataPaths.has(id.split('?')[0])) return undefined;
      return { code: JSON.stringify(dataInLanguage(JSON.parse(code), language)), map: null };
    },
  };
}

const TOPOLOGY_MODULE = 'virtual:region-topology';
const LAYOUT_MODULE = 'virtual:map-layout';

/** Share of world-atlas 1:50m arc points kept: enough for the detail frame's small republics. */
const KEEP_SHARE = 0.12;

/**
 * Coordinate grid of the stored topology: finer than a pixel in the enlarged detail frame.
 * @public The naive reference build (tests/bench/naive/build.mjs) loads it through Vite.
 */
export const QUANTIZATION = 2e4;

/** The region's topology, generated from the installed world-atlas package. */
function generateRegionTopology() {
  const worldPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const world = readJson(worldPath) as Parameters<typeof buildRegionTopology>[0];
  return buildRegionTopology(world, { frames: MAP_FRAMES, keepShare: KEEP_SHARE, quantization: QUANTIZATION });
}

/**
 * The maps' geometry, made once per build: the outlines go into the page as SVG definitions,
 * `virtual:map-layout` gives the app each frame's size, anchors and labels, and
 * `virtual:region-topology` gives the tests the topology itself. With `outlinesInFile` (a page on
 * the web) the definitions are a file of their own that the first script fetches after the first
 * paint: they are a third of the page's bytes, which then fits TCP's first round trip.
 */
export function mapGeometryPlugin({ outlinesInFile = false } = {}): Plugin {
  let generated: { topology: RegionTopology; frames: DrawnFrame[] } | undefined;
  let isBuild = false;
  const geometry = () => {
    if (!generated) {
      const topology = generateRegionTopology();
      const features = regionFeatures(topology);
      generated = { topology, frames: MAP_FRAMES.map((frame) => drawFrame(topology, frame, features)) };
    }
    return generated;
  };
  let outlinesAsset: { source: string; fileName: string } | undefined;
  // Named by its content, as Vite names assets: a host may cache it for ever.
  const outlines = () => {
    if (!outlinesAsset) {
      const source = outlinesFile(geometry().frames);
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      outlinesAsset = { source, fileName: `assets/outlines-${hash}.svg` };
    }
    return outlinesAsset;
  };
  const modules: Record<string, () => unknown> = {
    [`\0${TOPOLOGY_MODULE}`]: () => geometry().topology,
    [`\0${LAYOUT_MODULE}`]: () => Object.fromEntries(geometry().frames.map(({ layout }) => [layout.id, layout])),
  };
  const isInFile = () => outlinesInFile && isBuild;
  return {
    name: 'map-geometry',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId: (id) => (id === TOPOLOGY_MODULE || id === LAYOUT_MODULE ? `\0${id}` : undefined),
    load(id) {
      const generate = modules[id];
      if (!generate) return undefined;
      return `// Generated by src/build/plugins.ts from world-atlas countries-50m; do not edit.\nexport default JSON.parse(${JSON.stringify(JSON.stringify(generate()))});\n`;
    },
    generateBundle() {
      if (isInFile()) this.emitFile({ type: 'asset', ...outlines() });
    },
    transformIndexHtml: (html) => {
      const holder = isInFile()
        ? outlinesHolder(OUTLINES_FILE_ATTRIBUTE, `./${outlines().fileName}`)
        : outlineDefinitions(geometry().frames);
      return html.replace('<div id="app">', `${holder}\n    <div id="app">`);
    },
  };
}

/**
 * Adds to the build what a host needs besides the app: the `_headers` file, and the copy of
 * pym.js that the pym embed code loads (from the graphic's own server, not a CDN).
 */
export function hostingFilesPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'hosting-files',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      this.emitFile({
        type: 'asset',
        fileName: 'pym.v1.min.js',
        source: readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8'),
      });
    },
  };
}
