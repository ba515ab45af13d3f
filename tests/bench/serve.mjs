// Serves a built directory the way a static host does: gzip for text, the `_headers` file's headers.
// Lighthouse's simulated throttling works from transfer sizes, so an uncompressed server would skew it.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content-Type by file extension; anything else is served as bytes. */
const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
});

/** Extensions a host compresses (text); images like PNG are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * One block of a `_headers` file: a path pattern and the headers sent for the paths it matches.
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses the Netlify / Cloudflare Pages `_headers` format: a path line (`/*`), then indented
 * `Name: value` lines. Comments (`#`) and blank lines are skipped.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read the line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a `_headers` pattern applies to a URL path: exact, or a prefix ending in `*`.
 * @param {string} pattern
 * @param {string} path
 */
function matches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * Reads `_headers` from the directory, if it has one.
 * @param {string} dir
 * @returns {Promise<HeaderRule[]>}
 */
async function readHeaderRules(dir) {
  try {
    return parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The file a URL path names inside the directory, or null when it names none (or escapes it).
 * @param {string} root absolute directory
 * @param {string} pathname
 */
async function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.endsWith('/')) decoded += 'index.html';
  // Hosts read `_headers`; they never serve it.
  if (decoded === '/_headers') return null;
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves a directory on 127.0.0.1 at a free port until `close()`.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDirectory(dir) {
  const root = resolve(dir);
  const rules = await readHeaderRules(root);
  // Compressed bodies, by file: the directory does not change while it is served.
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();

  /**
   * Answers one request; answers 500 on any failure, so no rejection escapes.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  const respond = async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      for (const rule of rules) {
        if (matches(rule.pattern, pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const file = await fileFor(root, pathname);
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const ext = extname(file).toLowerCase();
      /** @type {Buffer} */
      let body = await readFile(file);
      response.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
      if (COMPRESSIBLE.has(ext)) {
        response.setHeader('Vary', 'Accept-Encoding');
        if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
          let compressed = gzipped.get(file);
          if (!compressed) gzipped.set(file, (compressed = gzipSync(body, { level: 9 })));
          body = compressed;
          response.setHeader('Content-Encoding', 'gzip');
        }
      }
      response.setHeader('Content-Length', body.length);
      response.writeHead(200).end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error('serveDirectory:', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  };
  const server = createServer((request, response) => void respond(request, response));

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        // Keep-alive sockets (Chromium's) would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}
