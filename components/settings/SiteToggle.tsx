import { useEffect, useState } from 'preact/hooks';
import { networkForUrl } from '@/lib/networks';
import { isDefaultSite, siteOriginOf } from '@/lib/permissions/site-origin';
import { i18n } from '@/runtime/i18n';
import { pauseSite } from '@/runtime/settings-storage';
import { hasSiteAccess, requestSiteAccess, revokeSiteAccess } from '@/runtime/site-access';
import { injectCoach } from '@/runtime/site-scripts';
import { activeTab } from '@/runtime/tabs';
import { useSettings } from './use-settings';

interface Props {
  /** The site to act on; by default the active tab's (readable in the popup thanks to activeTab). */
  origin?: string;
  /** The tab to start the coach in right after allowing; by default the active tab. */
  tabId?: number;
}

/** Turn Tact on or off for one site: opt-in sites ask the browser; default networks can be paused. */
export function SiteToggle(props: Props) {
  const settings = useSettings();
  const [target, setTarget] = useState<{ origin: string | null; tabId?: number } | null>(
    props.origin !== undefined ? { origin: siteOriginOf(props.origin), tabId: props.tabId } : null,
  );
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!target) void activeTab().then(setTarget, () => setTarget({ origin: null }));
  }, []);
  const origin = target?.origin ?? null;
  useEffect(() => {
    if (origin && !isDefaultSite(origin)) void hasSiteAccess(origin).then(setGranted, () => setGranted(false));
  }, [origin, settings?.allowedSites.join(' ')]);

  if (!target || !settings) return <p class="tact-site">…</p>;
  if (!origin) return <p class="tact-site">{i18n.t('settings.cannotRun')}</p>;
  const host = new URL(origin).host;
  const paused = settings.pausedSites.includes(origin);
  const pauseButton = (
    <button type="button" class="tact-site-pause" onClick={() => void pauseSite(origin, !paused)}>
      {i18n.t(paused ? 'settings.resumeHere' : 'settings.pauseHere')}
    </button>
  );

  if (isDefaultSite(origin)) {
    return (
      <div class="tact-site" data-site={origin}>
        <p>{paused ? i18n.t('settings.pausedOn', [host]) : i18n.t('settings.coachesOn', [networkForUrl(origin).name, host])}</p>
        {pauseButton}
      </div>
    );
  }

  const allow = () => {
    // First call in the click handler: the browser shows its prompt only during the gesture.
    requestSiteAccess(origin).then(
      async (ok) => {
        setGranted(ok);
        if (!ok) return setStatus(i18n.t('settings.notAllowed'));
        setStatus(i18n.t('settings.onFor', [host]));
        if (target.tabId !== undefined) await injectCoach(target.tabId).catch(() => setStatus(i18n.t('settings.onReloadPage', [host])));
      },
      (err) => setStatus(i18n.t('settings.allowFailed', [host, err instanceof Error ? err.message : String(err)])),
    );
  };
  const revoke = () =>
    void revokeSiteAccess(origin).then(() => {
      setGranted(false);
      setStatus(i18n.t('settings.offFor', [host]));
    });

  return (
    <div class="tact-site" data-site={origin} data-allowed={granted ? 'true' : 'false'}>
      {granted ? (
        <>
          <p>{paused ? i18n.t('settings.pausedOn', [host]) : i18n.t('settings.onFor', [host])}</p>
          <button type="button" class="tact-site-revoke" onClick={revoke}>
            {i18n.t('settings.turnOff')}
          </button>{' '}
          {pauseButton}
        </>
      ) : (
        <>
          <p>{i18n.t('settings.offOn', [host])}</p>
          <button type="button" class="tact-site-allow" onClick={allow}>
            {i18n.t('settings.useHere')}
          </button>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}

export default SiteToggle;
