import { i18n } from '@/runtime/i18n';
import { routeFromHash } from '@/components/notebook/routes';
import { paintSavedPopup } from '@/components/notebook/saved-first-paint';
import { compositionDone } from '@/components/notebook/typed-search';
import './style.css';

// The popup opens in two steps (issue 12: first render ≤ 150 ms). This small script paints the list the last
// opening saved (saved-first-paint.ts, with the DOM alone) while the notebook's code, Preact and the database
// library, is still loading; app.tsx then opens the notebook and its views replace this paint, usually with the
// same rows.
const loading = import('./app');
const root = document.getElementById('app')!;
document.title = i18n.t('popupTitle');
// The page says which language its words are in (screen readers pick their voice by it), not the HTML's default.
document.documentElement.lang = i18n.t('format.locale');
if (routeFromHash(location.hash).name === 'list') {
  paintSavedPopup(root, Date.now());
  // Once painted, the search box takes the caret (focusing it within the first paint made that paint later).
  requestAnimationFrame(() => setTimeout(() => root.querySelector<HTMLInputElement>('input.search')?.focus()));
}
// Not while an input method is composing in the box: replacing it would end the composition (typed-search.ts).
void loading.then(async ({ startPopup }) => {
  await compositionDone();
  startPopup(root);
});
