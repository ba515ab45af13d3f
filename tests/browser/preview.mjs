// Builds the graphic and serves dist/ with Vite's preview server, for browser tests and scripts.
import { build, preview } from 'vite';

/** Builds dist/ (quietly) and serves it on a free loopback port; returns its URL and a stop function. */
export async function buildAndPreview() {
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
