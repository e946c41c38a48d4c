import { i18n } from '@/runtime/i18n';
import { routeFromHash } from '@/components/notebook/routes';
import { openPopup } from './open-popup';
import './style.css';

// This small script paints the first screen while the notebook's code, Preact and the database library, loads
// beside it (open-popup.ts).
const loading = import('./app');
document.title = i18n.t('popupTitle');
// The page says which language its words are in (screen readers pick their voice by it), not the HTML's default.
document.documentElement.lang = i18n.t('format.locale');
void openPopup(document.getElementById('app')!, routeFromHash(location.hash).name, loading);
