// The "naive reference" build that `npm run bench` compares ours against.
//
// PLACEHOLDER: this builds the same site as `vite build`, so the bench runs end to end and its ratio
// column reads 1.00 everywhere. The real reference (the whole world-atlas countries-50m file bundled
// and drawn client-side) replaces this body; keep the signature.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds the naive reference into `outDir` (emptied first); resolves when the files are written.
 * @param {string} outDir absolute path
 * @returns {Promise<void>}
 */
export async function buildNaive(outDir) {
  // PLACEHOLDER body: our own production build, written elsewhere.
  await build({
    root: REPO,
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}
