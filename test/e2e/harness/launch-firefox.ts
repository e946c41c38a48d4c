import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Firefox ESR (`apt-get install -y firefox-esr`), or FIREFOX_PATH. */
export function findFirefox(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
}

/** The add-on's internal UUID is random per profile; pinning it gives the popup a known address. */
export const FIREFOX_EXTENSION_UUID = '6f1c2f4e-7a1b-4d2e-9c33-5a7e0d1b2c3d';
const GECKO_ID = 'tact@tact.local';

export interface TactFirefox {
  browser: Browser;
  /** moz-extension://…/ base of Tact's own pages. */
  extensionBase: string;
  close(): Promise<void>;
}

/**
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the Firefox build installed as a
 * temporary add-on and every https request sent through the local CONNECT proxy (connect-proxy.ts).
 */
export async function launchTactFirefox(extensionDir: string, proxyPort: number): Promise<TactFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The fixture server's certificate is made at test time for the networks' host names.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return { browser, extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/`, close: () => browser.close() };
}
