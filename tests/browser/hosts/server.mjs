// Host pages for the embedding tests, served on a loopback port of their own so that the
// graphic is a cross-origin frame, as in production. Each page embeds the graphic the way a
// kind of host does: a pym.js 1.3.2 parent, Datawrapper's listener, or a spy recording every
// message (AMP, Medium). `?src=` gives the graphic's address, `?sandbox=` the frame's sandbox.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const PYM = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

/** @param {string} value */
const escape = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * A page with an article's column around the embed.
 * @param {string} title
 * @param {string} body
 */
function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font-family:Georgia,serif}main{max-width:730px;margin:0 auto;padding:16px}
iframe{display:block;width:100%;border:0}</style></head>
<body><main><h1>${title}</h1><p>Article text above the graphic.</p>${body}<p>Article text below the graphic.</p></main>
<script>
  // Every message the page receives, for the tests to read.
  window.received = [];
  window.addEventListener('message', (event) => window.received.push(event.data));
</script></body></html>`;
}

/**
 * @param {string} src
 * @param {string | null} sandbox
 */
function frame(src, sandbox) {
  const sandboxAttribute = sandbox === null ? '' : ` sandbox="${escape(sandbox)}"`;
  return `<iframe id="graphic" title="The graphic" src="${escape(src)}" height="300"${sandboxAttribute}></iframe>`;
}

/** @type {Record<string, (src: string, sandbox: string | null) => string>} */
const PAGES = {
  // pym.js's own parent, as NPR and the WordPress plugin use it.
  '/pym': (src, sandbox) =>
    page(
      'pym.js host',
      `<div id="graphic-container"></div><script src="/pym.v1.min.js"></script>
<script>
  window.pymParent = new pym.Parent('graphic-container', ${JSON.stringify(src)}, {
    title: 'The graphic', optionalparams: false${sandbox === null ? '' : `, sandbox: ${JSON.stringify(sandbox)}`}
  });
</script>`,
    ),
  // Datawrapper's responsive-iframe snippet (the current one: finds the frame by event.source).
  '/datawrapper': (src, sandbox) =>
    page(
      'Datawrapper-format host',
      `${frame(src, sandbox)}
<script>
  window.addEventListener('message', function (a) {
    if (void 0 !== a.data['datawrapper-height']) {
      var e = document.querySelectorAll('iframe');
      for (var t in a.data['datawrapper-height'])
        for (var r, i = 0; (r = e[i]); i++)
          if (r.contentWindow === a.source) r.style.height = a.data['datawrapper-height'][t] + 'px';
    }
  });
</script>`,
    ),
  // A page that only listens, to check what AMP and Medium would receive.
  '/spy': (src, sandbox) => page('Listening host', frame(src, sandbox)),
};

/** Starts the host server on a free loopback port; returns its address and a stop function. */
export async function startHosts() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    if (url.pathname === '/pym.v1.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      return response.end(PYM);
    }
    if (url.pathname === '/article') {
      // An empty article, for pasting an embed code into.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(page('Article', '<div id="paste"></div>'));
    }
    const render = PAGES[url.pathname];
    const src = url.searchParams.get('src');
    if (!render || !src) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(render(src, url.searchParams.get('sandbox')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
