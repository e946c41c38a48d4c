import { readSaved, saveText, type FirstScreen } from '@/lib/db/first-screen';
import type { ListOrder } from '@/lib/db/order';
import type { TactDb } from '@/lib/db/schema';
import { FIRST_SCREEN_ROWS } from './list-shape';
import { knowLabels, labelsFor } from './format-date';
import { readLocal, writeLocal } from './local-storage';

// The popup's first screen, kept in the extension's own localStorage (on this computer, like the notebook):
// it is read synchronously as the popup's script starts, where the notebook needs an open and a read first.
const KEY = 'tact.firstScreen';
/**
 * The notebooks that have answered a list view in this page. Only the page's first view shows a save: a later
 * one (back from a contact, after an import) would show what the page has already seen change.
 */
const answered = new WeakSet<TactDb>();

/** The notebook has answered: no later list view of this page starts from the save. */
export function noteAnswered(db: TactDb): void {
  answered.add(db);
}

/** The screen the last opening showed in this order, or null (none, another order, unreadable, storage refused). */
export function loadFirstScreen(db: TactDb, order: ListOrder): FirstScreen | null {
  return answered.has(db) ? null : readFirstScreen(order);
}

/**
 * The save as it is, for the popup's first paint before any notebook code has loaded (entrypoints/popup). Its
 * "last talked" phrases serve this page's first paint, if made for the same language, browser and time zone.
 */
export function readFirstScreen(order: ListOrder): FirstScreen | null {
  const saved = readSaved(readLocal(KEY), order);
  if (saved?.labels) knowLabels(saved.labels);
  return saved;
}

/** Saves what the list shows now (an empty notebook saves nothing, and removes an older save). */
export function keepFirstScreen(screen: FirstScreen): void {
  // An empty notebook saves nothing: its words would build Intl's formatters for nothing.
  const shown = [...screen.due, ...screen.rows.slice(0, FIRST_SCREEN_ROWS)];
  const labels = screen.count ? labelsFor(shown.map((r) => r.lastInteraction)) : undefined;
  // Refused (full, disabled), the next opening waits for the notebook, as it would without a save.
  writeLocal(KEY, saveText({ ...screen, labels }, FIRST_SCREEN_ROWS));
}

/** Removes the saved screen: the notebook was wiped, and no name of it may stay behind. */
export function forgetFirstScreen(): void {
  writeLocal(KEY, null);
}
