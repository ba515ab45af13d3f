/**
 * Writes the page a reader receives: the default view rendered at build time (the headline, the
 * year, its changes, the maps and their key arrive as HTML, which the app hydrates; it draws the
 * parts below the maps), the first script, a note for readers without JavaScript, and the styles
 * of what is drawn inlined.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { transform, type MediaList, type Rule, type Selector } from 'lightningcss';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { runnerImport, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, languageHref, type Language } from '../lib/languages.ts';
import { EARLY_VIEW_ID, FIRST_SCRIPT_ROOT_CLASSES } from '../lib/pageFlags.ts';
import { scopeClass } from './cssScope.ts';
import { SHIPPED_FIRST_SCRIPT } from './shippedFirstScript.ts';
import { mapGeometryPlugin, type PageTexts } from './plugins.ts';

const APP_ROOT = '<div id="app"></div>';

/** The app as the server renders it, with the page's catalogue and data. */
async function loadApp(root: string, texts: PageTexts) {
  const entry = resolve(root, 'src/build/prerenderEntry.ts');
  const { module } = await runnerImport<typeof import('./prerenderEntry.ts')>(entry, {
    configFile: false,
    root,
    // Compiled as the client build is, so that both write the same hydration markers.
    mode: 'production',
    logLevel: 'warn',
    resolve: { alias: texts.alias },
    // Only the markup is wanted: the styles are the client build's.
    plugins: [
      svelte({ emitCss: false, compilerOptions: { css: 'external', dev: false, cssHash: scopeClass(root) } }),
      mapGeometryPlugin(),
      ...texts.plugins(),
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

/**
 * The rules of `css` that can match in `html` before the app runs: those whose every class is in
 * the page, or one the first script sets. The app brings its whole stylesheet when it comes.
 */
function rulesDrawnIn(css: string, html: string): string {
  const present = new Set([
    ...FIRST_SCRIPT_ROOT_CLASSES,
    ...[...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, classes]) => classes.split(/\s+/)),
  ]);
  // Classes inside :not(), :is() or :where() are not parts of the selector itself: such a rule is kept.
  const isDrawn = (selector: Selector) => selector.every((part) => part.type !== 'class' || present.has(part.name));
  const { code: drawnRules } = transform({
    filename: 'drawn.css',
    code: Buffer.from(css),
    minify: true,
    visitor: { Rule: { style: (rule) => (rule.value.selectors.some(isDrawn) ? undefined : []) } },
  });
  // A second pass drops the @media and @container blocks the first one emptied.
  return transform({ filename: 'drawn.css', code: drawnRules, minify: true }).code.toString();
}

/** Whether an @media block is for paper only, `@media print { … }`. */
const isForPaper = (query: MediaList) =>
  query.mediaQueries.every(({ mediaType, condition, qualifier }) => mediaType === 'print' && !condition && !qualifier);

/** `css` without its blocks for paper, which it adds to `paper`. */
function withoutPaperRules(css: string, paper: Rule[]): string {
  const { code } = transform({
    filename: 'page.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Rule: {
        media: (rule) => {
          if (!isForPaper(rule.value.query)) return undefined;
          paper.push(rule);
          return [];
        },
      },
    },
  });
  return code.toString();
}

/** Rules written as a stylesheet. */
function stylesheetOf(rules: Rule[]): string {
  const { code } = transform({
    filename: 'print.css',
    code: Buffer.from(''),
    minify: true,
    visitor: { StyleSheetExit: (sheet) => ({ ...sheet, rules }) },
  });
  return code.toString();
}

/** The rules for paper, as a file of the build. */
interface PaperFile {
  fileName: string;
  source: string;
}

/** Names the file by its content, as Vite names assets. */
function paperFileOf(css: string): PaperFile {
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  return { fileName: `assets/print-${hash}.css`, source: css };
}

/**
 * Puts the styles of the page's first paint into it: the entry's stylesheet whole, of the app's
 * (loaded with its code) only the rules of the components drawn in the page. One request fewer
 * before the first paint, and no rule of a part not drawn yet. With `paperInFile`, the rules for
 * paper go to a file of their own, fetched once the page has painted: the page is 0.25 kB
 * lighter, which the Russian one needs to fit TCP's first window. Without JavaScript it is not
 * fetched: such a page prints as the screen shows it.
 */
