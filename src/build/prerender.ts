/**
 * Writes the page a reader receives: the default view rendered at build time (so the map, the
 * diagram, the table and the meeting panel arrive as HTML and the app hydrates them), the first
 * script, a note for readers without JavaScript, and the styles inlined (one request fewer
 * before the first paint).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { runnerImport, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { FIRST_SCRIPT } from '../lib/firstScript.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, languageHref, type Language } from '../lib/languages.ts';
import { EARLY_VIEW_ID } from '../lib/pageFlags.ts';
import { catalogueAlias, dataLanguagePlugin, mapGeometryPlugin } from './plugins.ts';

const APP_ROOT = '<div id="app"></div>';

/** The app as the server renders it, with the page's catalogue and data. */
async function loadApp(root: string, language: Language) {
  const entry = resolve(root, 'src/build/prerenderEntry.ts');
  const { module } = await runnerImport<typeof import('./prerenderEntry.ts')>(entry, {
    configFile: false,
    root,
    // Compiled as the client build is, so that both write the same hydration markers.
    mode: 'production',
    logLevel: 'warn',
    resolve: { alias: catalogueAlias(root, language) },
    // Only the markup is wanted: the styles are the client build's.
    plugins: [
      svelte({ emitCss: false, compilerOptions: { css: 'external', dev: false } }),
      mapGeometryPlugin(),
      dataLanguagePlugin(language, root),
    ],
  });
  return module;
}

/** The links search engines follow to the same page in each language, the root's one the default. */
function alternateLinks(language: Language): string {
  const link = (hreflang: string, to: Language) =>
    `<link rel="alternate" hreflang="${hreflang}" href="${languageHref(language, to)}" />`;
  return [...LANGUAGE_CODES.map((code) => link(code, code)), link('x-default', DEFAULT_LANGUAGE)].join('\n    ');
}

/** Text safe inside an element or a quoted attribute. */
const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Replaces each stylesheet link of the build with the stylesheet itself, and drops the file. */
function inlineStylesheets(html: string, bundle: IndexHtmlTransformContext['bundle']): string {
  if (!bundle) return html;
  return html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset') return link;
    delete bundle[fileName];
    return `<style>${String(asset.source)}</style>`;
  });
}

/**
 * Writes the page in one language: its `lang`, title, description, prerendered app and, for a
 * page on the web (not the classroom's file, which no search engine sees), its alternates.
 */
export function prerenderPlugin(language: Language, { withAlternates }: { withAlternates: boolean }): Plugin {
  let root = process.cwd();
  let isBuild = false;
  return {
    name: 'prerender',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const app = await loadApp(root, language);
        const { messages } = app;
        const noScriptNote = `<noscript><style>.needs-script{display:none!important}</style><p class="noscript-note">${messages.noScript}</p></noscript>`;
        // "</" cannot end the block early: JSON may write it "<\/".
        const earlyView = JSON.stringify(app.earlyView()).replaceAll('</', '<\\/');
        const head = [
          `<title>${escapeAttribute(messages.page.title)}</title>`,
          `<meta name="description" content="${escapeAttribute(messages.page.description)}" />`,
          ...(withAlternates ? [alternateLinks(language)] : []),
          `<script>${FIRST_SCRIPT}</script>`,
          `<script type="application/json" id="${EARLY_VIEW_ID}">${earlyView}</script>`,
        ];
        let page = html
          .replace('<html>', `<html lang="${messages.language}">`)
          .replace('<title></title>', head.join('\n    '))
          .replace(APP_ROOT, `${noScriptNote}\n    ${APP_ROOT}`);
        // In development the app mounts into an empty root, as it does when there is no prerender.
        if (isBuild)
          page = inlineStylesheets(page.replace(APP_ROOT, `<div id="app">${app.renderDefaultView().body}</div>`), context.bundle);
        return page;
      },
    },
  };
}
