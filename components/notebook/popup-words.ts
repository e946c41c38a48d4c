import { i18n } from '@/runtime/i18n';
import type { ListOrder } from '@/lib/db/order';
import type { Norm } from '@/lib/db/types';
import type { Route } from './routes';

// The words of the popup's header and list, kept apart from the components: the first paint
// (saved-first-paint.ts) draws them before Preact has loaded, and must say exactly what the views say.

/** The relationship's word in the UI language. */
export const relationshipWord = (norm: Norm) =>
  norm === 'social' ? i18n.t('audience.normSocial') : norm === 'market' ? i18n.t('audience.normMarket') : i18n.t('audience.normHybrid');

/** The popup's tabs, in order; a new view is one entry here and one in routes.ts. */
export const popupTabs = (): [Route['name'], string][] => [
  ['list', i18n.t('popup.tabContacts')],
  ['impact', i18n.t('popup.tabImpact')],
  ['data', i18n.t('popup.tabData')],
  ['settings', i18n.t('popup.tabSettings')],
];

/** The list's "Show" filter. */
export const relationshipChoices = (): [Norm | '', string][] => [
  ['', i18n.t('listView.everyone')],
  ['social', i18n.t('listView.socialOnly')],
  ['market', i18n.t('listView.marketOnly')],
  ['hybrid', i18n.t('listView.hybridOnly')],
];

/** The list's "Sort" choice. */
export const orderChoices = (): [ListOrder, string][] => [
  ['due', i18n.t('listView.byDue')],
  ['name', i18n.t('listView.byName')],
];

/** What an empty list says: nothing matches the search or filter, or everyone is due (listed above it). */
export function noMatch(query: string, relationship: Norm | ''): string {
  if (query && relationship) return i18n.t('listView.noMatchBoth', [query, relationshipWord(relationship)]);
  if (query) return i18n.t('listView.noMatch', [query]);
  if (relationship) return i18n.t('listView.noMatchAmong', [relationshipWord(relationship)]);
  return i18n.t('listView.allDue');
}
