/**
 * Translates a message key of locales/en.yml ("concern.promoCodes.label"), filling $1-$9 with subs.
 * lib/ is pure, so it never reads the browser's i18n: it names keys, or takes one of these from the
 * caller (runtime/i18n.ts gives the browser's; unit tests read locales/en.yml).
 */
export type Translate = (key: string, subs?: readonly string[]) => string;
