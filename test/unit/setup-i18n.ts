// Unit tests render components under WXT's fake browser, which has no i18n: answer getMessage from
// locales/en.yml as Chrome would ($1-$9 substitutions), so components read their English strings.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseMessagesFile, generateChromeMessagesText } from '@wxt-dev/i18n/build';

const messages = JSON.parse(generateChromeMessagesText(await parseMessagesFile('locales/en.yml'))) as Record<string, { message: string }>;

fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  const message = messages[name]?.message ?? '';
  return message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}) as typeof fakeBrowser.i18n.getMessage;
