// A host copies its headers from the README: the table and the nginx example must say exactly what
// the build writes to dist/_headers. The CSP names the first script by its hash, which changes with
// that script; a stale hash would keep the app from ever loading.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostingHeaders, PRODUCTION_FRAME_ANCESTORS } from '../../../src/build/hosting.ts';

const readme = readFileSync('README.md', 'utf8');

describe('the headers the README gives hosts', () => {
  it.each(Object.entries(hostingHeaders(PRODUCTION_FRAME_ANCESTORS)))(
    '%s: the same value in the table and for nginx',
    (name, value) => {
      // Prettier pads the table's cells to line its columns up.
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` `));
      expect(row?.split('|').map((cell) => cell.trim())[2]).toBe(`\`${value}\``);
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    },
  );
});
