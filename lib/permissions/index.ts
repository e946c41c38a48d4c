export { registerSitePermissionHandlers, SITE_MENU_ID } from './register-site-permission-handlers';
export { requestSiteAccess, revokeSiteAccess, hasSiteAccess } from './site-access';
export { syncSiteScripts, injectCoach } from './site-scripts';
export * from './site-origin';
