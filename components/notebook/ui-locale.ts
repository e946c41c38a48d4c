import { i18n } from '@/runtime/i18n';

let cached: string | undefined;

/**
 * The locale for Intl's dates and numbers: the language the popup's words are in ("es", from the
 * locale file the browser picked), with the browser's region when it speaks that language ("es-MX").
 * A browser in a language Tact lacks reads English words, so it reads English dates beside them.
 */
export function uiLocale(): string {
  if (cached) return cached;
  const words = i18n.t('dates.locale') || 'en';
  const browser = new Intl.DateTimeFormat().resolvedOptions().locale;
  cached = browser.split('-')[0] === words ? browser : words;
  return cached;
}
