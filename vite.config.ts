import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { hostingHeaders, PRODUCTION_FRAME_ANCESTORS } from './src/build/hosting.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, languageOfMode } from './src/lib/languages.ts';
import { hostingFilesPlugin, languageTexts, mapGeometryPlugin, validateFactsPlugin } from './src/build/plugins.ts';
import { OFFLINE_OUT_DIR, singleFilePlugin } from './src/build/offline.ts';
import { prerenderPlugin } from './src/build/prerender.ts';
import { scopeClass } from './src/build/cssScope.ts';
import { PSEUDO_MODE, PSEUDO_OUT_DIR, pseudoTexts } from './tests/pseudo/pseudo.ts';

export default defineConfig(({ mode }) => {
  // `npm run build:offline`: one self-contained HTML file, with no server and so no headers.
  const isOffline = mode.startsWith('offline');
  // One page per language, each with its own words only: mode "ru" builds dist/ru/.
  const language = languageOfMode(mode);
  const root = process.cwd();
  // Tests only: every word in a pseudo-language, to find any that bypasses the catalogue.
  const isPseudo = mode === PSEUDO_MODE;
  const texts = isPseudo ? pseudoTexts(root) : languageTexts(root, language);
  const outDir = isPseudo ? PSEUDO_OUT_DIR : `${isOffline ? OFFLINE_OUT_DIR : 'dist'}/${LANGUAGES[language].folder}`;
  return {
    // Relative asset paths, so dist/ works from any folder of any static host.
    base: './',
    resolve: { alias: texts.alias },
    plugins: [
      svelte({ compilerOptions: { cssHash: scopeClass(root) } }),
      validateFactsPlugin(),
      mapGeometryPlugin({ outlinesInFile: !isOffline }),
      ...texts.plugins(),
      prerenderPlugin(language, { withAlternates: !isOffline && !isPseudo, texts }),
      isOffline ? singleFilePlugin() : language === DEFAULT_LANGUAGE && !isPseudo && hostingFilesPlugin(),
    ],
    // The production headers; loopback pages may frame it too, as the embedding tests' hosts do.
    preview: { headers: hostingHeaders(`${PRODUCTION_FRAME_ANCESTORS} http://127.0.0.1:* http://localhost:*`) },
    build: {
      target: 'es2022',
      // The prerendered page needs every style at once, also those of the app loaded later.
      cssCodeSplit: true,
      // Browsers new enough for ES2022 preload modules themselves.
      modulePreload: { polyfill: false },
      // A file opened from disk may not load other scripts: nothing is split off.
      outDir,
      ...(isOffline && { rolldownOptions: { output: { codeSplitting: false } } }),
    },
    test: {
      projects: [
        {
          extends: true,
          plugins: [svelteTesting()],
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/unit/**/*.test.ts'],
            setupFiles: ['tests/unit/jsdom-setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/server.ts'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
            // A poll waits for the state it expects; on a busy 2-core machine that can take more
            // than the default second (a loaded run failed so), never a reason to fail.
            expect: { poll: { timeout: 10_000 } },
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
