import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/permissions/site-origin';
import { syncSiteScripts } from './site-scripts';

/**
 * Ask the browser for one site. Must be the first await inside a click handler: the browser only
 * shows the prompt during a user gesture. Resolves to whether the user allowed it.
 */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (granted) await syncSiteScripts();
  return granted;
}

export async function revokeSiteAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] });
  await syncSiteScripts();
}

export async function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}
