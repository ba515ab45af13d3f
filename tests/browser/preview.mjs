// Builds the graphic and serves dist/ with Vite's preview server, for browser tests and scripts.
import { build, preview } from 'vite';
import { PSEUDO_MODE } from '../pseudo/pseudo.ts';

/** The languages with a page besides the root's English one (src/lib/languages.ts), each built by its own mode. */
const OTHER_LANGUAGES = ['ru'];

/**
 * Builds as `npm run build` does, every language's page. Vitest sets NODE_ENV=test, under which Vite and Svelte would
 * build for development (other chunks, dev-only checks): the tests must see the shipped build.
 * @param {import('vite').InlineConfig} config
 */
export async function buildForProduction(config = {}) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', ...config });
    for (const language of OTHER_LANGUAGES)
      await build({ logLevel: 'warn', ...config, mode: config.mode ? `${config.mode}-${language}` : language });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/**
 * Serves a build on a free loopback port; returns its URL and a stop function.
 * @param {string | undefined} mode the build's mode, which names its folder
 */
async function serve(mode) {
  const server = await preview({ mode, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Builds dist/ (quietly) and serves it; returns its URL and a stop function. */
export async function buildAndPreview() {
  await buildForProduction();
  return serve(undefined);
}

/** Builds the tests' pseudo-language page (tests/pseudo/pseudo.ts) and serves it. */
export async function buildAndPreviewPseudo() {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: PSEUDO_MODE });
  } finally {
    process.env.NODE_ENV = previous;
  }
  return serve(PSEUDO_MODE);
}