function inlineStyles(
  html: string,
  bundle: IndexHtmlTransformContext['bundle'],
  paperInFile: boolean,
): { page: string; paperFile?: PaperFile } {
  if (!bundle) return { page: html };
  const linked = new Set<string>();
  const page = html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset') return link;
    linked.add(fileName);
    // Kept as a file where a chunk loaded later imports the one it belongs to: Vite loads it with that chunk.
    const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
    const owners = chunks.filter((chunk) => chunk.viteMetadata?.importedCss.has(fileName)).map((chunk) => chunk.fileName);
    if (!chunks.some((chunk) => chunk.imports.some((imported) => owners.includes(imported)))) delete bundle[fileName];
    return `<style>${String(asset.source)}</style>`;
  });
  const appStyles = Object.values(bundle).flatMap((asset) =>
    asset.type === 'asset' && asset.fileName.endsWith('.css') && !linked.has(asset.fileName) ? [String(asset.source)] : [],
  );
  const withStyles = page.replace('</head>', `<style>${rulesDrawnIn(appStyles.join(''), page)}</style>\n  </head>`);
  if (!paperInFile) return { page: withStyles };
  const paper: Rule[] = [];
  const forScreen = withStyles.replace(
    /<style>([\s\S]*?)<\/style>/g,
    (_, css: string) => `<style>${withoutPaperRules(css, paper)}</style>`,
  );
  const paperFile = paperFileOf(stylesheetOf(paper));
  // Disabled, so not fetched, until the first script enables it once the page has painted (src/lib/firstScript.ts).
  const link = `<link rel="stylesheet" media="print" href="./${paperFile.fileName}" disabled />`;
  return { page: forScreen.replace('</head>', `${link}\n  </head>`), paperFile };
}

/**
 * Writes the page in one language: its `lang`, title, description, prerendered app and, for a
 * page on the web (not the classroom's file, which no search engine sees), its alternates and its
 * rules for paper in a file of their own (the classroom's one file keeps them inline).
 */
export function prerenderPlugin(
  language: Language,
  { withAlternates, texts }: { withAlternates: boolean; texts: PageTexts },
): Plugin {
  let root = process.cwd();
  let isBuild = false;
  let paperFile: PaperFile | undefined;
  return {
    name: 'prerender',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const app = await loadApp(root, texts);
        const { messages } = app;
        const noScriptNote = `<noscript><style>.needs-script{display:none!important}</style><p class="noscript-note">${messages.noScript}</p></noscript>`;
        // "</" cannot end the block early: JSON may write it "<\/".
        const earlyView = JSON.stringify(app.earlyView()).replaceAll('</', '<\\/');
        const head = [
          `<title>${escapeAttribute(messages.page.title)}</title>`,
          `<meta name="description" content="${escapeAttribute(messages.page.description)}" />`,
          ...(withAlternates ? [alternateLinks(language)] : []),
          `<script>${SHIPPED_FIRST_SCRIPT}</script>`,
        ];
        // After the drawn page, whose words its years repeat: there gzip finds them, 0.1 kB less in Russian.
        const earlyViewBlock = `<script type="application/json" id="${EARLY_VIEW_ID}">${earlyView}</script>`;
        const page = html
          .replace('<html>', `<html lang="${messages.language}">`)
          .replace('<title></title>', head.join('\n    '))
          .replace(APP_ROOT, `${noScriptNote}\n    ${APP_ROOT}\n    ${earlyViewBlock}`);
        // In development the app mounts into an empty root, as it does when there is no prerender.
        if (!isBuild) return page;
        const drawn = page.replace(APP_ROOT, `<div id="app">${app.renderDefaultView().body}</div>`);
        const styled = inlineStyles(drawn, context.bundle, withAlternates);
        paperFile = styled.paperFile;
        return styled.page;
      },
    },
    // After Vite's own, which writes the page and so names the file.
    generateBundle: {
      order: 'post',
      handler() {
        if (paperFile) this.emitFile({ type: 'asset', ...paperFile });
      },
    },
  };
}
