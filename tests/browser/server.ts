// Global setup of the browser tests: build the graphic once and serve dist/ on a loopback port.
import type { TestProject } from 'vitest/node';
import { buildAndPreview } from './preview.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built graphic, ending in "/". */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await buildAndPreview();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
