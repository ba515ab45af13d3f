/**
 * `npm run build:offline`: the whole graphic as one HTML file (script, styles, data and map
 * inlined) that works opened from disk, for a classroom without a network.
 */
import type { Plugin } from 'vite';

/** Where the single file is written. */
export const OFFLINE_OUT_DIR = 'dist/offline';

/** Replaces the entry script's tag with the script itself, and drops the file. */
export function singleFilePlugin(): Plugin {
  return {
    name: 'single-file',
    apply: 'build',
    // Vite marks each dynamic import for a list of files to preload, and fills the lists in only
    // when there are other files: here, inlined into one chunk, the mark would be left undefined.
    renderChunk(code) {
      return code.replaceAll('__VITE_PRELOAD__', 'void 0');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(/<script type="module" crossorigin src="\.\/([^"]+\.js)"><\/script>/, (tag, fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') return tag;
          delete bundle[fileName];
          // "</script" inside the code would end the element early; "<\/" means the same in JS strings.
          return `<script type="module">${chunk.code.replaceAll('</script', '<\\/script')}</script>`;
        });
      },
    },
  };
}
