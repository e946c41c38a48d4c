// The one door to the browser's i18n (browser.i18n.getMessage under @wxt-dev/i18n's typed layer):
// components import it from here, as they reach every other extension API through runtime/.
import { i18n } from '#i18n';
import type { Translate } from '@/lib/i18n/translate';

export { i18n };

/** A message key of locales/en.yml, as lib/ names one without importing the browser layer. */
export type MessageKey = Parameters<typeof i18n.t>[0];

/** The browser's translator for lib/ code that takes one (lib/i18n/translate.ts). */
export const translate: Translate = (key, subs) => (i18n.t as (k: string, s?: string[]) => string)(key, subs ? [...subs] : undefined);
