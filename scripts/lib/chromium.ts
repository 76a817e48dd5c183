import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's headless Chromium (package chromium-headless-shell, built from the same Debian source
 * and version as the chromium package); the project never downloads a browser of its own. It
 * gives the same PDFs as the full chromium, byte for byte, in two thirds of the time (22 s against
 * 32 s for the 35 PDFs on 2 cores), and runs the browser tests 11% faster.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium-headless-shell';

/**
 * Starts headless Chromium with background networking off, so that nothing but the local server
 * is contacted. `extraArgs` adds switches for one use (the PDF printer keeps every page of the
 * one local site in one renderer process).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      ...extraArgs,
    ],
  });
}
