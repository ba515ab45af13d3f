/**
 * Writes the page a reader receives: the default view rendered at build time (so the map, the
 * diagram, the table and the meeting panel arrive as HTML and the app hydrates them), the first
 * script, a note for readers without JavaScript, and the styles inlined (one request fewer
 * before the first paint).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { runnerImport, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { membership } from '../lib/data.ts';
import { earlyViewOf } from '../lib/earlyView.ts';
import { FIRST_SCRIPT } from '../lib/firstScript.ts';
import { messages } from '../lib/messages.ts';
import { EARLY_VIEW_ID } from '../lib/pageFlags.ts';
import { mapGeometryPlugin } from './plugins.ts';

const APP_ROOT = '<div id="app"></div>';

/** The app's HTML for the default view, rendered with Svelte's server renderer. */
async function renderDefaultView(root: string): Promise<string> {
  const entry = resolve(root, 'src/build/prerenderEntry.ts');
  const { module } = await runnerImport<typeof import('./prerenderEntry.ts')>(entry, {
    configFile: false,
    root,
    // Compiled as the client build is, so that both write the same hydration markers.
    mode: 'production',
    logLevel: 'warn',
    // Only the markup is wanted: the styles are the client build's.
    plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external', dev: false } }), mapGeometryPlugin()],
  });
  return module.renderDefaultView().body;
}

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

export function prerenderPlugin(): Plugin {
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
        const noScriptNote = `<noscript><style>.needs-script{display:none!important}</style><p class="noscript-note">${messages.noScript}</p></noscript>`;
        // "</" cannot end the block early: JSON may write it "<\/".
        const earlyView = JSON.stringify(earlyViewOf(membership)).replaceAll('</', '<\\/');
        let page = html
          .replace(
            '</title>',
            `</title>\n    <script>${FIRST_SCRIPT}</script>\n    <script type="application/json" id="${EARLY_VIEW_ID}">${earlyView}</script>`,
          )
          .replace(APP_ROOT, `${noScriptNote}\n    ${APP_ROOT}`);
        // In development the app mounts into an empty root, as it does when there is no prerender.
        if (isBuild)
          page = inlineStylesheets(
            page.replace(APP_ROOT, `<div id="app">${await renderDefaultView(root)}</div>`),
            context.bundle,
          );
        return page;
      },
    },
  };
}
