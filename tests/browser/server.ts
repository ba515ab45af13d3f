// Global setup of the browser tests: build the graphic once and serve dist/ on a loopback port,
// and the host pages that embed it on another.
import type { TestProject } from 'vitest/node';
import { startHosts } from './hosts/server.mjs';
import { buildAndPreview, buildAndPreviewPseudo } from './preview.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built graphic, ending in "/". */
    baseUrl: string;
    /** Address of the host pages that embed it, on another port (no trailing "/"). */
    hostUrl: string;
    /** Address of the graphic in the tests' pseudo-language (tests/pseudo/pseudo.ts), ending in "/". */
    pseudoUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await buildAndPreview();
  const pseudo = await buildAndPreviewPseudo();
  const hosts = await startHosts();
  project.provide('baseUrl', server.url);
  project.provide('hostUrl', hosts.url);
  project.provide('pseudoUrl', pseudo.url);
  return async () => {
    await hosts.close();
    await pseudo.close();
    await server.close();
  };
}
