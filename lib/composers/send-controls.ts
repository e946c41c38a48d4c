import type { FoundComposer, SendSpec } from './types';

// Which composer a send belongs to, from the event alone. Pure DOM reading (no extension API), so
// it runs on parsed pages in unit tests. Reddit's composers live in nested open shadow roots: the
// walks below step from a shadow root to its host.

const parentOf = (n: Node): Node | null => n.parentNode ?? (n as ShadowRoot).host ?? null;

/** The nearest ancestor (or self) matching css, crossing shadow-root boundaries. */
export function closestDeep(el: Element, css: string): Element | null {
  for (let n: Node | null = el; n; n = parentOf(n)) {
    if (n.nodeType === 1 && (n as Element).matches(css)) return n as Element;
  }
  return null;
}

export function containsDeep(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = parentOf(n)) if (n === outer) return true;
  return false;
}

/** A control that cannot be used: the site decides what a click on it means, never Tact. */
const isDisabled = (el: Element) => (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';

/** The send control the event went through (its composed path), or null if it is not one. */
export function sendControlIn(path: readonly EventTarget[], spec: SendSpec): Element | null {
  for (const t of path) {
    const el = t as Element;
    if (el.nodeType !== 1) continue;
    for (const c of spec.controls) {
      if (!el.matches(c.css) || (c.text && !c.text.test(el.textContent?.trim() ?? '')) || (c.accept && !c.accept(el))) continue;
      return isDisabled(el) ? null : el;
    }
  }
  return null;
}

/** The composer's own container: the first scope, in the spec's order, that holds the editor. */
export function scopeOfComposer(editor: Element, spec: SendSpec): Element | null {
  for (const css of spec.scopes) {
    const s = closestDeep(editor, css);
    if (s) return s;
  }
  return null;
}

/**
 * The composers a click on `control` sends: those whose scope holds it, innermost scope only (a
 * comment box's form beats the page's main column). Several composers in one scope (an X thread)
 * are sent together, so all are returned.
 */
export function composersForControl<T extends FoundComposer>(control: Element, composers: Iterable<T>, spec: SendSpec): T[] {
  let best: T[] = [];
  let bestScope: Element | null = null;
  for (const c of composers) {
    const scope = scopeOfComposer(c.editor, spec);
    if (!scope || !containsDeep(scope, control)) continue;
    if (bestScope === scope) best.push(c);
    else if (!bestScope || containsDeep(bestScope, scope)) {
      best = [c];
      bestScope = scope;
    }
  }
  return best;
}

/** The composer an Enter keydown was typed into, if Enter sends there. */
export function composerForEnter<T extends FoundComposer>(
  target: EventTarget | undefined,
  composers: Iterable<T>,
  spec: SendSpec,
): T | null {
  if (!target || typeof (target as Node).nodeType !== 'number') return null;
  for (const c of composers) {
    if (containsDeep(c.editor, target as Node)) return spec.enterSends.includes(c.kind) ? c : null;
  }
  return null;
}

/** Enter as a plain "send": no modifier (Shift+Enter is a new line), not inside an IME composition. */
export function isSendEnter(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing' | 'keyCode'>,
): boolean {
  if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return false;
  // keyCode 229: the IME still owns the key (Chrome reports it before isComposing on some layouts).
  return !e.isComposing && e.keyCode !== 229;
}

/**
 * While a @mention, hashtag or emoji list is open, Enter picks a suggestion rather than sending; the
 * editors say so with ARIA on the text box (aria-expanded, aria-activedescendant), so such an Enter is
 * left alone.
 */
export function suggestionListOpen(target: EventTarget | undefined): boolean {
  const el = target as Element | null | undefined;
  if (!el || typeof el.closest !== 'function') return false;
  const box = el.closest('[contenteditable="true"], textarea, input, [role="textbox"], [role="combobox"]') ?? el;
  return box.getAttribute('aria-expanded') === 'true' || !!box.getAttribute('aria-activedescendant');
}
