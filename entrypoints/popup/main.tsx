import { render } from 'preact';
import { NotebookApp } from '@/components/notebook/NotebookApp';
import { routeFromHash } from '@/components/notebook/routes';
import { getDb } from '@/lib/db/schema';
import { readActiveTabProfile } from './read-active-tab';
import { CoachSettings, hasCoachSettings } from './settings-slot';
import './style.css';

render(
  <NotebookApp db={getDb()} initialRoute={routeFromHash(location.hash)} readPageProfile={readActiveTabProfile}
    settings={hasCoachSettings ? <CoachSettings /> : undefined} />,
  document.getElementById('app')!,
);
