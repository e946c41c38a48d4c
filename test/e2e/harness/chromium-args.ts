import { fixtureHosts } from './site-routes';

// From ../shared/research/toolchain.md: without these Chromium phones home on startup.
export const quietNetworkArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
];

/**
 * Every fixture host resolves to the local server; every other name fails to resolve
 * (MAP * ~NOTFOUND), so even Chromium's own background lookups cannot leave the machine.
 */
export function hostResolverArg(port: number): string {
  const maps = fixtureHosts.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`;
}

export function extensionArgs(extensionDir: string): string[] {
  // The last flag opens the DevTools protocol's Extensions domain: the fault tests reload Tact as an update does.
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--enable-unsafe-extension-debugging'];
}

export function chromiumArgs(port: number, extensionDir: string): string[] {
  return [...quietNetworkArgs, ...extensionArgs(extensionDir), hostResolverArg(port), '--ignore-certificate-errors'];
}
