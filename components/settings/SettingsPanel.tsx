import { mutedLabel } from '@/lib/coach/concerns';
import { translate } from '@/runtime/i18n';
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
  if (!s) return <p class="tact-settings-loading">Loading settings…</p>;
  const sensitivityWord = s.sensitivity < 0.34 ? 'relaxed' : s.sensitivity > 0.66 ? 'cautious' : 'balanced';
  return (
    <div class="tact-settings">
      <NetworkList settings={s} report={report} />
      <section class="tact-settings-coaching">
        <h2>Coaching</h2>
        <label class="tact-range">
          Sensitivity: {sensitivityWord}
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
          Highlight flagged words in the text box
        </label>
        <label class="tact-check">
          <input
            type="checkbox"
            name="keepDraftText"
            checked={s.keepDraftText}
            onChange={(e) => void updateSettings((x) => ({ ...x, keepDraftText: e.currentTarget.checked })).catch(report)}
          />
          Keep the draft text in a contact's coaching history
        </label>
      </section>
      <PauseSettings settings={s} report={report} />
      <ListSection
        name="sites"
        title="Sites you allowed"
        empty="None yet. Tact runs only on the networks above until you allow a site."
        items={s.allowedSites}
        action="Remove"
        onAction={(o) => void revokeSiteAccess(o).catch(report)}
      >
        <AllowSiteForm />
      </ListSection>
      <ListSection
        name="paused"
        title="Paused sites"
        empty="No paused sites."
        items={s.pausedSites}
        action="Resume"
        onAction={(o) => void pauseSite(o, false).catch(report)}
      />
      <ListSection
        name="muted"
        title="Muted rules"
        empty="No muted rules."
        items={s.mutedRules}
        labelOf={(entry) => mutedLabel(entry, translate)}
        action="Unmute"
        onAction={(r) => void muteRule(r, false).catch(report)}
      />
      <section class="tact-settings-reset">
        <button type="button" onClick={() => void resetSettings().catch(report)}>
          Reset settings
        </button>
      </section>
    </div>
  );
}

export default SettingsPanel;
