import { render } from 'preact';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { SiteToggle } from '@/components/settings/SiteToggle';
import '@/components/settings/settings.css';

// options.html?site=https://forum.example.org shows the site switch for that site (the e2e tests and
// a "manage this site" link use it); without it, only the settings.
const site = new URLSearchParams(location.search).get('site');

function Options() {
  return (
    <main>
      <h1>Tact settings</h1>
      <p>Tact coaches you as you write. It makes no network requests; everything stays on this computer.</p>
      {site && <SiteToggle origin={site} />}
      <SettingsPanel />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
