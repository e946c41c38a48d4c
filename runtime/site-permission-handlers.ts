import { browser } from 'wxt/browser';
import { isDefaultSite, originPattern, siteOriginOf } from '@/lib/permissions/site-origin';
import { injectCoach, syncSiteScripts } from './site-scripts';

export const SITE_MENU_ID = 'tact-use-on-site';

/**
 * Background side of opt-in sites: a context-menu entry to allow the current site, and registrations
 * kept in step with host permissions however they change (popup, options, context menu, or the
 * browser's own extension settings).
 */
export function registerSitePermissionHandlers(): void {
  const menus = browser.contextMenus;
  const createMenu = () => {
    void menus.removeAll().then(() => {
      menus.create({
        id: SITE_MENU_ID,
        title: 'Use Tact on this site',
        contexts: ['page', 'editable'],
        documentUrlPatterns: ['https://*/*'],
      });
    });
  };
  // Chrome keeps menus across restarts, Firefox's event pages do not: (re)create at every start,
  // after removeAll so a kept menu does not collide with the new one.
  createMenu();
  // At every worker start (install and update included): a grant that exists at launch, or a
  // registration lost by a browser that does not persist them, is acted on without waiting for a new grant.
  void syncSiteScripts().catch(logError);

  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SITE_MENU_ID) return;
    const origin = siteOriginOf(info.pageUrl ?? info.frameUrl);
    if (!origin || isDefaultSite(origin)) return;
    // permissions.request must run synchronously in the click's gesture: no await before it.
    browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return;
        await syncSiteScripts();
        if (tab?.id !== undefined) await injectCoach(tab.id);
      })
      .catch(logError);
  });

  browser.permissions.onAdded.addListener(() => void syncSiteScripts().catch(logError));
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts().catch(logError));
}

function logError(err: unknown): void {
  console.warn('[Tact] site permissions:', err);
}
