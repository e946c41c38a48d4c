import { mutedLabel } from '@/lib/coach/concerns';
import { i18n, translate } from '@/runtime/i18n';
import { revokeSiteAccess } from '@/runtime/site-access';
import { muteRule, pauseSite, resetSettings, updateSettings } from '@/runtime/settings-storage';
import { AllowSiteForm } from './AllowSiteForm';
import { ListSection } from './ListSection';
import { NetworkList } from './NetworkList';
import { PauseSettings } from './PauseSettings';
import { useSettings } from './use-settings';

const report = (err: unknown) => console.warn('[Tact] settings:', err);

/** Every coach setting; the same component in the popup's Settings tab and on the options page. */
export function SettingsPanel() {
  const s = useSettings();
  if (!s) return <p class="tact-settings-loading">{i18n.t('settings.loading')}</p>;
  const sensitivityWord = i18n.t(
    s.sensitivity < 0.34 ? 'settings.relaxed' : s.sensitivity > 0.66 ? 'settings.cautious' : 'settings.balanced',
  );
  return (
    <div class="tact-settings">
      <NetworkList settings={s} report={report} />
      <section class="tact-settings-coaching">
        <h2>{i18n.t('settings.coaching')}</h2>
        <label class="tact-range">
          {i18n.t('settings.sensitivity', [sensitivityWord])}
          <input
            type="range"
            min="0"
            max="1"
            step="0.05"
            name="sensitivity"
            value={s.sensitivity}
            aria-valuetext={sensitivityWord}
            onChange={(e) => void updateSettings((x) => ({ ...x, sensitivity: Number(e.currentTarget.value) })).catch(report)}
          />
        </label>
        <label class="tact-check">
          <input
            type="checkbox"
            name="highlights"
            checked={s.highlights}
            onChange={(e) => void updateSettings((x) => ({ ...x, highlights: e.currentTarget.checked })).catch(report)}
          />
          {i18n.t('settings.highlights')}
        </label>
        <label class="tact-check">
          <input
            type="checkbox"
            name="keepDraftText"
            checked={s.keepDraftText}
            onChange={(e) => void updateSettings((x) => ({ ...x, keepDraftText: e.currentTarget.checked })).catch(report)}
          />
          {i18n.t('settings.keepDraftText')}
        </label>
      </section>
      <PauseSettings settings={s} report={report} />
      <ListSection
        name="sites"
        title={i18n.t('settings.sites')}
        empty={i18n.t('settings.sitesEmpty')}
        items={s.allowedSites}
        action={i18n.t('settings.remove')}
        onAction={(o) => void revokeSiteAccess(o).catch(report)}
      >
        <AllowSiteForm />
      </ListSection>
      <ListSection
        name="paused"
        title={i18n.t('settings.paused')}
        empty={i18n.t('settings.pausedEmpty')}
        items={s.pausedSites}
        action={i18n.t('settings.resume')}
        onAction={(o) => void pauseSite(o, false).catch(report)}
      />
      <ListSection
        name="muted"
        title={i18n.t('settings.muted')}
        empty={i18n.t('settings.mutedEmpty')}
        items={s.mutedRules}
        labelOf={(entry) => mutedLabel(entry, translate)}
        action={i18n.t('settings.unmute')}
        onAction={(r) => void muteRule(r, false).catch(report)}
      />
      <section class="tact-settings-reset">
        <button type="button" onClick={() => void resetSettings().catch(report)}>
          {i18n.t('settings.reset')}
        </button>
      </section>
    </div>
  );
}

export default SettingsPanel;
