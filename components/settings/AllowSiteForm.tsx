import { useState } from 'preact/hooks';
import { isDefaultSite, siteOriginOf } from '@/lib/permissions/site-origin';
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
    if (!origin) return setMessage('Enter an https:// address, such as https://forum.example.org');
    if (isDefaultSite(origin)) return setMessage(`Tact already runs on ${origin}.`);
    // The request must start inside this submit's user gesture: no await before it.
    requestSiteAccess(origin).then(
      (ok) => {
        setMessage(ok ? `Tact is on for ${origin}. Reload its tabs to start.` : `Not allowed: ${origin}.`);
        if (ok) setValue('');
      },
      (err) => setMessage(`Could not allow ${origin}: ${err instanceof Error ? err.message : String(err)}`),
    );
  };
  return (
    <form class="tact-allow-site" onSubmit={submit}>
      <label>
        Allow a site
        <input
          id={ALLOW_SITE_FIELD}
          type="url"
          placeholder="https://forum.example.org"
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit">Allow</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
