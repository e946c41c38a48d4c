import { useState } from 'preact/hooks';
import { isDefaultSite, siteOriginOf } from '@/lib/permissions/site-origin';
import { i18n } from '@/runtime/i18n';
import { requestSiteAccess } from '@/runtime/site-access';

/** The address field's id, so "allow on a site…" beside an opt-in network can bring the user here. */
export const ALLOW_SITE_FIELD = 'tact-allow-site-url';

/** Type a site's address to allow Tact there; the browser then asks the user to confirm. */
export function AllowSiteForm() {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const raw = value.trim();
    const origin = siteOriginOf(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (!origin) return setMessage(i18n.t('settings.allowBadAddress', [i18n.t('settings.allowExample')]));
    if (isDefaultSite(origin)) return setMessage(i18n.t('settings.alreadyOn', [origin]));
    // The request must start inside this submit's user gesture: no await before it.
    requestSiteAccess(origin).then(
      (ok) => {
        setMessage(ok ? i18n.t('settings.allowedReload', [origin]) : i18n.t('settings.notAllowedOn', [origin]));
        if (ok) setValue('');
      },
      (err) => setMessage(i18n.t('settings.allowFailed', [origin, err instanceof Error ? err.message : String(err)])),
    );
  };
  return (
    <form class="tact-allow-site" onSubmit={submit}>
      <label>
        {i18n.t('settings.allowSite')}
        <input
          id={ALLOW_SITE_FIELD}
          type="url"
          placeholder={i18n.t('settings.allowExample')}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit">{i18n.t('settings.allow')}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
