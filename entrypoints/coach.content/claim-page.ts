import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** On <html> while a live coach runs in the page; that coach removes it when it stops. */
export const COACH_MARKER = 'data-tact-coach';
/** Asked on the document: a live coach answers by cancelling it (DOM flags cross content-script worlds). */
const PING = 'tact-coach-ping';
const HIGHLIGHTS = ['tact-flip', 'tact-caution'];

type Ctx = Pick<ContentScriptContext, 'isValid' | 'onInvalidated'>;

/**
 * One coach per page. A second injection (Firefox starts the manifest's scripts in open tabs on install
 * and update, and Tact re-injects too: runtime/reinject-coach.ts) must not add a second badge or a second
 * set of listeners. An older coach in this script's own world has already been stopped by WXT's context
 * when this one started; one that still answers the ping is live elsewhere, and this injection stands
 * down (returns false). A marker nobody answers for is a coach whose script was unloaded (Firefox on
 * update): its badges and highlights stay in the page, orphaned, so they are removed before starting.
 */
export function claimPage(doc: Document, ctx: Ctx): boolean {
  const root = doc.documentElement;
  if (!doc.dispatchEvent(new Event(PING, { cancelable: true }))) return false;
  if (root.hasAttribute(COACH_MARKER)) removeLeftovers(doc);
  for (const host of doc.querySelectorAll('tact-coach')) host.remove();
  const answer = (e: Event) => void (ctx.isValid && e.preventDefault());
  doc.addEventListener(PING, answer);
  root.setAttribute(COACH_MARKER, '');
  ctx.onInvalidated(() => {
    doc.removeEventListener(PING, answer);
    root.removeAttribute(COACH_MARKER);
  });
  return true;
}

/** What an unloaded coach left: its badge hosts (some inside open shadow roots, as on Reddit) and highlights. */
function removeLeftovers(doc: Document): void {
  const roots: ParentNode[] = [doc];
  for (const el of doc.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const r of roots) for (const host of r.querySelectorAll('tact-coach')) host.remove();
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  for (const name of HIGHLIGHTS) registry?.delete(name);
}
