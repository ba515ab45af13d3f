/**
 * The HTTP headers a host must send with the graphic, in one place: written into dist/_headers
 * (Netlify and Cloudflare Pages read it), sent by `npm run preview`, and quoted in the README.
 */

import { createHash } from 'node:crypto';
import { SHIPPED_FIRST_SCRIPT } from './shippedFirstScript.ts';

/** The CSP source that allows the page's first script and no other inline script. */
const FIRST_SCRIPT_HASH = `'sha256-${createHash('sha256').update(SHIPPED_FIRST_SCRIPT).digest('base64')}'`;

/** Who may frame the graphic in production: any page served over HTTPS. */
export const PRODUCTION_FRAME_ANCESTORS = 'https:';

/** The Content-Security-Policy, with the pages allowed to frame the graphic. */
function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${FIRST_SCRIPT_HASH}`,
    // Svelte sets positions and colours in style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // The embed kit previews the graphic in a frame of its own.
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Every header, by name. No X-Frame-Options: it would forbid the embedding that CSP allows. */
export function hostingHeaders(frameAncestors: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors),
    // A sandboxed frame has an opaque origin: its module scripts are cross-origin requests.
    'Access-Control-Allow-Origin': '*',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The `_headers` file: the same headers for every path. */
export function headersFile(): string {
  const lines = Object.entries(hostingHeaders(PRODUCTION_FRAME_ANCESTORS)).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
