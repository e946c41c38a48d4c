import { paintSavedPopup } from '@/components/notebook/saved-first-paint';
import type { Route } from '@/components/notebook/routes';

/**
 * The popup's two steps (issue 12: first render ≤ 150 ms): on the list, paint what the last opening saved at once
 * (saved-first-paint.ts, with the DOM alone), then, once the notebook's code (`app`, already loading) has come
 * and no input method is composing in the first paint's box, let app.tsx put the notebook's views in its place.
 */
export async function openPopup(root: HTMLElement, route: Route['name'], app: Promise<{ startPopup(root: HTMLElement): void }>) {
  const paint = route === 'list' ? paintSavedPopup(root, Date.now()) : null;
  // Once painted, the search box takes the caret (focusing it within the first paint made that paint later).
  if (paint) requestAnimationFrame(() => setTimeout(() => root.querySelector<HTMLInputElement>('input.search')?.focus()));
  const { startPopup } = await app;
  await paint?.settled();
  startPopup(root);
}
