// Says lib/'s phrases (lib/i18n/phrase.ts) in the browser's UI language, and formats numbers to match.
import { speaker, type Say } from '@/lib/i18n/phrase';
import { i18n } from './i18n';

let locale: string | undefined;

/**
 * The locale for Intl's dates and numbers: the language of the messages shown ("es", from
 * `format.locale` in the locale file the browser picked), with the browser's region when it speaks
 * that language ("es-MX"). Not the browser's own locale alone: Chromium can show Tact's Spanish
 * messages while Intl's default stays "en-US" (test/e2e/languages.e2e.test.ts), and digits and
 * dates must match the words around them.
 */
export function uiLocale(): string {
  if (locale) return locale;
  const words = i18n.t('format.locale') || 'en';
  const browser = new Intl.DateTimeFormat().resolvedOptions().locale;
  locale = browser.split('-')[0] === words ? browser : words;
  return locale;
}

let formats: { locale: string; number: Intl.NumberFormat; percent: Intl.NumberFormat } | undefined;
const format = () => {
  const locale = uiLocale();
  if (formats?.locale !== locale)
    formats = {
      locale,
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    };
  return formats;
};

/** 1234.56 → "1,234.6" in English, "1.234,6" in German. */
export const formatNumber = (n: number): string => format().number.format(n);

/** 0.34 → "34%" in English, "34 %" in French and German. */
export const formatPercent = (share: number): string => format().percent.format(share);

type LooseT = (key: string, ...args: (number | string[] | undefined)[]) => string;

export const say: Say = speaker((key, subs, count) => (i18n.t as LooseT)(key, count, subs), formatNumber);
