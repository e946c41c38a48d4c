import { i18n } from '@/runtime/i18n';
import { render } from 'preact';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { SiteToggle } from '@/components/settings/SiteToggle';

// options.html?site=https://forum.example.org shows the site switch for that site (the e2e tests and
// a "manage this site" link use it); without it, only the settings.
const site = new URLSearchParams(location.search).get('site');
// The page says which language its words are in (screen readers pick their voice by it), not the HTML's default.
document.documentElement.lang = i18n.t('format.locale');

function Options() {
  return (
    <main>
      <h1>{i18n.t('optionsTitle')}</h1>
      <p>{i18n.t('optionsIntro')}</p>
      {site && <SiteToggle origin={site} />}
      <SettingsPanel />
    </main>
  );
}

document.title = i18n.t('optionsTitle');
render(<Options />, document.getElementById('app')!);
