import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { CONCERNS, FALLBACK_CONCERN } from '@/lib/coach/concerns';
import { AUDIENCE_KEYS } from '@/lib/coach/audience-words';

// Every locale must say everything English says, with the same slots: a missing key shows the user
// an empty string, a lost $2 drops a site's name from a sentence.
const dir = 'locales';
const load = async (lang: string) => {
  const flat = new Map<string, { placeholders: string[]; plural: string[]; raw: string[] }>();
  for (const m of await parseMessagesFile(`${dir}/${lang}.yml`)) {
    if (m.key[0].startsWith('@@')) continue;
    const forms = m.type === 'plural' ? Object.keys(m.plurals).sort() : [];
    const text = m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message;
    flat.set(m.key.join('.'), { placeholders: [...new Set(text.match(/\$\d|\{\w+\}/g) ?? [])].sort(), plural: forms, raw: [text] });
  }
  return flat;
};

const others = readdirSync(dir)
  .map((f) => f.replace(/\.yml$/, ''))
  .filter((l) => l !== 'en');

describe('locales', () => {
  test('Spanish, German and French are all there', () => {
    expect(others.sort()).toEqual(['de', 'es', 'fr']);
  });

  test.each(others)('%s has every English key, with the same placeholders and plural forms, and nothing else', async (lang) => {
    const en = await load('en');
    const other = await load(lang);
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, want] of en) expect({ key, ...other.get(key), raw: [] }).toEqual({ key, ...want, raw: [] });
  });

  test.each(['en', ...others])(
    '%s has no "$1$": Chrome reads it as a named placeholder and refuses to load the extension',
    async (lang) => {
      const texts = [...(await load(lang)).entries()].filter(([, m]) => m.raw.some((t) => /\$\d\$/.test(t)));
      expect(texts.map(([k]) => k)).toEqual([]);
    },
  );

  test('every key lib/ names (concerns, audience words) exists in English', async () => {
    const en = await load('en');
    const keys = [...Object.values(CONCERNS), FALLBACK_CONCERN].flatMap((c) => [c.label, c.change]).concat(AUDIENCE_KEYS);
    expect(keys.filter((k) => !en.has(k))).toEqual([]);
  });
});
