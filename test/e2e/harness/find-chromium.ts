import { existsSync } from 'node:fs';

export const missingChromiumMessage =
  "No Chromium found for the e2e suite: install Debian's chromium: apt-get install -y chromium, or set CHROME_PATH";

// Usual install places of a Chromium-family browser that still honours --load-extension.
const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  `${process.env.LOCALAPPDATA ?? ''}\\Chromium\\Application\\chrome.exe`,
];

/** CHROME_PATH wins; otherwise the first usual location that exists. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}
