import { networks } from '@/lib/networks';
import type { Settings } from '@/lib/settings/schema';
import { i18n } from '@/runtime/i18n';
import { setPauseOnNetwork, updateSettings } from '@/runtime/settings-storage';

interface Props {
  settings: Settings;
  report: (err: unknown) => void;
}

/** The pause before a flip is sent (issue 10): on or off, then per network, one row each like the network list. */
export function PauseSettings({ settings: s, report }: Props) {
  return (
    <section class="tact-settings-pause">
      <h2>{i18n.t('settings.pause')}</h2>
      <label class="tact-check">
        <input
          type="checkbox"
          name="pauseBeforeSend"
          checked={s.pauseBeforeSend}
          onChange={(e) => void updateSettings((x) => ({ ...x, pauseBeforeSend: e.currentTarget.checked })).catch(report)}
        />
        {i18n.t('settings.pauseHold')}
      </label>
      {s.pauseBeforeSend && (
        <ul class="tact-network-list">
          {networks.map((n) => (
            <li key={n.id} data-network={n.id}>
              <label class="tact-network-toggle">
                <input
                  type="checkbox"
                  name={`pause-${n.id}`}
                  checked={s.pauseNetworks[n.id] !== false}
                  onChange={(e) => void setPauseOnNetwork(n.id, e.currentTarget.checked).catch(report)}
                />
                {n.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
