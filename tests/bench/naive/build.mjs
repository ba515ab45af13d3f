// The "naive reference" build that `npm run bench` compares ours against: the same page, built the
// way a first attempt would be. The same App, but
// - no prerender: the HTML holds an empty <div id="app"> and the app mounts into it;
// - the stylesheet stays a separate file (ours inlines it);
// - the WHOLE world-atlas countries-50m.json is bundled into the JavaScript, unsimplified, and the
//   region's topology, both frames' outlines and their layout are computed in the browser at
//   start-up (tests/bench/naive/geometry.ts, with the same pure functions and quantization as ours).
// It is served with the same `_headers` file as ours, so both get the same headers.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const NAIVE_ROOT = fileURLToPath(new URL('./', import.meta.url));
const GEOMETRY = fileURLToPath(new URL('./geometry.ts', import.meta.url));

/**
 * Loads one of the build's TypeScript modules in Node (vite.config.ts gets them bundled by Vite).
 * @template T
 * @param {string} path relative to the repository
 * @returns {Promise<T>}
 */
async function loadBuildModule(path) {
  const { module } = await runnerImport(new URL(path, `file://${REPO}`).pathname, {
    configFile: false,
    root: REPO,
    logLevel: 'warn',
  });
  return /** @type {T} */ (module);
}

/**
 * Gives the app its `virtual:map-layout` from the browser-side geometry, and writes `_headers`.
 * @param {string} headers the `_headers` file of ours
 * @returns {import('vite').Plugin}
 */
function naivePlugin(headers) {
  return {
    name: 'naive-reference',
    resolveId: (id) => (id === 'virtual:map-layout' ? GEOMETRY : undefined),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headers });
    },
  };
}

/**
 * Builds the naive reference into `outDir` (emptied first); resolves when the files are written.
 * @param {string} outDir absolute path
 * @returns {Promise<void>}
 */
export async function buildNaive(outDir) {
  /** @type {typeof import('../../../src/build/plugins.ts')} */
  const { QUANTIZATION } = await loadBuildModule('src/build/plugins.ts');
  /** @type {typeof import('../../../src/build/hosting.ts')} */
  const { headersFile } = await loadBuildModule('src/build/hosting.ts');
  await build({
    configFile: false,
    root: NAIVE_ROOT,
    base: './',
    // No public/ folder in either build.
    publicDir: false,
    plugins: [svelte(), naivePlugin(headersFile())],
    define: { __NAIVE_QUANTIZATION__: JSON.stringify(QUANTIZATION) },
    // The bundled world file is the point of the reference: no warning about its size.
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
    logLevel: 'warn',
  });
}
