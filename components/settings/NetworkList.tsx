import { networks } from '@/lib/networks';
import { i18n } from '@/runtime/i18n';
import { setNetworkEnabled } from '@/runtime/settings-storage';
import type { Settings } from '@/lib/settings/schema';
import { ALLOW_SITE_FIELD } from './AllowSiteForm';

interface Props {
  settings: Settings;
  report: (err: unknown) => void;
}

/**
 * One row per network, the label beside its box. An opt-in network does nothing until a site is allowed,
 * so it shows no box (a ticked one read as "on" while Tact ran nowhere: issue 9) but a way to allow a site.
 */
export function NetworkList({ settings, report }: Props) {
  const allowSite = () => {
    const field = document.getElementById(ALLOW_SITE_FIELD);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  // Once a site is allowed (or the network was switched off before), the box means something again.
  const boxFor = (id: string) => settings.allowedSites.length > 0 || settings.networks[id] === false;
  const box = (id: string, label: string) => (
    <label class="tact-network-toggle">
      <input
        type="checkbox"
        name={`network-${id}`}
        checked={settings.networks[id] !== false}
        onChange={(e) => void setNetworkEnabled(id, e.currentTarget.checked).catch(report)}
      />
      {label}
    </label>
  );
  return (
    <section class="tact-settings-networks">
      <h2>{i18n.t('settings.networks')}</h2>
      <ul class="tact-network-list">
        {networks.map((n) =>
          n.optIn ? (
            <li key={n.id} class="tact-network-optin" data-network={n.id}>
              {boxFor(n.id) ? box(n.id, i18n.t('settings.onAllowedSites', [n.name])) : <span>{n.name}</span>}
              <button type="button" class="tact-link" onClick={allowSite}>
                {i18n.t('settings.allowOnSite')}
              </button>
            </li>
          ) : (
            <li key={n.id} data-network={n.id}>
              {box(n.id, n.name)}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
