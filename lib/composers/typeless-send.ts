import { SEND_WORDS } from './send-words';

// A <button> without a type submits its form by default, but on real pages most typeless buttons in a
// comment form are its toolbar (Bold, emoji, attach: the author forgot type="button"). So a typeless
// button counts as the form's send only when it says so, or when it is the form's one button.

const BUTTONS = 'button, input[type="submit" i], input[type="button" i], input[type="image" i]';

/** The words a send says on this page: its language's (from the nearest lang attribute) and English; all when the language is not one Tact has. */
function sendWordsFor(el: Element): ReadonlySet<string> {
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const own = SEND_WORDS[lang];
  return new Set(own ? [...own, ...SEND_WORDS.en] : Object.values(SEND_WORDS).flat());
}

function firstWord(el: Element): string {
  const label = el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '';
  return (
    label
      .trim()
      .split(/[^\p{L}]+/u)[0]
      ?.toLowerCase() ?? ''
  );
}

/** True when a typeless button is its form's send: named like one, or the form's only button. */
export function typelessButtonSends(el: Element): boolean {
  if (sendWordsFor(el).has(firstWord(el))) return true;
  const form = el.closest('form');
  return !!form && form.querySelectorAll(BUTTONS).length === 1;
}
