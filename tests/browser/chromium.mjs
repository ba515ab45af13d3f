// Finds and launches the system Chromium for browser tests and scripts; never downloads one.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Path of the Chromium to drive: $CHROME_PATH, else Debian's. Throws how to get one. */
export function findChromium() {
  const path = process.env.CHROME_PATH || DEFAULT_PATH;
  if (!existsSync(path))
    throw new Error(
      `No Chromium at ${path}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH to a Chromium binary. ` +
        'Browser tests never download a browser.',
    );
  return path;
}

/** Headless Chromium with the flags that work as root on a machine without general internet. */
export function launchChromium() {
  // playwright gives every launch a fresh, empty user-data-dir of its own.
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
