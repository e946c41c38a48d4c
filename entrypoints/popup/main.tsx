import { i18n } from '@/runtime/i18n';
import { render } from 'preact';
import { NotebookApp } from '@/components/notebook/NotebookApp';
import { routeFromHash } from '@/components/notebook/routes';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { SiteToggle } from '@/components/settings/SiteToggle';
import { getDb } from '@/lib/db/schema';
import { readActiveTabProfile } from './read-active-tab';
import '@/components/settings/settings.css';
import './style.css';

// The Settings tab: the site switch for the current tab, then the coach's settings.
const settings = (
  <>
    <SiteToggle />
    <SettingsPanel />
  </>
);

document.title = i18n.t('popupTitle');
render(
  <NotebookApp db={getDb()} initialRoute={routeFromHash(location.hash)} readPageProfile={readActiveTabProfile} settings={settings} />,
  document.getElementById('app')!,
);
